// The interface every vendor implements. A vendor is a folder (lib/vendors/<id>/) plus one line in index.ts; the
// schemas below that carry a vendor id take the registry's ids (index.ts), the rest is vendor-neutral.
import { z } from 'zod';
import { appErrorSchema, type AppError, type ErrorText } from '@/lib/errors';
import type { VendorHttp } from '@/lib/http';
import type { Profile } from '@/lib/profile/profile';
import { vendorIdSchema } from './index';
import type { VendorUi } from './ui-types';

export { VENDOR_IDS, VENDOR_LABELS, vendorIdSchema, type VendorId } from './index';

/** Who a vendor is, without its code: what the manifest and the registry's derived tables need (meta.ts). */
export interface VendorMeta<Id extends string = string> {
  id: Id;
  label: string;
  /** Host permission patterns of the vendor's API, e.g. `https://api.example.com/*` (the manifest's host_permissions). */
  hosts: readonly string[];
  /**
   * Other vendors whose record of the same person this vendor's save links to (their record URLs, saved in the same
   * action): its job runs after theirs, waiting for them briefly. `'others'`: every other vendor of the save. Run order
   * is derived from this, never from the registry's order.
   */
  recordLinksFrom: readonly string[] | 'others';
  /** The vendor's own page on getting an API key (the options page and the welcome link it). */
  keyPage: string;
}

/** Sentences for a vendor's own error codes (`error.vendorCode`), each a title and an action. */
export type VendorErrorTexts = Readonly<Record<string, (error: AppError) => ErrorText>>;

/** One field of a vendor's settings form. Secret fields are write-only: the UI never gets them back. */
export interface SettingField {
  name: string;
  label: string;
  kind: 'password' | 'text' | 'email' | 'choice';
  secret: boolean;
  required: boolean;
  help?: string;
  placeholder?: string;
  choices?: readonly { value: string; label: string }[];
  /** For 'choice': the user may type another value. */
  allowOther?: boolean;
}

/** Settings as stored: every field by name, as strings. The secret ones live only in the background. */
// Keys, environments and emails are short: a cap keeps a pasted document or a forged message out of storage.
export const vendorSettingsSchema = z.record(z.string().max(64), z.string().max(2_000));
export type VendorSettings = z.infer<typeof vendorSettingsSchema>;

export const targetSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  /** A second line for the picker (client company, location, status). */
  detail: z.string().nullable(),
});
export type Target = z.infer<typeof targetSchema>;

export const stageSchema = z.object({ id: z.string().min(1), name: z.string() });
export type Stage = z.infer<typeof stageSchema>;

export const targetDetailSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  stages: z.array(stageSchema),
  /** Where a saved person lands when no stage is chosen (e.g. the target's first stage). */
  landingStage: stageSchema.nullable(),
});
export type TargetDetail = z.infer<typeof targetDetailSchema>;

export const contactsSchema = z.object({
  emails: z.array(z.string().email()).max(10),
  phones: z.array(z.string().min(3).max(40)).max(10),
});
export type Contacts = z.infer<typeof contactsSchema>;

/** What the user chose for one vendor in one save. `options` are the vendor's own (parsed by its optionsSchema). */
export const saveRequestSchema = z.object({
  vendor: vendorIdSchema,
  targetId: z.string().min(1).nullable(),
  stageId: z.string().min(1).nullable(),
  note: z.string().max(10_000).nullable(),
  contacts: contactsSchema,
  /** Record URLs of the same person in the other tools, known from this same action (see VendorMeta.recordLinksFrom). */
  atsUrls: z.array(z.object({ vendor: vendorIdSchema, url: z.string().url() })),
  options: z.record(z.string(), z.unknown()),
});
export type SaveRequest = z.infer<typeof saveRequestSchema>;

export const duplicateStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('new'), detail: z.string() }),
  /** Certain: the vendor's record has this person's LinkedIn URL or member id and is in the chosen target. */
  z.object({ state: z.literal('in-target'), recordId: z.string(), recordUrl: z.string().nullable(), detail: z.string() }),
  /** Certain: the person is known to the vendor, not (yet) in the chosen target. */
  z.object({ state: z.literal('exists'), recordId: z.string(), recordUrl: z.string().nullable(), detail: z.string() }),
  /** A name matched but no URL/id: shown as a possibility, never as certain. */
  z.object({ state: z.literal('possible-match'), detail: z.string() }),
  /** The vendor offers no lookup: saving is an upsert. */
  z.object({ state: z.literal('unknown'), detail: z.string() }),
]);
export type DuplicateStatus = z.infer<typeof duplicateStatusSchema>;

export const saveResultSchema = z.object({
  vendor: vendorIdSchema,
  status: z.enum(['created', 'added', 'updated', 'skipped']),
  recordId: z.string().nullable(),
  recordUrl: z.string().nullable(),
  /** One line for the user: "Added to Backend Engineers · stage Sourced". */
  message: z.string(),
});
export type SaveResult = z.infer<typeof saveResultSchema>;

export const checkResultSchema = z.object({
  ok: z.boolean(),
  checkedAt: z.number(),
  message: z.string(),
  error: appErrorSchema.optional(),
});
export type CheckResult = z.infer<typeof checkResultSchema>;

export const revealRequestSchema = z.object({
  dataTypes: z.array(z.enum(['personal_email', 'work_email', 'phone'])).min(1).max(3),
});
export type RevealRequest = z.infer<typeof revealRequestSchema>;

export const revealResultSchema = z.object({
  vendor: vendorIdSchema,
  /** null when no result was certainly this person (then nothing is shown or used). */
  contacts: contactsSchema.nullable(),
  creditsConsumed: z.number().nullable(),
  creditsRemaining: z.number().nullable(),
  message: z.string(),
});
export type RevealResult = z.infer<typeof revealResultSchema>;

export interface VendorContext {
  http: VendorHttp;
  settings: VendorSettings;
  now(): Date;
}

/** One person of a saveMany call. */
export interface SaveManyItem<Options = Record<string, unknown>> {
  profile: Profile;
  request: SaveRequest;
  options: Options;
}

export interface Vendor<Options = Record<string, unknown>, Id extends string = string> extends VendorMeta<Id> {
  /** Where a recruiter gets a key, in one sentence. */
  keyHelp: string;
  settingFields: readonly SettingField[];
  /** Checks what the user typed before anything is stored or sent (e.g. a key's documented prefix). */
  validateSettings(settings: VendorSettings): string | null;
  /** Settings that pass validateSettings, with the sandbox's key: tests, the demo and the conformance suite use them. */
  sampleSettings: VendorSettings;
  /** What the user picks in the popup: a project, a job, or nothing. */
  target: { noun: string; required: boolean } | null;
  /** A target id in the vendor's documented form (tests and the conformance suite build payloads with it). */
  sampleTargetId: string | null;
  /** Sentences for the vendor's own documented error codes. */
  errorTexts: VendorErrorTexts;
  /** The documented body of the save call: every body buildPayload makes must parse with it. */
  saveBodySchema: z.ZodType;
  /** The vendor's own fields in the popup, loaded when shown (never in the background's code). */
  ui?: () => Promise<VendorUi>;
  optionsSchema: z.ZodType<Options>;
  defaultOptions(publicSettings: VendorSettings): Options;
  /** The exact JSON body of the vendor's create call for this person and these choices. Pure. */
  buildPayload(profile: Profile, request: SaveRequest, options: Options, publicSettings: VendorSettings): unknown;
  // Below: background only (they receive the key through ctx.http).
  createHttp(settings: VendorSettings): VendorHttp;
  /** A cheap documented call that changes nothing; throws an AppError when the key does not work. */
  check(ctx: VendorContext): Promise<void>;
  listTargets?(ctx: VendorContext, query: string): Promise<Target[]>;
  getTarget?(ctx: VendorContext, targetId: string): Promise<TargetDetail>;
  lookup?(ctx: VendorContext, profile: Profile, targetId: string | null): Promise<DuplicateStatus>;
  save(ctx: VendorContext, profile: Profile, request: SaveRequest, options: Options): Promise<SaveResult>;
  /**
   * Saves several people in one call (a list save). The outbox gives it jobs that share the target and the options;
   * it answers one result per item, in the items' order: the item's SaveResult, or the AppError that item alone met.
   * A thrown error is the whole call's (every item failed; it may have reached the vendor).
   */
  saveMany?(ctx: VendorContext, items: readonly SaveManyItem<Options>[]): Promise<(SaveResult | AppError)[]>;
  /** The most items one saveMany call takes (the vendor's documented maximum). */
  batchLimit?: number;
  /**
   * Why this vendor cannot save this person at all (e.g. it needs a public /in/ URL and the person is known only by a
   * Sales Navigator lead address), as a sentence for the user; null when it can. The outbox fails such a job before
   * any request.
   */
  cannotSave?(profile: Profile): string | null;
  /** Finds the person's email/phone with the vendor (may cost credits). */
  revealContacts?(ctx: VendorContext, profile: Profile, request: RevealRequest): Promise<RevealResult>;
}

/** The settings fields the UI may see back (everything but secrets). */
export function publicSettings(vendor: Pick<Vendor, 'settingFields'>, settings: VendorSettings): VendorSettings {
  const out: VendorSettings = {};
  for (const field of vendor.settingFields) {
    const value = settings[field.name];
    if (!field.secret && value !== undefined) out[field.name] = value;
  }
  return out;
}
