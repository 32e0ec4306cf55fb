// Never silently less: a card cut by "Show all" with no count that no other source could complete is a short section.
import { describe, expect, it } from 'vitest';
import type { DetailsLoader } from '@/lib/linkedin/details/details-pages';
import type { VoyagerClient } from '@/lib/linkedin/voyager/ask';
import { missingSections, shortSections } from '@/lib/profile/profile';
import { MAYA } from '@/tests/fakes/sandbox-people';
import { renderProfilePage } from '@/tests/fakes/sdui-2026-pages';
import { readProfile } from './read-profile';

describe('a card cut by "Show all" (no count) that nothing else could complete', () => {
  it('is counted as missing or short (popup line, job.person, history)', async () => {
    const voyager: VoyagerClient = { async get() { return { status: 429, body: null }; } };
    const refused: DetailsLoader = { async fetch(path) { return { status: 429, path, doc: null }; } };
    const doc = new DOMParser().parseFromString(renderProfilePage(MAYA, { lazy: false }), 'text/html');
    const out = await readProfile({ url: `https://www.linkedin.com/in/${MAYA.vanity}/`, document: doc, voyager, details: refused, now: 0 });
    if (!out.ok) throw new Error(out.error.message);
    const p = out.profile;
    expect(p.skills.length).toBeLessThan(MAYA.skills!.length);
    expect([...missingSections(p.completeness), ...shortSections(p.completeness)]).toContain('skills');
  });
});
