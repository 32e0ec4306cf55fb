// A member-id address (/in/ACoA…/, someone outside the viewer's network): the details pages and LinkedIn's JSON are
// matched by member id, since their vanity cannot match the address.
import { describe, expect, it } from 'vitest';
import type { DetailsLoader } from '@/lib/linkedin/details/details-pages';
import type { VoyagerClient } from '@/lib/linkedin/voyager/ask';
import { MAYA } from '@/tests/fakes/sandbox-people';
import { renderDetailsPage, renderDetailsEntries, detailsEntryCount, renderProfilePage, type DetailsSlug } from '@/tests/fakes/sdui-2026-pages';
import { VIEWER, answerVoyager, buildDashProfileResponse } from '@/tests/fakes/voyager-data';
import { readProfile } from './read-profile';

const slugOf = (path: string) => /\/details\/([a-z]+)\//.exec(path)?.[1] as DetailsSlug;
function details(): DetailsLoader & { fetched: string[] } {
  const loader = {
    fetched: [] as string[],
    async fetch(path: string) {
      loader.fetched.push(path);
      // LinkedIn serves the member's details pages at /in/<member id>/details/… (or redirects to the vanity's).
      return { status: 200, path, doc: new DOMParser().parseFromString(renderDetailsPage(MAYA, slugOf(path)), 'text/html') };
    },
    async follow<T>(path: string, _w: unknown, read: (doc: Document) => T) {
      const slug = slugOf(path);
      const doc = new DOMParser().parseFromString(renderDetailsPage(MAYA, slug), 'text/html');
      const list = doc.querySelector('[data-component-type="LazyColumn"], section[data-testid^="profile_ExperienceDetailsSection_"]');
      if (list) list.innerHTML = renderDetailsEntries(MAYA, slug, 0, detailsEntryCount(MAYA, slug)).html;
      return read(doc);
    },
  };
  return loader;
}

const URL_ID = `https://www.linkedin.com/in/${MAYA.memberId}/`;
const page = () => new DOMParser().parseFromString(renderProfilePage(MAYA, { lazy: true }), 'text/html');

describe('a member-id address (/in/ACoA…/)', () => {
  it('details pages are used when the JSON is refused', async () => {
    const voyager: VoyagerClient = { async get() { return { status: 429, body: null }; } };
    const out = await readProfile({ url: URL_ID, document: page(), voyager, details: details(), now: 0 });
    if (!out.ok) throw new Error(out.error.message);
    expect(out.profile.skills.length).toBe(MAYA.skills!.length);
  });
  it('LinkedIn’s JSON (answered under the real vanity) is used', async () => {
    // memberIdentity=<ACoA id> answers the member's profile, whose publicIdentifier is their vanity.
    const voyager: VoyagerClient = {
      async get(path) {
        if (path.includes('q=memberIdentity')) return { status: 200, body: buildDashProfileResponse(MAYA) };
        return answerVoyager(path, [MAYA, VIEWER]);
      },
    };
    const out = await readProfile({ url: URL_ID, document: page(), voyager, now: 0 });
    if (!out.ok) throw new Error(out.error.message);
    expect(out.profile.sources).toContain('voyager');
  });
});
