// Profile → Leonar's documented add-to-project body (pure), and the matching rules for Leonar's search results.
import { totalYearsOfExperience } from '@/lib/profile/dates';
import type { Education, Experience, Profile, YearMonth } from '@/lib/profile/profile';
import { isPublicProfileUrl, vanityFromUrl } from '@/lib/profile/url';
import type {
  AddToProjectRequest,
  LeonarEducationInput,
  LeonarExperienceInput,
  LeonarProfileInput,
  SourcingProfile,
} from './schema';

export interface MappingChoices {
  projectId: string;
  /** Ask Leonar to fill missing names from LinkedIn (needs a connected account). */
  resolveNames: boolean;
  accountId: string | null;
  /** For total_years_experience (open roles run to today). */
  now: Date;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * LinkedIn dates have no day. A start is the first day of its month ("2021-03-01"), an end the last day
 * ("2021-02-28"), as in Leonar's own example. A year alone spans the whole year: "YYYY-01-01" / "YYYY-12-31".
 */
export function isoStart(date: YearMonth): string {
  return `${date.year}-${pad(date.month ?? 1)}-01`;
}

export function isoEnd(date: YearMonth): string {
  const month = date.month ?? 12;
  const lastDay = new Date(Date.UTC(date.year, month, 0)).getUTCDate();
  return `${date.year}-${pad(month)}-${pad(lastDay)}`;
}

/** The canonical profile URL in the docs' form: no trailing slash, the vanity percent-encoded as LinkedIn links it. */
export function leonarLinkedInUrl(profile: Pick<Profile, 'publicIdentifier'>): string {
  return `https://www.linkedin.com/in/${encodeURIComponent(profile.publicIdentifier)}`;
}

/**
 * Leonar's example is a member id (`ACwAA…`) and the advanced search uses the public slug, so both forms are
 * accepted as `profile_id`. We send LinkedIn's member id (`ACoAA…`) when the page gave it, else the vanity (for a person
 * known only from Sales Navigator, publicIdentifier is their `ACwAA…` lead id, the doc example's own form): the
 * id is what Leonar reports back in skipped_profiles, so never leaving it out keeps every result attributable.
 */
export function leonarProfileId(profile: Pick<Profile, 'memberId' | 'publicIdentifier'>): string {
  return profile.memberId ?? profile.publicIdentifier;
}

function text(value: string | null | undefined): string | undefined {
  const t = value?.trim();
  return t ? t : undefined;
}

function mapExperience(e: Experience): LeonarExperienceInput {
  return {
    title: e.title,
    ...(text(e.company) ? { company_name: text(e.company) } : {}),
    ...(e.startDate ? { start_date: isoStart(e.startDate) } : {}),
    // [doc] end_date is null for the current role; an unknown end of a past role is left out rather than faked.
    ...(e.isCurrent ? { end_date: null } : e.endDate ? { end_date: isoEnd(e.endDate) } : {}),
    ...(text(e.description) ? { description: text(e.description) } : {}),
    is_current: e.isCurrent,
  };
}

function mapEducation(e: Education): LeonarEducationInput {
  return {
    educational_establishment: e.school,
    ...(text(e.degree) ? { diploma: text(e.degree) } : {}),
    ...(text(e.field) ? { specialization: text(e.field) } : {}),
    ...(e.startDate ? { start_date: isoStart(e.startDate) } : {}),
    ...(e.endDate ? { end_date: isoEnd(e.endDate) } : {}),
  };
}

/** Names Leonar could resolve: the page showed none (out-of-network "LinkedIn Member"). */
export function namesMissing(profile: Pick<Profile, 'firstName' | 'lastName' | 'fullName'>): boolean {
  return !text(profile.firstName) || /^linkedin member$/i.test(profile.fullName.trim());
}

export function mapProfile(profile: Profile, now: Date): LeonarProfileInput {
  const experiences = profile.experiences.filter((e) => text(e.title)).map(mapExperience);
  const educations = profile.educations.filter((e) => text(e.school)).map(mapEducation);
  const skills = profile.skills.map((s) => s.trim()).filter(Boolean);
  const currentTitle = text(profile.currentJob?.title);
  const currentCompany = text(profile.currentJob?.company);
  const dated = profile.experiences.some((e) => e.startDate);
  const placeholder = namesMissing(profile);
  return {
    profile_id: leonarProfileId(profile),
    ...(!placeholder && text(profile.firstName) ? { first_name: text(profile.firstName) } : {}),
    ...(!placeholder && text(profile.lastName) ? { last_name: text(profile.lastName) } : {}),
    ...(text(profile.headline) ? { headline: text(profile.headline) } : {}),
    ...(profile.photoUrl && /^https:\/\//.test(profile.photoUrl) ? { picture_url: profile.photoUrl } : {}),
    ...(text(profile.location) ? { location: text(profile.location) } : {}),
    // A Sales Navigator lead address is no /in/ URL: such a person is named by profile_id (their ACwAA… lead id) alone.
    ...(isPublicProfileUrl(profile.profileUrl) ? { linkedin_url: leonarLinkedInUrl(profile) } : {}),
    ...(text(profile.about) ? { summary: text(profile.about) } : {}),
    ...(currentTitle || currentCompany
      ? {
          current_job: {
            ...(currentTitle ? { title: currentTitle } : {}),
            ...(currentCompany ? { company_name: currentCompany } : {}),
          },
        }
      : {}),
    ...(experiences.length ? { experiences } : {}),
    ...(educations.length ? { educations } : {}),
    ...(skills.length ? { skills } : {}),
    ...(dated ? { total_years_experience: totalYearsOfExperience(profile.experiences, now) } : {}),
  };
}

export function buildAddToProject(profile: Profile, choices: MappingChoices): AddToProjectRequest {
  return buildAddManyToProject([profile], choices);
}

/** One add-to-project body for several people (a list save: up to ADD_PROFILES_MAX), each mapped as on its own. */
export function buildAddManyToProject(profiles: readonly Profile[], choices: MappingChoices): AddToProjectRequest {
  return {
    project_id: choices.projectId,
    profiles: profiles.map((profile) => mapProfile(profile, choices.now)),
    ...(choices.resolveNames && choices.accountId ? { account_id: choices.accountId, resolve_names: true } : {}),
  };
}

// ── Matching search results to the person on screen ───────────────────────────────────────────────────────────

/** A LinkedIn URL's vanity, decoded and lowercased (LinkedIn vanities are case-insensitive), or null. */
export function normalisedVanity(url: string | null | undefined): string | null {
  if (!url) return null;
  const vanity = vanityFromUrl(url);
  return vanity ? vanity.toLowerCase() : null;
}

/** Certain: the result's LinkedIn URL or member id is this person's. */
export function isSamePerson(
  result: Pick<SourcingProfile, 'linkedin_url' | 'profile_id'>,
  profile: Pick<Profile, 'publicIdentifier' | 'memberId' | 'numericMemberId'>,
): boolean {
  const vanity = profile.publicIdentifier.toLowerCase();
  if (normalisedVanity(result.linkedin_url) === vanity) return true;
  const id = result.profile_id?.trim();
  if (!id) return false;
  if (profile.memberId && id === profile.memberId) return true;
  if (profile.numericMemberId && (id === profile.numericMemberId || id === `urn:li:member:${profile.numericMemberId}`)) return true;
  // The advanced search uses the public slug as profile_id ([doc] example "jane-doe").
  return id.toLowerCase() === vanity;
}

function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Same first and last name (accents, case and punctuation ignored): a possibility, never a certainty. */
export function isSameName(result: Pick<SourcingProfile, 'first_name' | 'last_name'>, profile: Pick<Profile, 'fullName' | 'firstName' | 'lastName'>): boolean {
  const theirs = foldName(`${result.first_name ?? ''} ${result.last_name ?? ''}`);
  if (!theirs) return false;
  return theirs === foldName(`${profile.firstName} ${profile.lastName}`) || theirs === foldName(profile.fullName);
}
