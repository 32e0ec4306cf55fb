// The vendor registry: a new vendor is a folder in lib/vendors/ and one line here.
import { collective } from './collective';
import { leonar } from './leonar';
import { stardex } from './stardex';
import type { Vendor, VendorId } from './vendor';

export const VENDORS: readonly Vendor<unknown>[] = [leonar, stardex, collective];

export function findVendor(id: VendorId): Vendor<unknown> | undefined {
  return VENDORS.find((v) => v.id === id);
}
