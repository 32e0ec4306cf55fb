// readProfile on a Sales Navigator lead page: the person it shows, as a Profile (source `salesnav-lead`), read from
// the page alone: no LinkedIn JSON, no details pages, nothing fetched, at either depth.
import { describe, expect, it } from 'vitest';
import { SECTIONS } from '@/lib/profile/profile';
import { fixture, spies } from './list/test-pages';
import { readProfile } from './read-profile';

const FILE = 'salesnav-2019-lead.html';
const LEAD_ID = 'ACwAATDlut8JbyAKgTOxwtpnbDxbKDxSYF6bDUF';
const LEAD_URL = `https://www.linkedin.com/sales/lead/${LEAD_ID},NAME_SEARCH,kFrw`;


function withoutPublicUrl(doc: Document): void {
  const code = Array.from(doc.querySelectorAll('code')).find((c) => (c.textContent ?? '').includes('"flagshipProfileUrl"'));
  const json = JSON.parse(code?.textContent ?? '{}') as Record<string, unknown>;
  delete json['flagshipProfileUrl'];
  if (code) code.textContent = JSON.stringify(json);
}

describe('readProfile on a Sales Navigator lead page', () => {
  for (const depth of ['page', 'full'] as const) {
    it(`depth ${depth}: the lead as a Profile with the public URL the page links, nothing fetched`, async () => {
      const { doc } = fixture(FILE);
      const clients = spies();
      const outcome = await readProfile({ url: LEAD_URL, document: doc, depth, voyager: clients.voyager, details: clients.details });
      if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
      expect(outcome.profile).toMatchObject({
        profileUrl: 'https://www.linkedin.com/in/vobook-roecugaje-b5646493/',
        publicIdentifier: 'vobook-roecugaje-b5646493',
        memberId: null,
        numericMemberId: '130153492',
        fullName: 'Vobook Roecugaje',
        firstName: 'Vobook',
        lastName: 'Roecugaje',
        location: 'Moc Rokef',
        currentJob: { title: 'Ikoonusi Kirarvu Kfjulesid Iipufaor', company: 'ivzen.ju In-ckiipag Giditbo Soatuzc Potsevramo' },
        sources: ['salesnav-lead'],
      });
      for (const s of SECTIONS) expect(outcome.profile.completeness[s]).toMatchObject({ loaded: false, gap: { reason: 'not-visited' } });
      expect(clients.asked).toEqual([]);
    });
  }

  it('no public link on the page: the lead’s Sales Navigator address, the lead id as identifier', async () => {
    const { doc } = fixture(FILE);
    withoutPublicUrl(doc);
    const outcome = await readProfile({ url: LEAD_URL, document: doc });
    expect(outcome).toMatchObject({
      ok: true,
      profile: { profileUrl: `https://www.linkedin.com/sales/lead/${LEAD_ID}/`, publicIdentifier: LEAD_ID, memberId: null, fullName: 'Vobook Roecugaje' },
    });
  });

  it('at another lead’s address, the page still showing this lead: another person, never a profile', async () => {
    const { doc } = fixture(FILE);
    const other = 'ACwAAB1aB2cC3dD4eE5fF6gG7hH8iI9jJ0kK1lM';
    const outcome = await readProfile({ url: `https://www.linkedin.com/sales/lead/${other},NAME_SEARCH,x`, document: doc });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'other-person' } });
  });

  it('a lead page with no lead on it (not rendered yet): no name, retry', async () => {
    const doc = new DOMParser().parseFromString('<html><body><main></main></body></html>', 'text/html');
    expect(await readProfile({ url: LEAD_URL, document: doc })).toMatchObject({ ok: false, error: { code: 'empty-profile', retryable: true } });
  });

  it('Sales Navigator pages other than a lead are still not a profile', async () => {
    const doc = new DOMParser().parseFromString('<html><body></body></html>', 'text/html');
    for (const url of ['https://www.linkedin.com/sales/home', 'https://www.linkedin.com/sales/search/people?query=x']) {
      expect(await readProfile({ url, document: doc })).toMatchObject({ ok: false, error: { code: 'not-profile', reason: 'sales-navigator' } });
    }
  });
});
