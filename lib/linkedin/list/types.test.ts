// The list result crosses from the page's world to the extension: readListResultSchema is what the extension believes.
import { describe, expect, it } from 'vitest';
import { readList } from './read-list';
import { fixture } from './test-pages';
import { readListResultSchema } from './types';

const SEARCH_URL = 'https://www.linkedin.com/search/results/people/?keywords=engineer';

describe('readListResultSchema', () => {
  it('accepts what readList answers: a page of people, and each kind of error', () => {
    const ok = readList({ document: fixture('search-2026-sdui.html').doc, url: SEARCH_URL });
    expect(ok.ok).toBe(true);
    expect(readListResultSchema.parse(ok)).toEqual(ok);
    const notAList = readList({ document: fixture('search-2026-sdui.html').doc, url: 'https://www.linkedin.com/feed/' });
    expect(readListResultSchema.parse(notAList)).toMatchObject({ ok: false, error: { code: 'not-a-list' } });
    const error = { ok: false, error: { code: 'invalid-person', message: 'x', kind: 'people-search', issues: ['people.0.fullName: too short'] } };
    expect(readListResultSchema.parse(error)).toEqual(error);
  });

  it('refuses a person without a name, a foreign URL, an unknown code and extra fields', () => {
    const page = { kind: 'people-search', layout: 'search-2026', people: [{ fullName: 'Ana Lee', profileUrl: 'https://www.linkedin.com/in/ana-lee/' }] };
    expect(readListResultSchema.safeParse({ ok: true, page }).success).toBe(true);
    expect(readListResultSchema.safeParse({ ok: true, page: { ...page, people: [{ fullName: '', profileUrl: 'https://www.linkedin.com/in/ana-lee/' }] } }).success).toBe(false);
    expect(readListResultSchema.safeParse({ ok: true, page: { ...page, people: [{ fullName: 'Ana', profileUrl: 'https://evil.example/in/ana/' }] } }).success).toBe(false);
    expect(readListResultSchema.safeParse({ ok: false, error: { code: 'nope', message: 'x' } }).success).toBe(false);
    expect(readListResultSchema.safeParse({ ok: true, page, extra: 1 }).success).toBe(false);
    expect(readListResultSchema.safeParse({ ok: true, page: { ...page, script: '<img onerror>' } }).success).toBe(false);
    expect(readListResultSchema.safeParse('ok').success).toBe(false);
  });
});
