// Collective's documented wire shapes, field by field, from https://docs.collective.work/api-reference/endpoint/
// my-talents/import and …/my-talents/delete (copies in /work/shared/vendor-api/, REFERENCE.md §3). Where a rule is
// our inference rather than the page's words, the comment says "[inf]". The fake (lib/vendors/collective/fake.ts) checks
// every request against these same schemas.
import { z } from 'zod';

/** "Payload is limited to 10mb maximum size" [doc]. Read as 10 000 000 bytes, the stricter of 10 MB and 10 MiB. */
export const MAX_PAYLOAD_BYTES = 10_000_000;

export const WORK_PREFERENCES = ['REMOTE', 'FLEXIBLE'] as const;
export const workPreferenceSchema = z.enum(WORK_PREFERENCES);
export type WorkPreference = z.infer<typeof workPreferenceSchema>;

export const CONTRACT_TYPES = ['FREELANCER', 'PERMANENT_CONTRACT'] as const;
export const contractTypeSchema = z.enum(CONTRACT_TYPES);
export type ContractType = z.infer<typeof contractTypeSchema>;

/** Amounts are strings of cents ("50000" = 500.00 EUR) [doc]; digits only, no sign or decimals [inf]. */
export const centsSchema = z.string().regex(/^(?:0|[1-9]\d{0,14})$/, 'an amount in cents: digits only');

/** Standard base64 (the docs' example "JVBERi0xLjQK…" is a PDF in standard, padded base64). */
export const base64Schema = z
  .string()
  .min(4)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64')
  .refine((s) => s.length % 4 === 0, 'padded base64');

export const noteSchema = z.strictObject({
  content: z.string().min(1),
  /** ISO 8601 [doc example "2024-03-15T14:30:00Z"]. */
  timestamp: z.iso.datetime({ offset: true }),
  /** The author [inf: the docs show an email but do not say whose]. */
  email: z.email(),
});
export type ImportNote = z.infer<typeof noteSchema>;

export const linkSchema = z.strictObject({ name: z.string().min(1), url: z.url({ protocol: /^https?$/ }) });
export type ImportLink = z.infer<typeof linkSchema>;

/**
 * POST /my-talents/import. Strict: an unknown key (a typo such as `firstName`) is our bug, not something to send.
 * Required `internalUserId` [doc]; at least one of `linkedInUrl` / `resume` [doc]; `yearlySalaryMin` and
 * `yearlySalaryMax` together [doc]. min ≤ max is our own rule [inf]: the docs do not say Collective checks it.
 */
export const importRequestSchema = z
  .strictObject({
    internalUserId: z.string().min(1),
    linkedInUrl: z.url({ protocol: /^https?$/ }).optional(),
    resume: base64Schema.optional(),
    /** Deprecated by Collective ("don't use anymore"): in the schema so the fake can refuse it, never sent. */
    resumeUrl: z.never().optional(),
    firstname: z.string().min(1).optional(),
    lastname: z.string().min(1).optional(),
    pictureUrl: z.url({ protocol: /^https?$/ }).optional(),
    atsUrl: z.url({ protocol: /^https?$/ }).optional(),
    emails: z.array(z.email()).optional(),
    phones: z.array(z.string().min(1)).optional(),
    notes: z.array(noteSchema).optional(),
    links: z.array(linkSchema).optional(),
    dailyRate: centsSchema.optional(),
    yearlySalaryMin: centsSchema.optional(),
    yearlySalaryMax: centsSchema.optional(),
    workPreference: workPreferenceSchema.optional(),
    location: z.string().min(1).optional(),
    desiredContractType: z.array(contractTypeSchema).optional(),
  })
  .superRefine((body, ctx) => {
    if (body.linkedInUrl === undefined && body.resume === undefined) {
      ctx.addIssue({ code: 'custom', path: ['linkedInUrl'], message: 'At least one of linkedInUrl or resume must be provided' });
    }
    if ((body.yearlySalaryMin === undefined) !== (body.yearlySalaryMax === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [body.yearlySalaryMin === undefined ? 'yearlySalaryMin' : 'yearlySalaryMax'],
        message: 'yearlySalaryMin and yearlySalaryMax must be provided together',
      });
    }
    if (body.yearlySalaryMin !== undefined && body.yearlySalaryMax !== undefined) {
      if (BigInt(body.yearlySalaryMin) > BigInt(body.yearlySalaryMax)) {
        ctx.addIssue({ code: 'custom', path: ['yearlySalaryMin'], message: 'yearlySalaryMin is above yearlySalaryMax' });
      }
    }
    if (body.desiredContractType && new Set(body.desiredContractType).size !== body.desiredContractType.length) {
      ctx.addIssue({ code: 'custom', path: ['desiredContractType'], message: 'each contract type once' });
    }
  });
export type ImportRequest = z.infer<typeof importRequestSchema>;

/** 200: "Users successfully imported" [doc]. `updated` is documented as a value of `status`. */
export const importResponseSchema = z.object({
  userId: z.string().min(1),
  status: z.enum(['created', 'updated']),
});
export type ImportResponse = z.infer<typeof importResponseSchema>;

/** DELETE /my-talents/import [doc]. */
export const deleteRequestSchema = z.strictObject({ internalUserIds: z.array(z.string().min(1)).min(1) });
export type DeleteRequest = z.infer<typeof deleteRequestSchema>;

/** `notFound`: "the id never existed or belongs to a different organization" [doc]. */
export const deleteResponseSchema = z.object({ deleted: z.array(z.string()), notFound: z.array(z.string()) });
export type DeleteResponse = z.infer<typeof deleteResponseSchema>;

/** The `{environment}` path segment: its values are not documented [inf: production, sandbox]. */
export const ENVIRONMENT_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const KNOWN_ENVIRONMENTS = ['production', 'sandbox'] as const;

export function baseUrlFor(environment: string): string {
  return `https://api.collective.work/${environment}/v1`;
}

/** Size of the body as it goes on the wire (lib/http.ts sends JSON.stringify(body)). */
export function payloadBytes(body: unknown): number {
  return new TextEncoder().encode(JSON.stringify(body)).length;
}
