// The LinkedIn sandbox's content, from the anonymised fixtures listed in tests/fixtures/index.json: profile pages
// by vanity (with LinkedIn's JSON where a fixture pairs one), "details" pages, and the non-profile pages (search,
// Sales Navigator) at the paths they came from; the 2025 people search at a query of its own. Real captures are never
// served.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { profileSchema, type Profile } from '@/lib/profile/profile';
import { sandboxPerson, voyagerResponsesOf, type PageMatch, type SandboxProfile, type VoyagerResponses } from './linkedin';
import { SANDBOX_PEOPLE } from './sandbox-people';
import type { BuildOptions, FakePerson } from './voyager-data';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../fixtures');

const indexEntrySchema = z.looseObject({
  file: z.string(),
  url: z.string().url(),
  kind: z.string(),
  layout: z.string(),
  expected: z.string().nullable(),
  expectedWarnings: z.array(z.string()).default([]),
  notProfile: z.string().optional(),
  pairedWith: z.string().optional(),
  list: z.looseObject({ kind: z.string() }).optional(),
});
export type FixtureIndexEntry = z.infer<typeof indexEntrySchema>;

export interface ProfileFixture {
  /** The fixture's file name without extension, e.g. `sdui-2026-profile`. */
  id: string;
  file: string;
  layout: string;
  /** Where the capture was taken (may be a country subdomain for public pages). */
  url: string;
  vanity: string;
  /** What the readers must produce for this page (parsed with the Profile schema), null when not written yet. */
  expected: Profile | null;
  /** What LinkedIn's paired JSON alone gives for this person (the Voyager fixture's expected file), if any. */
  expectedFromJson: Profile | null;
  expectedWarnings: string[];
  /** This fixture alone as a sandbox profile (page + paired JSON). */
  profile: SandboxProfile;
}

export interface NonProfilePage {
  id: string;
  /** Path and query on www.linkedin.com. */
  path: string;
  html: string;
  notProfile: string | null;
  /** 'query': served only where the request's query carries `path`'s parameters (LinkedInFake.addPage); default 'path'. */
  match?: PageMatch;
}

/**
 * tests/fixtures/search-2025.html (anonymised from a real 2025 people search of 10) is served at this query only:
 * every other query at /search/results/people/ still gets the sandbox's own search of 10 (linkedin-pages.ts).
 * `names`: the people a correct reader finds there, in order (lib/linkedin/list/search-2025.test.ts checks every
 * field of the first and the last; tests/fakes/linkedin.test.ts checks these against the page served here).
 */
/**
 * tests/fixtures/recruiter-2025-profile.html (hand-written from public references: its header cites them; not in
 * index.json, which the fixture script rewrites) is served at its Recruiter address, the drawer opened over a search.
 */
export const RECRUITER_PROFILE_2025 = {
  id: 'recruiter-2025-profile',
  file: 'recruiter-2025-profile.html',
  recruiterId: 'AEMAAB3kQ9xZt7LmWc2VnR8pYs4DfGh6JqK1oPu',
  path: '/talent/hire/1122334455/discover/recruiterSearch/profile/AEMAAB3kQ9xZt7LmWc2VnR8pYs4DfGh6JqK1oPu',
  name: 'Éloïse Marchetti-Ondo',
  publicUrl: 'https://www.linkedin.com/in/%C3%A9lo%C3%AFse-marchetti-ondo-4821',
} as const;

export const CAPTURE_SEARCH_2025 = {
  id: 'search-2025',
  path: '/search/results/people/?keywords=capture-2025',
  names: [
    'Si Ica Ime',
    'Vejo Tekegko',
    'Kcuzp Fipugo',
    'Ejiunu Ebj',
    'Cejopusa Gcadazo',
    'Jove Gaovooactu',
    'Meosanut Budaad',
    'UP Juoc',
    'Bausec Mababo',
    'Lekav Dceda',
  ],
} as const;

/**
 * tests/fixtures/salesnav-2025-list.html, a Sales Navigator lead list (INFERRED: invented people, no capture exists),
 * served at its index.json path. `names`: the four leads a correct reader finds there, in the list's order
 * (lib/linkedin/list/salesnav.test.ts checks their fields).
 */
export const SALESNAV_LIST_2025 = {
  id: 'salesnav-2025-list',
  names: ['Dana Whitcombe', 'Aroha Ngata', 'Bastien Lefèvre', 'Chidi Eze'],
} as const;

export interface Sandbox {
  fixtures: ProfileFixture[];
  /** The registry the sandbox serves by default: one profile per vanity (logged-in layouts win over public ones). */
  profiles: SandboxProfile[];
  pages: NonProfilePage[];
}

const fixturePath = (file: string) => join(FIXTURES_DIR, file);

export async function loadFixtureIndex(): Promise<FixtureIndexEntry[]> {
  const raw: unknown = JSON.parse(await readFile(fixturePath('index.json'), 'utf8'));
  return z.array(indexEntrySchema).parse(raw);
}

export async function loadExpected(entry: FixtureIndexEntry): Promise<Profile | null> {
  if (!entry.expected || !existsSync(fixturePath(entry.expected))) return null;
  return profileSchema.parse(JSON.parse(await readFile(fixturePath(entry.expected), 'utf8')));
}

/** LinkedIn's JSON for a fixture's person, from the paired Voyager JSON fixture (the dash profile response). */
async function voyagerFor(entry: FixtureIndexEntry, index: FixtureIndexEntry[]): Promise<VoyagerResponses | null> {
  const paired = index.find((e) => e.file === entry.pairedWith && e.kind === 'voyager-json');
  if (!paired) return null;
  const profile: unknown = JSON.parse(await readFile(fixturePath(paired.file), 'utf8'));
  const root = z.object({ data: z.object({ '*elements': z.array(z.string()).min(1) }) }).parse(profile).data['*elements'][0]!;
  return { memberId: root.replace(/^urn:li:fsd_profile:/, ''), profile };
}

async function pairedJsonExpected(entry: FixtureIndexEntry, index: FixtureIndexEntry[]): Promise<Profile | null> {
  const paired = index.find((e) => e.file === entry.pairedWith && e.kind === 'voyager-json');
  return paired ? loadExpected(paired) : null;
}

export function vanityOf(url: string): string | null {
  const m = /\/in\/([^/?#]+)/.exec(new URL(url).pathname);
  return m ? decodeURIComponent(m[1]!) : null;
}

/** The sandbox's non-profile page `id` (tests/fixtures/index.json), or an error naming what is missing. */
export function sandboxPage(sandbox: Pick<Sandbox, 'pages'>, id: string): NonProfilePage {
  const p = sandbox.pages.find((x) => x.id === id);
  if (!p) throw new Error(`the sandbox serves no page ${id}`);
  return p;
}

/** The sandbox's fixture `id` (tests/fixtures/index.json), or an error naming what is missing. */
export function sandboxFixture(sandbox: Pick<Sandbox, 'fixtures'>, id: string): ProfileFixture {
  const f = sandbox.fixtures.find((x) => x.id === id);
  if (!f) throw new Error(`tests/fixtures/index.json has no ${id}`);
  return f;
}

export async function loadSandbox(): Promise<Sandbox> {
  const index = await loadFixtureIndex();
  const fixtures: ProfileFixture[] = [];
  const pages: NonProfilePage[] = [];
  const details: { vanity: string; section: 'experience' | 'education' | 'skills'; html: string }[] = [];

  for (const entry of index) {
    if (entry.kind === 'voyager-json') continue;
    const html = await readFile(fixturePath(entry.file), 'utf8');
    const url = new URL(entry.url);
    const vanity = vanityOf(entry.url);
    const id = entry.file.replace(/\.[^.]+$/, '');
    if (entry.kind === 'profile' && vanity) {
      fixtures.push({
        id,
        file: entry.file,
        layout: entry.layout,
        url: entry.url,
        vanity,
        expected: await loadExpected(entry),
        expectedFromJson: await pairedJsonExpected(entry, index),
        expectedWarnings: entry.expectedWarnings,
        profile: { vanity, html, voyager: await voyagerFor(entry, index) },
      });
    } else if (entry.kind === 'details' && vanity) {
      const section = /\/details\/(experience|education|skills)\//.exec(url.pathname)?.[1] as 'experience' | 'education' | 'skills' | undefined;
      if (section) details.push({ vanity, section, html });
    } else if (id === CAPTURE_SEARCH_2025.id) {
      pages.push({ id, path: CAPTURE_SEARCH_2025.path, html, notProfile: entry.notProfile ?? null, match: 'query' });
    } else if (entry.list?.kind === 'people-search' || entry.list?.kind === 'salesnav-search') {
      // The sandbox serves its own people search and Sales Navigator search at these paths (linkedin-pages.ts):
      // the inferred fixtures are read by the unit tests from their files.
      continue;
    } else {
      // A Sales Navigator lead page is read as the person it shows: no longer a "not a profile" page.
      const notProfile = entry.list?.kind === 'salesnav-lead' ? null : (entry.notProfile ?? null);
      pages.push({ id, path: url.pathname + url.search, html, notProfile });
    }
  }

  pages.push({
    id: RECRUITER_PROFILE_2025.id,
    path: RECRUITER_PROFILE_2025.path,
    html: await readFile(fixturePath(RECRUITER_PROFILE_2025.file), 'utf8'),
    notProfile: null,
  });

  // Public pages come from country subdomains; on www.linkedin.com a logged-in page of the same person wins.
  const registry = new Map<string, SandboxProfile>();
  const ordered = [...fixtures].sort((a, b) => Number(isPublic(a)) - Number(isPublic(b)));
  for (const f of ordered) if (!registry.has(f.vanity)) registry.set(f.vanity, { ...f.profile });
  for (const d of details) {
    const p = registry.get(d.vanity) ?? { vanity: d.vanity, voyager: null };
    p.details = { ...p.details, [d.section]: d.html };
    registry.set(d.vanity, p);
  }
  // The invented people (Maya Ellingsworth…) with their 2026 pages and LinkedIn's JSON: what the demo and the
  // screenshots show, and what a new user sees first.
  for (const person of SANDBOX_PEOPLE) registry.set(person.vanity, sandboxPerson(person));
  return { fixtures, profiles: [...registry.values()], pages };
}

function isPublic(f: ProfileFixture): boolean {
  return new URL(f.url).hostname !== 'www.linkedin.com';
}

/** LinkedIn's JSON for an invented person (tests/fakes/voyager-data.ts): the dash profile and every paged list. */
export function voyagerOf(person: FakePerson, options: BuildOptions = {}): VoyagerResponses {
  return voyagerResponsesOf(person, options);
}
