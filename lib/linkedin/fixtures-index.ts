// The anonymised LinkedIn fixtures (tests/fixtures, made by scripts/make-fixtures.ts), typed and zod-checked for tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { LIST_KINDS } from '@/lib/linkedin/list/types';
import { NOT_PROFILE_REASONS } from '@/lib/linkedin/types';
import { WARNING_CODES } from '@/lib/profile/profile';
import indexJson from '@/tests/fixtures/index.json';

export const FIXTURE_KINDS = ['profile', 'details', 'search', 'sales-navigator', 'voyager-json'] as const;
export const FIXTURE_LAYOUTS = [
  'ember-2022',
  'ember-2024',
  'ember-2025',
  'sdui-2026',
  'public-2024',
  'public-2016',
  'salesnav-2019',
  'salesnav-2025',
  'voyager',
] as const;

/** Absolute path of tests/fixtures (tests run from the project root). */
export const FIXTURES_DIR = join(process.cwd(), 'tests', 'fixtures');

export const fixtureEntrySchema = z.object({
  /** File name inside tests/fixtures. */
  file: z.string(),
  /** The page URL as it was when captured (anonymised); for the Voyager JSON, the profile URL it answers for. */
  url: z.string().url(),
  kind: z.enum(FIXTURE_KINDS),
  layout: z.enum(FIXTURE_LAYOUTS),
  /** `<name>.expected.json`: the Profile a correct reader produces from this fixture alone, or null. */
  expected: z.string().nullable(),
  /** Warning codes the reader is expected to raise (message texts are not compared). */
  expectedWarnings: z.array(z.enum(WARNING_CODES)),
  /** For pages that are not a profile: the reason the page detector should give. */
  notProfile: z.enum(NOT_PROFILE_REASONS).optional(),
  /** The same invented person read from another source (Voyager JSON ↔ 2026 page). */
  pairedWith: z.string().optional(),
  /** The same invented person on another page of the same layout family (profile ↔ details, logged-in ↔ public). */
  samePersonAs: z.string().optional(),
  /** A page of people (or a Sales Navigator lead page) for lib/linkedin/list, and where its markup comes from:
   * a real capture (anonymised) or public references (invented people, `inferred`). */
  list: z
    .object({
      kind: z.enum([...LIST_KINDS, 'salesnav-lead']),
      source: z.enum(['capture', 'inferred']),
    })
    .optional(),
  bytes: z.number().int().positive(),
});
export type FixtureEntry = z.infer<typeof fixtureEntrySchema>;

export const fixturesIndex: readonly FixtureEntry[] = z.array(fixtureEntrySchema).parse(indexJson);

/** The index entries, as a fresh array a test may sort or filter. */
export function loadFixtureIndex(): FixtureEntry[] {
  return [...fixturesIndex];
}

/** Path of a fixture file relative to the project root. */
export function fixturePath(file: string): string {
  return `tests/fixtures/${file}`;
}

/** A fixture file's text. */
export function fixtureText(file: string): string {
  return readFileSync(join(FIXTURES_DIR, file), 'utf8');
}

export function fixtureEntry(file: string): FixtureEntry {
  const entry = fixturesIndex.find((e) => e.file === file);
  if (!entry) throw new Error(`no fixture named ${file} in tests/fixtures/index.json`);
  return entry;
}
