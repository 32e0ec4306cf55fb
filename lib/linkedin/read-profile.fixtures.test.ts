// readProfile on every anonymised fixture, against its expected Profile (every field; warnings by code).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { VoyagerClient } from '@/lib/linkedin/voyager/ask';
import type { Profile } from '@/lib/profile/profile';
import { canonicalProfileUrl } from '@/lib/profile/url';
import { FIXTURES_DIR, fixtureText, loadFixtureIndex, type FixtureEntry } from './fixtures-index';
import { readProfile } from './read-profile';

function documentOf(entry: FixtureEntry): Document {
  const html = entry.kind === 'voyager-json' ? '<!DOCTYPE html><html><head></head><body></body></html>' : fixtureText(entry.file);
  return new DOMParser().parseFromString(html, 'text/html');
}

/** LinkedIn's JSON as recorded: the dash-profile request gets the fixture, anything else 404. */
function recordedClient(entry: FixtureEntry): VoyagerClient | undefined {
  if (entry.kind !== 'voyager-json') return undefined;
  const body: unknown = JSON.parse(fixtureText(entry.file));
  return { get: async (path) => (path.startsWith('/identity/dash/profiles?') ? { status: 200, body } : { status: 404, body: null }) };
}

function comparable(profile: Profile): Omit<Profile, 'warnings'> & { warnings: string[] } {
  // index.json lists which warning codes a fixture must raise (a code once, however many sections it concerns).
  return { ...profile, warnings: [...new Set(profile.warnings.map((w) => w.code))].sort() };
}

const entries = loadFixtureIndex();

describe('readProfile on the fixtures', () => {
  it('has fixtures to run on', () => {
    expect(entries.length).toBeGreaterThan(5);
  });

  for (const entry of entries) {
    it(`${entry.file} (${entry.layout})`, async () => {
      const outcome = await readProfile({ url: entry.url, document: documentOf(entry), voyager: recordedClient(entry) });
      if (entry.list?.kind === 'salesnav-lead') {
        // A Sales Navigator lead page is read as the person it shows (nothing fetched), not refused.
        if (!outcome.ok) throw new Error(`${entry.file}: ${outcome.error.code}: ${outcome.error.message}`);
        expect(outcome.profile.sources).toEqual(['salesnav-lead']);
        expect(outcome.profile.fullName.length).toBeGreaterThan(0);
        return;
      }
      if (entry.notProfile) {
        expect(outcome).toMatchObject({ ok: false, error: { code: 'not-profile', reason: entry.notProfile } });
        return;
      }
      if (!outcome.ok) throw new Error(`${entry.file}: ${outcome.error.code}: ${outcome.error.message}`);
      expect(outcome.profile.profileUrl).toBe(canonicalProfileUrl(entry.url));
      if (entry.expected === null) {
        // No hand-checked Profile for this page yet: at least a named person and the expected warnings.
        expect(outcome.profile.fullName.length).toBeGreaterThan(0);
        expect(comparable(outcome.profile).warnings).toEqual([...new Set(entry.expectedWarnings)].sort());
        return;
      }
      const expected = JSON.parse(readFileSync(join(FIXTURES_DIR, entry.expected), 'utf8')) as Profile;
      expect(comparable(outcome.profile)).toEqual({ ...comparable(expected), warnings: [...new Set(entry.expectedWarnings)].sort() });
    });
  }

  // LinkedIn changes the address before it re-renders: every page, read at the address of someone else, gives nobody.
  for (const entry of entries.filter((e) => e.kind !== 'voyager-json' && !e.notProfile)) {
    it(`${entry.file} read at another person's address: no person, nothing to save`, async () => {
      const outcome = await readProfile({ url: 'https://www.linkedin.com/in/someone-else-entirely/', document: documentOf(entry) });
      // A page that names its person says so; a details page (no person of its own at a profile address) is nobody.
      expect(outcome).toMatchObject({ ok: false, error: { code: entry.kind === 'details' ? 'empty-profile' : 'other-person' } });
    });
  }

  it('merges a page with LinkedIn’s JSON of the same person (paired fixtures): JSON first, no identity conflict', async () => {
    const json = entries.find((e) => e.kind === 'voyager-json' && typeof e['pairedWith'] === 'string');
    const page = entries.find((e) => e.file === json?.['pairedWith']);
    if (!json || !page || !json.expected) throw new Error('no paired Voyager/page fixtures in index.json');
    const outcome = await readProfile({ url: page.url, document: documentOf(page), voyager: recordedClient(json) });
    if (!outcome.ok) throw new Error(outcome.error.message);
    const fromJson = JSON.parse(readFileSync(join(FIXTURES_DIR, json.expected), 'utf8')) as Profile;
    expect(outcome.profile.sources[0]).toBe('voyager');
    expect(outcome.profile.warnings, JSON.stringify(outcome.profile.warnings)).toEqual([]);
    for (const key of ['memberId', 'fullName', 'headline', 'location', 'photoUrl', 'about', 'experiences', 'educations'] as const) {
      expect(outcome.profile[key], key).toEqual(fromJson[key]);
    }
  });
});
