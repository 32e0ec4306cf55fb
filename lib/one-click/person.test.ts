import { blankRequest } from '@/tests/unit/sample-request';
import { describe, expect, it } from 'vitest';
import { t } from '@/lib/i18n';
import type { Profile } from '@/lib/profile/profile';
import { salesLeadUrl } from '@/lib/profile/url';
import { VENDORS } from '@/lib/vendors';
import { sampleProfile } from '@/lib/vendors/leonar/sample-profile';
import type { SaveRequest, VendorId } from '@/lib/vendors/vendor';
import { linkSave, pageToSave, personProblem, sendable } from './person';
import { oneClickPage, type OneClickPage } from './tab-state';

const CAMILLE = 'https://www.linkedin.com/in/camille-durand-42/';
const LEAD = 'ACwAAB1c2d3e4f5g6h7i8j9k0lMnOpQrStUvWxY';
const LEAD_PAGE = `https://www.linkedin.com/sales/lead/${LEAD},NAME_SEARCH,abcd`;
const page = (url: string): OneClickPage => {
  const found = oneClickPage(url);
  if (!found) throw new Error(`not a one-click page: ${url}`);
  return found;
};
const camille = sampleProfile();
const lead: Profile = { ...sampleProfile(), profileUrl: salesLeadUrl(LEAD), publicIdentifier: LEAD, memberId: null, sources: ['salesnav-lead'] };
const request = (vendor: VendorId): SaveRequest => blankRequest(vendor);

describe('the page one click saves from', () => {
  it('refuses a tab that shows no profile, in words, before reading anything', () => {
    expect(pageToSave(oneClickPage('https://www.linkedin.com/feed/'), undefined)).toEqual({
      ok: false,
      problem: { lines: ['This tab is not a LinkedIn profile: nothing was saved.'], fix: null },
    });
  });

  it('saves a profile or a lead page as it is, and a link’s profile only when the tab shows that very person', () => {
    expect(pageToSave(page(CAMILLE), undefined)).toEqual({ ok: true, page: page(CAMILLE) });
    expect(pageToSave(page(LEAD_PAGE), undefined)).toMatchObject({ ok: true, page: { leadId: LEAD } });
    // The vanity is compared as LinkedIn does: case and escapes aside.
    expect(pageToSave(page(CAMILLE), 'Camille-Durand-42').ok).toBe(true);
    const other = { ok: false, problem: { lines: ['LinkedIn opened another profile than the link’s: nothing was saved.'], fix: null } };
    expect(pageToSave(page('https://www.linkedin.com/in/someone-else/'), 'camille-durand-42')).toEqual(other);
    // A link names a profile by vanity: a lead page (no vanity) is never taken for it.
    expect(pageToSave(page(LEAD_PAGE), 'camille-durand-42')).toEqual(other);
  });
});

describe('the person read is the person asked for', () => {
  const changed = { lines: ['The page changed while it was being read: nothing was saved. Try again.'], fix: null };

  it('saves the profile the page named, and refuses when the reader came back with someone else', () => {
    expect(personProblem(page(CAMILLE), camille, page(CAMILLE))).toBeNull();
    // LinkedIn moved to another person meanwhile: the reader read them, not Camille.
    expect(personProblem(page(CAMILLE), sampleProfile({ publicIdentifier: 'someone-else' }), page('https://www.linkedin.com/in/someone-else/'))).toEqual(changed);
  });

  it('on a lead page, saves only when the lead was read from Sales Navigator and the tab still shows that lead', () => {
    expect(personProblem(page(LEAD_PAGE), lead, page(LEAD_PAGE))).toBeNull();
    expect(personProblem(page(LEAD_PAGE), lead, page('https://www.linkedin.com/sales/lead/ACwAAB1c2d3e4f5g6h7i8j9k0lMnOpQrStUvWxZ,NAME_SEARCH'))).toEqual(changed);
    expect(personProblem(page(LEAD_PAGE), lead, null)).toEqual(changed);
    // Read from elsewhere than the lead page (the user opened a profile meanwhile): not the lead asked for.
    expect(personProblem(page(LEAD_PAGE), { ...lead, sources: ['voyager'] }, page(LEAD_PAGE))).toEqual(changed);
  });
});

describe('the tools a person is sent to', () => {
  it('sends a person with a public URL to every tool planned, with no refusal', () => {
    const sent = sendable([request('leonar'), request('stardex'), request('collective')], camille, VENDORS);
    expect(sent.ok && sent.requests.map((r) => r.vendor)).toEqual(['leonar', 'stardex', 'collective']);
    expect(sent.ok && sent.refusals).toEqual([]);
  });

  it('leaves out the tools that need a public URL for a lead, each saying why, and sends the others', () => {
    const sent = sendable([request('leonar'), request('stardex'), request('collective')], lead, VENDORS);
    expect(sent).toEqual({
      ok: true,
      requests: [request('leonar')],
      refusals: [t('batch.needsPublicUrl', { vendor: 'Stardex' }), t('batch.needsPublicUrl', { vendor: 'Collective' })],
    });
  });

  it('saves nothing when no tool planned can take the person, with every reason', () => {
    expect(sendable([request('stardex')], lead, VENDORS)).toEqual({ ok: false, problem: { lines: [t('batch.needsPublicUrl', { vendor: 'Stardex' })], fix: null } });
  });
});

describe('saving the profile behind a link', () => {
  it('saves in the tab itself when it shows the linked person already', () => {
    expect(linkSave('https://www.linkedin.com/in/Camille-Durand-42/?miniProfileUrn=x', { tabId: 7, url: `${CAMILLE}?trk=feed` })).toEqual({
      inTab: true,
      tabId: 7,
      vanity: 'Camille-Durand-42',
    });
  });

  it('opens the linked profile in a tab of its own otherwise, checked on the link’s vanity', () => {
    const own = { inTab: false, url: CAMILLE, vanity: 'camille-durand-42' };
    expect(linkSave(CAMILLE, { tabId: 7, url: 'https://www.linkedin.com/in/someone-else/' })).toEqual(own);
    expect(linkSave(CAMILLE, { tabId: 7, url: 'https://www.linkedin.com/feed/' })).toEqual(own);
    expect(linkSave(CAMILLE, { tabId: 7, url: undefined })).toEqual(own);
    expect(linkSave(CAMILLE, undefined)).toEqual(own);
  });

  it('takes a link to a part of the profile (a details page, a country site) for the person, and does nothing for any other link', () => {
    expect(linkSave('https://www.linkedin.com/in/camille-durand-42/details/experience/', undefined)).toEqual({ inTab: false, url: CAMILLE, vanity: 'camille-durand-42' });
    expect(linkSave('https://fr.linkedin.com/in/camille-durand-42/', { tabId: 7, url: CAMILLE })).toMatchObject({ inTab: true });
    expect(linkSave('https://www.linkedin.com/company/acme/', undefined)).toBeNull();
    expect(linkSave('https://example.com/in/camille-durand-42/', undefined)).toBeNull();
  });
});
