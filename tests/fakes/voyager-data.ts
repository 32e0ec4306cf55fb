// Builds LinkedIn's dash JSON (normalized: data + flat included[]) for an invented person: the profile resource
// (FullProfileWithEntities, capped sections with paging.total = the real count) and the per-section `q=viewee` lists
// (profilePositions, profilePositionGroups, profileEducations, profileSkills, profileCertifications,
// profileLanguages). Used by unit tests (answerVoyager) and served by the e2e fake LinkedIn (linkedin.ts).
//
// Shapes follow public references (key names, nesting, $types and URN kinds only; every value here is invented):
// - kartik6/linkedin-profile-api tests/fixtures/sections.json @dc5f6e1cbfc48318369fb258e8b7921ba65f2fb6 and
//   tests/fixtures/languages.json @affa1fc8cde0b2ed438e9fa39c53a69ed649f4d4 (scrubbed real answers; routes "verified"
//   2026-08-28 in app/linkedin/strategies/voyager_dash.py): undecorated list entities without $recipeTypes, paging
//   {count, start, total, links}, 20 per page without `count`, `count=100` honoured, empty = `elements: []` + `included: []`;
// - rohhann12/linkedin-rev-eng src/linkedin/fetchers/rest.ts @02802705320493780d4cb05334a9b1758ca29c9b ("verified live
//   on 2026-08-26"): FullProfileWithEntities-101 and the decorated profilePositionGroups (FullProfilePositionGroup-73);
// - reyyanxahmed/linkedin-profile-api docs/REVERSE_ENGINEERING.md @d4ce1c2dcee7a8e7321be257a6ea3b08d31dbf65 and
//   app/linkedin/client.py @a757a12b3895adb8d89d8e6854cfa82478e2e2ed: the retired-resource envelope
//   `{"data":{"status":410},"included":[]}`.
// Inferred (no source): the cap of 100 per page, the decorated group response's exact recipe names, and that a list
// page past the end answers an empty collection with the real total.
import { createHash } from 'node:crypto';
import type { YearMonth } from '@/lib/profile/profile';

export interface FakePosition {
  company: string;
  title: string;
  start: YearMonth;
  end?: YearMonth;
  location?: string;
  description?: string;
  employmentType?: string;
  /** How the 2026 page shows the work mode after the location ("Lyon, France · Hybrid"); not in LinkedIn's JSON here. */
  workplace?: 'On-site' | 'Hybrid' | 'Remote';
}

export interface FakeEducation {
  school: string;
  degree?: string;
  field?: string;
  start?: YearMonth;
  end?: YearMonth;
}

export interface FakeCertification {
  name: string;
  authority?: string;
  /** "Issued Mar 2024" on the page, `dateRange.start` in LinkedIn's JSON. */
  issued?: YearMonth;
  credentialId?: string;
  url?: string;
}

/** LinkedIn's proficiency enum (vana-com/data-connectors maps these to the texts below). */
export type LanguageProficiency = 'NATIVE_OR_BILINGUAL' | 'FULL_PROFESSIONAL' | 'PROFESSIONAL_WORKING' | 'LIMITED_WORKING' | 'ELEMENTARY';

export const LANGUAGE_PROFICIENCY_TEXT: Readonly<Record<LanguageProficiency, string>> = {
  NATIVE_OR_BILINGUAL: 'Native or bilingual proficiency',
  FULL_PROFESSIONAL: 'Full professional proficiency',
  PROFESSIONAL_WORKING: 'Professional working proficiency',
  LIMITED_WORKING: 'Limited working proficiency',
  ELEMENTARY: 'Elementary proficiency',
};

export interface FakePerson {
  vanity: string;
  /** ACoAA… (39 characters). */
  memberId: string;
  numericMemberId?: string;
  firstName: string;
  lastName: string;
  headline?: string;
  location?: string;
  summary?: string;
  /** e.g. https://media.licdn.com/dms/image/v2/X/profile-displayphoto-shrink_ (sizes are appended). */
  photoRoot?: string;
  positions: FakePosition[];
  educations?: FakeEducation[];
  skills?: string[];
  languages?: string[];
  /** Proficiency per language name (absent: LinkedIn's JSON says null and the page shows no proficiency line). */
  languageProficiencies?: Readonly<Record<string, LanguageProficiency>>;
  certifications?: FakeCertification[];
  /** Shown next to the name on the 2026 page ("She/Her"). */
  pronouns?: string;
  /** The About card's "Top skills" line on the 2026 page ("A • B • C"). */
  topSkills?: string[];
  /** The top card's follower count. */
  followers?: number;
}

/** What LinkedIn returns at most inside the profile response; paging.total still says the real count. */
export const PROFILE_RESPONSE_CAPS = { positionGroups: 10, positionsPerGroup: 20, skills: 20, educations: 20 } as const;

/** The per-section lists (`/voyager/api/identity/dash/<list>?q=viewee&profileUrn=…`). */
export const VOYAGER_LIST_NAMES = [
  'profilePositions',
  'profilePositionGroups',
  'profileEducations',
  'profileSkills',
  'profileCertifications',
  'profileLanguages',
] as const;
export type VoyagerListName = (typeof VOYAGER_LIST_NAMES)[number];

/** Page size of a list asked without `count` (KAR's fixtures), and the most one page holds (inferred). */
export const LIST_DEFAULT_COUNT = 20;
export const LIST_MAX_COUNT = 100;

export const PROFILE_DECORATION_PREFIX = 'com.linkedin.voyager.dash.deco.identity.profile.FullProfileWithEntities-';
export const POSITION_GROUP_DECORATION_PREFIX = 'com.linkedin.voyager.dash.deco.identity.profile.FullProfilePositionGroup-';
/** The decoration of profilePositionGroups that answers with each group's roles (REV tries -73, -74, -72). */
export const POSITION_GROUP_DECORATION = `${POSITION_GROUP_DECORATION_PREFIX}73`;

/** The whole body of a retired resource's answer, under a 200 or a 410 (REY, "The 410 trap"). */
export const RETIRED_ENVELOPE = { data: { status: 410 }, included: [] } as const;
export function retiredEnvelope(): NormalizedResponse {
  return { data: { status: 410 }, included: [] };
}

export const DASH_TYPES = {
  collection: 'com.linkedin.restli.common.CollectionResponse',
  paging: 'com.linkedin.restli.common.CollectionMetadata',
  profile: 'com.linkedin.voyager.dash.identity.profile.Profile',
  positionGroup: 'com.linkedin.voyager.dash.identity.profile.PositionGroup',
  position: 'com.linkedin.voyager.dash.identity.profile.Position',
  education: 'com.linkedin.voyager.dash.identity.profile.Education',
  skill: 'com.linkedin.voyager.dash.identity.profile.Skill',
  language: 'com.linkedin.voyager.dash.identity.profile.Language',
  certification: 'com.linkedin.voyager.dash.identity.profile.Certification',
  company: 'com.linkedin.voyager.dash.organization.Company',
  school: 'com.linkedin.voyager.dash.organization.School',
  geo: 'com.linkedin.voyager.dash.common.Geo',
  industry: 'com.linkedin.voyager.dash.common.Industry',
  date: 'com.linkedin.common.Date',
  dateRange: 'com.linkedin.common.DateRange',
} as const;

const DECO = 'com.linkedin.voyager.dash.deco';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface NormalizedResponse {
  data: JsonObject;
  included: JsonObject[];
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

function collectionUrn(label: string): string {
  return `urn:li:collectionResponse:${digest(label).toString('base64')}`;
}

function numericId(label: string, digits = 8): number {
  return (digest(label).readUInt32BE(0) % 10 ** digits) + 1000;
}

/** The numeric id in `urn:li:fsd_company:<n>` and in the page's `/company/<n>/` links, for an employer name. */
export function companyIdOf(name: string): number {
  return numericId(`company:${name}`);
}

/** The numeric id in `urn:li:fsd_school:<n>` and in the page's `/school/<n>/` links. */
export function schoolIdOf(name: string): number {
  return numericId(`school:${name}`);
}

/** `urn:li:member:<n>`: the JSON's objectUrn and the 2026 page's Connect button key. */
export function numericMemberIdOf(person: FakePerson): string {
  return person.numericMemberId ?? String(numericId(`${person.vanity}:member`, 9));
}

export const PHOTO_WIDTHS = [100, 200, 400, 800] as const;

/** The photo at one of LinkedIn's widths: the same URL in the JSON (rootUrl + artifact) and in the page's srcset. */
export function photoUrl(person: FakePerson, width: number): string | null {
  if (person.photoRoot === undefined) return null;
  return person.photoRoot + photoSegment(person, width);
}

function photoSegment(person: FakePerson, width: number): string {
  return `${width}_${width}/${digest(`${person.vanity}:photo`).toString('hex').slice(0, 12)}/0/1700000000000?e=1766016000&v=beta&t=fake`;
}

function dateOf(d: YearMonth): JsonObject {
  return { ...(d.month ? { month: d.month } : {}), year: d.year, $recipeTypes: [`${DECO}.common.Date`], $type: DASH_TYPES.date };
}

function dateRangeOf(start: YearMonth | undefined, end: YearMonth | undefined): Json {
  if (!start && !end) return null;
  return {
    ...(start ? { start: dateOf(start) } : {}),
    ...(end ? { end: dateOf(end) } : {}),
    $recipeTypes: [`${DECO}.common.DateRange`],
    $type: DASH_TYPES.dateRange,
  };
}

function paging(total: number | null, count: number, start = 0): JsonObject {
  return {
    ...(total === null ? {} : { total }),
    start,
    count,
    links: [],
    $recipeTypes: [`${DECO}.common.FullPaging`],
    $type: DASH_TYPES.paging,
  };
}

/** A CollectionResponse as LinkedIn writes it: `*elements` when it has some, `elements: []` when empty. */
function collection(urn: string, recipe: string, elementUrns: string[], total: number | null, count: number, start = 0): JsonObject {
  return {
    paging: paging(total, count, start),
    ...(elementUrns.length ? { '*elements': elementUrns } : { elements: [] }),
    entityUrn: urn,
    $recipeTypes: [recipe],
    $type: DASH_TYPES.collection,
  };
}

function localized(text: string | undefined): Json {
  return text === undefined ? null : { en_US: text };
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function companyEntity(name: string): JsonObject {
  const id = companyIdOf(name);
  return {
    industry: {},
    industryUrns: [],
    $recipeTypes: [`${DECO}.identity.profile.LinkablePositionCompany`],
    url: `https://www.linkedin.com/company/${slug(name)}/`,
    $type: DASH_TYPES.company,
    entityUrn: `urn:li:fsd_company:${id}`,
    name,
    universalName: slug(name),
  };
}

function schoolEntity(name: string): JsonObject {
  return {
    active: true,
    $recipeTypes: [`${DECO}.organization.MiniSchool`],
    url: `https://www.linkedin.com/school/${slug(name)}/`,
    $type: DASH_TYPES.school,
    entityUrn: `urn:li:fsd_school:${schoolIdOf(name)}`,
    name,
  };
}

function positionUrn(person: FakePerson, index: number): string {
  return `urn:li:fsd_profilePosition:(${person.memberId},${numericId(`${person.vanity}:position:${index}`, 9)})`;
}

function educationUrn(person: FakePerson, index: number): string {
  return `urn:li:fsd_profileEducation:(${person.memberId},${numericId(`${person.vanity}:education:${index}`, 9)})`;
}

function certificationUrn(person: FakePerson, index: number): string {
  return `urn:li:fsd_profileCertification:(${person.memberId},${numericId(`${person.vanity}:certification:${index}`, 9)})`;
}

function languageUrn(person: FakePerson, index: number): string {
  return `urn:li:fsd_profileLanguage:(${person.memberId},${numericId(`${person.vanity}:language:${index}`, 9)})`;
}

function geoUrnOf(location: string): string {
  return `urn:li:fsd_geo:${numericId(`geo:${location}`, 9)}`;
}

function positionEntity(person: FakePerson, p: FakePosition, index: number): JsonObject {
  const company = companyEntity(p.company);
  return {
    shouldShowSourceOfHireBadge: false,
    '*profileTreasuryMediaPosition': collectionUrn(`${person.vanity}:position-media:${index}`),
    multiLocaleTitle: localized(p.title),
    multiLocaleCompanyName: localized(p.company),
    dateRange: dateRangeOf(p.start, p.end),
    companyName: p.company,
    '*company': company['entityUrn'] as string,
    title: p.title,
    companyUrn: company['entityUrn'] as string,
    ...(p.location !== undefined ? { locationName: p.location, multiLocaleLocationName: localized(p.location) } : {}),
    ...(p.description !== undefined ? { description: p.description, multiLocaleDescription: localized(p.description) } : {}),
    ...(p.employmentType !== undefined
      ? { employmentTypeUrn: employmentTypeUrn(p.employmentType), '*employmentType': employmentTypeUrn(p.employmentType) }
      : {}),
    $recipeTypes: [`${DECO}.identity.profile.FullProfilePosition`],
    $type: DASH_TYPES.position,
    entityUrn: positionUrn(person, index),
  };
}

function employmentTypeUrn(name: string): string {
  return `urn:li:fsd_employmentType:${numericId(`employment:${name}`, 3)}`;
}

/** A role with everything it references (employer, employment type, media collection) added to included[]. */
function addPosition(person: FakePerson, p: FakePosition, index: number, add: (e: JsonObject) => void): string {
  add(positionEntity(person, p, index));
  add(companyEntity(p.company));
  if (p.employmentType !== undefined) {
    add({
      entityUrn: employmentTypeUrn(p.employmentType),
      name: p.employmentType,
      $recipeTypes: [`${DECO}.hiring.EmploymentType`],
      $type: 'com.linkedin.voyager.dash.hiring.EmploymentType',
    });
  }
  add(mediaCollection(`${person.vanity}:position-media:${index}`));
  return positionUrn(person, index);
}

/** Treasury-media collections every Position / Education / Profile references (always empty here). */
function mediaCollection(label: string): JsonObject {
  return collection(collectionUrn(label), `${DECO}.identity.profile.FullProfileTreasuryMediaItemsInjection`, [], 0, 10);
}

export interface PositionGroup {
  company: string;
  positions: { p: FakePosition; index: number }[];
}

/** LinkedIn groups consecutive roles at the same employer under one PositionGroup (and one page entry). */
export function positionGroups(positions: readonly FakePosition[]): PositionGroup[] {
  const groups: PositionGroup[] = [];
  positions.forEach((p, index) => {
    const last = groups.at(-1);
    if (last && last.company === p.company) last.positions.push({ p, index });
    else groups.push({ company: p.company, positions: [{ p, index }] });
  });
  return groups;
}

export function earliest(dates: (YearMonth | undefined)[]): YearMonth | undefined {
  return dates.filter((d): d is YearMonth => !!d).sort((a, b) => a.year - b.year || (a.month ?? 1) - (b.month ?? 1))[0];
}

/** The group's end: undefined while one of its roles is current. */
export function latestEnd(positions: readonly FakePosition[]): YearMonth | undefined {
  if (positions.some((p) => !p.end)) return undefined;
  return positions
    .map((p) => p.end as YearMonth)
    .sort((a, b) => b.year - a.year || (b.month ?? 12) - (a.month ?? 12))[0];
}

/** Adds an entity to included[] once (companies and schools are shared between positions). */
function adder(included: JsonObject[]): (e: JsonObject) => void {
  const seen = new Set<string>();
  return (e) => {
    const urn = e['entityUrn'];
    if (typeof urn === 'string') {
      if (seen.has(urn)) return;
      seen.add(urn);
    }
    included.push(e);
  };
}

const EMPTY_SECTIONS = [
  ['profileVideoPreview', 'com.linkedin.deco.recipe.anonymous.Anon105506655'],
  ['profileTestScores', `${DECO}.identity.profile.FullProfileTestScoresInjection`],
  ['profilePatents', `${DECO}.identity.profile.FullProfilePatentsInjection`],
  ['profileOrganizations', `${DECO}.identity.profile.FullProfileOrganizationsInjection`],
  ['profileHonors', `${DECO}.identity.profile.FullProfileHonorsInjection`],
  ['profileProjects', `${DECO}.identity.profile.FullProfileProjectsInjection`],
  ['profilePublications', `${DECO}.identity.profile.FullProfilePublicationsInjection`],
  ['profileCourses', `${DECO}.identity.profile.FullProfileCoursesInjection`],
  ['profileRingStatusCollection', 'com.linkedin.deco.recipe.anonymous.Anon1936086081'],
  ['profileVolunteerExperiences', `${DECO}.identity.profile.FullProfileVolunteerExperiencesInjection`],
  ['profileTreasuryMediaProfile', `${DECO}.identity.profile.FullProfileTreasuryMediaItemsInjection`],
] as const;

function groupUrnOf(person: FakePerson, g: PositionGroup): string {
  const groupKey = digest(`${person.vanity}:group:${g.positions[0]?.index ?? 0}`).toString('hex').slice(0, 40);
  return `urn:li:fsd_profilePositionGroup:(${person.memberId},${groupKey})`;
}

/** A decorated PositionGroup with its roles (`*profilePositionInPositionGroup`) and what they reference. */
function addDecoratedGroup(person: FakePerson, g: PositionGroup, add: (e: JsonObject) => void): string {
  const groupUrn = groupUrnOf(person, g);
  const inGroupUrn = collectionUrn(`${person.vanity}:in-group:${groupUrn}`);
  const shown = g.positions.slice(0, PROFILE_RESPONSE_CAPS.positionsPerGroup);
  for (const { p, index } of shown) addPosition(person, p, index, add);
  add(
    collection(
      inGroupUrn,
      `${DECO}.identity.profile.FullProfilePositionsInGroup`,
      shown.map(({ index }) => positionUrn(person, index)),
      g.positions.length,
      20,
    ),
  );
  const company = companyEntity(g.company);
  add({
    '*profilePositionInPositionGroup': inGroupUrn,
    multiLocaleCompanyName: localized(g.company),
    dateRange: dateRangeOf(earliest(g.positions.map(({ p }) => p.start)), latestEnd(g.positions.map(({ p }) => p))),
    companyName: g.company,
    '*company': company['entityUrn'] as string,
    companyUrn: company['entityUrn'] as string,
    $recipeTypes: [`${DECO}.identity.profile.FullProfilePositionGroup`],
    $type: DASH_TYPES.positionGroup,
    entityUrn: groupUrn,
  });
  return groupUrn;
}

function certificationEntity(person: FakePerson, c: FakeCertification, index: number, decorated: boolean): JsonObject {
  return {
    dateRange: decorated ? dateRangeOf(c.issued, undefined) : listDateRange(c.issued, undefined),
    multiLocaleLicenseNumber: localized(c.credentialId),
    companyUrn: c.authority === undefined ? null : `urn:li:fsd_company:${companyIdOf(c.authority)}`,
    url: c.url ?? null,
    $type: DASH_TYPES.certification,
    multiLocaleAuthority: localized(c.authority),
    entityUrn: certificationUrn(person, index),
    authority: c.authority ?? null,
    multiLocaleName: localized(c.name),
    name: c.name,
    licenseNumber: c.credentialId ?? null,
    displaySource: c.url === undefined ? null : new URL(c.url).hostname,
    ...(decorated ? { $recipeTypes: [`${DECO}.identity.profile.FullProfileCertification`] } : {}),
  };
}

function languageEntity(person: FakePerson, name: string, index: number, decorated: boolean): JsonObject {
  return {
    entityUrn: languageUrn(person, index),
    name,
    multiLocaleName: localized(name),
    proficiency: person.languageProficiencies?.[name] ?? null,
    ...(decorated ? { $recipeTypes: [`${DECO}.identity.profile.FullProfileLanguage`] } : {}),
    $type: DASH_TYPES.language,
  };
}

function profileEntities(person: FakePerson, add: (e: JsonObject) => void): JsonObject {
  const profileUrn = `urn:li:fsd_profile:${person.memberId}`;
  const refs: Record<string, string> = {};

  // Positions: groups capped, each with its roles.
  const groups = positionGroups(person.positions);
  const groupUrns = groups.slice(0, PROFILE_RESPONSE_CAPS.positionGroups).map((g) => addDecoratedGroup(person, g, add));
  refs['profilePositionGroups'] = collectionUrn(`${person.vanity}:groups`);
  add(collection(refs['profilePositionGroups'], `${DECO}.identity.profile.FullProfilePositionGroupsInjection`, groupUrns, groups.length, 10));

  // Educations.
  const educations = (person.educations ?? []).slice(0, PROFILE_RESPONSE_CAPS.educations);
  const educationUrns = educations.map((e, i) => {
    const school = schoolEntity(e.school);
    // LinkedIn links a school to its organisation page too (a Company entity next to the School).
    const schoolCompany = companyEntity(e.school);
    add(schoolCompany);
    const urn = educationUrn(person, i);
    const media = `${person.vanity}:education-media:${i}`;
    add(mediaCollection(media));
    add(school);
    add({
      dateRange: dateRangeOf(e.start, e.end),
      description: null,
      '*company': schoolCompany['entityUrn'] as string,
      '*profileTreasuryMediaEducation': collectionUrn(media),
      companyUrn: schoolCompany['entityUrn'] as string,
      schoolUrn: school['entityUrn'] as string,
      entityUrn: urn,
      standardizedFieldOfStudyUrn: null,
      schoolName: e.school,
      fieldOfStudy: e.field ?? null,
      degreeName: e.degree ?? null,
      $recipeTypes: [`${DECO}.identity.profile.FullProfileEducation`],
      multiLocaleSchoolName: localized(e.school),
      $type: DASH_TYPES.education,
      '*school': school['entityUrn'] as string,
      multiLocaleFieldOfStudy: localized(e.field),
      multiLocaleDegreeName: localized(e.degree),
    });
    return urn;
  });
  refs['profileEducations'] = collectionUrn(`${person.vanity}:educations`);
  add(
    collection(
      refs['profileEducations'],
      `${DECO}.identity.profile.FullProfileEducationsInjection`,
      educationUrns,
      person.educations?.length ?? 0,
      20,
    ),
  );

  // Skills, capped.
  const skills = person.skills ?? [];
  const skillUrns = skills.slice(0, PROFILE_RESPONSE_CAPS.skills).map((name, i) => {
    const urn = skillUrn(person, i);
    add(skillEntity(urn, name, true));
    return urn;
  });
  refs['profileSkills'] = collectionUrn(`${person.vanity}:skills`);
  add(collection(refs['profileSkills'], `${DECO}.identity.profile.FullProfileSkillsInjection`, skillUrns, skills.length, 20));

  const languageUrns = (person.languages ?? []).map((name, i) => {
    add(languageEntity(person, name, i, true));
    return languageUrn(person, i);
  });
  refs['profileLanguages'] = collectionUrn(`${person.vanity}:languages`);
  add(collection(refs['profileLanguages'], `${DECO}.identity.profile.FullProfileLanguagesInjection`, languageUrns, languageUrns.length, 20));

  const certificationUrns = (person.certifications ?? []).map((c, i) => {
    add(certificationEntity(person, c, i, true));
    return certificationUrn(person, i);
  });
  refs['profileCertifications'] = collectionUrn(`${person.vanity}:certifications`);
  add(
    collection(refs['profileCertifications'], `${DECO}.identity.profile.FullProfileCertificationsInjection`, certificationUrns, certificationUrns.length, 20),
  );

  for (const [key, recipe] of EMPTY_SECTIONS) {
    refs[key] = collectionUrn(`${person.vanity}:${key}`);
    add(collection(refs[key], recipe, [], key === 'profileVideoPreview' || key === 'profileRingStatusCollection' ? null : 0, 10));
  }

  const industryUrn = `urn:li:fsd_industry:${numericId(`${person.vanity}:industry`, 3)}`;
  add({ entityUrn: industryUrn, name: 'Software Development', $recipeTypes: [`${DECO}.common.Industry`], $type: DASH_TYPES.industry });

  let geoLocation: Json = null;
  if (person.location !== undefined) {
    const countryUrn = `urn:li:fsd_geo:${numericId(`country:${person.location}`, 9)}`;
    const geoUrn = geoUrnOf(person.location);
    const country = person.location.split(',').at(-1)?.trim() ?? person.location;
    add({ entityUrn: countryUrn, $recipeTypes: [`${DECO}.identity.profile.CountryGeo`], defaultLocalizedName: country, $type: DASH_TYPES.geo });
    add({
      countryUrn,
      defaultLocalizedNameWithoutCountryName: person.location.split(',').slice(0, -1).join(',').trim() || person.location,
      '*country': countryUrn,
      entityUrn: geoUrn,
      $recipeTypes: [`${DECO}.identity.profile.Geo`],
      defaultLocalizedName: person.location,
      $type: DASH_TYPES.geo,
    });
    geoLocation = {
      '*geo': geoUrn,
      $recipeTypes: [`${DECO}.identity.profile.ProfileGeoLocation`],
      geoUrn,
      $type: 'com.linkedin.voyager.dash.identity.profile.ProfileGeoLocation',
    };
  }

  const profilePicture: Json =
    person.photoRoot === undefined
      ? null
      : {
          a11yText: `${person.firstName} ${person.lastName}`,
          displayImageReference: {
            vectorImage: {
              $recipeTypes: [`${DECO}.common.VectorImageOnlyRootUrlAndAttribution`],
              rootUrl: person.photoRoot,
              // LinkedIn lists the sizes out of order: the largest is not the last.
              artifacts: [200, 400, 100, 800].map((w) => ({
                width: w,
                $recipeTypes: [`${DECO}.common.VectorArtifact`],
                fileIdentifyingUrlPathSegment: photoSegment(person, w),
                expiresAt: 1766016000000,
                height: w,
                $type: 'com.linkedin.common.VectorArtifact',
              })),
              $type: 'com.linkedin.common.VectorImage',
            },
          },
          $recipeTypes: [`${DECO}.identity.profile.ProfilePhotoDecoSpecEditableProfilePicture`],
          $type: 'com.linkedin.voyager.dash.identity.profile.PhotoFilterPicture',
        };

  return {
    objectUrn: `urn:li:member:${numericMemberIdOf(person)}`,
    multiLocaleLastName: localized(person.lastName),
    ...Object.fromEntries(Object.entries(refs).map(([k, v]) => [`*${k}`, v])),
    multiLocaleFirstName: localized(person.firstName),
    publicIdentifier: person.vanity,
    multiLocaleSummary: localized(person.summary),
    firstName: person.firstName,
    profilePicture,
    multiLocaleHeadline: localized(person.headline),
    lastName: person.lastName,
    '*industry': industryUrn,
    entityUrn: profileUrn,
    headline: person.headline ?? '',
    summary: person.summary ?? null,
    locationName: null,
    industryUrn,
    $recipeTypes: [`${DECO}.identity.profile.FullProfileWithEntities`],
    $type: DASH_TYPES.profile,
    geoLocation,
    location: { $recipeTypes: [`${DECO}.identity.profile.ProfileLocation`], countryCode: 'us', $type: 'com.linkedin.voyager.dash.identity.profile.ProfileLocation' },
  };
}

function skillUrn(person: FakePerson, index: number): string {
  return `urn:li:fsd_skill:(${person.memberId},${index + 1})`;
}

function skillEntity(urn: string, name: string, decorated: boolean): JsonObject {
  return decorated
    ? { entityUrn: urn, name, multiLocaleName: localized(name), $recipeTypes: [`${DECO}.identity.profile.FullProfileSkill`], $type: DASH_TYPES.skill }
    : { multiLocaleName: localized(name), name, entityUrn: urn, $type: DASH_TYPES.skill };
}

export interface BuildOptions {
  /** Other people's full Profiles to put in included[] too (the viewer, "people also viewed"), listed first. */
  alsoIncluded?: FakePerson[];
}

/** GET identity/dash/profiles?q=memberIdentity&memberIdentity=<vanity>&decorationId=…FullProfileWithEntities-N */
export function buildDashProfileResponse(person: FakePerson, options: BuildOptions = {}): NormalizedResponse {
  const included: JsonObject[] = [];
  const add = adder(included);
  for (const other of options.alsoIncluded ?? []) add(profileEntities(other, add));
  add(profileEntities(person, add));
  return {
    data: {
      entityUrn: collectionUrn(`${person.vanity}:root`),
      paging: { count: 10, start: 0, links: [] },
      '*elements': [`urn:li:fsd_profile:${person.memberId}`],
      $type: DASH_TYPES.collection,
    },
    included,
  };
}

// ---- The per-section lists (`q=viewee`), undecorated as KAR recorded them ----

function listDate(d: YearMonth): JsonObject {
  return { ...(d.month ? { month: d.month } : {}), year: d.year, $type: DASH_TYPES.date };
}

function listDateRange(start: YearMonth | undefined, end: YearMonth | undefined): Json {
  if (!start && !end) return null;
  return { ...(start ? { start: listDate(start) } : {}), ...(end ? { end: listDate(end) } : {}), $type: DASH_TYPES.dateRange };
}

/**
 * One page of a list: `data` is the CollectionResponse (`*elements` in page order, `paging {count, start, total,
 * links}`), `included` the entities. An empty page has `elements: []` and `included: []`.
 */
function listPage(label: string, start: number, count: number, total: number, page: { urn: string; entities: JsonObject[] }[]): NormalizedResponse {
  const included: JsonObject[] = [];
  const add = adder(included);
  for (const item of page) for (const e of item.entities) add(e);
  // LinkedIn's included[] is not in *elements order: follow the URNs (KAR's fixtures).
  included.reverse();
  return {
    data: {
      entityUrn: collectionUrn(`${label}:${start}:${count}`),
      paging: { count, start, total, links: [] },
      ...(page.length ? { '*elements': page.map((i) => i.urn) } : { elements: [] }),
      $type: DASH_TYPES.collection,
    },
    included,
  };
}

function pageOf<T>(items: readonly T[], start: number, count: number): { item: T; index: number }[] {
  return items.slice(start, start + count).map((item, i) => ({ item, index: start + i }));
}

function listPositionEntity(person: FakePerson, p: FakePosition, index: number): JsonObject {
  return {
    shouldShowSourceOfHireBadge: false,
    locationName: p.location ?? null,
    multiLocaleTitle: localized(p.title),
    dateRange: listDateRange(p.start, p.end),
    multiLocaleCompanyName: localized(p.company),
    geoUrn: p.location === undefined ? null : geoUrnOf(p.location),
    companyName: p.company,
    description: p.description ?? null,
    title: p.title,
    companyUrn: `urn:li:fsd_company:${companyIdOf(p.company)}`,
    $type: DASH_TYPES.position,
    regionUrn: null,
    employmentTypeUrn: p.employmentType === undefined ? null : employmentTypeUrn(p.employmentType),
    entityUrn: positionUrn(person, index),
    geoLocationName: p.location ?? null,
    multiLocaleGeoLocationName: localized(p.location),
    hasSkillAssociations: false,
    multiLocaleDescription: localized(p.description),
    multiLocaleLocationName: localized(p.location),
    sourceOfHireType: null,
  };
}

/** GET identity/dash/profilePositions?q=viewee&profileUrn=…&start=S&count=C: the flat list of roles. */
export function buildPositionsResponse(person: FakePerson, start = 0, count: number = LIST_DEFAULT_COUNT): NormalizedResponse {
  const page = pageOf(person.positions, start, count).map(({ item, index }) => ({
    urn: positionUrn(person, index),
    entities: [listPositionEntity(person, item, index)],
  }));
  return listPage(`${person.vanity}:positions`, start, count, person.positions.length, page);
}

/**
 * GET identity/dash/profilePositionGroups?q=viewee&profileUrn=…: undecorated, each group is only companyName,
 * companyUrn and dateRange (KAR: "nothing links the two"); decorated (FullProfilePositionGroup-73), each group carries
 * `*profilePositionInPositionGroup` with its roles (REV). `total` counts employers.
 */
export function buildPositionGroupsResponse(person: FakePerson, start = 0, count: number = LIST_DEFAULT_COUNT, decorated = false): NormalizedResponse {
  const groups = positionGroups(person.positions);
  if (!decorated) {
    const page = pageOf(groups, start, count).map(({ item: g }) => {
      const urn = groupUrnOf(person, g);
      const entity: JsonObject = {
        entityUrn: urn,
        dateRange: listDateRange(earliest(g.positions.map(({ p }) => p.start)), latestEnd(g.positions.map(({ p }) => p))),
        companyName: g.company,
        multiLocaleCompanyName: localized(g.company),
        companyUrn: `urn:li:fsd_company:${companyIdOf(g.company)}`,
        $type: DASH_TYPES.positionGroup,
      };
      return { urn, entities: [entity] };
    });
    return listPage(`${person.vanity}:position-groups`, start, count, groups.length, page);
  }
  const included: JsonObject[] = [];
  const add = adder(included);
  const urns = pageOf(groups, start, count).map(({ item }) => addDecoratedGroup(person, item, add));
  return {
    data: collection(
      collectionUrn(`${person.vanity}:position-groups:${start}:${count}`),
      `${DECO}.identity.profile.FullProfilePositionGroupsInjection`,
      urns,
      groups.length,
      count,
      start,
    ),
    included: urns.length ? included : [],
  };
}

/** GET identity/dash/profileEducations?q=viewee&profileUrn=… */
export function buildEducationsResponse(person: FakePerson, start = 0, count: number = LIST_DEFAULT_COUNT): NormalizedResponse {
  const educations = person.educations ?? [];
  const page = pageOf(educations, start, count).map(({ item: e, index }) => {
    const urn = educationUrn(person, index);
    const entity: JsonObject = {
      dateRange: listDateRange(e.start, e.end),
      multiLocaleSchoolName: localized(e.school),
      schoolName: e.school,
      degreeName: e.degree ?? null,
      multiLocaleDegreeName: localized(e.degree),
      fieldOfStudy: e.field ?? null,
      multiLocaleFieldOfStudy: localized(e.field),
      grade: null,
      multiLocaleGrade: null,
      description: null,
      multiLocaleDescription: null,
      activities: null,
      multiLocaleActivities: null,
      schoolUrn: `urn:li:fsd_school:${schoolIdOf(e.school)}`,
      companyUrn: `urn:li:fsd_company:${companyIdOf(e.school)}`,
      degreeUrn: null,
      fieldOfStudyUrn: null,
      standardizedFieldOfStudyUrn: null,
      entityUrn: urn,
      $type: DASH_TYPES.education,
    };
    return { urn, entities: [entity] };
  });
  return listPage(`${person.vanity}:educations`, start, count, educations.length, page);
}

/** GET identity/dash/profileSkills?q=viewee&profileUrn=…&start=S&count=C */
export function buildSkillsResponse(person: FakePerson, start = 0, count: number = LIST_DEFAULT_COUNT): NormalizedResponse {
  const skills = person.skills ?? [];
  const page = pageOf(skills, start, count).map(({ item, index }) => {
    const urn = skillUrn(person, index);
    return { urn, entities: [skillEntity(urn, item, false)] };
  });
  return listPage(`${person.vanity}:skills`, start, count, skills.length, page);
}

/** GET identity/dash/profileCertifications?q=viewee&profileUrn=… */
export function buildCertificationsResponse(person: FakePerson, start = 0, count: number = LIST_DEFAULT_COUNT): NormalizedResponse {
  const certifications = person.certifications ?? [];
  const page = pageOf(certifications, start, count).map(({ item, index }) => ({
    urn: certificationUrn(person, index),
    entities: [certificationEntity(person, item, index, false)],
  }));
  return listPage(`${person.vanity}:certifications`, start, count, certifications.length, page);
}

/** GET identity/dash/profileLanguages?q=viewee&profileUrn=… */
export function buildLanguagesResponse(person: FakePerson, start = 0, count: number = LIST_DEFAULT_COUNT): NormalizedResponse {
  const languages = person.languages ?? [];
  const page = pageOf(languages, start, count).map(({ item, index }) => ({
    urn: languageUrn(person, index),
    entities: [languageEntity(person, item, index, false)],
  }));
  return listPage(`${person.vanity}:languages`, start, count, languages.length, page);
}

/** One page of any list, by name (`decorated` only matters for profilePositionGroups). */
export function buildListResponse(person: FakePerson, list: VoyagerListName, start = 0, count: number = LIST_DEFAULT_COUNT, decorated = false): NormalizedResponse {
  switch (list) {
    case 'profilePositions':
      return buildPositionsResponse(person, start, count);
    case 'profilePositionGroups':
      return buildPositionGroupsResponse(person, start, count, decorated);
    case 'profileEducations':
      return buildEducationsResponse(person, start, count);
    case 'profileSkills':
      return buildSkillsResponse(person, start, count);
    case 'profileCertifications':
      return buildCertificationsResponse(person, start, count);
    case 'profileLanguages':
      return buildLanguagesResponse(person, start, count);
  }
}

/** `start` and `count` of a list request: 20 without `count` (LinkedIn's default page), at most 100. */
export function listWindow(params: URLSearchParams): { start: number; count: number } {
  const start = Math.max(0, Math.trunc(Number(params.get('start') ?? 0)) || 0);
  const asked = params.get('count');
  const count = asked === null ? LIST_DEFAULT_COUNT : Math.min(LIST_MAX_COUNT, Math.max(1, Math.trunc(Number(asked)) || LIST_DEFAULT_COUNT));
  return { start, count };
}

export function isVoyagerListName(name: string): name is VoyagerListName {
  return (VOYAGER_LIST_NAMES as readonly string[]).includes(name);
}

/** A status, or `'envelope-410'`: HTTP 200 whose whole body is {"data":{"status":410},"included":[]}. */
export type VoyagerStatus = number | 'envelope-410';

export interface VoyagerFaults {
  /** Answer for a decoration id suffix ("FullProfileWithEntities-93" → 410, "…PositionGroup-73" → 'envelope-410'). */
  decorationStatus?: Record<string, VoyagerStatus>;
  /** Answer for every per-section list call. */
  completionStatus?: VoyagerStatus;
  /** Answer for one list (wins over completionStatus). */
  listStatus?: Partial<Record<VoyagerListName, VoyagerStatus>>;
  /** Other Profiles to include in the dash profile response (the viewer…). */
  alsoIncluded?: FakePerson[];
  /** vanity → the person whose Profile the dash profile answers with instead (LinkedIn describing someone else). */
  jsonPerson?: Record<string, FakePerson>;
}

function statusAnswer(status: VoyagerStatus): { status: number; body: NormalizedResponse | null } {
  return status === 'envelope-410' ? { status: 200, body: retiredEnvelope() } : { status, body: null };
}

/**
 * Answers a Voyager request the way LinkedIn does for the people given: the dash profile by vanity (any
 * FullProfileWithEntities decoration answers unless `faults` says otherwise), the per-section lists by profile urn
 * (`q=viewee`; `q=publicIdentifier` is a 400); 404 for anything else. `pathAndQuery` may start with or without
 * `/voyager/api`.
 */
export function answerVoyager(
  pathAndQuery: string,
  people: readonly FakePerson[],
  faults: VoyagerFaults = {},
): { status: number; body: NormalizedResponse | null } {
  const url = new URL(pathAndQuery.replace(/^\/voyager\/api/, ''), 'https://www.linkedin.com');
  const q = url.searchParams;
  const forcedDecoration = (deco: string) => Object.entries(faults.decorationStatus ?? {}).find(([suffix]) => deco.endsWith(suffix))?.[1];
  if (url.pathname === '/identity/dash/profiles') {
    if (q.get('q') !== 'memberIdentity' || !q.get('memberIdentity')) return { status: 400, body: null };
    const deco = q.get('decorationId') ?? '';
    const forced = forcedDecoration(deco);
    if (forced !== undefined) return statusAnswer(forced);
    const vanity = (q.get('memberIdentity') ?? '').toLowerCase();
    const other = Object.entries(faults.jsonPerson ?? {}).find(([v]) => v.toLowerCase() === vanity)?.[1];
    if (other) return { status: 200, body: buildDashProfileResponse(other) };
    const person = people.find((p) => p.vanity.toLowerCase() === vanity);
    return person ? { status: 200, body: buildDashProfileResponse(person, { alsoIncluded: faults.alsoIncluded }) } : { status: 404, body: null };
  }
  const list = /^\/identity\/dash\/([A-Za-z]+)$/.exec(url.pathname)?.[1] ?? '';
  if (!isVoyagerListName(list)) return { status: 404, body: null };
  if (q.get('q') !== 'viewee' || !q.get('profileUrn')) return { status: 400, body: null };
  const failed = faults.listStatus?.[list] ?? faults.completionStatus;
  if (failed !== undefined) return statusAnswer(failed);
  let decorated = false;
  const deco = q.get('decorationId');
  if (deco !== null) {
    const forced = forcedDecoration(deco);
    if (forced !== undefined) return statusAnswer(forced);
    if (list !== 'profilePositionGroups' || deco !== POSITION_GROUP_DECORATION) return { status: 400, body: null };
    decorated = true;
  }
  const person = people.find((p) => `urn:li:fsd_profile:${p.memberId}` === q.get('profileUrn'));
  if (!person) return { status: 404, body: null };
  const { start, count } = listWindow(q);
  return { status: 200, body: buildListResponse(person, list, start, count, decorated) };
}

// Invented people for tests (no real member's data anywhere in the project).
export const ADA: FakePerson = {
  vanity: 'ada-quill',
  memberId: 'ACoAAB' + 'adaQuill0123456789abcdefghijklmnop'.slice(0, 33),
  numericMemberId: '48151623',
  firstName: 'Ada',
  lastName: 'Quill',
  headline: 'Staff Engineer at Northwind',
  location: 'Lyon, Auvergne-Rhône-Alpes, France',
  summary: 'Builds data pipelines.\nLikes bikes.',
  photoRoot: 'https://media.example.test/dms/image/v2/FAKEPHOTO/profile-displayphoto-shrink_',
  positions: [
    { company: 'Northwind ', title: 'Staff Engineer', start: { year: 2022, month: 3 }, location: 'Lyon, France', employmentType: 'Full-time' },
    { company: 'Contoso', title: 'Senior Engineer', start: { year: 2019, month: 6 }, end: { year: 2022, month: 2 }, description: 'Led the ingestion team.' },
    { company: 'Contoso', title: 'Engineer', start: { year: 2017, month: 1 }, end: { year: 2019, month: 5 } },
    { company: 'Fabrikam', title: 'Intern', start: { year: 2016 }, end: { year: 2016 } },
  ],
  educations: [
    { school: 'Université Lumière', degree: 'Master', field: 'Computer Science', start: { year: 2014 }, end: { year: 2016 } },
    { school: 'Lycée du Parc' },
  ],
  skills: ['TypeScript', 'PostgreSQL', 'Kafka'],
  languages: ['French', 'English'],
  certifications: [{ name: 'Cloud Architect', authority: 'Skyward' }],
};

/** The signed-in viewer: LinkedIn's JSON may include their full Profile next to the person asked for. */
export const VIEWER: FakePerson = {
  vanity: 'viewer-vic',
  memberId: 'ACoAAC' + 'viewerVic9876543210zyxwvutsrqponml'.slice(0, 33),
  firstName: 'Vic',
  lastName: 'Viewer',
  headline: 'Recruiter at Talentco',
  positions: [{ company: 'Talentco', title: 'Recruiter', start: { year: 2020 } }],
  skills: ['Sourcing'],
};

/** A person with more than LinkedIn's caps: 14 employers (one with 2 roles) and 45 skills. */
export function manyRolesPerson(employers = 14, skills = 45): FakePerson {
  const positions: FakePosition[] = [];
  for (let i = 0; i < employers; i++) {
    positions.push({ company: `Company ${i + 1}`, title: `Role ${i + 1}`, start: { year: 2024 - i, month: 1 }, end: i === 0 ? undefined : { year: 2024 - i, month: 12 } });
    if (i === 1) positions.push({ company: 'Company 2', title: 'Earlier role at Company 2', start: { year: 2021, month: 1 }, end: { year: 2021, month: 6 } });
  }
  return {
    vanity: 'max-many',
    memberId: 'ACoAAD' + 'maxMany0011223344556677889900aabbcc'.slice(0, 33),
    firstName: 'Max',
    lastName: 'Many',
    headline: 'Serial employee',
    positions,
    educations: [],
    skills: Array.from({ length: skills }, (_, i) => `Skill ${i + 1}`),
  };
}
