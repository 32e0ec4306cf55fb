// The per-section list builders and answerVoyager must speak the shapes the research note (§2) records from real
// 2026 answers: normalised data + included, paging {count, start, total, links}, 20 per page without `count`,
// `*elements` followed by URN (not array order), empty = `elements: []` + `included: []`, undecorated entities.
import { describe, expect, it } from 'vitest';
import { MAYA, THEO } from './sandbox-people';
import {
  answerVoyager,
  buildListResponse,
  DASH_TYPES,
  POSITION_GROUP_DECORATION,
  VIEWER,
  VOYAGER_LIST_NAMES,
  type NormalizedResponse,
  type VoyagerListName,
} from './voyager-data';

type Entity = Record<string, unknown>;

function byUrn(body: NormalizedResponse): Map<string, Entity> {
  return new Map(body.included.map((e) => [String(e['entityUrn']), e as Entity]));
}

function elements(body: NormalizedResponse): string[] {
  return (body.data['*elements'] as string[] | undefined) ?? [];
}

const urn = encodeURIComponent(`urn:li:fsd_profile:${MAYA.memberId}`);
const listPath = (list: string, query = '') => `/voyager/api/identity/dash/${list}?q=viewee&profileUrn=${urn}${query}`;

const SHAPES: Record<VoyagerListName, { type: string; urn: RegExp; keys: string[] }> = {
  profilePositions: {
    type: DASH_TYPES.position,
    urn: /^urn:li:fsd_profilePosition:\(ACoA[\w-]{35},\d+\)$/,
    keys: ['title', 'companyName', 'companyUrn', 'dateRange', 'locationName', 'geoLocationName', 'geoUrn', 'employmentTypeUrn', 'description', 'multiLocaleTitle', 'hasSkillAssociations', 'sourceOfHireType'],
  },
  profilePositionGroups: {
    type: DASH_TYPES.positionGroup,
    urn: /^urn:li:fsd_profilePositionGroup:\(ACoA[\w-]{35},[0-9a-f]{40}\)$/,
    keys: ['companyName', 'multiLocaleCompanyName', 'companyUrn', 'dateRange'],
  },
  profileEducations: {
    type: DASH_TYPES.education,
    urn: /^urn:li:fsd_profileEducation:\(ACoA[\w-]{35},\d+\)$/,
    keys: ['schoolName', 'degreeName', 'fieldOfStudy', 'grade', 'description', 'activities', 'dateRange', 'schoolUrn', 'companyUrn', 'degreeUrn', 'fieldOfStudyUrn', 'standardizedFieldOfStudyUrn'],
  },
  profileSkills: { type: DASH_TYPES.skill, urn: /^urn:li:fsd_skill:\(ACoA[\w-]{35},\d+\)$/, keys: ['name', 'multiLocaleName'] },
  profileCertifications: {
    type: DASH_TYPES.certification,
    urn: /^urn:li:fsd_profileCertification:\(ACoA[\w-]{35},\d+\)$/,
    keys: ['name', 'authority', 'licenseNumber', 'url', 'displaySource', 'companyUrn', 'dateRange', 'multiLocaleName', 'multiLocaleAuthority', 'multiLocaleLicenseNumber'],
  },
  profileLanguages: { type: DASH_TYPES.language, urn: /^urn:li:fsd_profileLanguage:\(ACoA[\w-]{35},\d+\)$/, keys: ['name', 'multiLocaleName', 'proficiency'] },
};

describe('per-section list builders', () => {
  it.each(VOYAGER_LIST_NAMES)('%s: a CollectionResponse whose *elements all resolve to undecorated entities of the right $type', (list) => {
    const body = buildListResponse(MAYA, list, 0, 100);
    expect(body.data['$type']).toBe(DASH_TYPES.collection);
    expect(String(body.data['entityUrn'])).toMatch(/^urn:li:collectionResponse:/);
    const found = byUrn(body);
    const shape = SHAPES[list];
    expect(elements(body).length).toBeGreaterThan(0);
    for (const u of elements(body)) {
      expect(u).toMatch(shape.urn);
      const entity = found.get(u);
      expect(entity?.['$type'], u).toBe(shape.type);
      for (const key of shape.keys) expect(entity, `${list} ${key}`).toHaveProperty(key);
      // Undecorated: no recipes, no `*references` (KAR: "nothing links the two" for groups).
      expect(Object.keys(entity ?? {}).filter((k) => k.startsWith('*') || k === '$recipeTypes')).toEqual([]);
    }
    expect(body.included).toHaveLength(elements(body).length);
  });

  it('pages with start/count and says the real total; included[] is not in *elements order', () => {
    const first = buildListResponse(MAYA, 'profileSkills', 0, 20);
    expect(first.data['paging']).toEqual({ count: 20, start: 0, total: 25, links: [] });
    expect(elements(first)).toHaveLength(20);
    expect(first.included.map((e) => e['entityUrn'])).not.toEqual(elements(first));
    const second = buildListResponse(MAYA, 'profileSkills', 20, 20);
    expect(second.data['paging']).toEqual({ count: 20, start: 20, total: 25, links: [] });
    expect(elements(second).map((u) => byUrn(second).get(u)?.['name'])).toEqual(MAYA.skills?.slice(20));
  });

  it('writes an empty section as elements: [] with included: [] and total 0', () => {
    const body = buildListResponse(THEO, 'profileCertifications', 0, 100);
    expect(body.data['elements']).toEqual([]);
    expect(body.data['*elements']).toBeUndefined();
    expect(body.included).toEqual([]);
    expect(body.data['paging']).toEqual({ count: 100, start: 0, total: 0, links: [] });
    const past = buildListResponse(MAYA, 'profileLanguages', 10, 10);
    expect(past.data['elements']).toEqual([]);
    expect(past.data['paging']).toMatchObject({ start: 10, total: 3 });
  });

  it('keeps the same URNs as the dash profile and the page (positions, skills, companies)', () => {
    const positions = buildListResponse(MAYA, 'profilePositions', 0, 100);
    const roles = elements(positions).map((u) => byUrn(positions).get(u));
    expect(roles.map((r) => r?.['title'])).toEqual(MAYA.positions.map((p) => p.title));
    expect(roles[0]?.['dateRange']).toEqual({ start: { month: 3, year: 2022, $type: DASH_TYPES.date }, $type: DASH_TYPES.dateRange });
    const skills = buildListResponse(MAYA, 'profileSkills', 0, 3);
    expect(elements(skills)).toEqual([1, 2, 3].map((n) => `urn:li:fsd_skill:(${MAYA.memberId},${n})`));
    const languages = buildListResponse(MAYA, 'profileLanguages', 0, 20);
    expect(elements(languages).map((u) => byUrn(languages).get(u)?.['proficiency'])).toEqual(['NATIVE_OR_BILINGUAL', 'PROFESSIONAL_WORKING', 'ELEMENTARY']);
  });

  it('position groups: undecorated carry no roles; decorated (-73) carry *profilePositionInPositionGroup with every role', () => {
    const plain = buildListResponse(MAYA, 'profilePositionGroups', 0, 20, false);
    expect(plain.data['paging']).toEqual({ count: 20, start: 0, total: 9, links: [] });
    expect(plain.included.some((e) => e['$type'] === DASH_TYPES.position)).toBe(false);

    const decorated = buildListResponse(MAYA, 'profilePositionGroups', 0, 20, true);
    const found = byUrn(decorated);
    const roles = elements(decorated).flatMap((g) => {
      const group = found.get(g);
      expect(group?.['$type']).toBe(DASH_TYPES.positionGroup);
      const inGroup = found.get(String(group?.['*profilePositionInPositionGroup']));
      return ((inGroup?.['*elements'] as string[]) ?? []).map((u) => found.get(u)?.['title']);
    });
    expect(roles).toEqual(MAYA.positions.map((p) => p.title));
    expect(decorated.data['paging']).toMatchObject({ total: 9, count: 20, start: 0 });
  });
});

describe('answerVoyager', () => {
  const people = [MAYA, THEO];

  it('answers every list by profile urn, 20 per page without count, count=100 honoured, start paged', () => {
    for (const list of VOYAGER_LIST_NAMES) expect(answerVoyager(listPath(list), people).status, list).toBe(200);
    const noCount = answerVoyager(listPath('profileSkills'), people).body!;
    expect(noCount.data['paging']).toMatchObject({ count: 20, start: 0, total: 25 });
    expect(elements(noCount)).toHaveLength(20);
    const all = answerVoyager(listPath('profileSkills', '&count=100'), people).body!;
    expect(elements(all)).toHaveLength(25);
    const rest = answerVoyager(listPath('profileSkills', '&start=20&count=100'), people).body!;
    expect(elements(rest)).toHaveLength(5);
  });

  it('refuses q=publicIdentifier (400), a decoration on a plain list or an unknown group decoration (400), unknown urns (404)', () => {
    expect(answerVoyager(`/identity/dash/profileSkills?q=publicIdentifier&publicIdentifier=${MAYA.vanity}`, people).status).toBe(400);
    expect(answerVoyager(listPath('profileSkills', '&decorationId=x'), people).status).toBe(400);
    expect(answerVoyager(listPath('profilePositionGroups', '&decorationId=com.linkedin.voyager.dash.deco.identity.profile.FullProfilePositionGroup-74'), people).status).toBe(400);
    const decorated = answerVoyager(listPath('profilePositionGroups', `&decorationId=${POSITION_GROUP_DECORATION}`), people);
    expect(decorated.body?.included.some((e) => e['$type'] === DASH_TYPES.position)).toBe(true);
    expect(answerVoyager(listPath('profileSkills').replace(encodeURIComponent(MAYA.memberId), 'ACoAAnobody'), people).status).toBe(404);
  });

  it('answers the retired envelope as a 200 whose whole body is {"data":{"status":410},"included":[]}', () => {
    const answer = answerVoyager(`/identity/dash/profiles?q=memberIdentity&memberIdentity=${MAYA.vanity}&decorationId=x.FullProfileWithEntities-101`, people, {
      decorationStatus: { 'FullProfileWithEntities-101': 'envelope-410' },
    });
    expect(answer.status).toBe(200);
    expect(JSON.stringify(answer.body)).toBe('{"data":{"status":410},"included":[]}');
    const list = answerVoyager(listPath('profileLanguages'), people, { listStatus: { profileLanguages: 'envelope-410' }, completionStatus: 500 });
    expect(JSON.stringify(list.body)).toBe('{"data":{"status":410},"included":[]}');
    expect(answerVoyager(listPath('profileSkills'), people, { listStatus: { profileLanguages: 'envelope-410' }, completionStatus: 500 }).status).toBe(500);
  });

  it('can answer the dash profile with another person (identity trap)', () => {
    const answer = answerVoyager(`/identity/dash/profiles?q=memberIdentity&memberIdentity=${MAYA.vanity}&decorationId=d`, people, { jsonPerson: { [MAYA.vanity]: VIEWER } });
    expect(answer.status).toBe(200);
    const profiles = answer.body!.included.filter((e) => e['$type'] === DASH_TYPES.profile);
    expect(profiles.map((p) => p['publicIdentifier'])).toEqual([VIEWER.vanity]);
    expect(answer.body!.data['*elements']).toEqual([`urn:li:fsd_profile:${VIEWER.memberId}`]);
  });
});
