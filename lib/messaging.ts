// The one protocol map: every message name exists here and nowhere else. Inputs are zod-checked by the receiver
// (lib/protocol.ts holds the schemas); answers are plain data, errors included (never thrown across contexts).
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ReadOutcome } from '@/lib/linkedin/read-outcome';
import type {
  CheckInput,
  ClearSettingsInput,
  GetTargetInput,
  ListTargetsInput,
  LookupInput,
  Result,
  RevealInput,
  SaveInput,
  SaveOutcome,
  SetSettingsInput,
  VendorStatus,
} from '@/lib/protocol';
import type { CheckResult, DuplicateStatus, RevealResult, Target, TargetDetail } from '@/lib/vendors/vendor';

export interface ProtocolMap {
  /** popup → content script of a LinkedIn tab: read the person on screen now. */
  readProfile(): ReadOutcome;
  /** UI → background: which vendors are set up (public fields and key hint only, never a key). */
  getVendorStatus(): VendorStatus[];
  /** options → background: store a vendor's settings (secret fields left empty keep the stored value) and check them. */
  setVendorSettings(input: SetSettingsInput): Result<VendorStatus>;
  clearVendorSettings(input: ClearSettingsInput): VendorStatus;
  checkVendor(input: CheckInput): CheckResult;
  listTargets(input: ListTargetsInput): Result<Target[]>;
  getTarget(input: GetTargetInput): Result<TargetDetail>;
  /** Is this person already in the vendor (in the chosen target)? */
  lookupProfile(input: LookupInput): Result<DuplicateStatus>;
  /** Spends the vendor's credits: asked only after the user confirmed. */
  revealContacts(input: RevealInput): Result<RevealResult>;
  saveProfile(input: SaveInput): SaveOutcome[];
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
