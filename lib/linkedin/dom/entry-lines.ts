// Turning the printed lines of an experience / education entry into fields. The 2022–2026 logged-in layouts print
// the same lines in the same order (title, "Company · Type", dates, location), whatever their markup.
import { parseDateRange, type DateRange } from '@/lib/profile/dates';
import type { Education, Experience } from '@/lib/profile/profile';

export interface SplitLines {
  /** Lines before the date line (title, company…). */
  before: string[];
  date: DateRange | null;
  /** Lines after the date line (location, workplace type…). */
  after: string[];
}

/** Splits an entry's lines at its date line; line 0 (the title or school) is never taken as a date. */
export function splitAtDate(lines: readonly string[]): SplitLines {
  for (let i = 1; i < lines.length; i++) {
    const date = parseDateRange(stripParenthesised(lines[i] ?? ''));
    if (date) return { before: lines.slice(0, i), date, after: lines.slice(i + 1) };
  }
  return { before: [...lines], date: null, after: [] };
}

// The 2016 page prints "(4 months)" after the range.
function stripParenthesised(line: string): string {
  return line.replace(/\([^)]*\)/g, ' ').trim();
}

export function dotSegments(line: string): string[] {
  return line
    .split(/\s*[·•]\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** "2 yrs 2 mos", "6 mos", "1 an 3 mois": LinkedIn's own arithmetic, never a type or a place. */
export function isDuration(segment: string): boolean {
  return /^\d/.test(segment);
}

// Workplace types in LinkedIn's main UI languages (folded: lowercase, no accents).
const WORKPLACE_TYPES = new Set([
  'remote', 'on-site', 'onsite', 'hybrid',
  'a distance', 'sur site', 'sur place', 'hybride', 'teletravail',
  'vor ort', 'remote-arbeit',
  'remoto', 'en remoto', 'presencial', 'hibrido', 'in sede', 'da remoto', 'ibrido', 'no local',
  'op locatie', 'op afstand',
]);

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

export function isWorkplaceType(segment: string): boolean {
  return WORKPLACE_TYPES.has(fold(segment));
}

/** "Dublin, Ireland · Remote" → "Dublin, Ireland"; "On-site" → null. */
export function locationOf(lines: readonly string[]): string | null {
  for (const line of lines) {
    const place = dotSegments(line).filter((s) => !isWorkplaceType(s) && !isDuration(s));
    if (place.length > 0) return place.join(' · ');
  }
  return null;
}

/** The employment type of a meta line ("Full-time · 2 yrs 2 mos" → "Full-time"; "2 yrs" → null). */
export function typeOf(segments: readonly string[]): string | null {
  return segments.find((s) => !isDuration(s) && !isWorkplaceType(s)) ?? null;
}

export interface GroupHeader {
  company: string;
  employmentType: string | null;
  location: string | null;
}

/** An employer heading grouped roles: [company, "Full-time · 2 yrs 2 mos", "Berlin, Germany · Remote"]. */
export function readGroupHeader(lines: readonly string[]): GroupHeader | null {
  const [company, ...rest] = lines;
  if (!company) return null;
  let employmentType: string | null = null;
  let locationLines = rest;
  const meta = rest[0];
  if (meta !== undefined && dotSegments(meta).some(isDuration)) {
    employmentType = typeOf(dotSegments(meta));
    locationLines = rest.slice(1);
  }
  return { company, employmentType, location: locationOf(locationLines) };
}

/**
 * One role from its lines. Alone: [title, "Company · Type", dates, location]. Inside a group:
 * [title, "Type"?, dates, location?] with the company, type and location of the group as defaults.
 */
export function experienceFromLines(
  lines: readonly string[],
  description: string | null,
  group: GroupHeader | null,
): Experience | null {
  const { before, date, after } = splitAtDate(lines);
  const [title, ...middle] = before;
  if (!title) return null;
  let company: string | null = group?.company ?? null;
  let employmentType: string | null = group?.employmentType ?? null;
  const meta = middle[0];
  if (meta !== undefined) {
    const segments = dotSegments(meta);
    if (group) {
      employmentType = typeOf(segments) ?? employmentType;
    } else {
      company = segments[0] ?? null;
      employmentType = typeOf(segments.slice(1));
    }
  }
  return {
    title,
    company,
    location: locationOf(after) ?? group?.location ?? null,
    startDate: date?.start ?? null,
    endDate: date?.isCurrent ? null : (date?.end ?? null),
    isCurrent: date?.isCurrent ?? false,
    description: description || null,
    employmentType,
  };
}

/** [school, "Degree, Field", dates]: the degree is what precedes the first comma. */
export function educationFromLines(lines: readonly string[]): Education | null {
  const { before, date } = splitAtDate(lines);
  const [school, degreeLine] = before;
  if (!school) return null;
  const { degree, field } = splitDegree(degreeLine ?? null);
  return {
    school,
    degree,
    field,
    startDate: date?.start ?? null,
    endDate: date?.isCurrent ? null : (date?.end ?? null),
  };
}

export function splitDegree(line: string | null): { degree: string | null; field: string | null } {
  if (!line) return { degree: null, field: null };
  const comma = line.indexOf(', ');
  if (comma < 0) return { degree: line, field: null };
  return { degree: line.slice(0, comma).trim() || null, field: line.slice(comma + 2).trim() || null };
}
