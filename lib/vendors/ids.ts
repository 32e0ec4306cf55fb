// Vendor ids and names: imported by the error texts too, so this file imports nothing.
import { z } from 'zod';

export const VENDOR_IDS = ['leonar', 'stardex', 'collective'] as const;
export const vendorIdSchema = z.enum(VENDOR_IDS);
export type VendorId = z.infer<typeof vendorIdSchema>;

export const VENDOR_LABELS: Record<VendorId, string> = {
  leonar: 'Leonar',
  stardex: 'Stardex',
  collective: 'Collective',
};
