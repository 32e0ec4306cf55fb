import { z } from 'zod';
import { appErrorSchema } from '@/lib/errors';
import { jsonMemoSchema } from '@/lib/linkedin/voyager/json-memo';
import { profileSchema } from '@/lib/profile/profile';

export const READ_DEPTHS = ['page', 'full'] as const;

/** What the extension asks the reader in a tab (checked there: a message is data until parsed). */
export const readRequestSchema = z.strictObject({
  /** `page`: what the page holds, at once; `full`: the whole chain of sources. */
  depth: z.enum(READ_DEPTHS),
  /** What this browser learnt about LinkedIn's JSON (stored by the extension, not the page). */
  memo: jsonMemoSchema,
  /** The chain stops after this long; what it gathered is used and the rest reported missing. */
  deadlineMs: z.number().int().min(100).max(60_000),
});
export type ReadRequest = z.infer<typeof readRequestSchema>;

/** What the content script answers to readProfile: checked with zod on arrival (the page is untrusted). */
export const readOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), profile: profileSchema, readMs: z.number(), depth: z.enum(READ_DEPTHS).default('full'), memo: jsonMemoSchema.optional() }),
  z.object({ ok: z.literal(false), error: appErrorSchema, memo: jsonMemoSchema.optional() }),
]);
export type ReadOutcome = z.infer<typeof readOutcomeSchema>;

/** What loadAllSections answers: how many of the page's lazy containers it saw filled. */
export const loadSectionsOutcomeSchema = z.object({ containers: z.number().int().min(0), filled: z.number().int().min(0) });
export type LoadSectionsOutcome = z.infer<typeof loadSectionsOutcomeSchema>;
