// The chain of sources on a 2026 page whose cards are all lazy (the sandbox's own markup, written from public
// references): LinkedIn's JSON with its decoration chain, the per-section lists, the details pages, and what is
// said when everything is refused. The clients here answer as the sandbox LinkedIn does, and count requests.
import { describe, expect, it } from 'vitest';
import type { DetailsLoader } from '@/lib/linkedin/details/details-pages';
import type { VoyagerClient } from '@/lib/linkedin/voyager/ask';
import { EMPTY_JSON_MEMO, type JsonMemo } from '@/lib/linkedin/voyager/json-memo';
import { SECTIONS, type Profile } from '@/lib/profile/profile';
import { MAYA } from '@/tests/fakes/sandbox-people';
import { renderDetailsPage, renderDetailsEntries, detailsEntryCount, renderProfilePage, type DetailsSlug } from '@/tests/fakes/sdui-2026-pages';
import { ADA, VIEWER, answerVoyager, type VoyagerFaults } from '@/tests/fakes/voyager-data';
import { readProfile } from './read-profile';

const URL_MAYA = `https://www.linkedin.com/in/${MAYA.vanity}/`;
const NOW = Date.UTC(2026, 11, 4, 12);
const MAYA_NAME = `${MAYA.firstName} ${MAYA.lastName}`;

function lazyPage(): Document {
  return new DOMParser().parseFromString(renderProfilePage(MAYA, { lazy: true }), 'text/html');
}

function json(faults: VoyagerFaults = {}): VoyagerClient & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    async get(path) {
      calls.push(path);
      return answerVoyager(path, [MAYA, VIEWER], faults);
    },
  };
}

/** Details pages as the sandbox serves them: the first 10 entries, and everything once LinkedIn's pager has run. */
function details(status = 200): DetailsLoader & { fetched: string[]; followed: string[] } {
  const slugOf = (path: string) => /\/details\/([a-z]+)\//.exec(path)?.[1] as DetailsSlug;
  const loader = {
    fetched: [] as string[],
    followed: [] as string[],
    async fetch(path: string) {
      loader.fetched.push(path);
      if (status !== 200) return { status, path, doc: new DOMParser().parseFromString('', 'text/html') };
      return { status, path, doc: new DOMParser().parseFromString(renderDetailsPage(MAYA, slugOf(path)), 'text/html') };
    },
    async follow<T>(path: string, _watch: unknown, read: (doc: Document) => T) {
      loader.followed.push(path);
      // A refused page shows LinkedIn's error, no list.
      if (status !== 200) return read(new DOMParser().parseFromString('', 'text/html'));
      const slug = slugOf(path);
      // What the page holds once every page of the pager is in: the first page's markup with all entries.
      const all = renderDetailsEntries(MAYA, slug, 0, detailsEntryCount(MAYA, slug)).html;
      const doc = new DOMParser().parseFromString(renderDetailsPage(MAYA, slug), 'text/html');
      const list = doc.querySelector('[data-component-type="LazyColumn"], section[data-testid^="profile_ExperienceDetailsSection_"]');
      if (list) list.innerHTML = all;
      doc.querySelectorAll('main button').forEach((b) => { if (!b.closest('[componentkey]')) b.remove(); });
      return read(doc);
    },
  };
  return loader;
}

async function read(voyager: VoyagerClient | undefined, loader: DetailsLoader | undefined, memo: JsonMemo = EMPTY_JSON_MEMO) {
  const outcome = await readProfile({ url: URL_MAYA, document: lazyPage(), voyager, details: loader, memo, now: NOW });
  if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
  return outcome;
}

/** Every section whole, with LinkedIn's own counts. */
function expectWhole(p: Profile): void {
  expect(p.experiences).toHaveLength(MAYA.positions.length);
  expect(p.educations).toHaveLength(MAYA.educations?.length ?? 0);
  expect(p.skills).toEqual(MAYA.skills);
  expect(p.certifications.map((c) => c.name)).toEqual(MAYA.certifications?.map((c) => c.name));
  expect(p.languages).toEqual(MAYA.languages);
  for (const s of SECTIONS) {
    expect(p.completeness[s], s).toMatchObject({ read: p[s].length, total: p[s].length, loaded: true });
    expect(p.completeness[s].gap, s).toBeUndefined();
  }
  expect(p.warnings.filter((w) => w.code === 'section-not-loaded' || w.section)).toEqual([]);
}

describe('the chain of sources on a lazy 2026 page', () => {
  it('with no source but the page, reports every section as not rendered, never as 0', async () => {
    const { profile } = await read(undefined, undefined);
    expect(profile.fullName).toBe(MAYA_NAME);
    for (const s of SECTIONS) expect(profile.completeness[s], s).toEqual({ read: 0, total: null, loaded: false, gap: { reason: 'not-rendered' } });
  });

  it('(a) the remembered decoration drifted (400), -101 answers: all sections, right totals, the capped skills from their list', async () => {
    const voyager = json({ decorationStatus: { '-93': 400 } });
    const loader = details();
    const { profile, memo } = await read(voyager, loader, { ...EMPTY_JSON_MEMO, decoration: 'FullProfileWithEntities-93' });
    expectWhole(profile);
    expect(profile.sources).toEqual(['voyager', 'voyager-sections']);
    expect(profile.completeness.skills.from).toBe('voyager-sections');
    expect(voyager.calls.map((c) => /dash\/(\w+)\?.*?(FullProfileWithEntities-\d+)?$/.exec(c)?.slice(1).filter(Boolean).join(' '))).toEqual([
      'profiles FullProfileWithEntities-93',
      'profiles FullProfileWithEntities-101',
      'profileSkills',
    ]);
    expect(loader.fetched).toEqual([]);
    expect(memo.decoration).toBe('FullProfileWithEntities-101');
  });

  it('(b) every decoration retired (410): the per-section lists, by the member id the page shows, give everything', async () => {
    const voyager = json({ decorationStatus: { '-101': 410, '-109': 410, '-93': 410, '-102': 410, '-100': 410, '-99': 410 } });
    const { profile, memo } = await read(voyager, details());
    expectWhole(profile);
    expect(profile.sources).toContain('voyager-sections');
    expect(profile.sources).not.toContain('voyager');
    // One question to the retired resource, one per section list: 6 requests.
    expect(voyager.calls).toHaveLength(6);
    expect(memo.profileRetiredUntil).toBeGreaterThan(NOW);
  });

  it('(b′) the 410 envelope under a 200 counts as retired too', async () => {
    const voyager = json({ decorationStatus: { '-101': 'envelope-410' } });
    const { profile } = await read(voyager, details());
    expectWhole(profile);
    expect(voyager.calls).toHaveLength(6);
  });

  it('(c) LinkedIn refuses its JSON (429): the details pages, paginated, give everything', async () => {
    const voyager = json({ decorationStatus: { '-101': 429 } });
    const loader = details();
    const { profile, memo } = await read(voyager, loader);
    expectWhole(profile);
    expect(voyager.calls).toHaveLength(1);
    // Skills open straight in the frame (one page load for all 25, LinkedIn's pager runs there); the other four
    // sections are fetched, and none is longer than a page (her 14 roles are 9 entries, one per employer), so none is
    // loaded twice.
    expect(loader.fetched.map((p) => /details\/(\w+)/.exec(p)?.[1]).sort()).toEqual(['certifications', 'education', 'experience', 'languages']);
    expect(loader.followed.map((p) => /details\/(\w+)/.exec(p)?.[1])).toEqual(['skills']);
    expect(profile.sources).toContain('details-pages');
    expect(memo.quiet?.status).toBe(429);
  });

  it('(d) everything refused: each section "not loaded" with why, and a save would be partial', async () => {
    const loader = details(429);
    const { profile } = await read(json({ decorationStatus: { '-101': 429 } }), loader);
    // Skills' frame showed no list; LinkedIn had refused the other pages, so it is not asked again for Skills.
    expect(loader.fetched).toHaveLength(4);
    for (const s of SECTIONS) {
      expect(profile.completeness[s], s).toEqual({ read: 0, total: null, loaded: false, gap: { reason: 'refused', status: 429 } });
    }
    expect(profile.warnings.filter((w) => w.code === 'section-not-loaded').map((w) => w.message)[0]).toBe(
      'Experience not loaded: LinkedIn refused the data (429). Load all sections (or scroll down to it), then read the profile again.',
    );
  });

  it('(e) LinkedIn’s JSON names another person: nothing of theirs is used', async () => {
    const voyager = json({ jsonPerson: { [MAYA.vanity]: ADA } });
    const { profile } = await read(voyager, details());
    expect(profile.fullName).toBe(MAYA_NAME);
    expect(profile.headline).not.toBe(ADA.headline);
    expect(profile.skills).not.toContain('Kafka');
    expect(profile.experiences.some((e) => e.company?.trim() === 'Northwind')).toBe(false);
    expect(profile.warnings.map((w) => w.code)).toContain('identity-mismatch');
    expectWhole(profile);
  });

  it('(e′) LinkedIn’s JSON claims the address but carries another member id than the page shows: the page wins', async () => {
    const impostor = { ...ADA, vanity: MAYA.vanity };
    const { profile } = await read(json({ jsonPerson: { [MAYA.vanity]: impostor } }), details());
    expect(profile.fullName).toBe(MAYA_NAME);
    expect(profile.memberId).toBe(MAYA.memberId);
    expect(profile.headline).not.toBe(ADA.headline);
    expect(profile.sources).not.toContain('voyager');
  });

  it('a deadline cuts the chain: what was gathered is used, the rest is missing for lack of time', async () => {
    const slow: VoyagerClient = {
      get: (_path, signal) =>
        new Promise((_resolve, reject) => {
          signal?.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' })));
        }),
    };
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const outcome = await readProfile({ url: URL_MAYA, document: lazyPage(), voyager: slow, details: details(), now: NOW, signal: controller.signal });
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.profile.fullName).toBe(MAYA_NAME);
    expect(outcome.profile.completeness.experiences).toMatchObject({ loaded: false, gap: { reason: 'timeout' } });
  });
});
