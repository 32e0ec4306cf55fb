// What every reader returns: a partial profile of the person the URL names, plus what it could not read.
import type {
  Certification,
  Education,
  Experience,
  Section,
  SourceId,
  Warning,
  Website,
} from '@/lib/profile/profile';
import type { ListKind } from '@/lib/linkedin/list/types';

/** Fields a reader found. Absent = this reader does not know; never a guess. */
export interface ProfileFragment {
  publicIdentifier?: string;
  memberId?: string;
  numericMemberId?: string;
  fullName?: string;
  firstName?: string;
  lastName?: string;
  headline?: string;
  location?: string;
  photoUrl?: string;
  about?: string;
  currentJob?: { title: string | null; company: string | null };
  /** Present only when the reader saw the section (an empty array = the section is there and empty). */
  experiences?: Experience[];
  educations?: Education[];
  skills?: string[];
  languages?: string[];
  certifications?: Certification[];
  websites?: Website[];
  /** LinkedIn's own counts ("Show all 12 experiences", `paging.total`). */
  totals?: Partial<Record<Section, number>>;
  /** Sections present on the page but not rendered yet (skeletons, lazy anchors). */
  notLoaded?: Section[];
  /** Sections this source read to their end (a list paged until it stopped, a details page that stopped growing). */
  complete?: Section[];
}

export interface ReaderResult {
  source: SourceId;
  /** null when the reader found nothing it recognises on this input. */
  fragment: ProfileFragment | null;
  warnings: Warning[];
}

/** Why a page is not a profile we can read. */
export const NOT_PROFILE_REASONS = [
  'authwall', // signed out: LinkedIn asks to sign in
  'login', // the sign-in page itself
  'checkpoint', // security check / captcha
  'not-found', // "This page doesn't exist" / profile unavailable
  'search', // people search results
  'sales-navigator', // Sales Navigator pages other than a lead
  'recruiter', // LinkedIn Recruiter pages other than a profile
  'other-linkedin', // feed, company page, jobs…
  'not-linkedin', // any other site
] as const;
export type NotProfileReason = (typeof NOT_PROFILE_REASONS)[number];

export type PageKind =
  | { kind: 'profile'; vanity: string; section: 'main' | 'details-experience' | 'details-education' | 'details-skills' | 'details-other' }
  /** A page listing people (read by lib/linkedin/list, not as a profile). */
  | { kind: 'list'; list: ListKind }
  /** A Sales Navigator lead page: one person, named by the Sales Navigator form of the member id. */
  | { kind: 'salesnav-lead'; leadId: string }
  /** A LinkedIn Recruiter profile (full page, or opened from a project or search): one person, named by its id. */
  | { kind: 'recruiter-profile'; recruiterId: string }
  | { kind: 'not-profile'; reason: NotProfileReason };
