// The read-profile CLI, run as a user would run it (a child process), on committed fixtures.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR, loadFixtureIndex } from '@/lib/linkedin/fixtures-index';

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');

function run(...args: string[]) {
  const r = spawnSync(TSX, ['scripts/read-profile.ts', ...args], { cwd: process.cwd(), encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const index = loadFixtureIndex();
const entry = (file: string) => {
  const e = index.find((x) => x.file === file);
  if (!e) throw new Error(`${file} is not in tests/fixtures/index.json`);
  return e;
};

function expectedOf(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(FIXTURES_DIR, entry(file).expected ?? ''), 'utf8')) as Record<string, unknown>;
}

describe('npm run read-profile', () => {
  it('says, offline, which sections a saved 2026 page does not hold (never "0")', () => {
    const r = run(join('tests', 'fixtures', 'sdui-2026-profile.html'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('not loaded: skills (not-rendered)');
    expect(r.stderr).toContain('not loaded: languages (not-rendered)');
    expect(r.stderr).not.toContain('experiences');
  });

  it('prints the Profile of a saved 2026 page, finding its URL itself, and exits 0', () => {
    const r = run(join('tests', 'fixtures', 'sdui-2026-profile.html'));
    expect(r.code, r.stderr).toBe(0);
    const profile = JSON.parse(r.stdout) as Record<string, unknown>;
    const expected = expectedOf('sdui-2026-profile.html');
    for (const key of ['profileUrl', 'fullName', 'headline', 'location', 'experiences', 'educations'] as const) {
      expect(profile[key], key).toEqual(expected[key]);
    }
  });

  it('reads a saved Voyager response as LinkedIn’s JSON', () => {
    const r = run(join('tests', 'fixtures', 'voyager-2025-dash-profile.json'));
    expect(r.code, r.stderr).toBe(0);
    const profile = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(profile['sources']).toEqual(['voyager']);
    expect(profile['memberId']).toEqual(expectedOf('voyager-2025-dash-profile.json')['memberId']);
  });

  it('prints the error and exits 2 on a page that is not a profile', () => {
    const search = entry('search-2025.html');
    const r = run(join('tests', 'fixtures', search.file), '--url', search.url);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toMatchObject({ error: { code: 'not-profile', reason: 'search' } });
    expect(r.stderr).toMatch(/not-profile \(search\)/);
  });

  it('asks for --url when the page does not say whose it is, and for a file at all', () => {
    const r = run(join('tests', 'fixtures', 'search-2025.html'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--url/);
    expect(run().code).toBe(2);
    expect(run('no/such/file.html').stderr).toMatch(/cannot read/);
  });
});
