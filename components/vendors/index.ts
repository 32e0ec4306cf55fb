// Per-vendor popup fields: one line per vendor that has fields of its own.
import type { ComponentType } from 'react';
import type { VendorId } from '@/lib/vendors/vendor';
import { CollectiveFields } from './collective-fields';
import { LeonarFields } from './leonar-fields';
import { StardexFields } from './stardex-fields';
import type { VendorFieldsProps } from './types';

export const VENDOR_FIELDS: Partial<Record<VendorId, ComponentType<VendorFieldsProps<unknown>>>> = {
  leonar: LeonarFields as ComponentType<VendorFieldsProps<unknown>>,
  stardex: StardexFields,
  collective: CollectiveFields,
};
