// The list reader: which list page is this (page-kind), then each layout's reader for that kind; the people of
// the layout that recognised the page, without the viewer, without duplicates, each checked by zod. A page whose
// markup no reader knows is an error, never an empty list called success. Pure: a Document and a URL in.
import { detectPageKind } from '@/lib/linkedin/page-kind';
import { readLeadPage } from './salesnav-lead';
import { salesListReader, salesSearchReader } from './salesnav';
import { search2025Reader } from './search-2025';
import { search2026Reader } from './search-2026';
import { identityFromHref } from './person-link';
import {
  leadPageSchema,
  listPageSchema,
  type LayoutPeople,
  type ListKind,
  type ListLayoutReader,
  type ListPerson,
  type ListReadError,
  type ReadLeadResult,
  type ReadListResult,
} from './types';
import { findViewer, isViewer } from './viewer';

/** Every layout reader, in trial order within a kind. Recruiter has none yet (no capture, no public reference). */
export const LIST_READERS: readonly ListLayoutReader[] = [search2025Reader, search2026Reader, salesSearchReader, salesListReader];

function toUrl(url: string | URL): URL | null {
  if (url instanceof URL) return url;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function fail(code: ListReadError['code'], message: string, extra: Partial<ListReadError> = {}): { ok: false; error: ListReadError } {
  return { ok: false, error: { code, message, ...extra } };
}

/** One key per person: the member id, else the public URL, else the numeric URN (the name alone is never enough). */
function personKey(person: ListPerson): string | null {
  return person.memberId ?? person.profileUrl ?? person.memberUrn ?? null;
}

/** Same person twice (a re-rendered row, an id-form and a vanity-form link): the first, completed by the later. */
function dedupe(people: readonly ListPerson[]): ListPerson[] {
  const out: ListPerson[] = [];
  const byKey = new Map<string, number>();
  for (const person of people) {
    const keys = [person.memberId, person.profileUrl, person.memberUrn].filter((k): k is string => k !== undefined);
    const seen = keys.map((k) => byKey.get(k)).find((i) => i !== undefined);
    if (seen === undefined) {
      if (personKey(person) === null) continue;
      out.push(person);
      for (const k of keys) byKey.set(k, out.length - 1);
      continue;
    }
    const merged = { ...person, ...out[seen] } as ListPerson;
    if (merged.profileUrl) delete merged.publicUrlMissing;
    out[seen] = merged;
    for (const k of keys) byKey.set(k, seen);
  }
  return out;
}

/** Links to people in the page's content (not its header or navigation): a list page that shows people has some. */
function showsPeople(doc: Document): boolean {
  const root = doc.querySelector('main') ?? doc.body;
  if (!root) return false;
  return Array.from(root.querySelectorAll('a[href]')).some((a) => !a.closest('header, nav') && identityFromHref(a.getAttribute('href')) !== null);
}

function zodIssues(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string[] {
  return error.issues.map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`);
}

export function readListFrom(doc: Document, url: URL, kind: ListKind, readers: readonly ListLayoutReader[] = LIST_READERS): ReadListResult {
  const candidates: { reader: ListLayoutReader; read: LayoutPeople }[] = [];
  for (const reader of readers.filter((r) => r.kinds.includes(kind))) {
    const read = reader.read(doc, url);
    if (read) candidates.push({ reader, read });
  }
  // The layout that read the most people describes the page (an older layout's container may linger in a newer page).
  const best = candidates.sort((a, b) => b.read.people.length - a.read.people.length)[0];
  if (!best) {
    return fail('layout-not-recognised', `No known ${kind} layout on this page: no result container or result entries were found.`, { kind });
  }
  if (best.read.people.length === 0 && (best.read.unread > 0 || showsPeople(doc))) {
    // A container but no readable entries, while the page links people: the markup changed under the reader.
    return fail('layout-not-recognised', `The ${kind} page shows people, but the ${best.reader.id} reader could read none of them: its layout changed.`, { kind });
  }
  const viewer = findViewer(doc);
  const people = dedupe(best.read.people.filter((person) => !isViewer(person, viewer)));
  const parsed = listPageSchema.safeParse({
    kind,
    layout: best.reader.id,
    people,
    ...(best.read.total !== undefined ? { total: best.read.total } : {}),
    ...(best.read.unread > 0 ? { unread: best.read.unread } : {}),
  });
  if (!parsed.success) return fail('invalid-person', `The ${best.reader.id} reader produced people the list schema refuses.`, { kind, issues: zodIssues(parsed.error) });
  return { ok: true, page: parsed.data };
}

/** The people a list page shows. */
export function readList(input: { document: Document; url: string | URL }): ReadListResult {
  const url = toUrl(input.url);
  const kind = url ? detectPageKind(url) : null;
  if (!url || kind?.kind !== 'list') return fail('not-a-list', 'This page is not a LinkedIn list of people (search results, a Sales Navigator search or lead list, a Recruiter project).');
  return readListFrom(input.document, url, kind.list);
}

/** The person a Sales Navigator lead page shows. */
export function readLead(input: { document: Document; url: string | URL }): ReadLeadResult {
  const url = toUrl(input.url);
  const kind = url ? detectPageKind(url) : null;
  if (!url || kind?.kind !== 'salesnav-lead') return fail('not-a-list', 'This page is not a Sales Navigator lead page.');
  const read = readLeadPage(input.document, kind.leadId);
  if (!read) return fail('layout-not-recognised', 'No known Sales Navigator lead layout on this page: no lead name or lead JSON was found.', { kind: 'salesnav-lead' });
  const parsed = leadPageSchema.safeParse({ kind: 'salesnav-lead', layout: read.layout, person: read.person, publicUrlMissing: read.person.profileUrl === undefined });
  if (!parsed.success) return fail('invalid-person', 'The lead reader produced a person the schema refuses.', { kind: 'salesnav-lead', issues: zodIssues(parsed.error) });
  return { ok: true, page: parsed.data };
}
