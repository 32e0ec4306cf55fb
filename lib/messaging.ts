// The one protocol map: every message name exists here and nowhere else. Inputs are zod-checked by the receiver
// (lib/protocol.ts holds the schemas); answers are plain data, errors included (never thrown across contexts).
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { LoadSectionsOutcome, ReadOutcome, ReadRequest } from '@/lib/linkedin/read-outcome';
import type { Job } from '@/lib/outbox/job';
import type { ExportedSetAside, ResendOutcome, SetAsideSummary } from '@/lib/outbox/quarantine';
import type {
  CheckInput,
  ClearSettingsInput,
  GetTargetInput,
  ListTargetsInput,
  ListJobsInput,
  LookupInput,
  OpenFixPageInput,
  Result,
  RetryJobInput,
  RevealInput,
  SaveInput,
  SetAsideInput,
  SetSettingsInput,
  TabSaveState,
  VendorStatus,
} from '@/lib/protocol';
import type { CheckResult, DuplicateStatus, RevealResult, Target, TargetDetail } from '@/lib/vendors/vendor';

export interface ProtocolMap {
  /** popup or background → content script of a LinkedIn tab: read the person on screen now. */
  readProfile(input: ReadRequest): ReadOutcome;
  /** popup → content script: bring the page's lazy sections into view and back (then the popup reads again). */
  loadAllSections(): LoadSectionsOutcome;
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
  /**
   * Queues one outbox job per vendor (stored before any request) and answers with the jobs once each had its first
   * attempt (or at once when offline, or after a while: the popup then follows them with listJobs).
   */
  saveProfile(input: SaveInput): Job[];
  /** Outbox jobs, newest first (history, and the popup's live results for one person). */
  listJobs(input: ListJobsInput): Job[];
  /** Sends a failed job again now (re-checking with the vendor first when an attempt may have reached it). */
  retryJob(input: RetryJobInput): Result<Job>;
  /** Forgets finished jobs (done and failed); waiting ones stay. */
  clearHistory(): { cleared: number };
  /** History → background: what the outbox could not read and set aside ("Needs attention"), newest first. */
  listSetAside(): SetAsideSummary[];
  /** The raw job and payload of one entry as JSON, for the user to keep (null: no such entry). */
  exportSetAside(input: SetAsideInput): ExportedSetAside | null;
  /** Migrates and parses the entry again; back in the outbox once if it reads now, else why not. */
  resendSetAside(input: SetAsideInput): ResendOutcome;
  /**
   * In-page button → background: save the person on the SENDER's tab with the remembered targets. No input: the tab
   * comes from Chrome's sender, the profile is read by the background itself (the content world is shared with a
   * page we do not control). Answers once the save is queued; getTabSaveState follows it.
   */
  saveThisProfile(): TabSaveState;
  /** In-page button → background: what its tab's save looks like now (history first: "already saved"). */
  getTabSaveState(): TabSaveState;
  /** In-page button → background: open the options or the history (content scripts cannot open extension pages). */
  openFixPage(input: OpenFixPageInput): { opened: OpenFixPageInput['page'] };
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
