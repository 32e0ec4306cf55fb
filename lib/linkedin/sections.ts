// Where each section of a profile can be read besides the profile page: its details page and its per-section list in
// LinkedIn's JSON. One table, so the chain of sources (read-profile.ts) and the readers agree on the names.
import type { Section } from '@/lib/profile/profile';

export interface SectionSource {
  /** `/in/<vanity>/details/<slug>/`. */
  detailsSlug: string;
  /** `/voyager/api/identity/dash/<list>?q=viewee&profileUrn=…`, tried in this order (the next on a 400/404). */
  lists: readonly VoyagerListName[];
  /** The dash profile's collection for the section (`*profileSkills`…). */
  profileCollection: string;
}

export const VOYAGER_LISTS = [
  'profilePositions',
  'profilePositionGroups',
  'profileEducations',
  'profileSkills',
  'profileCertifications',
  'profileLanguages',
] as const;
export type VoyagerListName = (typeof VOYAGER_LISTS)[number];

export const SECTION_SOURCES: Record<Section, SectionSource> = {
  experiences: { detailsSlug: 'experience', lists: ['profilePositions', 'profilePositionGroups'], profileCollection: 'profilePositionGroups' },
  educations: { detailsSlug: 'education', lists: ['profileEducations'], profileCollection: 'profileEducations' },
  skills: { detailsSlug: 'skills', lists: ['profileSkills'], profileCollection: 'profileSkills' },
  certifications: { detailsSlug: 'certifications', lists: ['profileCertifications'], profileCollection: 'profileCertifications' },
  languages: { detailsSlug: 'languages', lists: ['profileLanguages'], profileCollection: 'profileLanguages' },
};

/** The section a details slug names (`experience` → experiences), or null. */
export function sectionOfSlug(slug: string): Section | null {
  for (const [section, source] of Object.entries(SECTION_SOURCES) as [Section, SectionSource][]) {
    if (source.detailsSlug === slug) return section;
  }
  return null;
}

export function detailsPath(vanity: string, section: Section): string {
  return `/in/${encodeURIComponent(vanity)}/details/${SECTION_SOURCES[section].detailsSlug}/`;
}
