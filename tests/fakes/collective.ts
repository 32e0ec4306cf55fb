// Fake of Collective's API (https://api.collective.work): records every request and checks the Bearer key.
// Routes arrive with the Collective issue; until then every authorised call answers 404 not_found.
import { createVendorFake, type VendorFake, type VendorRoute } from './vendor-kit';

export const COLLECTIVE_HOST = 'api.collective.work';
export const COLLECTIVE_TEST_KEY = 'collective_test_key';

const routes: VendorRoute[] = [];

export function createCollectiveFake(): VendorFake {
  return createVendorFake('collective', COLLECTIVE_TEST_KEY, routes);
}
