// Reads tests/fixtures/index.json (written by scripts/make-fixtures.ts) for the tests that run over every fixture.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { NOT_PROFILE_REASONS } from '@/lib/linkedin/types';
import { WARNING_CODES } from '@/lib/profile/profile';

export const FIXTURES_DIR = join(process.cwd(), 'tests', 'fixtures');

export const fixtureEntrySchema = z.looseObject({
  file: z.string(),
  url: z.string(),
  kind: z.string(),
  layout: z.string(),
  expected: z.string().nullable(),
  expectedWarnings: z.array(z.enum(WARNING_CODES)),
  notProfile: z.enum(NOT_PROFILE_REASONS).optional(),
});
export type FixtureEntry = z.infer<typeof fixtureEntrySchema>;

export function loadFixtureIndex(): FixtureEntry[] {
  return z.array(fixtureEntrySchema).parse(JSON.parse(readFileSync(join(FIXTURES_DIR, 'index.json'), 'utf8')));
}

export function fixtureText(file: string): string {
  return readFileSync(join(FIXTURES_DIR, file), 'utf8');
}
