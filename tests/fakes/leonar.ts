// Fake of Leonar's API (https://app.leonar.app): records every request and checks the Bearer key.
// Routes arrive with the Leonar issue; until then every authorised call answers 404 not_found.
import { createVendorFake, type VendorFake, type VendorRoute } from './vendor-kit';

export const LEONAR_HOST = 'app.leonar.app';
export const LEONAR_TEST_KEY = 'leo_test_key';

const routes: VendorRoute[] = [];

export function createLeonarFake(): VendorFake {
  return createVendorFake('leonar', LEONAR_TEST_KEY, routes);
}
