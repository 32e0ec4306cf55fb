// The list reader as a whole: which pages it reads, every list fixture, and how it refuses.
import { describe, expect, it } from 'vitest';
import { loadFixtureIndex } from '@/lib/linkedin/fixtures-index';
import { readList, readListFrom } from './read-list';
import { fixture, identities, listOf, parse } from './test-pages';
import type { ListLayoutReader } from './types';

const lists = loadFixtureIndex().filter((e) => e.list && e.list.kind !== 'salesnav-lead');

describe('readList', () => {
  it('has a fixture for each layout it reads, from a capture or marked inferred', () => {
    expect(lists.map((e) => `${e.file}:${e.list?.source}`).sort()).toEqual([
      'salesnav-2025-list.html:inferred',
      'salesnav-2025-search.html:inferred',
      'search-2025.html:capture',
      'search-2026-sdui.html:inferred',
    ]);
  });

  for (const entry of lists) {
    it(`${entry.file}: people of the indexed kind, nobody twice, every one with a name and an identity`, () => {
      const { doc } = fixture(entry.file);
      const list = listOf(doc, entry.url);
      expect(list.kind).toBe(entry.list?.kind);
      expect(list.people.length).toBeGreaterThan(0);
      expect(new Set(identities(list)).size).toBe(identities(list).length);
      for (const p of list.people) expect(p.profileUrl ?? p.memberId).toBeDefined();
    });
  }

  it('refuses a page that is not a list of people', () => {
    const doc = parse('<main><a href="/in/ada-quill/">Ada</a></main>');
    for (const url of ['https://www.linkedin.com/in/ada-quill/', 'https://www.linkedin.com/feed/', 'https://example.com/search/results/people/', 'not a url']) {
      expect(readList({ document: doc, url })).toMatchObject({ ok: false, error: { code: 'not-a-list' } });
    }
  });

  it('has no reader for Recruiter projects yet, and says so rather than returning nobody', () => {
    const doc = parse('<main><ul><li><a href="/talent/profile/AEMAAB">Ada</a></li></ul></main>');
    expect(readList({ document: doc, url: 'https://www.linkedin.com/talent/hire/1/discover/recruiterSearch' })).toMatchObject({
      ok: false,
      error: { code: 'layout-not-recognised', kind: 'recruiter' },
    });
  });

  it('passes on no person the schema refuses: a structured error with zod’s issues', () => {
    const broken: ListLayoutReader = {
      id: 'broken',
      kinds: ['people-search'],
      read: () => ({ people: [{ fullName: 'Ada Quill', profileUrl: 'https://www.linkedin.com/in/ada-quill/?trk=x' }], unread: 0 }),
    };
    const outcome = readListFrom(parse('<main></main>'), new URL('https://www.linkedin.com/search/results/people/'), 'people-search', [broken]);
    expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid-person', kind: 'people-search' } });
    if (!outcome.ok) expect(outcome.error.issues?.[0]).toMatch(/^people\.0\.profileUrl: /);
  });

  it('reports entries it saw but could not read, and fails when it could read none', () => {
    const { entry, doc } = fixture('search-2026-sdui.html');
    const cards = doc.querySelectorAll('[data-view-name="people-search-result"]');
    cards[0]?.querySelector('a[data-view-name="search-result-lockup-title"]')?.removeAttribute('data-view-name');
    expect(listOf(doc, entry.url).unread).toBe(1);
    for (const card of cards) card.querySelector('a[data-view-name="search-result-lockup-title"]')?.removeAttribute('data-view-name');
    expect(readList({ document: doc, url: entry.url })).toMatchObject({ ok: false, error: { code: 'layout-not-recognised' } });
  });
});
