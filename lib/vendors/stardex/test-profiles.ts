// Invented people for the Stardex tests (no real person), plus the anonymised expected Profiles of tests/fixtures.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { profileSchema, type Profile } from '@/lib/profile/profile';

const EMPTY_SECTION = { read: 0, total: null, loaded: true };

export function makeProfile(overrides: Partial<Profile> = {}): Profile {
  return profileSchema.parse({
    profileUrl: 'https://www.linkedin.com/in/Ada-Quillfeather-42/',
    publicIdentifier: 'Ada-Quillfeather-42',
    memberId: 'ACoAAAbcdefghijklmnopqrstuvwxyz01234567',
    numericMemberId: '123456789',
    fullName: 'Ada Quillfeather',
    firstName: 'Ada',
    lastName: 'Quillfeather',
    headline: 'Staff engineer at Nimbus Looms',
    location: 'Lyon, Auvergne-Rhône-Alpes, France',
    photoUrl: null,
    about: 'Builds looms in the cloud.',
    currentJob: { title: 'Staff Engineer', company: 'Nimbus Looms' },
    experiences: [
      {
        title: 'Staff Engineer',
        company: 'Nimbus Looms',
        location: 'Lyon',
        startDate: { year: 2021, month: 3 },
        endDate: null,
        isCurrent: true,
        description: null,
        employmentType: null,
      },
    ],
    educations: [],
    skills: ['TypeScript'],
    languages: [],
    certifications: [],
    websites: [],
    completeness: { experiences: { read: 1, total: 1, loaded: true }, educations: EMPTY_SECTION, skills: EMPTY_SECTION },
    warnings: [],
    sources: ['voyager'],
    ...overrides,
  });
}

/** A sparse profile: no job, no location, no member id, a non-ASCII vanity. */
export function makeSparseProfile(): Profile {
  return makeProfile({
    profileUrl: 'https://www.linkedin.com/in/zoé-brindille/',
    publicIdentifier: 'zoé-brindille',
    memberId: null,
    numericMemberId: null,
    fullName: 'Zoé Brindille',
    firstName: 'Zoé',
    lastName: 'Brindille',
    headline: null,
    location: null,
    currentJob: null,
    experiences: [],
  });
}

/** The anonymised expected Profiles written next to the fixtures (there may be none yet). */
export function fixtureProfiles(): { name: string; profile: Profile }[] {
  const dir = resolve(import.meta.dirname, '../../../tests/fixtures');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => ({ name: f, profile: profileSchema.parse(JSON.parse(readFileSync(resolve(dir, f), 'utf8'))) }));
}
