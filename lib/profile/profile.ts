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

export const SECTIONS = ['experiences', 'educations', 'skills'] as const;
export type Section = (typeof SECTIONS)[number];

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
});
export type SectionCompleteness = z.infer<typeof sectionCompletenessSchema>;

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

export const SOURCES = ['voyager', 'sdui-2026', 'ember-2022', 'public', 'public-2016'] as const;
export type SourceId = (typeof SOURCES)[number];

/** `ACoAA…` member id: 39 characters of base64url. */
export const MEMBER_ID_PATTERN = /^ACoA[A-Za-z0-9_-]{35}$/;

export const profileSchema = z.object({
  /** https://www.linkedin.com/in/<vanity>/ with the vanity decoded, no query, no country subdomain. */
  profileUrl: z.string().regex(/^https:\/\/www\.linkedin\.com\/in\/[^/?#]+\/$/),
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
  }),
  warnings: z.array(warningSchema),
  /** Readers whose data made it into this profile, most trusted first. */
  sources: z.array(z.enum(SOURCES)),
});
export type Profile = z.infer<typeof profileSchema>;
