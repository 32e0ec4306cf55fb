// Never "0, complete" for a details list LinkedIn had not rendered (its pager there, no entry).
import { describe, expect, it } from 'vitest';
import type { DetailsLoader } from '@/lib/linkedin/details/details-pages';
import type { VoyagerClient } from '@/lib/linkedin/voyager/ask';
import { MAYA } from '@/tests/fakes/sandbox-people';
import { renderDetailsPage, renderProfilePage, type DetailsSlug } from '@/tests/fakes/sdui-2026-pages';
import { readProfile } from '@/lib/linkedin/read-profile';

const slugOf = (path: string) => /\/details\/([a-z]+)\//.exec(path)?.[1] as DetailsSlug;
/** The details page as it arrives before LinkedIn's code has filled its list (entries come from the pager). */
function unfilled(path: string): Document {
  const doc = new DOMParser().parseFromString(renderDetailsPage(MAYA, slugOf(path)), 'text/html');
  const list = doc.querySelector('[data-component-type="LazyColumn"], section[data-testid^="profile_ExperienceDetailsSection_"]');
  if (list) list.innerHTML = '';
  return doc;
}

describe('a details list that had not rendered', () => {
  it('is never "0, complete"', async () => {
    const loader: DetailsLoader = {
      async fetch(path) { return { status: 200, path, doc: unfilled(path) }; },
      // The frame loaded, but LinkedIn's list did not render within the loader's growth wait (slow, or its pager 429'd).
      async follow<T>(path: string, _w: unknown, read: (doc: Document) => T) { return read(unfilled(path)); },
    };
    const voyager: VoyagerClient = { async get() { return { status: 429, body: null }; } };
    const doc = new DOMParser().parseFromString(renderProfilePage(MAYA, { lazy: true }), 'text/html');
    const out = await readProfile({ url: `https://www.linkedin.com/in/${MAYA.vanity}/`, document: doc, voyager, details: loader, now: 0 });
    if (!out.ok) throw new Error(out.error.message);
    for (const s of ['educations', 'skills'] as const) {
      expect(out.profile.completeness[s].loaded, s).toBe(false);
    }
  });
});
