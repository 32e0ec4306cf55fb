// Fake of Stardex's API (https://api.stardex.ai): records every request and checks the Bearer key.
// Routes arrive with the Stardex issue; until then every authorised call answers 404 not_found.
import { createVendorFake, type VendorFake, type VendorRoute } from './vendor-kit';

export const STARDEX_HOST = 'api.stardex.ai';
export const STARDEX_TEST_KEY = 'stardex_test_key';

const routes: VendorRoute[] = [];

export function createStardexFake(): VendorFake {
  return createVendorFake('stardex', STARDEX_TEST_KEY, routes);
}
