// Pure parsers of LinkedIn's dash profile JSON (FullProfileWithEntities) and of the completion responses
// (profilePositions / profileSkills ?q=viewee) → ReaderResult fragments. Never "the first Profile": the profile
// is the one whose publicIdentifier equals the vanity asked for (the viewer may be in included[] too).
import { z } from 'zod';
import type { ProfileFragment, ReaderResult } from '@/lib/linkedin/types';
import type { Certification, Education, Experience, Website, YearMonth } from '@/lib/profile/profile';
import { MEMBER_ID_PATTERN } from '@/lib/profile/profile';
import { sameVanity } from '@/lib/profile/url';
import { firstLocale, isRecord, parseNormalized, str, type Entity, type NormalizedDocument } from './normalized';

export type VoyagerParseFailure = {
  ok: false;
  /** bad-shape: not LinkedIn's normalized JSON; no-matching-profile: no Profile with this vanity (maybe others). */
  problem: 'bad-shape' | 'no-matching-profile';
  message: string;
};

export interface ParsedDashProfile {
  ok: true;
  result: ReaderResult;
  /** urn:li:fsd_profile:<id>, for the completion calls. */
  profileUrn: string;
  /** How many positions / skills the profile response itself carried (before any completion). */
  read: { experiences: number; skills: number };
}

const dateSchema = z.looseObject({
  year: z.number().int().min(1900).max(2200),
  month: z.number().int().min(1).max(12).optional().nullable(),
});

function yearMonth(value: unknown): YearMonth | null {
  const d = dateSchema.safeParse(value);
  if (!d.success) return null;
  return d.data.month ? { year: d.data.year, month: d.data.month } : { year: d.data.year };
}

function dateRange(entity: Record<string, unknown>): { start: YearMonth | null; end: YearMonth | null } {
  const range = entity['dateRange'];
  if (!isRecord(range)) return { start: null, end: null };
  return { start: yearMonth(range['start']), end: yearMonth(range['end']) };
}

function isType(entity: Entity, suffix: string): boolean {
  return entity.$type?.endsWith(suffix) ?? false;
}

function positionToExperience(doc: NormalizedDocument, p: Record<string, unknown>): Experience | null {
  const title = str(p['title']) ?? firstLocale(p['multiLocaleTitle']);
  if (!title) return null;
  const company =
    str(p['companyName']) ?? firstLocale(p['multiLocaleCompanyName']) ?? str(doc.ref(p, 'company')?.['name']) ?? null;
  const geo = doc.ref(isRecord(p['geoLocation']) ? p['geoLocation'] : {}, 'geo');
  const location = str(p['locationName']) ?? firstLocale(p['multiLocaleLocationName']) ?? str(geo?.['defaultLocalizedName']) ?? null;
  const { start, end } = dateRange(p);
  const employment = doc.ref(p, 'employmentType');
  return {
    title,
    company,
    location,
    startDate: start,
    endDate: end,
    isCurrent: start !== null && end === null,
    description: str(p['description']) ?? firstLocale(p['multiLocaleDescription']) ?? null,
    employmentType: str(employment?.['name']) ?? null,
  };
}

function educationOf(doc: NormalizedDocument, e: Record<string, unknown>): Education | null {
  const school = str(e['schoolName']) ?? firstLocale(e['multiLocaleSchoolName']) ?? str(doc.ref(e, 'school')?.['name']);
  if (!school) return null;
  const { start, end } = dateRange(e);
  return {
    school,
    degree: str(e['degreeName']) ?? firstLocale(e['multiLocaleDegreeName']) ?? null,
    field: str(e['fieldOfStudy']) ?? firstLocale(e['multiLocaleFieldOfStudy']) ?? null,
    startDate: start,
    endDate: end,
  };
}

function nameOf(entity: Record<string, unknown>): string | undefined {
  return str(entity['name']) ?? firstLocale(entity['multiLocaleName']);
}

function certificationOf(doc: NormalizedDocument, c: Record<string, unknown>): Certification | null {
  const name = nameOf(c);
  if (!name) return null;
  const authority = str(c['authority']) ?? firstLocale(c['multiLocaleAuthority']) ?? str(doc.ref(c, 'company')?.['name']) ?? null;
  return { name, authority };
}

function photoOf(profile: Record<string, unknown>): string | undefined {
  const picture = profile['profilePicture'];
  if (!isRecord(picture)) return undefined;
  const ref = picture['displayImageReference'];
  const vector = isRecord(ref) ? ref['vectorImage'] : undefined;
  if (!isRecord(vector)) return undefined;
  const root = str(vector['rootUrl']) ?? '';
  const artifacts = Array.isArray(vector['artifacts']) ? vector['artifacts'].filter(isRecord) : [];
  let best: { width: number; path: string } | null = null;
  for (const a of artifacts) {
    const path = str(a['fileIdentifyingUrlPathSegment']);
    const width = typeof a['width'] === 'number' ? a['width'] : 0;
    if (path && (!best || width > best.width)) best = { width, path };
  }
  if (!best) return undefined;
  return /^https?:\/\//.test(best.path) ? best.path : root + best.path;
}

function websitesOf(profile: Record<string, unknown>): Website[] | undefined {
  const raw = profile['websites'];
  if (!Array.isArray(raw)) return undefined;
  const sites: Website[] = [];
  for (const w of raw.filter(isRecord)) {
    const url = str(w['url']);
    if (!url) continue;
    const category = w['category'];
    const label = str(w['label']) ?? (typeof category === 'string' ? category.toLowerCase() : null);
    sites.push({ label: label ?? null, url });
  }
  return sites;
}

function memberIdOf(urn: string | undefined): string | undefined {
  const id = urn?.replace(/^urn:li:fsd_profile:/, '');
  return id && MEMBER_ID_PATTERN.test(id) ? id : undefined;
}

/** Every Profile entity in the response: the root element(s) first, then included[]. */
function profilesIn(doc: NormalizedDocument): Entity[] {
  const roots = doc.elementsOf(doc.data).items;
  const all = [...roots, ...doc.ofType('.identity.profile.Profile')];
  if (typeof doc.data['publicIdentifier'] === 'string') all.unshift(doc.data as Entity);
  return all.filter((e, i) => all.indexOf(e) === i && (isType(e, '.identity.profile.Profile') || 'publicIdentifier' in e));
}

interface Positions {
  experiences: Experience[];
  /** LinkedIn's count, or the best lower bound when groups are capped (see below). */
  total: number | null;
}

function positionsOf(doc: NormalizedDocument, profile: Record<string, unknown>): Positions | undefined {
  const groups = doc.collection(profile, 'profilePositionGroups');
  if (groups) {
    const experiences: Experience[] = [];
    let inGroupTotals = 0;
    for (const g of groups.items) {
      const inGroup = doc.collection(g, 'profilePositionInPositionGroup');
      const items = inGroup?.items ?? [];
      for (const p of items) {
        const e = positionToExperience(doc, p);
        if (e) experiences.push(e);
      }
      inGroupTotals += Math.max(inGroup?.total ?? items.length, items.length);
    }
    const groupsTotal = groups.total ?? groups.items.length;
    // paging.total counts employers (groups), not roles: when every group came back, the roles' own totals add up
    // to the exact count; when LinkedIn capped the groups, each missing group has at least one role.
    const total = inGroupTotals + Math.max(0, groupsTotal - groups.items.length);
    return { experiences, total };
  }
  const flat = doc.collection(profile, 'profilePositions');
  if (!flat) return undefined;
  const experiences = flat.items.map((p) => positionToExperience(doc, p)).filter((e): e is Experience => e !== null);
  return { experiences, total: flat.total };
}

function listOf<T>(
  doc: NormalizedDocument,
  profile: Record<string, unknown>,
  key: string,
  map: (e: Entity) => T | null | undefined,
): { items: T[]; total: number | null } | undefined {
  const c = doc.collection(profile, key);
  if (!c) return undefined;
  const items = c.items.map(map).filter((x): x is T => x !== null && x !== undefined);
  return { items, total: c.total };
}

/** The dash profile response (FullProfileWithEntities-N, normalized) → the fragment of the person `vanity` names. */
export function parseDashProfile(body: unknown, vanity: string): ParsedDashProfile | VoyagerParseFailure {
  const n = parseNormalized(body);
  if (!n.ok) return { ok: false, problem: 'bad-shape', message: n.message };
  const doc = n.doc;
  const profiles = profilesIn(doc);
  if (profiles.length === 0) {
    return { ok: false, problem: 'bad-shape', message: 'LinkedIn’s JSON contained no Profile entity' };
  }
  // At a member-id address (/in/ACoA…/, asked with memberIdentity) the member's profile carries their real vanity:
  // it is found by the member id in its urn.
  const byMemberId = MEMBER_ID_PATTERN.test(vanity);
  const profile = profiles.find((p) =>
    byMemberId ? memberIdOf(p.entityUrn) === vanity : typeof p['publicIdentifier'] === 'string' && sameVanity(p['publicIdentifier'], vanity),
  );
  if (!profile) {
    return {
      ok: false,
      problem: 'no-matching-profile',
      message: `LinkedIn’s JSON described ${profiles.length === 1 ? 'another member' : 'other members'}, not the profile in the address bar`,
    };
  }

  const firstName = str(profile['firstName']) ?? firstLocale(profile['multiLocaleFirstName']);
  const lastName = str(profile['lastName']) ?? firstLocale(profile['multiLocaleLastName']);
  const geo = doc.ref(isRecord(profile['geoLocation']) ? profile['geoLocation'] : {}, 'geo');
  const numeric = /^urn:li:member:(\d+)$/.exec(str(profile['objectUrn']) ?? '')?.[1];

  const positions = positionsOf(doc, profile);
  const educations = listOf(doc, profile, 'profileEducations', (e) => educationOf(doc, e));
  const skills = listOf(doc, profile, 'profileSkills', nameOf);
  const languages = listOf(doc, profile, 'profileLanguages', nameOf);
  const certifications = listOf(doc, profile, 'profileCertifications', (c) => certificationOf(doc, c));

  const fragment: ProfileFragment = {
    publicIdentifier: str(profile['publicIdentifier']),
    memberId: memberIdOf(profile.entityUrn),
    numericMemberId: numeric,
    firstName,
    lastName,
    fullName: [firstName, lastName].filter(Boolean).join(' ') || undefined,
    headline: str(profile['headline']) ?? firstLocale(profile['multiLocaleHeadline']),
    location: str(geo?.['defaultLocalizedName']) ?? str(profile['locationName']) ?? firstLocale(profile['multiLocaleLocationName']),
    photoUrl: photoOf(profile),
    about: str(profile['summary']) ?? firstLocale(profile['multiLocaleSummary']),
    experiences: positions?.experiences,
    educations: educations?.items,
    skills: skills?.items,
    languages: languages?.items,
    certifications: certifications?.items,
    websites: websitesOf(profile),
    totals: {
      ...(positions?.total != null ? { experiences: positions.total } : {}),
      ...(educations?.total != null ? { educations: educations.total } : {}),
      ...(skills?.total != null ? { skills: skills.total } : {}),
      ...(certifications?.total != null ? { certifications: certifications.total } : {}),
      ...(languages?.total != null ? { languages: languages.total } : {}),
    },
  };
  // Absent means "unknown" in a fragment: drop the undefined keys rather than carry them.
  for (const key of Object.keys(fragment) as (keyof ProfileFragment)[]) {
    if (fragment[key] === undefined) delete fragment[key];
  }

  return {
    ok: true,
    result: { source: 'voyager', fragment, warnings: [] },
    profileUrn: profile.entityUrn ?? `urn:li:fsd_profile:${fragment.memberId ?? ''}`,
    read: { experiences: positions?.experiences.length ?? 0, skills: skills?.items.length ?? 0 },
  };
}

export interface CompletionPage<T> {
  ok: true;
  items: T[];
  /** paging.total of the collection, null when absent. */
  total: number | null;
  /** How many elements the response referenced (read or not), to compute the next `start`. */
  count: number;
  /** Some element's own inner list was cut (an employer with more roles than its group carries): not whole. */
  capped?: boolean;
}

function parseCompletion<T>(
  body: unknown,
  map: (doc: NormalizedDocument, e: Entity) => T[],
): CompletionPage<T> | VoyagerParseFailure {
  const n = parseNormalized(body);
  if (!n.ok) return { ok: false, problem: 'bad-shape', message: n.message };
  const hasElements = Array.isArray(n.doc.data['*elements']) || Array.isArray(n.doc.data['elements']);
  if (!hasElements) {
    return { ok: false, problem: 'bad-shape', message: 'LinkedIn’s JSON had no elements list' };
  }
  const c = n.doc.elementsOf(n.doc.data);
  const items = c.items.flatMap((e) => map(n.doc, e));
  const raw = n.doc.data['*elements'] ?? n.doc.data['elements'];
  return { ok: true, items, total: c.total, count: Array.isArray(raw) ? raw.length : 0 };
}

const one = <T>(x: T | null | undefined): T[] => (x === null || x === undefined ? [] : [x]);

/** `identity/dash/profilePositions?q=viewee…` → experiences in LinkedIn's order. */
export function parsePositionsCompletion(body: unknown): CompletionPage<Experience> | VoyagerParseFailure {
  return parseCompletion(body, (doc, e) => (isType(e, '.Position') || 'title' in e ? one(positionToExperience(doc, e)) : []));
}

/**
 * `identity/dash/profilePositionGroups?q=viewee…` → every role of every employer. `total` counts employers (LinkedIn's
 * paging), so it only says whether more groups exist; the roles' count is what was read.
 */
export function parsePositionGroupsCompletion(body: unknown): CompletionPage<Experience> | VoyagerParseFailure {
  let capped = false;
  const page = parseCompletion(body, (doc, g) => {
    const inGroup = doc.collection(g, 'profilePositionInPositionGroup');
    // A group's own count above the roles it carries: LinkedIn cut that employer's roles.
    if (inGroup && inGroup.total !== null && inGroup.total > inGroup.items.length) capped = true;
    return (inGroup?.items ?? []).flatMap((p) => one(positionToExperience(doc, p)));
  });
  return page.ok && capped ? { ...page, capped } : page;
}

/** `identity/dash/profileEducations?q=viewee…` */
export function parseEducationsCompletion(body: unknown): CompletionPage<Education> | VoyagerParseFailure {
  return parseCompletion(body, (doc, e) => one(educationOf(doc, e)));
}

/** `identity/dash/profileSkills?q=viewee…` → skill names. */
export function parseSkillsCompletion(body: unknown): CompletionPage<string> | VoyagerParseFailure {
  return parseCompletion(body, (_doc, e) => one(nameOf(e)));
}

/** `identity/dash/profileCertifications?q=viewee…` */
export function parseCertificationsCompletion(body: unknown): CompletionPage<Certification> | VoyagerParseFailure {
  return parseCompletion(body, (doc, e) => one(certificationOf(doc, e)));
}

/** `identity/dash/profileLanguages?q=viewee…` → language names. */
export function parseLanguagesCompletion(body: unknown): CompletionPage<string> | VoyagerParseFailure {
  return parseCompletion(body, (_doc, e) => one(nameOf(e)));
}
