// The fake dash-profile builder (tests/fakes/voyager-data.ts) must speak LinkedIn's structure, not a dialect that
// only our parser understands: compared here with the anonymised recording of a real response.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ADA, buildDashProfileResponse, buildPositionGroupsResponse, DASH_TYPES } from '@/tests/fakes/voyager-data';
import { parseDashProfile } from './parse-profile';

const FIXTURE = 'tests/fixtures/voyager-2025-dash-profile.json';

interface Doc {
  data: Record<string, unknown>;
  included: Record<string, unknown>[];
}

function load(path: string): Doc {
  return JSON.parse(readFileSync(path, 'utf8')) as Doc;
}

/** For each $type: the union of its `*reference` keys, and of all its keys. */
function shape(doc: Doc): Map<string, { refs: Set<string>; keys: Set<string> }> {
  const byType = new Map<string, { refs: Set<string>; keys: Set<string> }>();
  for (const e of doc.included) {
    const type = String(e['$type']);
    const entry = byType.get(type) ?? { refs: new Set<string>(), keys: new Set<string>() };
    for (const k of Object.keys(e)) {
      entry.keys.add(k);
      if (k.startsWith('*')) entry.refs.add(k);
    }
    byType.set(type, entry);
  }
  return byType;
}

function urnKind(urn: unknown): string {
  return String(urn).replace(/^(urn:li:[A-Za-z_]+):.*$/, '$1');
}

describe('tests/fakes/voyager-data builder', () => {
  const real = load(FIXTURE);
  const fake = buildDashProfileResponse(ADA) as unknown as Doc;
  const realShape = shape(real);
  const fakeShape = shape(fake);

  it('has the same envelope: a CollectionResponse whose *elements names the fsd_profile', () => {
    expect(Object.keys(fake.data).sort()).toEqual(Object.keys(real.data).sort());
    expect(fake.data['$type']).toBe(real.data['$type']);
    expect((fake.data['*elements'] as string[]).map(urnKind)).toEqual((real.data['*elements'] as string[]).map(urnKind));
  });

  it('uses the recording’s $types, plus only the section types the recorded person has no entries in', () => {
    const recordedEmpty = new Set<string>([DASH_TYPES.skill, DASH_TYPES.language, DASH_TYPES.certification, 'com.linkedin.voyager.dash.hiring.EmploymentType']);
    for (const type of fakeShape.keys()) {
      if (!recordedEmpty.has(type)) expect(realShape.has(type), type).toBe(true);
    }
    for (const type of [DASH_TYPES.profile, DASH_TYPES.positionGroup, DASH_TYPES.position, DASH_TYPES.education, DASH_TYPES.collection, DASH_TYPES.geo]) {
      expect(fakeShape.has(type), type).toBe(true);
    }
  });

  it('references entities with the same *keys as the recording, type by type', () => {
    for (const [type, realEntry] of realShape) {
      const fakeEntry = fakeShape.get(type);
      if (!fakeEntry) continue;
      expect([...realEntry.refs].filter((k) => !fakeEntry.refs.has(k)), `${type} misses references`).toEqual([]);
      // Every key the builder writes exists in LinkedIn's entity too (extra keys would be our invention)…
      const invented = [...fakeEntry.keys].filter((k) => !realEntry.keys.has(k));
      // …except the optional fields the recorded person leaves empty (LinkedIn omits them then).
      const optional = new Set(['locationName', 'multiLocaleLocationName', 'description', 'multiLocaleDescription', 'employmentTypeUrn', '*employmentType']);
      expect(invented.filter((k) => !optional.has(k)), `${type} invents keys`).toEqual([]);
    }
  });

  it('uses the recording’s urn kinds for each entity type', () => {
    const kinds = (doc: Doc) => {
      const m = new Map<string, Set<string>>();
      for (const e of doc.included) m.set(String(e['$type']), (m.get(String(e['$type'])) ?? new Set()).add(urnKind(e['entityUrn'])));
      return m;
    };
    const realKinds = kinds(real);
    for (const [type, fakeKinds] of kinds(fake)) {
      const expected = realKinds.get(type);
      if (expected) expect([...fakeKinds], type).toEqual([...expected]);
    }
  });

  it('answers profilePositionGroups decorated (FullProfilePositionGroup-73) with the recording’s group and role shapes', () => {
    const groups = shape(buildPositionGroupsResponse(ADA, 0, 20, true) as unknown as Doc);
    const optional = new Set(['locationName', 'multiLocaleLocationName', 'description', 'multiLocaleDescription', 'employmentTypeUrn', '*employmentType']);
    for (const type of [DASH_TYPES.positionGroup, DASH_TYPES.position]) {
      const realEntry = realShape.get(type)!;
      const fakeEntry = groups.get(type)!;
      expect([...realEntry.refs].filter((k) => !fakeEntry.refs.has(k)), `${type} misses references`).toEqual([]);
      expect([...fakeEntry.keys].filter((k) => !realEntry.keys.has(k) && !optional.has(k)), `${type} invents keys`).toEqual([]);
    }
  });

  it('is read by the same parser as the recording', () => {
    const realVanity = (real.included.find((e) => e['$type'] === DASH_TYPES.profile)?.['publicIdentifier'] as string) ?? '';
    expect(parseDashProfile(real, realVanity).ok).toBe(true);
    const parsed = parseDashProfile(fake, ADA.vanity);
    expect(parsed.ok && parsed.result.fragment?.experiences?.length).toBe(ADA.positions.length);
  });
});
