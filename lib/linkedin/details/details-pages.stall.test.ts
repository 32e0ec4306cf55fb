// A details list whose pager stalled (LinkedIn's "more" control still there) is not reported whole.
import { describe, expect, it } from 'vitest';
import type { DetailsLoader } from '@/lib/linkedin/details/details-pages';
import type { VoyagerClient } from '@/lib/linkedin/voyager/ask';
import { MAYA } from '@/tests/fakes/sandbox-people';
import { renderDetailsPage, renderProfilePage, type DetailsSlug } from '@/tests/fakes/sdui-2026-pages';
import { VIEWER, answerVoyager } from '@/tests/fakes/voyager-data';
import { readProfile } from '@/lib/linkedin/read-profile';

describe('a frame whose pager never delivered', () => {
  it('does not call a 10-of-25 skills list complete', async () => {
    const slugOf = (path: string) => /\/details\/([a-z]+)\//.exec(path)?.[1] as DetailsSlug;
    const loader: DetailsLoader = {
      async fetch(path) {
        return { status: 200, path, doc: new DOMParser().parseFromString(renderDetailsPage(MAYA, slugOf(path)), 'text/html') };
      },
      // LinkedIn's own pager in the frame got a 429 (or was slower than 2 × 1.2 s): the page still shows its first 10.
      async follow<T>(path: string, _w: unknown, read: (doc: Document) => T) {
        return read(new DOMParser().parseFromString(renderDetailsPage(MAYA, slugOf(path)), 'text/html'));
      },
    };
    const voyager: VoyagerClient = { async get(path) { return answerVoyager(path, [MAYA, VIEWER], { decorationStatus: { '-101': 429 } }); } };
    const doc = new DOMParser().parseFromString(renderProfilePage(MAYA, { lazy: true }), 'text/html');
    const out = await readProfile({ url: `https://www.linkedin.com/in/${MAYA.vanity}/`, document: doc, voyager, details: loader, now: Date.UTC(2026, 11, 4) });
    if (!out.ok) throw new Error(out.error.message);
    const p = out.profile;
    expect(p.skills.length).toBeLessThan(MAYA.skills!.length);
    // Fewer than she has: must not be reported whole and gap-free.
    expect(p.completeness.skills.gap).toBeDefined();
  });
});
