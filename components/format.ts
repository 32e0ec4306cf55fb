// Text for what the popup shows; pure so it is tested without a browser.
import type { Section, SectionCompleteness, YearMonth } from '@/lib/profile/profile';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

export function formatYearMonth(date: YearMonth | null): string {
  if (!date) return '';
  return date.month ? `${MONTHS[date.month - 1]} ${date.year}` : String(date.year);
}

export function formatRange(start: YearMonth | null, end: YearMonth | null, isCurrent: boolean): string {
  const from = formatYearMonth(start);
  const to = isCurrent ? 'Present' : formatYearMonth(end);
  if (!from && !to) return '';
  if (!to || from === to) return from;
  if (!from) return to;
  return `${from} – ${to}`;
}

const NOUNS: Record<Section, [string, string]> = {
  experiences: ['experience', 'experiences'],
  educations: ['education', 'educations'],
  skills: ['skill', 'skills'],
};

/** "8 of 8 experiences", "5 of 12 experiences read", "Experience not loaded yet". */
export function describeCompleteness(section: Section, c: SectionCompleteness): { text: string; complete: boolean } {
  const [one, many] = NOUNS[section];
  if (!c.loaded) {
    return { text: `${capitalise(many)} not loaded yet on the page: scroll down to it, then read again`, complete: false };
  }
  if (c.total === null) return { text: `${c.read} ${c.read === 1 ? one : many} (LinkedIn gave no total)`, complete: false };
  if (c.read >= c.total) return { text: `${c.read} of ${c.total} ${c.total === 1 ? one : many}`, complete: true };
  return { text: `${c.read} of ${c.total} ${many} read`, complete: false };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
