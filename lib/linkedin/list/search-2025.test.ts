// People search, 2025 layout: tests/fixtures/search-2025.html, anonymised from capture 11 by scripts/make-fixtures.ts.
import { describe, expect, it } from 'vitest';
import { readList } from './read-list';
import { findViewer } from './viewer';
import { fixture, identities, listOf } from './test-pages';

const FILE = 'search-2025.html';
const RESULT = '[data-view-name="search-entity-result-universal-template"]';

function page() {
  return fixture(FILE);
}

describe('people search, 2025 layout (from capture 11)', () => {
  it('reads the ten results, in order, each with name, headline, location, public URL, member id and URN', () => {
    const { entry, doc } = page();
    const list = listOf(doc, entry.url);
    expect(list).toMatchObject({ kind: 'people-search', layout: 'search-2025' });
    expect(list.people).toHaveLength(10);
    expect(list.unread).toBeUndefined();
    for (const person of list.people) {
      expect(Object.keys(person).sort()).toEqual(['fullName', 'headline', 'location', 'memberId', 'memberUrn', 'profileUrl']);
    }
  });

  it('gives every field of the first and the last person', () => {
    const { entry, doc } = page();
    const people = listOf(doc, entry.url).people;
    expect(people[0]).toEqual({
      fullName: 'Si Ica Ime',
      headline: 'Zaki Nulusagci @ Rcueta | ex-PhD -> MA Rihovvimni and Zaki Science + MS Holagkec Science',
      location: 'New Foji City Metropolitan Area',
      profileUrl: 'https://www.linkedin.com/in/rehjeshi/',
      memberId: 'ACoAAJ5hEJmfR7Y9H3mLlMAQg9J6P7Ccq7Bq6YI',
      memberUrn: 'urn:li:member:302325854',
    });
    expect(people[9]).toEqual({
      fullName: 'Lekav Dceda',
      headline: 'Jubconkpoh About Ecsanake',
      location: 'New Foji, ZV',
      profileUrl: 'https://www.linkedin.com/in/tocupi/',
      memberId: 'ACoAA3yY3pdnjtYaaWH74Bxyw2dTyiUQZXVME1i',
      memberUrn: 'urn:li:member:650458577',
    });
  });

  it('takes the title link, not the mutual connections the card also links', () => {
    const { entry, doc } = page();
    const urls = listOf(doc, entry.url).people.map((p) => p.profileUrl);
    // The first card names two mutual connections by member-id links: neither becomes a person.
    expect(urls.every((u) => u !== undefined && !/\/in\/ACoA/.test(u))).toBe(true);
  });

  it('decodes a %-encoded emoji vanity and drops the tracking parameters', () => {
    const { entry, doc } = page();
    const card = doc.querySelector(RESULT);
    for (const a of card?.querySelectorAll('a[href*="/in/rehjeshi"]') ?? []) {
      a.setAttribute('href', 'https://www.linkedin.com/in/%F0%9F%A6%8A-rehjeshi-%C3%A9t%C3%A9?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAAJ5hEJmfR7Y9H3mLlMAQg9J6P7Ccq7Bq6YI&trk=x');
    }
    expect(listOf(doc, entry.url).people[0]?.profileUrl).toBe('https://www.linkedin.com/in/🦊-rehjeshi-été/');
  });

  it('finds the viewer in LinkedIn’s own JSON (/voyager/api/me) and never lists them', () => {
    const { entry, doc } = page();
    const viewer = findViewer(doc);
    expect([...viewer.vanities]).toEqual(['ocvasohe']);
    // The viewer shows up among the results (searching their own name): a copy of a card, relinked to them.
    const card = doc.querySelector(RESULT);
    const copy = card?.cloneNode(true) as Element;
    copy.setAttribute('data-chameleon-result-urn', 'urn:li:member:1');
    for (const a of copy.querySelectorAll('a[href*="/in/rehjeshi"]')) a.setAttribute('href', 'https://www.linkedin.com/in/ocvasohe/');
    card?.parentElement?.insertBefore(copy, card);
    const list = listOf(doc, entry.url);
    expect(list.people).toHaveLength(10);
    expect(list.people.map((p) => p.profileUrl)).not.toContain('https://www.linkedin.com/in/ocvasohe/');
  });

  it('lists a person shown twice once', () => {
    const { entry, doc } = page();
    const card = doc.querySelector(RESULT);
    card?.parentElement?.appendChild(card.cloneNode(true));
    const list = listOf(doc, entry.url);
    expect(list.people).toHaveLength(10);
    expect(new Set(identities(list)).size).toBe(identities(list).length);
  });

  it('says the layout changed when the result cards lose their hook, instead of an empty success', () => {
    const { entry, doc } = page();
    for (const card of doc.querySelectorAll(RESULT)) card.removeAttribute('data-view-name');
    expect(readList({ document: doc, url: entry.url })).toMatchObject({ ok: false, error: { code: 'layout-not-recognised', kind: 'people-search' } });
  });

  it('says no known layout when there is no result container at all', () => {
    const { entry, doc } = page();
    doc.querySelector('main')?.remove();
    expect(readList({ document: doc, url: entry.url })).toMatchObject({ ok: false, error: { code: 'layout-not-recognised' } });
  });
});
