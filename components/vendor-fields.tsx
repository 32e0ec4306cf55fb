// A vendor's own popup fields, loaded from its folder the first time they are shown (Vendor.ui): the popup's code at
// open carries no vendor's UI, and the background never does.
import { createElement, lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { VENDORS, type AnyVendor } from '@/lib/vendors';
import type { VendorFieldsProps } from '@/lib/vendors/ui-types';

type LazyFields = LazyExoticComponent<ComponentType<VendorFieldsProps<unknown>>>;

/** One lazy component per vendor with its own fields, made once (React keeps what it loaded). */
const FIELDS = new Map<string, LazyFields>(
  VENDORS.flatMap((vendor) => {
    const ui = vendor.ui;
    return ui ? [[vendor.id, lazy(async () => ({ default: (await ui()).Fields }))] as const] : [];
  }),
);

export function VendorFields({ vendor, ...props }: VendorFieldsProps<unknown> & { vendor: AnyVendor }) {
  const fields = FIELDS.get(vendor.id);
  // One component per vendor, made once at load (FIELDS): looked up here, not created.
  return fields ? <Suspense fallback={null}>{createElement(fields, props)}</Suspense> : null;
}
