// What the recruiter fills in the popup for Collective (lib/vendors/collective/fields.tsx), as it crosses
// from the popup to the background. Amounts are already cents strings here: the fields component parses what
// was typed (amount.ts) and only hands over exact values.
import { z } from 'zod';
import { t } from '@/lib/i18n';
import { base64Schema, centsSchema, contractTypeSchema, MAX_PAYLOAD_BYTES, workPreferenceSchema } from './schema';

/** "%PDF-" in base64: every PDF starts with it. */
const PDF_MAGIC_BASE64 = 'JVBERi0';

export const resumeOptionSchema = z
  .strictObject({
    base64: base64Schema.refine((s) => s.startsWith(PDF_MAGIC_BASE64), 'not a PDF'),
    filename: z.string().min(1).max(255),
    /** Size of the file itself; its base64 is 4/3 of it. Above the payload limit it can never be sent. */
    bytes: z.number().int().min(1).max(MAX_PAYLOAD_BYTES),
  })
  .refine((r) => r.base64.length === base64Length(r.bytes), 'the CV’s size does not match its content');
export type ResumeOption = z.infer<typeof resumeOptionSchema>;

export const collectiveOptionsSchema = z.strictObject({
  workPreference: workPreferenceSchema.nullable(),
  desiredContractType: z.array(contractTypeSchema).max(2),
  dailyRate: centsSchema.nullable(),
  yearlySalaryMin: centsSchema.nullable(),
  yearlySalaryMax: centsSchema.nullable(),
  resume: resumeOptionSchema.nullable(),
});
export type CollectiveOptions = z.infer<typeof collectiveOptionsSchema>;

export const EMPTY_OPTIONS: CollectiveOptions = {
  workPreference: null,
  desiredContractType: [],
  dailyRate: null,
  yearlySalaryMin: null,
  yearlySalaryMax: null,
  resume: null,
};

export function base64Length(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}

/** Rules across fields, in words for the popup (the schema above only checks each field's shape). */
export function optionsProblem(options: CollectiveOptions): string | null {
  const { yearlySalaryMin: min, yearlySalaryMax: max } = options;
  if ((min === null) !== (max === null)) return t('collectiveResult.salaryBoth');
  if (min !== null && max !== null && BigInt(min) > BigInt(max)) return t('collectiveResult.salaryOrder');
  return null;
}
