// The read-list CLI, run as a user would run it (a child process), on every list fixture (on the real captures:
// read-list.captures.test.ts, where this machine has them).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printed, runReadList as run } from '@/tests/unit/read-list-cli';
import { loadFixtureIndex } from '@/lib/linkedin/fixtures-index';

const COUNTS: Record<string, number> = {
  'search-2025.html': 10,
  'search-2026-sdui.html': 5,
  'salesnav-2025-search.html': 4,
  'salesnav-2025-list.html': 4,
  'salesnav-2019-lead.html': 1,
};

describe('npm run read-list', () => {
  for (const entry of loadFixtureIndex().filter((e) => e.list)) {
    it(`prints the people of ${entry.file} as JSON and exits 0`, () => {
      const r = run(join('tests', 'fixtures', entry.file), '--url', entry.url);
      expect(r.code, r.stderr).toBe(0);
      const people = printed(r.stdout);
      expect(people).toHaveLength(COUNTS[entry.file] ?? -1);
      for (const person of people) {
        expect(Object.keys(person)).toEqual(['fullName', 'headline', 'location', 'profileUrl', 'memberId']);
        expect(person.profileUrl ?? person.memberId).not.toBeNull();
      }
    }, 60_000);
  }

  it('prints the structured error and exits 2 on a list page whose layout it does not know', () => {
    const r = run(join('tests', 'fixtures', 'ember-2022-profile.html'), '--url', 'https://www.linkedin.com/search/results/people/?keywords=x');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^layout-not-recognised: /);
  });

  it('refuses a page that is not a list, and asks for --url and for a file', () => {
    expect(run(join('tests', 'fixtures', 'search-2025.html'), '--url', 'https://www.linkedin.com/in/someone/').stderr).toMatch(/^not-a-list: /);
    expect(run(join('tests', 'fixtures', 'search-2025.html')).stderr).toMatch(/--url/);
    expect(run().code).toBe(2);
    expect(run('no/such/file.html', '--url', 'https://www.linkedin.com/search/results/people/').stderr).toMatch(/cannot read/);
  }, 120_000);
});
