// Leonar's wire shapes, field by field, from /work/shared/vendor-api/leonar-*.txt and REFERENCE.md §1.
// [doc] = on Leonar's own page; [3p] = seen only in third-party code; [inf] = our inference (kept visible here).
// The fake in lib/vendors/leonar/fake.ts parses every request with these same schemas.
import { z } from 'zod';

export const LEONAR_BASE_URL = 'https://app.leonar.app/api/v1';
export const LEONAR_ORIGIN = 'https://app.leonar.app';
/** [doc] "API key starting with leo_". */
export const LEONAR_KEY_PREFIX = 'leo_';

/** [doc] list endpoints: limit 1–100 (default 50), offset ≥ 0. */
export const LIST_LIMIT_MAX = 100;
/** [doc] add-to-project: "Required array length: 1 - 100 elements". */
export const ADD_PROFILES_MAX = 100;
/** [doc] sourcing contacts search: "Required range: 1 <= x <= 25". */
export const CONTACTS_SEARCH_PAGE_SIZE_MAX = 25;
/** [doc] advanced search: array filters "Maximum array length: 50", name ≤ 200, keyword ≤ 500, data_types ≤ 3. */
export const ADVANCED_ARRAY_MAX = 50;
export const ADVANCED_NAME_MAX = 200;
export const ADVANCED_KEYWORD_MAX = 500;

// ── Errors [doc] https://leonar.mintlify.app/errors ────────────────────────────────────────────────────────────
export const LEONAR_ERROR_CODES = [
  'validation_error', // 400
  'invalid_api_key', // 401
  'insufficient_credits', // 402 (advanced profile search); details = {credit_type, available, required}
  'insufficient_scope', // 403
  'billing_required', // 403
  'plan_upgrade_required', // 403
  'not_found', // 404
  'rate_limit_exceeded', // 429
  'internal_error', // 500
] as const;
export type LeonarErrorCode = (typeof LEONAR_ERROR_CODES)[number];

export const LEONAR_ERROR_STATUS: Record<LeonarErrorCode, number> = {
  validation_error: 400,
  invalid_api_key: 401,
  insufficient_credits: 402,
  insufficient_scope: 403,
  billing_required: 403,
  plan_upgrade_required: 403,
  not_found: 404,
  rate_limit_exceeded: 429,
  internal_error: 500,
};

export const insufficientCreditsDetailsSchema = z.object({
  credit_type: z.string(),
  available: z.number(),
  required: z.number(),
});

export const leonarErrorBodySchema = z.object({
  error: z.object({
    // A string, not the enum: a code added later must still reach the user in Leonar's own words.
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type LeonarErrorBody = z.infer<typeof leonarErrorBodySchema>;

// ── Shared pieces ────────────────────────────────────────────────────────────────────────────────────────────
/** ISO calendar date, as in the docs' request example ("2021-03-01", "2021-02-28"). */
export const isoDateSchema = z.iso.date();
/** Dates in responses: ISO, or just "YYYY" as the advanced search returns ([doc] example). */
const responseDateSchema = z.union([z.iso.date(), z.string().regex(/^\d{4}(-\d{2})?$/)]).nullable();

export const STAGE_CATEGORIES = [
  'sourced',
  'applied',
  'screening',
  'submitted',
  'interview',
  'offer',
  'hired',
  'rejected',
  'withdrawn',
] as const;
export const CONTACT_TYPES = ['candidate', 'client', 'lead', 'partner'] as const;
export const DATA_TYPES = ['personal_email', 'work_email', 'phone'] as const;
export type LeonarDataType = (typeof DATA_TYPES)[number];
export const MATCH_MODES = ['current', 'past', 'both'] as const;

// ── The sourcing profile object (add-to-project input; search results) ────────────────────────────────────────
// [doc] field list from the add-to-project example. Which fields are required is not documented: we hold the
// request to the field we always send (profile_id; linkedin_url whenever the person has a public URL) [inf]. Objects are strict because Leonar does
// not say what it does with unknown keys: we send only documented ones, and the fake holds us to that.
export const experienceInputSchema = z.strictObject({
  title: z.string().min(1),
  company_name: z.string().optional(),
  start_date: isoDateSchema.optional(),
  /** [doc] null for the current role. */
  end_date: isoDateSchema.nullable().optional(),
  description: z.string().optional(),
  is_current: z.boolean(),
});
export type LeonarExperienceInput = z.infer<typeof experienceInputSchema>;

export const educationInputSchema = z.strictObject({
  educational_establishment: z.string().min(1),
  diploma: z.string().optional(),
  specialization: z.string().optional(),
  start_date: isoDateSchema.optional(),
  end_date: isoDateSchema.optional(),
});
export type LeonarEducationInput = z.infer<typeof educationInputSchema>;

export const profileInputSchema = z.strictObject({
  /** [doc] a LinkedIn member id (example `ACwAA…`) or, from the advanced search, the public slug. */
  profile_id: z.string().min(1),
  first_name: z.string().optional(),
  last_name: z.string().optional(),
  headline: z.string().optional(),
  picture_url: z.url().optional(),
  location: z.string().optional(),
  /**
   * The public /in/ URL. Left out for a person known only by a Sales Navigator lead id (no public URL on the page):
   * then profile_id alone (the `ACwAA…` lead id, the very form of the doc's example) names them. The doc marks no
   * field required [inf]; a lead URL is never sent here.
   */
  linkedin_url: z.url().regex(/^https:\/\/www\.linkedin\.com\/in\/[^/?#]+$/).optional(),
  summary: z.string().optional(),
  current_job: z.strictObject({ title: z.string().optional(), company_name: z.string().optional() }).optional(),
  experiences: z.array(experienceInputSchema).optional(),
  educations: z.array(educationInputSchema).optional(),
  skills: z.array(z.string().min(1)).optional(),
  total_years_experience: z.number().min(0).optional(),
  // [doc] response-only metadata, "ignored on input" (workflows guide): we never send them.
});
export type LeonarProfileInput = z.infer<typeof profileInputSchema>;

export const addToProjectRequestSchema = z
  .strictObject({
    project_id: z.uuid(),
    profiles: z.array(profileInputSchema).min(1).max(ADD_PROFILES_MAX),
    /** [doc] "Required when resolve_names is true. Get it from GET /connected-accounts." */
    account_id: z.uuid().optional(),
    resolve_names: z.boolean().optional(),
  })
  .refine((body) => !body.resolve_names || body.account_id !== undefined, {
    message: 'account_id is required when resolve_names is true',
    path: ['account_id'],
  });
export type AddToProjectRequest = z.infer<typeof addToProjectRequestSchema>;

export const addToProjectResponseSchema = z.object({
  data: z.object({
    added: z.number().int().min(0),
    skipped: z.number().int().min(0),
    contact_ids: z.array(z.string()),
    // [doc] in the example; the field list is not given, so a missing one is tolerated [inf].
    // An entry's linkedin_url is not in the example: read when present, to match a skip by URL as well [inf].
    skipped_profiles: z
      .array(z.object({ profile_id: z.string(), reason: z.string(), linkedin_url: z.string().nullable().optional() }))
      .default([]),
    stage: z.object({ id: z.string(), name: z.string(), category: z.string().nullable().optional() }).nullable().optional(),
  }),
});
export type AddToProjectResponse = z.infer<typeof addToProjectResponseSchema>;

/** A sourcing profile as the searches return it: loose (Leonar adds fields such as open_to_work). */
export const sourcingProfileSchema = z.object({
  profile_id: z.string().nullable().optional(),
  first_name: z.string().nullable().optional(),
  last_name: z.string().nullable().optional(),
  headline: z.string().nullable().optional(),
  location: z.string().nullable().optional(),
  linkedin_url: z.string().nullable().optional(),
  current_job: z
    .object({ title: z.string().nullable().optional(), company_name: z.string().nullable().optional() })
    .nullable()
    .optional(),
  experiences: z
    .array(z.looseObject({ start_date: responseDateSchema.optional(), end_date: responseDateSchema.optional() }))
    .optional(),
  already_in_project: z.boolean().optional(),
  existing_contact_id: z.string().nullable().optional(),
});
export type SourcingProfile = z.infer<typeof sourcingProfileSchema>;

// ── POST /sourcing/contacts/search [doc] ────────────────────────────────────────────────────────────────────
export const contactsSearchRequestSchema = z.strictObject({
  project_id: z.uuid(),
  job_titles: z.array(z.string()).optional(),
  companies: z.array(z.string()).optional(),
  locations: z
    .strictObject({
      cities: z.array(z.string()).optional(),
      states: z.array(z.string()).optional(),
      countries: z.array(z.string()).optional(),
    })
    .optional(),
  keywords: z.array(z.string()).optional(),
  skills: z.array(z.string()).optional(),
  first_name: z.string().optional(),
  last_name: z.string().optional(),
  full_name: z.string().optional(),
  contact_types: z.array(z.enum(CONTACT_TYPES)).optional(),
  tags: z.array(z.string()).optional(),
  project_ids: z.array(z.uuid()).optional(),
  sequence_ids: z.array(z.uuid()).optional(),
  stage_ids: z.array(z.uuid()).optional(),
  stage_categories: z.array(z.enum(STAGE_CATEGORIES)).optional(),
  created_after: z.string().optional(),
  created_before: z.string().optional(),
  page: z.number().int().min(1).optional(),
  page_size: z.number().int().min(1).max(CONTACTS_SEARCH_PAGE_SIZE_MAX).optional(),
});
export type ContactsSearchRequest = z.infer<typeof contactsSearchRequestSchema>;

export const contactsSearchResponseSchema = z.object({
  data: z.object({
    profiles: z.array(sourcingProfileSchema),
    total_count: z.number().int().min(0),
    filtered_count: z.number().int().min(0).optional(),
    /** [inf] null on the last page (the example only shows a number). */
    next_page: z.number().int().nullable().optional(),
    has_more: z.boolean(),
  }),
});
export type ContactsSearchResponse = z.infer<typeof contactsSearchResponseSchema>;

// ── POST /sourcing/advanced/profiles/search [doc] ───────────────────────────────────────────────────────────
const filterList = z.array(z.string()).max(ADVANCED_ARRAY_MAX);
export const advancedSearchRequestSchema = z
  .strictObject({
    page: z.number().int().min(1).optional(),
    name: z.string().max(ADVANCED_NAME_MAX).optional(),
    job_title: filterList.optional(),
    exclude_job_titles: filterList.optional(),
    current_titles_only: z.boolean().optional(),
    job_function: filterList.optional(),
    seniority: filterList.optional(),
    match_experience: z.enum(MATCH_MODES).optional(),
    skills: filterList.optional(),
    // Element shapes not documented ("object[]").
    languages: z.array(z.record(z.string(), z.unknown())).max(ADVANCED_ARRAY_MAX).optional(),
    education: filterList.optional(),
    educations: z.array(z.record(z.string(), z.unknown())).max(ADVANCED_ARRAY_MAX).optional(),
    location: filterList.optional(),
    location_radius: z.number().int().min(1).max(500).optional(),
    current_work_location: filterList.optional(),
    past_work_location: filterList.optional(),
    company: filterList.optional(),
    company_filter: z.enum(MATCH_MODES).optional(),
    current_company_only: z.boolean().optional(),
    exclude_companies: filterList.optional(),
    domain: filterList.optional(),
    industry: filterList.optional(),
    company_size: filterList.optional(),
    keyword: z.string().max(ADVANCED_KEYWORD_MAX).optional(),
    years_of_experience: filterList.optional(),
    years_in_current_role: filterList.optional(),
    data_types: z.array(z.enum(DATA_TYPES)).max(3).optional(),
    reveal_info: z.boolean().optional(),
    detailed_experience: z.boolean().optional(),
    detailed_education: z.boolean().optional(),
    output_fields: filterList.optional(),
  })
  // [doc] "Do not combine with match_experience" (on current_titles_only and on company_filter).
  .refine((b) => !(b.match_experience && b.current_titles_only !== undefined), {
    message: 'current_titles_only cannot be combined with match_experience',
    path: ['current_titles_only'],
  })
  .refine((b) => !(b.match_experience && b.company_filter), {
    message: 'company_filter cannot be combined with match_experience',
    path: ['company_filter'],
  });
export type AdvancedSearchRequest = z.infer<typeof advancedSearchRequestSchema>;

// Where revealed details appear in a result is NOT in the available docs (the example has none) [inf]. We read
// the contact object's documented shapes (`emails[] {email, type}`, `phones[] {phone, type}`) and flat fields
// named after the data types; anything else is ignored, and nothing is shown unless it parses.
const revealedValue = z.union([z.string(), z.array(z.string())]).nullable().optional();
export const advancedProfileSchema = sourcingProfileSchema.extend({
  open_to_work: z.boolean().nullable().optional(),
  emails: z.array(z.object({ email: z.string(), type: z.string().nullable().optional() })).nullable().optional(),
  phones: z.array(z.object({ phone: z.string(), type: z.string().nullable().optional() })).nullable().optional(),
  personal_email: revealedValue,
  work_email: revealedValue,
  phone: revealedValue,
});
export type AdvancedProfile = z.infer<typeof advancedProfileSchema>;

export const advancedSearchResponseSchema = z.object({
  data: z.object({
    profiles: z.array(advancedProfileSchema),
    total_count: z.number().int().min(0),
    filtered_count: z.number().int().min(0).optional(),
    next_page: z.number().int().nullable().optional(),
    has_more: z.boolean(),
    filters_too_strict: z.boolean().optional(),
    credits_consumed: z.number().min(0),
    sourcing_credits_remaining: z.number(),
    request_id: z.string().optional(),
    leonar_profiles_cached: z.number().optional(),
  }),
});
export type AdvancedSearchResponse = z.infer<typeof advancedSearchResponseSchema>;

// ── Projects [doc: object shape from PUT/GET /projects/{id}; list page not available, 3p for its use] ─────────
export const PROJECT_STATUSES = ['active', 'archived'] as const;

export const stageWireSchema = z.object({
  id: z.string(),
  name: z.string(),
  position: z.number().optional(),
  system_category: z.string().nullable().optional(),
  color: z.string().nullable().optional(),
  entries_count: z.number().optional(),
});

export const projectSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(PROJECT_STATUSES).optional(),
  client_name: z.string().nullable().optional(),
  // A string on the project page, an object with a name in lists [3p].
  client_company: z.union([z.string(), z.object({ name: z.string().nullable().optional() }).loose()]).nullable().optional(),
  location: z.string().nullable().optional(),
  description: z.string().nullable().optional(),
  entries_count: z.number().optional(),
  pipeline: z.object({ stages: z.array(stageWireSchema) }).nullable().optional(),
});
export type LeonarProject = z.infer<typeof projectSchema>;

export const listMetaSchema = z.object({
  total: z.number().int().min(0).optional(),
  limit: z.number().int().optional(),
  offset: z.number().int().optional(),
  has_more: z.boolean(),
});

export const projectListResponseSchema = z.object({ data: z.array(projectSchema), meta: listMetaSchema });
export type ProjectListResponse = z.infer<typeof projectListResponseSchema>;
export const projectResponseSchema = z.object({ data: projectSchema });

/** [3p] query of GET /projects (status=active, limit, offset); [doc] limit 1–100, offset ≥ 0. */
export const projectListQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(LIST_LIMIT_MAX).optional(),
  offset: z.coerce.number().int().min(0).optional(),
  status: z.enum(PROJECT_STATUSES).optional(),
});

// ── GET /connected-accounts [doc] workflows guide ────────────────────────────────────────────────────────────
const apiStatus = z.enum(['active', 'inactive']);
export const connectedAccountSchema = z.object({
  id: z.string(),
  name: z.string().nullable().optional(),
  license_type: z.string().nullable().optional(),
  api_status: z
    .object({
      classic: apiStatus.optional(),
      sales_navigator: apiStatus.optional(),
      recruiter: apiStatus.optional(),
    })
    .optional(),
});
export type ConnectedAccount = z.infer<typeof connectedAccountSchema>;
export const connectedAccountsResponseSchema = z.object({ data: z.array(connectedAccountSchema) });
