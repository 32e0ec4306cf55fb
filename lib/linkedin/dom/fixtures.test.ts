// Every page reader on every anonymised fixture: each reads its own layouts, and only those.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Section, SourceId } from '@/lib/profile/profile';
import { DOM_READERS } from './index';

const FIXTURES = join(__dirname, '../../../tests/fixtures');

const indexSchema = z.array(
  z.object({ file: z.string(), url: z.string(), kind: z.string(), layout: z.string(), expected: z.string().nullable() }),
);
const fixtures = indexSchema.parse(JSON.parse(readFileSync(join(FIXTURES, 'index.json'), 'utf8')));
const pages = fixtures.filter((f) => f.file.endsWith('.html'));

/** Which reader owns each layout named in the index (none: not a profile page the DOM readers know). */
const OWNER: Record<string, SourceId | undefined> = {
  'sdui-2026': 'sdui-2026',
  'ember-2022': 'ember-2022',
  'ember-2024': 'ember-2022',
  'ember-2025': 'ember-2022',
  'public-2024': 'public',
  'public-2016': 'public-2016',
};

/** What each capture shows, counted by hand in the original pages (CAPTURES.md). */
interface Shown {
  experiences: number;
  educations?: number;
  skills?: number;
  totals?: Partial<Record<Section, number>>;
  /** Sections the page holds only as lazy placeholders. */
  notLoaded?: Section[];
  hasName: boolean;
  memberId: boolean;
  numericMemberId: boolean;
}
const SHOWN: Record<string, Shown> = {
  'ember-2022-profile.html': { experiences: 5, educations: 2, skills: 3, totals: { experiences: 12, skills: 39 }, hasName: true, memberId: true, numericMemberId: true },
  'ember-2022-details-experience.html': { experiences: 12, hasName: false, memberId: true, numericMemberId: true },
  'ember-2024-profile.html': { experiences: 7, educations: 2, skills: 2, totals: { experiences: 8, educations: 3, skills: 30 }, hasName: true, memberId: true, numericMemberId: true },
  'ember-2025-profile.html': { experiences: 5, educations: 2, skills: 2, totals: { experiences: 7, skills: 21 }, hasName: true, memberId: true, numericMemberId: true },
  'public-2024-jsonld.html': { experiences: 8, educations: 3, hasName: true, memberId: false, numericMemberId: true },
  'public-2016-profile.html': { experiences: 7, educations: 6, skills: 29, hasName: true, memberId: false, numericMemberId: false },
  // Its Skills, Certifications and Languages cards sit empty in the lazy containers below Activity: not loaded, not "0".
  'sdui-2026-profile.html': { experiences: 3, educations: 2, notLoaded: ['skills', 'certifications', 'languages'], hasName: true, memberId: true, numericMemberId: true },
  'sdui-2026-grouped-roles.html': { experiences: 5, hasName: false, memberId: true, numericMemberId: false },
};

function load(file: string): Document {
  // happy-dom would try (and loudly fail) to fetch stylesheets and frames: the readers need neither.
  const html = readFileSync(join(FIXTURES, file), 'utf8')
    .replace(/<link\b[^>]*rel="?stylesheet[^>]*>/gi, '')
    .replace(/<iframe\b[^>]*>/gi, '<div>');
  return new DOMParser().parseFromString(html, 'text/html');
}

describe.each(pages)('$file', (fixture) => {
  const doc = load(fixture.file);
  const url = new URL(fixture.url);
  const isProfile = fixture.kind === 'profile' || fixture.kind === 'details';
  const owner = isProfile ? OWNER[fixture.layout] : undefined;

  it.each(DOM_READERS.map((r) => [r.id, r] as const))('%s reads it only if it is its layout', (id, reader) => {
    const result = reader.read(doc, url);
    expect(result.source).toBe(id);
    if (id === owner) expect(result.fragment).not.toBeNull();
    else expect(result.fragment).toBeNull();
  });

  if (owner) {
    it('gives what the page shows for this person', () => {
      const shown = SHOWN[fixture.file];
      expect(shown, `no expectations written for ${fixture.file}`).toBeDefined();
      if (!shown) return;
      const reader = DOM_READERS.find((r) => r.id === owner);
      const fragment = reader?.read(doc, url).fragment;
      expect(fragment?.experiences).toHaveLength(shown.experiences);
      for (const e of fragment?.experiences ?? []) {
        expect(e.title).not.toBe('');
        expect(e.company).not.toBeNull();
        expect(e.startDate).not.toBeNull();
      }
      expect(fragment?.educations?.length).toBe(shown.educations);
      expect(fragment?.skills?.length).toBe(shown.skills);
      expect(fragment?.totals).toEqual(shown.totals);
      expect(fragment?.notLoaded).toEqual(shown.notLoaded);
      expect(Boolean(fragment?.fullName)).toBe(shown.hasName);
      expect(Boolean(fragment?.memberId)).toBe(shown.memberId);
      expect(Boolean(fragment?.numericMemberId)).toBe(shown.numericMemberId);
      if (fragment?.memberId) expect(fragment.memberId).toMatch(/^ACoA[A-Za-z0-9_-]{35}$/);
    });
  }
});

describe('grouping', () => {
  it('reads the five roles of the 2026 page under their three employers', () => {
    const fixture = pages.find((f) => f.file === 'sdui-2026-grouped-roles.html');
    expect(fixture).toBeDefined();
    if (!fixture) return;
    const experiences = DOM_READERS[0]?.read(load(fixture.file), new URL(fixture.url)).fragment?.experiences ?? [];
    const companies = experiences.map((e) => e.company);
    expect(new Set(companies).size).toBe(3);
    expect(companies[1]).toBe(companies[2]);
    expect(companies[3]).toBe(companies[4]);
    expect(experiences.map((e) => e.employmentType)).toEqual(Array(5).fill('Full-time'));
    expect(experiences.map((e) => e.isCurrent)).toEqual([true, false, false, false, false]);
  });

  it('reads the details page group as separate roles with the group name as company', () => {
    const fixture = pages.find((f) => f.file === 'ember-2022-details-experience.html');
    expect(fixture).toBeDefined();
    if (!fixture) return;
    const experiences = DOM_READERS[1]?.read(load(fixture.file), new URL(fixture.url)).fragment?.experiences ?? [];
    const counts = new Map<string, number>();
    for (const e of experiences) counts.set(e.company ?? '', (counts.get(e.company ?? '') ?? 0) + 1);
    // One employer appears three times: two grouped roles and one earlier single role.
    expect(Math.max(...counts.values())).toBe(3);
  });
});
