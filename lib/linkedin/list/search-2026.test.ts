// People search, 2026 server-driven layout: tests/fixtures/search-2026-sdui.html, INFERRED (invented people in
// markup built from public references by scripts/list-fixtures.ts).
import { describe, expect, it } from 'vitest';
import { inventedMemberId } from '@/scripts/list-fixtures';
import { readList } from './read-list';
import { fixture, identities, listOf } from './test-pages';

const FILE = 'search-2026-sdui.html';

describe('people search, 2026 server-driven layout (inferred)', () => {
  it('is listed as inferred, not as a capture', () => {
    expect(fixture(FILE).entry.list).toEqual({ kind: 'people-search', source: 'inferred' });
  });

  it('reads five people: the viewer, the promoted card, the aside and the repeated card left out', () => {
    const { entry, doc } = fixture(FILE);
    const list = listOf(doc, entry.url);
    expect(list).toMatchObject({ kind: 'people-search', layout: 'search-2026' });
    expect(list.people.map((p) => p.fullName)).toEqual(['Mira Okonkwo-Hale', 'Jonas Åberg', 'Lena Vogt', 'Yuki Tanabe', 'Kofi Mensah']);
    expect(list.unread).toBeUndefined();
  });

  it('gives every field of the first person: decoded emoji vanity, no tracking, member id from miniProfileUrn', () => {
    const { entry, doc } = fixture(FILE);
    expect(listOf(doc, entry.url).people[0]).toEqual({
      fullName: 'Mira Okonkwo-Hale',
      headline: 'Platform Engineer · Kubernetes & Go',
      location: 'Lagos, Lagos State, Nigeria',
      profileUrl: 'https://www.linkedin.com/in/🦊-mira-okonkwo/',
      memberId: inventedMemberId('ACoAA', 1),
    });
  });

  it('gives every field of the last person, linked by member id only: no public URL, and says so', () => {
    const { entry, doc } = fixture(FILE);
    const people = listOf(doc, entry.url).people;
    expect(people[people.length - 1]).toEqual({
      fullName: 'Kofi Mensah',
      headline: 'Founder, Contoso Cocoa',
      location: 'Accra, Greater Accra Region, Ghana',
      memberId: inventedMemberId('ACoAA', 6),
      publicUrlMissing: true,
    });
  });

  it('decodes non-Latin vanities and makes relative links absolute', () => {
    const { entry, doc } = fixture(FILE);
    const urls = listOf(doc, entry.url).people.map((p) => p.profileUrl);
    expect(urls).toContain('https://www.linkedin.com/in/jonas-åberg-4821/');
    expect(urls).toContain('https://www.linkedin.com/in/田辺-ゆき/');
    expect(urls).toContain('https://www.linkedin.com/in/lena-vogt-b3/');
  });

  it('never lists the viewer (their own link in the navigation), nor a mutual connection', () => {
    const { entry, doc } = fixture(FILE);
    const list = listOf(doc, entry.url);
    expect(list.people.map((p) => p.fullName)).not.toContain('Tomás Ferreira-Lund');
    expect(list.people.map((p) => p.fullName)).not.toContain('Rui Salgado');
    // Without the navigation link the viewer is a result like any other: the link is what excludes them.
    doc.querySelector('header')?.remove();
    expect(listOf(doc, entry.url).people.map((p) => p.fullName)).toContain('Tomás Ferreira-Lund');
  });

  it('lists nobody twice', () => {
    const { entry, doc } = fixture(FILE);
    const list = listOf(doc, entry.url);
    expect(doc.querySelectorAll('a[href="/in/lena-vogt-b3/"]').length).toBeGreaterThan(2);
    expect(new Set(identities(list)).size).toBe(identities(list).length);
  });

  it('reads headline and location by position, whatever the language', () => {
    const { entry, doc } = fixture(FILE);
    expect(listOf(doc, entry.url).people[3]).toMatchObject({ headline: 'プロダクトマネージャー', location: '東京都, 日本' });
  });

  it('says the layout changed when the cards lose their hook, instead of an empty success', () => {
    const { entry, doc } = fixture(FILE);
    for (const card of doc.querySelectorAll('[data-view-name="people-search-result"]')) card.setAttribute('data-view-name', 'people-search-result-v2');
    expect(readList({ document: doc, url: entry.url })).toMatchObject({ ok: false, error: { code: 'layout-not-recognised', kind: 'people-search' } });
  });

  it('says no known layout when the results column is gone', () => {
    const { entry, doc } = fixture(FILE);
    doc.querySelector('main')?.remove();
    expect(readList({ document: doc, url: entry.url })).toMatchObject({ ok: false, error: { code: 'layout-not-recognised' } });
  });

  it('an empty search (the column, no cards, no people linked) is an empty list, not an error', () => {
    const { entry, doc } = fixture(FILE);
    for (const item of doc.querySelectorAll('[role="listitem"]')) item.remove();
    doc.querySelector('aside')?.remove();
    expect(listOf(doc, entry.url).people).toEqual([]);
  });
});
