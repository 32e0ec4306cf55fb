// What this browser learnt about LinkedIn's JSON, kept between reads (and pages) by the extension: which profile
// decoration answered last, whether the profile resource is retired, whether LinkedIn asked us to stop for a while.
// The reader in the page gets it with each read and hands back the updated copy; it never touches storage itself
// (storage is locked to the extension's pages).
import { z } from 'zod';

/** Newest evidence first (see docs/ARCHITECTURE.md, "Reading a profile"): -101 verified live 2026-08, then fallbacks. */
export const PROFILE_DECORATIONS = [
  'FullProfileWithEntities-101',
  'FullProfileWithEntities-109',
  'FullProfileWithEntities-93',
  'FullProfileWithEntities-102',
  'FullProfileWithEntities-100',
  'FullProfileWithEntities-99',
] as const;
export type ProfileDecoration = (typeof PROFILE_DECORATIONS)[number];

export const DAY_MS = 24 * 60 * 60 * 1000;
/** After a 429 or 999 LinkedIn is left alone this long: asking again at once is what gets accounts restricted. */
export const QUIET_AFTER_QUOTA_MS = 10 * 60 * 1000;

export const jsonMemoSchema = z.object({
  /** The decoration that answered last: tried first next time. */
  decoration: z.enum(PROFILE_DECORATIONS).nullable(),
  /** The dash profile resource answered 410 (or a 200 carrying status 410): not asked before this time. */
  profileRetiredUntil: z.number().nullable(),
  /** Per-section lists that answered 410, each not asked before its time. */
  listsRetiredUntil: z.record(z.string().max(60), z.number()),
  /** LinkedIn answered 429 or 999: no JSON is asked before `until`; `status` says which. */
  quiet: z.object({ until: z.number(), status: z.number().int() }).nullable(),
});
export type JsonMemo = z.infer<typeof jsonMemoSchema>;

export const EMPTY_JSON_MEMO: JsonMemo = { decoration: null, profileRetiredUntil: null, listsRetiredUntil: {}, quiet: null };

/** The decorations to try, the one that worked last first. */
export function decorationChain(memo: JsonMemo): ProfileDecoration[] {
  const first = memo.decoration;
  return first ? [first, ...PROFILE_DECORATIONS.filter((d) => d !== first)] : [...PROFILE_DECORATIONS];
}

export function isQuiet(memo: JsonMemo, now: number): boolean {
  return memo.quiet !== null && memo.quiet.until > now;
}

export function profileRetired(memo: JsonMemo, now: number): boolean {
  return memo.profileRetiredUntil !== null && memo.profileRetiredUntil > now;
}

export function listRetired(memo: JsonMemo, list: string, now: number): boolean {
  const until = memo.listsRetiredUntil[list];
  return until !== undefined && until > now;
}

/** Drops what has expired, so the stored memo does not grow. */
export function pruneMemo(memo: JsonMemo, now: number): JsonMemo {
  return {
    decoration: memo.decoration,
    profileRetiredUntil: profileRetired(memo, now) ? memo.profileRetiredUntil : null,
    listsRetiredUntil: Object.fromEntries(Object.entries(memo.listsRetiredUntil).filter(([, until]) => until > now)),
    quiet: isQuiet(memo, now) ? memo.quiet : null,
  };
}

/**
 * What two reads learnt, together (a popup's read and a one-click read may run at once, each from the memo as it was
 * when it started): every retirement and quiet period is kept, the later of two; the decoration is the newer read's
 * (null included: after a 410 it forgot the retired one on purpose).
 * Writing one read's copy over the other's would forget a 429 the other just met.
 */
export function mergeMemos(stored: JsonMemo, learnt: JsonMemo): JsonMemo {
  const later = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));
  const lists = { ...stored.listsRetiredUntil };
  for (const [list, until] of Object.entries(learnt.listsRetiredUntil)) lists[list] = Math.max(until, lists[list] ?? 0);
  const quiet = stored.quiet && learnt.quiet ? (stored.quiet.until >= learnt.quiet.until ? stored.quiet : learnt.quiet) : (stored.quiet ?? learnt.quiet);
  return { decoration: learnt.decoration, profileRetiredUntil: later(stored.profileRetiredUntil, learnt.profileRetiredUntil), listsRetiredUntil: lists, quiet };
}
