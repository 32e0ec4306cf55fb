// Sales Navigator people search and lead list: tests/fixtures/salesnav-2025-{search,list}.html, INFERRED (invented
// people in markup built from public references by scripts/list-fixtures.ts).
import { describe, expect, it } from 'vitest';
import { inventedMemberId } from '@/scripts/list-fixtures';
import { readList } from './read-list';
import { fixture, identities, listOf } from './test-pages';

const FIRST = {
  fullName: 'Aroha Ngata',
  location: 'Wellington, New Zealand',
  memberId: inventedMemberId('ACwAA', 11),
  currentTitle: 'VP Engineering',
  currentCompany: 'Tailspin Toys',
  publicUrlMissing: true,
};
const LAST = {
  fullName: 'Dana Whitcombe',
  location: 'Halifax, Nova Scotia, Canada',
  memberId: inventedMemberId('ACwAA', 14),
  currentTitle: 'Senior Recruiter',
  currentCompany: 'Litware',
  publicUrlMissing: true,
};
const WITH_PUBLIC_URL = {
  fullName: 'Bastien Lefèvre',
  location: 'Lyon, Auvergne-Rhône-Alpes, France',
  profileUrl: 'https://www.linkedin.com/in/🌊-bastien-lefevre/',
  memberId: inventedMemberId('ACwAA', 12),
  currentTitle: 'Directeur technique',
  currentCompany: 'Wide World Importers',
};

describe('Sales Navigator people search (inferred)', () => {
  const FILE = 'salesnav-2025-search.html';

  it('is listed as inferred', () => {
    expect(fixture(FILE).entry.list).toEqual({ kind: 'salesnav-search', source: 'inferred' });
  });

  it('reads four leads, the repeated row once, with the first and last person’s every field', () => {
    const { entry, doc } = fixture(FILE);
    const list = listOf(doc, entry.url);
    expect(list).toMatchObject({ kind: 'salesnav-search', layout: 'salesnav-search' });
    expect(list.people).toHaveLength(4);
    expect(list.people[0]).toEqual(FIRST);
    expect(list.people[3]).toEqual(LAST);
    expect(new Set(identities(list)).size).toBe(identities(list).length);
  });

  it('takes the company written as plain text after the title, and the row’s public link, emoji vanity decoded', () => {
    const { entry, doc } = fixture(FILE);
    expect(listOf(doc, entry.url).people[1]).toEqual(WITH_PUBLIC_URL);
  });

  it('never takes the time in role (data-anonymize="job-title") for a title', () => {
    const { entry, doc } = fixture(FILE);
    for (const person of listOf(doc, entry.url).people) expect(person.currentTitle).not.toMatch(/\d/);
  });

  it('says the layout changed when rows lose their lead links, instead of an empty success', () => {
    const { entry, doc } = fixture(FILE);
    for (const a of doc.querySelectorAll('a[href*="/sales/lead/"]')) a.setAttribute('href', '#');
    expect(readList({ document: doc, url: entry.url })).toMatchObject({ ok: false, error: { code: 'layout-not-recognised', kind: 'salesnav-search' } });
  });

  it('says no known layout when the results list is gone', () => {
    const { entry, doc } = fixture(FILE);
    doc.querySelector('ol.artdeco-list')?.remove();
    expect(readList({ document: doc, url: entry.url })).toMatchObject({ ok: false, error: { code: 'layout-not-recognised' } });
  });
});

describe('Sales Navigator lead list (inferred)', () => {
  const FILE = 'salesnav-2025-list.html';

  it('is listed as inferred', () => {
    expect(fixture(FILE).entry.list).toEqual({ kind: 'salesnav-list', source: 'inferred' });
  });

  it('reads four leads from the table, in the list’s order, the repeated row once', () => {
    const { entry, doc } = fixture(FILE);
    const list = listOf(doc, entry.url);
    expect(list).toMatchObject({ kind: 'salesnav-list', layout: 'salesnav-list' });
    expect(list.people.map((p) => p.fullName)).toEqual(['Dana Whitcombe', 'Aroha Ngata', 'Bastien Lefèvre', 'Chidi Eze']);
    expect(list.people[0]).toEqual(LAST);
    expect(list.people[2]).toEqual(WITH_PUBLIC_URL);
    expect(list.people[3]).toEqual({
      fullName: 'Chidi Eze',
      location: 'Nairobi County, Kenya',
      memberId: inventedMemberId('ACwAA', 13),
      currentTitle: 'Head of Talent',
      currentCompany: 'Adventure Works',
      publicUrlMissing: true,
    });
    expect(new Set(identities(list)).size).toBe(identities(list).length);
  });

  it('says no known layout when the table is gone', () => {
    const { entry, doc } = fixture(FILE);
    doc.querySelector('table')?.remove();
    expect(readList({ document: doc, url: entry.url })).toMatchObject({ ok: false, error: { code: 'layout-not-recognised', kind: 'salesnav-list' } });
  });
});
