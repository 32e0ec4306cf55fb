// Shared by the list readers' tests: a fixture as a Document, its index entry, reading it, and clients that must stay unused.
import type { DetailsLoader } from '@/lib/linkedin/details/details-pages';
import type { VoyagerClient } from '@/lib/linkedin/voyager/ask';
import { fixtureEntry, fixtureText, type FixtureEntry } from '@/lib/linkedin/fixtures-index';
import { readLead, readList } from './read-list';
import type { LeadPage, ListPage } from './types';

export function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

export function fixture(file: string): { entry: FixtureEntry; doc: Document } {
  return { entry: fixtureEntry(file), doc: parse(fixtureText(file)) };
}

export function listOf(doc: Document, url: string): ListPage {
  const outcome = readList({ document: doc, url });
  if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
  return outcome.page;
}

export function leadOf(doc: Document, url: string): LeadPage {
  const outcome = readLead({ document: doc, url });
  if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
  return outcome.page;
}

/** Every identity of every person, to show that nobody appears twice. */
export function identities(page: ListPage): string[] {
  return page.people.flatMap((p) => [p.memberId, p.profileUrl, p.memberUrn].filter((v): v is string => v !== undefined));
}

/** Clients that record any use: a page read from what it shows (a lead, a Recruiter profile) must ask them nothing. */
export function spies(): { voyager: VoyagerClient; details: DetailsLoader; asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    voyager: { get: async (path) => (asked.push(`json ${path}`), { status: 200, body: null }) },
    details: { fetch: async (path) => (asked.push(`details ${path}`), { status: 404, path, doc: null }) },
  };
}
