// Every hook the 2026 /in/<vanity>/details/<section>/ pages are read by. Built from public references (no capture of
// these pages is public): the experience page's `profile_ExperienceDetailsSection_` section of keyed entries, and the
// September 2026 server-driven form of the other pages (`data-sdui-screen="…Profile<Section>Details"`, a LazyColumn
// of entries separated by `<hr>`), 10 entries per page and a pager (docs/ARCHITECTURE.md cites the sources).
import type { Section } from '@/lib/profile/profile';

/** The screen name LinkedIn gives each details page (`com.linkedin.sdui.flagshipnav.profile.Profile<Name>Details`). */
const SCREEN: Record<Section, string> = {
  experiences: 'Experience',
  educations: 'Education',
  skills: 'Skill',
  certifications: 'Certification',
  languages: 'Language',
};

/** Where a section's entries live on its details page, most specific first. */
export function containerSelectors(section: Section): string[] {
  const name = SCREEN[section];
  return [
    `[data-testid^="profile_${name}DetailsSection_"]`,
    `[componentkey$="${name}DetailsSection"]`,
    `[data-sdui-screen$="Profile${name}Details"] [data-component-type="LazyColumn"]`,
    `[data-sdui-screen$="Profile${name}Details"] [data-testid="lazy-column"]`,
    `[data-sdui-screen$="Profile${name}Details"]`,
  ];
}

export const DETAILS = {
  /** LinkedIn's page size for details pagination: a page with fewer entries is the whole list. */
  pageSize: 10,
  keyedEntry: '[componentkey^="entity-collection-item-"]',
  skillEntry: '[componentkey*="profile.skill("]',
  /** `com.linkedin.sdui.profile.skill(<member id>, <n>)`: skills carry their owner's member id. */
  skillOwner: /profile\.skill\((ACoA[A-Za-z0-9_-]{35})\s*,/,
  /** The page's pager descriptor, embedded in its data: proof that more entries can be asked for. */
  pagerMark: 'com.linkedin.sdui.pagers.profile.details.',
  /** Values next to the pager descriptor: whose list this is. */
  pagerVanity: /"vanityName"\s*:\s*"([^"\\]{1,200})"/,
  pagerProfileId: /"profileId"\s*:\s*"(ACoA[A-Za-z0-9_-]{35})"/,
  /**
   * The empty state of a details list ("Nothing to see for now" past the end of LinkedIn's pager; "No information
   * available" on the September 2026 pages). Unkeyed entries cannot be told from it by structure alone, so its
   * known wordings are the guard, for a list of one `<hr>`-less block only.
   */
  emptyState: /^(nothing to see for now|no information available|noch keine informationen|rien à afficher pour le moment)\b/i,
} as const;
