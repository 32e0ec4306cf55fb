// readProfile on a LinkedIn Recruiter profile: the person it shows, as a Profile, read from the page alone (no
// LinkedIn JSON, no details pages, nothing fetched, at either depth). tests/fixtures/recruiter-2025-profile.html is
// hand-written from public references (invented people).
import { describe, expect, it } from 'vitest';
import { fixtureText } from '@/lib/linkedin/fixtures-index';
import { isPublicProfileUrl } from '@/lib/profile/url';
import { RECRUITER_SOURCE } from './list/recruiter-profile';
import { parse, spies } from './list/test-pages';
import { readProfile } from './read-profile';

const ID = 'AEMAAB3kQ9xZt7LmWc2VnR8pYs4DfGh6JqK1oPu';
const FROM_SEARCH = `https://www.linkedin.com/talent/hire/1122334455/discover/recruiterSearch/profile/${ID}?searchContextId=0f1e&start=0`;
const FULL_PAGE = `https://www.linkedin.com/talent/profile/${ID}?trk=SEARCH_GLOBAL`;
const FROM_PROJECT = `https://www.linkedin.com/talent/hire/1122334455/manage/all/profile/${ID}?project=1122334455`;

function page(): Document {
  return parse(fixtureText('recruiter-2025-profile.html'));
}


describe('readProfile on a Recruiter profile', () => {
  for (const depth of ['page', 'full'] as const) {
    it(`depth ${depth}: the person with the public URL the page links, nothing fetched`, async () => {
      const clients = spies();
      const outcome = await readProfile({ url: FROM_SEARCH, document: page(), depth, voyager: clients.voyager, details: clients.details });
      if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
      expect(outcome.profile).toMatchObject({
        profileUrl: 'https://www.linkedin.com/in/éloïse-marchetti-ondo-4821/',
        publicIdentifier: 'éloïse-marchetti-ondo-4821',
        fullName: 'Éloïse Marchetti-Ondo',
        headline: 'Cold-chain operations lead · routes, depots and people',
        location: 'Lyon, Auvergne-Rhône-Alpes, France',
        currentJob: { title: 'Cold-chain operations lead', company: 'Brindille Logistique' },
        warnings: [],
        sources: [RECRUITER_SOURCE],
      });
      expect(outcome.profile.experiences).toHaveLength(4);
      expect(outcome.profile.completeness.experiences).toMatchObject({ read: 4, total: 6, loaded: true });
      expect(clients.asked).toEqual([]);
    });
  }

  it('reads the same person at the full-page and project addresses', async () => {
    for (const url of [FULL_PAGE, FROM_PROJECT]) {
      expect(await readProfile({ url, document: page() }), url).toMatchObject({ ok: true, profile: { fullName: 'Éloïse Marchetti-Ondo' } });
    }
  });

  it('no public link on the page: the Recruiter address and id, a warning, and not a public URL (tools that need one refuse it)', async () => {
    const doc = page();
    doc.querySelector('.personal-info')?.remove();
    const outcome = await readProfile({ url: FROM_SEARCH, document: doc });
    if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
    expect(outcome.profile).toMatchObject({ profileUrl: `https://www.linkedin.com/talent/profile/${ID}/`, publicIdentifier: ID, fullName: 'Éloïse Marchetti-Ondo' });
    expect(outcome.profile.warnings).toEqual([expect.objectContaining({ code: 'field-missing', message: expect.stringMatching(/public LinkedIn URL/) })]);
    expect(isPublicProfileUrl(outcome.profile.profileUrl)).toBe(false);
  });

  it('a top card that links another Recruiter profile: another person, never a profile', async () => {
    const doc = page();
    const title = doc.querySelector('[data-test-topcard-condensed-lockup] .artdeco-entity-lockup__title');
    if (title) title.innerHTML = '<a href="/talent/profile/AEMAAvMIHa-2o76umfXfKm-r5kJP1VrT_1FJors">Éloïse Marchetti-Ondo</a>';
    expect(await readProfile({ url: FROM_SEARCH, document: doc })).toMatchObject({ ok: false, error: { code: 'other-person', retryable: true } });
    if (title) title.innerHTML = `<a href="/talent/profile/${ID}">Éloïse Marchetti-Ondo</a>`;
    expect(await readProfile({ url: FROM_SEARCH, document: doc })).toMatchObject({ ok: true });
  });

  it('a profile not rendered yet (only the list behind it): no name, retry', async () => {
    const doc = page();
    doc.querySelector('.profile-slidein__wrapper')?.remove();
    expect(await readProfile({ url: FROM_SEARCH, document: doc })).toMatchObject({ ok: false, error: { code: 'empty-profile', retryable: true } });
  });

  it('Recruiter pages other than a profile are still not a profile', async () => {
    const doc = parse('<html><body></body></html>');
    for (const url of ['https://www.linkedin.com/talent/home', 'https://www.linkedin.com/talent/hire/1122334455/discover/recruiterSearch?start=0']) {
      expect(await readProfile({ url, document: doc }), url).toMatchObject({ ok: false, error: { code: 'not-profile', reason: 'recruiter' } });
    }
  });
});
