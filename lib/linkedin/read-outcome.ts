import { z } from 'zod';
import { appErrorSchema } from '@/lib/errors';
import { profileSchema } from '@/lib/profile/profile';

/** What the content script answers to readProfile: checked with zod on arrival (the page is untrusted). */
export const readOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), profile: profileSchema, readMs: z.number() }),
  z.object({ ok: z.literal(false), error: appErrorSchema }),
]);
export type ReadOutcome = z.infer<typeof readOutcomeSchema>;
