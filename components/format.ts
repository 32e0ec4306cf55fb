// Text for what the popup shows; pure apart from the words (t) and the UI language, so it is tested without a browser.
import { t, uiLanguage } from '@/lib/i18n';
import type { Section, SectionCompleteness, YearMonth } from '@/lib/profile/profile';

export function formatYearMonth(date: YearMonth | null, locale: string = uiLanguage()): string {
  if (!date) return '';
  if (!date.month) return String(date.year);
  // UTC on both sides: a month never shifts with the time zone.
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(date.year, date.month - 1, 1)),
  );
}

export function formatRange(start: YearMonth | null, end: YearMonth | null, isCurrent: boolean, locale: string = uiLanguage()): string {
  const from = formatYearMonth(start, locale);
  const to = isCurrent ? t('date.present') : formatYearMonth(end, locale);
  if (!from && !to) return '';
  if (!to || from === to) return from;
  if (!from) return to;
  return `${from} – ${to}`;
}

/**
 * Someone's text inside one of our sentences, isolated (U+2068 … U+2069): a right-to-left name, or a right-to-left
 * override character in it, cannot reorder the words around it ("Save مريم to 3 tools" keeps its order).
 */
export function isolate(text: string): string {
  // Its own embedding, override and isolate marks go first: a U+2069 inside would close our isolate early.
  return `\u2068${text.replace(/[\u202A-\u202E\u2066-\u2069]/g, '')}\u2069`;
}

/** "8 of 8 experiences", "5 of 12 experiences read", "Experience not loaded yet". */
export function describeCompleteness(section: Section, c: SectionCompleteness): { text: string; complete: boolean } {
  if (!c.loaded) return { text: notLoaded(section), complete: false };
  if (c.total === null) return { text: noTotal(section, c.read), complete: false };
  if (c.read >= c.total) return { text: complete(section, c.read, c.total), complete: true };
  return { text: partial(section, c.read, c.total), complete: false };
}

// One key per section and case: each language words its own agreement (the count is the total where it decides).
function notLoaded(section: Section): string {
  switch (section) {
    case 'experiences':
      return t('completeness.experiences.notLoaded');
    case 'educations':
      return t('completeness.educations.notLoaded');
    case 'skills':
      return t('completeness.skills.notLoaded');
  }
}

function noTotal(section: Section, read: number): string {
  switch (section) {
    case 'experiences':
      return t('completeness.experiences.noTotal', read);
    case 'educations':
      return t('completeness.educations.noTotal', read);
    case 'skills':
      return t('completeness.skills.noTotal', read);
  }
}

function complete(section: Section, read: number, total: number): string {
  switch (section) {
    case 'experiences':
      return t('completeness.experiences.complete', total, { read });
    case 'educations':
      return t('completeness.educations.complete', total, { read });
    case 'skills':
      return t('completeness.skills.complete', total, { read });
  }
}

function partial(section: Section, read: number, total: number): string {
  switch (section) {
    case 'experiences':
      return t('completeness.experiences.partial', total, { read });
    case 'educations':
      return t('completeness.educations.partial', total, { read });
    case 'skills':
      return t('completeness.skills.partial', total, { read });
  }
}
