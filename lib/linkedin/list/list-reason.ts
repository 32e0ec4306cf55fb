// Which "not a profile" answers are pages that list people: the popup then asks the tab for its list (readList).
import type { NotProfileReason } from '@/lib/linkedin/types';

const LIST_REASONS: ReadonlySet<NotProfileReason> = new Set<NotProfileReason>(['search', 'sales-navigator', 'recruiter']);

/** True for the reasons whose pages may list people: people search, Sales Navigator, Recruiter. */
export function isListReason(reason: NotProfileReason | undefined | null): boolean {
  return reason !== undefined && reason !== null && LIST_REASONS.has(reason);
}
