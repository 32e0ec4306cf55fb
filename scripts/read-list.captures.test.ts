// Runs only where the real captures are (vitest.config.ts collects *.captures.test.ts when ../shared/linkedin exists):
// the read-list CLI on the real people-search and Sales Navigator lead captures, read at run time from ../shared and
// never copied; only counts and shapes are checked.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printed, runReadList as run } from '@/tests/unit/read-list-cli';

const CAPTURES = resolve(process.cwd(), '..', 'shared', 'linkedin', 'captures');

describe('npm run read-list on the real captures', () => {
  it('reads the real people-search and Sales Navigator lead captures', () => {
    const file = (prefix: string) => join(CAPTURES, readdirSync(CAPTURES).find((f) => f.startsWith(prefix)) ?? `${prefix}-missing`);
    const search = run(file('11-'), '--url', 'https://www.linkedin.com/search/results/people/?network=%5B%22F%22%5D');
    expect(search.code, search.stderr).toBe(0);
    const people = printed(search.stdout);
    expect(people).toHaveLength(10);
    for (const p of people) {
      expect(p.headline && p.location && p.profileUrl && p.memberId, 'every field read').toBeTruthy();
      expect(p.profileUrl).toMatch(/^https:\/\/www\.linkedin\.com\/in\/[^/?]+\/$/);
    }
    // The lead's id is in the capture; the URL is built from it, so nothing of the capture is written here.
    const leadId = /salesApiProfiles\/\(profileId:(ACwA[\w-]{35})/.exec(spawnSync('grep', ['-o', 'salesApiProfiles/(profileId:ACwA[A-Za-z0-9_-]*', file('14-')], { encoding: 'utf8' }).stdout)?.[1];
    const lead = run(file('14-'), '--url', `https://www.linkedin.com/sales/lead/${leadId ?? 'none'},NAME_SEARCH,x`);
    expect(lead.code, lead.stderr).toBe(0);
    const [person, ...rest] = printed(lead.stdout);
    expect(rest).toEqual([]);
    expect(person?.memberId).toBe(leadId);
    expect(person?.profileUrl).toMatch(/^https:\/\/www\.linkedin\.com\/in\/[^/?]+\/$/);
  }, 120_000);
});
