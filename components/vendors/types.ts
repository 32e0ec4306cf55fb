import type { Profile } from '@/lib/profile/profile';
import type { Contacts, VendorSettings } from '@/lib/vendors/vendor';

/** Props of a vendor's own per-save fields in the popup (Leonar's reveal, Stardex's enrich toggle, Collective's rates…). */
export interface VendorFieldsProps<Options> {
  profile: Profile;
  options: Options;
  onOptionsChange(next: Options): void;
  /** Emails/phones shared by every vendor of this save (typed, or revealed through Leonar). */
  contacts: Contacts;
  onContactsChange(next: Contacts): void;
  publicSettings: VendorSettings;
  disabled: boolean;
}
