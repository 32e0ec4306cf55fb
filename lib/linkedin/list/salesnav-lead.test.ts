// A Sales Navigator lead page read as one person: tests/fixtures/salesnav-2019-lead.html, anonymised from capture 14.
import { describe, expect, it } from 'vitest';
import { readLead, readList } from './read-list';
import { fixture, leadOf, parse } from './test-pages';

const FILE = 'salesnav-2019-lead.html';
const LEAD_ID = 'ACwAATDlut8JbyAKgTOxwtpnbDxbKDxSYF6bDUF';

/** The lead's own JSON block, rewritten (the page embeds it as text in a <code> element). */
function editLeadJson(doc: Document, edit: (json: Record<string, unknown>) => void): void {
  const code = Array.from(doc.querySelectorAll('code')).find((c) => (c.textContent ?? '').includes('"flagshipProfileUrl"'));
  if (!code) throw new Error('no lead JSON in the fixture');
  const json = JSON.parse(code.textContent ?? '') as Record<string, unknown>;
  edit(json);
  code.textContent = JSON.stringify(json);
}

describe('Sales Navigator lead page (from capture 14)', () => {
  it('is a lead page, not a list, at the lead’s /sales/lead/ and /sales/people/ addresses', () => {
    const { entry, doc } = fixture(FILE);
    expect(entry.list).toEqual({ kind: 'salesnav-lead', source: 'capture' });
    expect(readList({ document: doc, url: entry.url })).toMatchObject({ ok: false, error: { code: 'not-a-list' } });
    const atLead = leadOf(doc, `https://www.linkedin.com/sales/lead/${LEAD_ID},NAME_SEARCH,kFrw`);
    expect(atLead.person.memberId).toBe(LEAD_ID);
  });

  it('reads the lead from its own JSON, with the public /in/ URL the page gives', () => {
    const { entry, doc } = fixture(FILE);
    expect(leadOf(doc, entry.url)).toEqual({
      kind: 'salesnav-lead',
      layout: 'salesnav-lead-json',
      publicUrlMissing: false,
      person: {
        fullName: 'Vobook Roecugaje',
        headline: 'Ikoonusi Kirarvu Kfjulesid Iipufaor at ivzen.ju In-ckiipag Giditbo Soatuzc Potsevramo',
        location: 'Moc Rokef',
        profileUrl: 'https://www.linkedin.com/in/vobook-roecugaje-b5646493/',
        memberId: LEAD_ID,
        memberUrn: 'urn:li:member:130153492',
        currentTitle: 'Ikoonusi Kirarvu Kfjulesid Iipufaor',
        currentCompany: 'ivzen.ju In-ckiipag Giditbo Soatuzc Potsevramo',
      },
    });
  });

  it('without a public URL on the page: the member id only, and a flag that says the public URL is missing', () => {
    const { entry, doc } = fixture(FILE);
    editLeadJson(doc, (json) => {
      delete json['flagshipProfileUrl'];
    });
    const lead = leadOf(doc, entry.url);
    expect(lead.publicUrlMissing).toBe(true);
    expect(lead.person).toMatchObject({ memberId: LEAD_ID, publicUrlMissing: true });
    expect(lead.person.profileUrl).toBeUndefined();
  });

  it('decodes an emoji vanity in the public URL', () => {
    const { entry, doc } = fixture(FILE);
    editLeadJson(doc, (json) => {
      json['flagshipProfileUrl'] = 'https://www.linkedin.com/in/%F0%9F%90%9D-vobook?trk=x';
    });
    expect(leadOf(doc, entry.url).person.profileUrl).toBe('https://www.linkedin.com/in/🐝-vobook/');
  });

  it('never takes another lead’s JSON for this one', () => {
    const { doc } = fixture(FILE);
    const other = 'ACwAAB1aB2cC3dD4eE5fF6gG7hH8iI9jJ0kK1lM';
    const lead = leadOf(doc, `https://www.linkedin.com/sales/lead/${other},NAME_SEARCH,x`);
    // The JSON names another lead: only the top card is read, and it does not link a public URL.
    expect(lead).toMatchObject({ layout: 'salesnav-lead-2019', publicUrlMissing: true, person: { fullName: 'Vobook Roecugaje', location: 'Moc Rokef', memberId: other } });
  });

  it('never takes the navigation’s own-profile link (the viewer) for the lead’s public URL', () => {
    const html = `<html><body><header><nav><a href="https://www.linkedin.com/in/the-viewer/">Me</a></nav></header>
      <main><h1 data-anonymize="person-name">Lead Person</h1></main></body></html>`;
    const lead = leadOf(parse(html), `https://www.linkedin.com/sales/lead/${LEAD_ID},NAME_SEARCH,x`);
    expect(lead).toMatchObject({ layout: 'salesnav-lead', publicUrlMissing: true, person: { fullName: 'Lead Person', memberId: LEAD_ID } });
  });

  it('says no known layout when neither the lead JSON nor the top card is there', () => {
    const { entry, doc } = fixture(FILE);
    for (const code of doc.querySelectorAll('code')) code.remove();
    doc.querySelector('.profile-topcard-person-entity__name')?.remove();
    expect(readLead({ document: doc, url: entry.url })).toMatchObject({ ok: false, error: { code: 'layout-not-recognised', kind: 'salesnav-lead' } });
  });
});
