// Text for what the popup shows; pure apart from the words (t) and the UI language, so it is tested without a browser.
import { t, uiLanguage } from '@/lib/i18n';
import type { Gap, Section, SectionCompleteness, YearMonth } from '@/lib/profile/profile';

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

/** Why a section is missing, as a clause ("LinkedIn refused the data (429)"). */
export function gapText(gap: Gap | undefined): string {
  const status = String(gap?.status ?? '?');
  switch (gap?.reason) {
    case 'refused':
      return t('gap.refused', { status });
    case 'retired':
      return t('gap.retired', { status });
    case 'failed':
      return t('gap.failed', { status });
    case 'timeout':
      return t('gap.timeout');
    case 'network':
      return t('gap.network');
    case 'not-rendered':
      return t('gap.notRendered');
    case 'not-visited':
      return t('gap.notVisited');
    case 'no-source':
    case undefined:
      return t('gap.noSource');
  }
}

/** "8 of 8 experiences", "5 of 12 experiences read", "Experience not loaded: LinkedIn refused the data (429)". */
export function describeCompleteness(section: Section, c: SectionCompleteness): { text: string; complete: boolean } {
  if (!c.loaded) return { text: notLoaded(section, gapText(c.gap)), complete: false };
  if (c.total === null) return { text: noTotal(section, c.read), complete: false };
  if (c.read >= c.total) return { text: complete(section, c.read, c.total), complete: true };
  return { text: partial(section, c.read, c.total), complete: false };
}

// One key per section and case: each language words its own agreement (the count is the total where it decides).
function notLoaded(section: Section, why: string): string {
  switch (section) {
    case 'experiences':
      return t('completeness.experiences.notLoaded', { why });
    case 'educations':
      return t('completeness.educations.notLoaded', { why });
    case 'skills':
      return t('completeness.skills.notLoaded', { why });
    case 'certifications':
      return t('completeness.certifications.notLoaded', { why });
    case 'languages':
      return t('completeness.languages.notLoaded', { why });
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
    case 'certifications':
      return t('completeness.certifications.noTotal', read);
    case 'languages':
      return t('completeness.languages.noTotal', read);
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
    case 'certifications':
      return t('completeness.certifications.complete', total, { read });
    case 'languages':
      return t('completeness.languages.complete', total, { read });
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
    case 'certifications':
      return t('completeness.certifications.partial', total, { read });
    case 'languages':
      return t('completeness.languages.partial', total, { read });
  }
}

/** "Add your A, B or C key": every registered tool, listed the way the language lists alternatives. */
export function addKeyText(labels: readonly string[], locale: string = uiLanguage()): string {
  return t('savePanel.addKey', { tools: new Intl.ListFormat(locale, { style: 'long', type: 'disjunction' }).format(labels) });
}

const UUID = /\b([0-9a-f]{8})-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;

/**
 * A tool's sentence with its record ids (UUIDs) cut to their first 8 characters and "…": in a two-line result line a
 * full id pushes out what matters ("not sent: …"). The whole sentence stays in the line's title and the history.
 */
export function shortIds(text: string): string {
  return text.replace(UUID, '$1…');
}
