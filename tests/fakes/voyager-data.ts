// Builds LinkedIn's dash profile JSON (normalized: data["*elements"] + flat included[]) for an invented person, in
// the structure of the real FullProfileWithEntities response (types, urns, `*` references, capped sections with
// paging.total = the real count), plus the profilePositions / profileSkills completion responses.
// Used by unit tests and served by the e2e fake LinkedIn.
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
}

export interface FakeEducation {
  school: string;
  degree?: string;
  field?: string;
  start?: YearMonth;
  end?: YearMonth;
}

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
  /** e.g. https://media.example/dms/image/v2/X/profile-displayphoto-shrink_ (sizes are appended). */
  photoRoot?: string;
  positions: FakePosition[];
  educations?: FakeEducation[];
  skills?: string[];
  languages?: string[];
  certifications?: { name: string; authority?: string }[];
}

/** What LinkedIn returns at most inside the profile response; paging.total still says the real count. */
export const PROFILE_RESPONSE_CAPS = { positionGroups: 10, positionsPerGroup: 20, skills: 20, educations: 20 } as const;

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
function collection(urn: string, recipe: string, elementUrns: string[], total: number | null, count: number): JsonObject {
  return {
    paging: paging(total, count),
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
  const id = numericId(`company:${name}`);
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
    entityUrn: `urn:li:fsd_school:${numericId(`school:${name}`)}`,
    name,
  };
}

function positionUrn(person: FakePerson, index: number): string {
  return `urn:li:fsd_profilePosition:(${person.memberId},${numericId(`${person.vanity}:position:${index}`, 9)})`;
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

interface Group {
  company: string;
  positions: { p: FakePosition; index: number }[];
}

/** LinkedIn groups consecutive roles at the same employer under one PositionGroup. */
export function positionGroups(positions: readonly FakePosition[]): Group[] {
  const groups: Group[] = [];
  positions.forEach((p, index) => {
    const last = groups.at(-1);
    if (last && last.company === p.company) last.positions.push({ p, index });
    else groups.push({ company: p.company, positions: [{ p, index }] });
  });
  return groups;
}

function earliest(dates: (YearMonth | undefined)[]): YearMonth | undefined {
  return dates.filter((d): d is YearMonth => !!d).sort((a, b) => a.year - b.year || (a.month ?? 1) - (b.month ?? 1))[0];
}

function latestEnd(positions: readonly FakePosition[]): YearMonth | undefined {
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

function profileEntities(person: FakePerson, add: (e: JsonObject) => void): JsonObject {
  const profileUrn = `urn:li:fsd_profile:${person.memberId}`;
  const refs: Record<string, string> = {};

  // Positions: groups capped, each with its roles.
  const groups = positionGroups(person.positions);
  const shownGroups = groups.slice(0, PROFILE_RESPONSE_CAPS.positionGroups);
  const groupUrns: string[] = [];
  for (const g of shownGroups) {
    const first = g.positions[0];
    const groupKey = digest(`${person.vanity}:group:${first?.index ?? 0}`).toString('hex').slice(0, 40);
    const groupUrn = `urn:li:fsd_profilePositionGroup:(${person.memberId},${groupKey})`;
    const inGroupUrn = collectionUrn(`${person.vanity}:in-group:${groupKey}`);
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
    groupUrns.push(groupUrn);
  }
  refs['profilePositionGroups'] = collectionUrn(`${person.vanity}:groups`);
  add(collection(refs['profilePositionGroups'], `${DECO}.identity.profile.FullProfilePositionGroupsInjection`, groupUrns, groups.length, 10));

  // Educations.
  const educations = (person.educations ?? []).slice(0, PROFILE_RESPONSE_CAPS.educations);
  const educationUrns = educations.map((e, i) => {
    const school = schoolEntity(e.school);
    // LinkedIn links a school to its organisation page too (a Company entity next to the School).
    const schoolCompany = companyEntity(e.school);
    add(schoolCompany);
    const urn = `urn:li:fsd_profileEducation:(${person.memberId},${numericId(`${person.vanity}:education:${i}`, 9)})`;
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
    add(skillEntity(urn, name));
    return urn;
  });
  refs['profileSkills'] = collectionUrn(`${person.vanity}:skills`);
  add(collection(refs['profileSkills'], `${DECO}.identity.profile.FullProfileSkillsInjection`, skillUrns, skills.length, 20));

  const languageUrns = (person.languages ?? []).map((name, i) => {
    const urn = `urn:li:fsd_profileLanguage:(${person.memberId},${numericId(`${person.vanity}:language:${i}`, 9)})`;
    add({ entityUrn: urn, name, multiLocaleName: localized(name), proficiency: null, $recipeTypes: [`${DECO}.identity.profile.FullProfileLanguage`], $type: DASH_TYPES.language });
    return urn;
  });
  refs['profileLanguages'] = collectionUrn(`${person.vanity}:languages`);
  add(collection(refs['profileLanguages'], `${DECO}.identity.profile.FullProfileLanguagesInjection`, languageUrns, languageUrns.length, 20));

  const certificationUrns = (person.certifications ?? []).map((c, i) => {
    const urn = `urn:li:fsd_profileCertification:(${person.memberId},${numericId(`${person.vanity}:certification:${i}`, 9)})`;
    add({
      entityUrn: urn,
      name: c.name,
      multiLocaleName: localized(c.name),
      authority: c.authority ?? null,
      multiLocaleAuthority: localized(c.authority),
      $recipeTypes: [`${DECO}.identity.profile.FullProfileCertification`],
      $type: DASH_TYPES.certification,
    });
    return urn;
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
    const geoUrn = `urn:li:fsd_geo:${numericId(`geo:${person.location}`, 9)}`;
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
                fileIdentifyingUrlPathSegment: `${w}_${w}/${digest(`${person.vanity}:photo`).toString('hex').slice(0, 12)}/0/1700000000000?e=1766016000&v=beta&t=fake`,
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
    objectUrn: `urn:li:member:${person.numericMemberId ?? numericId(`${person.vanity}:member`, 9)}`,
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

function skillEntity(urn: string, name: string): JsonObject {
  return { entityUrn: urn, name, multiLocaleName: localized(name), $recipeTypes: [`${DECO}.identity.profile.FullProfileSkill`], $type: DASH_TYPES.skill };
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

/** GET identity/dash/profilePositions?q=viewee&profileUrn=…&start=S&count=C: the flat list of roles. */
export function buildPositionsResponse(person: FakePerson, start = 0, count = 100): NormalizedResponse {
  const included: JsonObject[] = [];
  const add = adder(included);
  const page = person.positions.slice(start, start + count).map((p, i) => addPosition(person, p, start + i, add));
  return {
    data: {
      paging: paging(person.positions.length, count, start),
      '*elements': page,
      entityUrn: collectionUrn(`${person.vanity}:positions:${start}`),
      $type: DASH_TYPES.collection,
    },
    included,
  };
}

/** GET identity/dash/profileSkills?q=viewee&profileUrn=…&start=S&count=C */
export function buildSkillsResponse(person: FakePerson, start = 0, count = 100): NormalizedResponse {
  const skills = person.skills ?? [];
  const included: JsonObject[] = [];
  const page = skills.slice(start, start + count).map((name, i) => {
    const urn = skillUrn(person, start + i);
    included.push(skillEntity(urn, name));
    return urn;
  });
  return {
    data: {
      paging: paging(skills.length, count, start),
      '*elements': page,
      entityUrn: collectionUrn(`${person.vanity}:skills:${start}`),
      $type: DASH_TYPES.collection,
    },
    included,
  };
}

export interface VoyagerFaults {
  /** Status to answer for a decoration id suffix ("FullProfileWithEntities-93" → 410). */
  decorationStatus?: Record<string, number>;
  /** Status for every completion call (profilePositions / profileSkills). */
  completionStatus?: number;
  /** Other Profiles to include in the dash profile response (the viewer…). */
  alsoIncluded?: FakePerson[];
}

/**
 * Answers a Voyager request the way LinkedIn does for the people given: the dash profile by vanity, the
 * completions by profile urn; 404 for anything else. `pathAndQuery` may start with or without `/voyager/api`.
 */
export function answerVoyager(
  pathAndQuery: string,
  people: readonly FakePerson[],
  faults: VoyagerFaults = {},
): { status: number; body: NormalizedResponse | null } {
  const url = new URL(pathAndQuery.replace(/^\/voyager\/api/, ''), 'https://www.linkedin.com');
  const q = url.searchParams;
  if (url.pathname === '/identity/dash/profiles' && q.get('q') === 'memberIdentity') {
    const deco = q.get('decorationId') ?? '';
    const forced = Object.entries(faults.decorationStatus ?? {}).find(([suffix]) => deco.endsWith(suffix));
    if (forced) return { status: forced[1], body: null };
    const person = people.find((p) => p.vanity.toLowerCase() === (q.get('memberIdentity') ?? '').toLowerCase());
    return person ? { status: 200, body: buildDashProfileResponse(person, { alsoIncluded: faults.alsoIncluded }) } : { status: 404, body: null };
  }
  const isPositions = url.pathname === '/identity/dash/profilePositions';
  const isSkills = url.pathname === '/identity/dash/profileSkills';
  if ((isPositions || isSkills) && q.get('q') === 'viewee') {
    if (faults.completionStatus) return { status: faults.completionStatus, body: null };
    const person = people.find((p) => `urn:li:fsd_profile:${p.memberId}` === q.get('profileUrn'));
    if (!person) return { status: 404, body: null };
    const start = Number(q.get('start') ?? 0);
    const count = Number(q.get('count') ?? 10);
    return { status: 200, body: isPositions ? buildPositionsResponse(person, start, count) : buildSkillsResponse(person, start, count) };
  }
  return { status: 404, body: null };
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
