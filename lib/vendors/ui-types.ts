// What a vendor's own popup UI receives. Its component lives in the vendor's folder and is loaded when shown
// (Vendor.ui), so the background never carries it.
import type { ComponentType } from 'react';
import type { Profile } from '@/lib/profile/profile';
import type { Contacts, VendorSettings } from '@/lib/vendors/vendor';

/** Props of a vendor's own per-save fields in the popup (a contact reveal, an enrich toggle, rates…). */
export interface VendorFieldsProps<Options> {
  profile: Profile;
  options: Options;
  onOptionsChange(next: Options): void;
  /** Emails/phones shared by every vendor of this save (typed, or revealed through a vendor). */
  contacts: Contacts;
  onContactsChange(next: Contacts): void;
  publicSettings: VendorSettings;
  disabled: boolean;
}

/** A vendor's popup UI module: what `Vendor.ui()` resolves to. */
export interface VendorUi {
  Fields: ComponentType<VendorFieldsProps<unknown>>;
}
