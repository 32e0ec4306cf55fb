// LinkedIn's printed dates ("Dec 2019", "déc. 2019", "2000 – Present · 2 yrs") → YearMonth, and experience totals.
import type { Experience, YearMonth } from '@/lib/profile/profile';

// Month names and abbreviations as LinkedIn prints them in its main UI languages (accents already stripped).
const MONTHS: Record<string, number> = {};
const MONTH_NAMES: string[][] = [
  ['jan', 'january', 'janv', 'janvier', 'januar', 'jän', 'jaen', 'ene', 'enero', 'janeiro', 'gen', 'gennaio', 'januari'],
  ['feb', 'february', 'fev', 'fevr', 'fevrier', 'februar', 'febrero', 'fevereiro', 'febbraio', 'februari'],
  ['mar', 'march', 'mars', 'marz', 'maerz', 'marzo', 'marco', 'mrt', 'maart'],
  ['apr', 'april', 'avr', 'avril', 'abr', 'abril', 'aprile'],
  ['may', 'mai', 'mayo', 'maio', 'mag', 'maggio', 'mei'],
  ['jun', 'june', 'juin', 'juni', 'junio', 'junho', 'giu', 'giugno'],
  ['jul', 'july', 'juil', 'juillet', 'juli', 'julio', 'julho', 'lug', 'luglio'],
  ['aug', 'august', 'aout', 'ago', 'agosto', 'augustus'],
  ['sep', 'sept', 'september', 'septembre', 'set', 'sett', 'septiembre', 'setembro', 'settembre'],
  ['oct', 'october', 'octobre', 'okt', 'oktober', 'octubre', 'out', 'outubro', 'ott', 'ottobre'],
  ['nov', 'november', 'novembre', 'noviembre', 'novembro'],
  ['dec', 'december', 'decembre', 'dez', 'dezember', 'dic', 'diciembre', 'dezembro', 'dicembre'],
];
MONTH_NAMES.forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)));

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\u00A0/g, ' ')
    .trim();
}

function yearOf(text: string): number | null {
  const year = Number(text);
  return Number.isInteger(year) && year >= 1900 && year <= 2200 ? year : null;
}

/** "Dec 2019", "December 2019", "déc. 2019", "dic. de 2019", "12/2019", "2019" → YearMonth; anything else → null. */
export function parseLinkedInDate(text: string): YearMonth | null {
  const t = fold(text).replace(/\./g, ' ').replace(/\s+/g, ' ').trim();
  if (!t) return null;
  let m = /^(\d{4})$/.exec(t);
  if (m) {
    const year = yearOf(m[1] ?? '');
    return year === null ? null : { year };
  }
  m = /^(\d{1,2})\s*[/-]\s*(\d{4})$/.exec(t);
  if (m) {
    const month = Number(m[1]);
    const year = yearOf(m[2] ?? '');
    return year === null || month < 1 || month > 12 ? null : { year, month };
  }
  m = /^([\p{L}]+)\s+(?:de\s+)?(\d{4})$/u.exec(t) ?? /^(\d{4})\s*(?:年\s*)?([\p{L}]+)$/u.exec(t);
  if (m) {
    const [word, digits] = /^\d/.test(m[1] ?? '') ? [m[2] ?? '', m[1] ?? ''] : [m[1] ?? '', m[2] ?? ''];
    const month = MONTHS[word];
    const year = yearOf(digits);
    return month === undefined || year === null ? null : { year, month };
  }
  return null;
}

export interface DateRange {
  start: YearMonth | null;
  end: YearMonth | null;
  isCurrent: boolean;
}

/**
 * "Dec 2019 - Present · 2 yrs 4 mos", "2000 – Present", "Feb 2011 – May 2016", "2014 - 2019" → DateRange.
 * The end side is "Present" in the reader's language; any non-date end is taken as "still there" (the only word
 * LinkedIn prints there), so translations need no list. Returns null when no start date can be read.
 */
export function parseDateRange(text: string): DateRange | null {
  // The duration after the middle dot ("· 2 yrs 4 mos") is LinkedIn's own arithmetic: not needed.
  const main = (text.split(/\s[·•]\s|[·•]/)[0] ?? '').trim();
  if (!main) return null;
  const parts = main.split(/\s+[-–—]\s+|\s*[–—]\s*|\s+-|-\s+|\s+(?:to|à|bis|a|hasta|até|fino a|tot)\s+/i);
  const start = parseLinkedInDate(parts[0] ?? '');
  if (!start) return null;
  if (parts.length < 2) return { start, end: start, isCurrent: false };
  const endText = (parts[1] ?? '').trim();
  const end = parseLinkedInDate(endText);
  if (end) return { start, end, isCurrent: false };
  return { start, end: null, isCurrent: endText.length > 0 };
}

function monthIndex(d: YearMonth, fallbackMonth: number): number {
  return d.year * 12 + ((d.month ?? fallbackMonth) - 1);
}

/**
 * Years of experience from the roles' date ranges, counting overlapping roles once (month intervals merged),
 * rounded to one decimal. Roles without a start are ignored; open roles run to `now`.
 */
export function totalYearsOfExperience(experiences: readonly Experience[], now: Date): number {
  const nowIndex = now.getUTCFullYear() * 12 + now.getUTCMonth();
  const intervals: [number, number][] = [];
  for (const e of experiences) {
    if (!e.startDate) continue;
    const start = monthIndex(e.startDate, 1);
    // A year-only end means "some time that year": count to its last month, but never past today.
    const end = e.isCurrent || !e.endDate ? nowIndex : Math.min(monthIndex(e.endDate, 12), nowIndex);
    if (end < start) continue;
    intervals.push([start, end]);
  }
  intervals.sort((a, b) => a[0] - b[0]);
  let months = 0;
  let current: [number, number] | null = null;
  for (const [s, e] of intervals) {
    if (current && s <= current[1] + 1) {
      current[1] = Math.max(current[1], e);
    } else {
      if (current) months += current[1] - current[0] + 1;
      current = [s, e];
    }
  }
  if (current) months += current[1] - current[0] + 1;
  return Math.round((months / 12) * 10) / 10;
}
