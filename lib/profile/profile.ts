// The vendor-neutral Profile: what the readers produce and every vendor mapping consumes.
import { z } from 'zod';

/** A LinkedIn date: LinkedIn gives a year, usually a month, never a day. */
export const yearMonthSchema = z.object({
  year: z.number().int().min(1900).max(2200),
  month: z.number().int().min(1).max(12).optional(),
});
export type YearMonth = z.infer<typeof yearMonthSchema>;

export const experienceSchema = z.object({
  title: z.string(),
  company: z.string().nullable(),
  location: z.string().nullable(),
  startDate: yearMonthSchema.nullable(),
  endDate: yearMonthSchema.nullable(),
  isCurrent: z.boolean(),
  description: z.string().nullable(),
  employmentType: z.string().nullable(),
});
export type Experience = z.infer<typeof experienceSchema>;

export const educationSchema = z.object({
  school: z.string(),
  degree: z.string().nullable(),
  field: z.string().nullable(),
  startDate: yearMonthSchema.nullable(),
  endDate: yearMonthSchema.nullable(),
});
export type Education = z.infer<typeof educationSchema>;

export const certificationSchema = z.object({
  name: z.string(),
  authority: z.string().nullable(),
});
export type Certification = z.infer<typeof certificationSchema>;

export const websiteSchema = z.object({
  label: z.string().nullable(),
  url: z.string(),
});
export type Website = z.infer<typeof websiteSchema>;

/** The lists a profile has, each read against LinkedIn's own count. */
export const SECTIONS = ['experiences', 'educations', 'skills', 'certifications', 'languages'] as const;
export type Section = (typeof SECTIONS)[number];

/**
 * Where profile data came from, most trusted first (sections take the most complete list, whatever its source).
 * - `voyager`: LinkedIn's JSON, the dash profile resource; `voyager-sections`: its per-section lists (q=viewee);
 * - `details-pages`: the /in/<vanity>/details/<section>/ pages; `page-json`: JSON the page embeds for this person;
 * - the page's own markup, one id per layout.
 */
export const SOURCES = [
  'voyager',
  'voyager-sections',
  'details-pages',
  'page-json',
  'sdui-2026',
  'ember-2022',
  'public',
  'public-2016',
  // A Sales Navigator lead page (its embedded JSON or top card), and a list page's entry (search, lead list).
  'salesnav-lead',
  // A LinkedIn Recruiter profile (its data-test-* markup).
  'recruiter',
  'list',
] as const;
export type SourceId = (typeof SOURCES)[number];

/**
 * Why a section is missing or short, as the popup words it ("Experience not loaded: LinkedIn refused the data (429)").
 * - `refused`: LinkedIn answered 401/403/429/999 (status says which); `retired`: the JSON resource is gone (410);
 * - `failed`: another error status; `timeout` / `network`: no answer; `not-rendered`: the page had not shown it yet
 *   (LinkedIn's lazy cards); `no-source`: nothing could be asked (a saved page read offline, no member id);
 * - `not-visited`: the person was saved from a list or a Sales Navigator page, whose profile the extension does not
 *   open (LinkedIn restricts accounts that visit profiles behind the user's back).
 */
export const GAP_REASONS = ['refused', 'retired', 'failed', 'timeout', 'network', 'not-rendered', 'no-source', 'not-visited'] as const;
export const gapSchema = z.object({
  reason: z.enum(GAP_REASONS),
  status: z.number().int().optional(),
});
export type Gap = z.infer<typeof gapSchema>;

/**
 * How much of a section was read.
 * - `total` is LinkedIn's own count when the page or JSON says it ("Show all 12 experiences", `paging.total`),
 *   otherwise null (unknown).
 * - `loaded` is false when the section exists on the page but had not rendered yet (LinkedIn's lazy sections):
 *   then `read` is 0 and means "not read", never "none".
 */
export const sectionCompletenessSchema = z.object({
  read: z.number().int().min(0),
  total: z.number().int().min(0).nullable(),
  loaded: z.boolean(),
  /** The source whose list was kept. */
  from: z.enum(SOURCES).optional(),
  /** Why the section is not loaded or short, when it is. */
  gap: gapSchema.optional(),
});
export type SectionCompleteness = z.infer<typeof sectionCompletenessSchema>;
const UNCOUNTED: SectionCompleteness = { read: 0, total: null, loaded: true };

/** Sections not loaded at all: a save without them is a partial save, and the popup asks first. */
export function missingSections(completeness: Record<Section, SectionCompleteness>): Section[] {
  return SECTIONS.filter((s) => !completeness[s].loaded);
}

/**
 * Sections read in part: fewer than LinkedIn's count, or, with no count, cut (the page's "Show all" with no number)
 * and not completed by any other source (a loaded section carries a gap only then).
 */
export function shortSections(completeness: Record<Section, SectionCompleteness>): Section[] {
  return SECTIONS.filter((s) => {
    const c = completeness[s];
    return c.loaded && (c.total !== null ? c.read < c.total : c.gap !== undefined);
  });
}

export const WARNING_CODES = [
  'json-unavailable', // LinkedIn's JSON could not be used: the page was read instead
  'section-not-loaded', // a lazy section had not rendered
  'section-truncated', // fewer entries read than LinkedIn's total
  'identity-mismatch', // some data described another person and was ignored
  'field-missing', // a field that every profile has could not be found
  'completion-failed', // the call for the entries beyond LinkedIn's cap failed
] as const;
export const warningSchema = z.object({
  code: z.enum(WARNING_CODES),
  section: z.enum(SECTIONS).optional(),
  message: z.string(),
});
export type Warning = z.infer<typeof warningSchema>;

/** A Sales Navigator lead id (`ACwAA…`): the same member as an `ACoAA…` id, in Sales Navigator's encoding. */
export const SALES_LEAD_ID_PATTERN = /^ACwA[A-Za-z0-9_-]{35}$/;

/**
 * A LinkedIn Recruiter profile id (`AEMAA…`, also seen as `AEEAA…`): 39 characters, the last path segment of
 * `/talent/profile/<id>` and of the profile opened from a project or search (`/talent/hire/<project>/…/profile/<id>`).
 * Recruiter's own id for the member (public references: docs/ARCHITECTURE.md, "List pages").
 */
export const RECRUITER_PROFILE_ID_PATTERN = /^AE[A-Z]A[A-Za-z0-9_-]{35}$/;

/** Every address form of `profileSchema.profileUrl`. */
const PROFILE_URL_PATTERN = new RegExp(
  `^https://www\\.linkedin\\.com/(?:in/[^/?#]+|sales/lead/${SALES_LEAD_ID_PATTERN.source.slice(1, -1)}|talent/profile/${RECRUITER_PROFILE_ID_PATTERN.source.slice(1, -1)})/$`,
);

/** `ACoAA…` member id: 39 characters of base64url. */
export const MEMBER_ID_PATTERN = /^ACoA[A-Za-z0-9_-]{35}$/;

export const profileSchema = z.object({
  /**
   * https://www.linkedin.com/in/<vanity>/ with the vanity decoded, no query, no country subdomain. A person known only
   * from Sales Navigator (no public link on the page) has https://www.linkedin.com/sales/lead/<ACwAA id>/ instead, and
   * one known only from a Recruiter profile that does not link the public URL has
   * https://www.linkedin.com/talent/profile/<AEMAA id>/: `isPublicProfileUrl` (lib/profile/url.ts) tells them apart,
   * and vendors that need the public URL refuse them.
   */
  profileUrl: z.string().regex(PROFILE_URL_PATTERN),
  /**
   * The decoded vanity; when the public URL is unknown, the Sales Navigator lead id (`ACwAA…`) or the Recruiter
   * profile id (`AEMAA…`) of the address.
   */
  publicIdentifier: z.string().min(1),
  memberId: z.string().regex(MEMBER_ID_PATTERN).nullable(),
  /** Numeric member id (`urn:li:member:<n>`), when the page has it. */
  numericMemberId: z.string().regex(/^\d+$/).nullable(),
  /** Never blank: a person without a name is never offered for saving (nor accepted in a save message). */
  fullName: z.string().regex(/\S/, 'a name that is not blank'),
  firstName: z.string(),
  lastName: z.string(),
  headline: z.string().nullable(),
  location: z.string().nullable(),
  photoUrl: z.string().nullable(),
  about: z.string().nullable(),
  currentJob: z.object({ title: z.string().nullable(), company: z.string().nullable() }).nullable(),
  experiences: z.array(experienceSchema),
  educations: z.array(educationSchema),
  skills: z.array(z.string()),
  languages: z.array(z.string()),
  certifications: z.array(certificationSchema),
  websites: z.array(websiteSchema),
  completeness: z.object({
    experiences: sectionCompletenessSchema,
    educations: sectionCompletenessSchema,
    skills: sectionCompletenessSchema,
    // Profiles stored before these two were counted (a save waiting in the outbox) parse as "count unknown".
    certifications: sectionCompletenessSchema.default(UNCOUNTED),
    languages: sectionCompletenessSchema.default(UNCOUNTED),
  }),
  warnings: z.array(warningSchema),
  /** Readers whose data made it into this profile, most trusted first. */
  sources: z.array(z.enum(SOURCES)),
});
export type Profile = z.infer<typeof profileSchema>;
