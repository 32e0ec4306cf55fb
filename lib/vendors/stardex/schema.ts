// Stardex API v1 wire shapes, field by field, from /work/shared/vendor-api/stardex-create-person.txt and REFERENCE.md §2.
// Each shape says whether it is documented [doc] or inferred [inf]. The fake (lib/vendors/stardex/fake.ts) checks every
// request against these same schemas, so an inference here is an explicit, single contract.
//
// Request schemas are strict (unknown keys refused): Stardex may be laxer, but a field we send that the docs do not
// list would be a typo or an invention on our side.
import { z } from 'zod';

export const STARDEX_BASE_URL = 'https://api.stardex.ai';

/** 60 requests per minute per key, sliding window [doc]: one request per second keeps us under it. */
export const STARDEX_MIN_INTERVAL_MS = 1_000;

// ── Envelopes [doc] ──────────────────────────────────────────────────────────────────────────────────────────────

export const errorEnvelopeSchema = z.object({
  success: z.literal(false),
  error: z.object({ code: z.string(), message: z.string() }),
});
export type StardexErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;

export const metaSchema = z.object({ total: z.number().int().min(0), offset: z.number().int().min(0), limit: z.number().int().min(0) });

function envelope<T extends z.ZodType>(data: T) {
  return z.object({ success: z.literal(true), data });
}

function pagedEnvelope<T extends z.ZodType>(item: T) {
  return z.object({ success: z.literal(true), data: z.array(item), meta: metaSchema });
}

// ── Contact data [doc: person object] ───────────────────────────────────────────────────────────────────────────

export const contactDataSchema = z.object({
  /** Seen values: "work" (email), "mobile" (phone). The full list is not documented. */
  contact_data_type: z.string(),
  value: z.string(),
});
export type ContactData = z.infer<typeof contactDataSchema>;

// ── Jobs ────────────────────────────────────────────────────────────────────────────────────────────────────────

/** POST /v1/jobs/search body [doc]. Only the fields the extension may send are listed (the page lists more filters). */
export const jobsSearchRequestSchema = z.strictObject({
  offset: z.number().int().min(0).optional(),
  /** The docs' example is 200; the maximum is not visible, so we stay at or below it. */
  limit: z.number().int().min(1).max(200).optional(),
  sort_by: z.string().optional(),
  sort_order: z.enum(['asc', 'desc']).optional(),
  keywords: z.array(z.string().min(1)).optional(),
  is_archived: z.boolean().optional(),
});
export type JobsSearchRequest = z.infer<typeof jobsSearchRequestSchema>;

/**
 * A job as returned by search and get-by-id [doc: job object]. The search page's item is cut off after `id`, so
 * every field but `id` is optional there [inf: same fields as get-by-id].
 */
export const jobSchema = z.object({
  id: z.string().min(1),
  name: z.string().nullish(),
  is_archived: z.boolean().nullish(),
  client_company_name: z.string().nullish(),
  job_status_name: z.string().nullish(),
  location: z.string().nullish(),
  candidate_count: z.number().nullish(),
});
export type StardexJob = z.infer<typeof jobSchema>;

export const jobsSearchResponseSchema = pagedEnvelope(jobSchema);
export type JobsSearchResponse = z.infer<typeof jobsSearchResponseSchema>;

/**
 * One pipeline stage of GET /v1/jobs/{id}. The docs say "stage IDs, names, and ordering" and cut the field names
 * off [inf]: we read `id`, `name` and an optional numeric `position` (array order when absent).
 */
export const pipelineStageSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  position: z.number().nullish(),
});
export type PipelineStage = z.infer<typeof pipelineStageSchema>;

/** GET /v1/jobs/{id} [doc]; `pipeline_stages` only here [doc], its item fields [inf]. */
export const jobDetailResponseSchema = envelope(jobSchema.extend({ pipeline_stages: z.array(pipelineStageSchema).nullish() }));
export type JobDetailResponse = z.infer<typeof jobDetailResponseSchema>;

// ── Persons ─────────────────────────────────────────────────────────────────────────────────────────────────────

/** POST /v1/persons body [doc], every documented field. `name` min 1 and `linkedin_url` string<uri> are required. */
export const createPersonRequestSchema = z.strictObject({
  name: z.string().min(1),
  linkedin_url: z.url(),
  first_name: z.string().optional(),
  last_name: z.string().optional(),
  current_job_title: z.string().optional(),
  linkedin_location: z.string().optional(),
  company_name: z.string().optional(),
  emails: z.array(z.email()).optional(),
  work_email: z.email().optional(),
  work_phone: z.string().optional(),
  personal_email: z.email().optional(),
  mobile_phone: z.string().optional(),
  phone_numbers: z.array(z.string()).optional(),
  notes: z.string().optional(),
  job_id: z.string().optional(),
  job_name: z.string().optional(),
  client_name: z.string().optional(),
  client_id: z.string().optional(),
  external_source_id: z.string().optional(),
  enrich_record: z.boolean().optional(),
});
export type CreatePersonRequest = z.infer<typeof createPersonRequestSchema>;

/** POST /v1/persons response `data` [doc: example]. */
export const createdPersonSchema = z.object({
  id: z.string().min(1),
  name: z.string().nullish(),
  linkedin_public_id: z.string().nullish(),
  emails: z.array(contactDataSchema).nullish(),
  phones: z.array(contactDataSchema).nullish(),
  /** Filled when a job was given [doc]. */
  candidate_id: z.string().nullish(),
  client_contact_id: z.string().nullish(),
  external_source_id: z.string().nullish(),
});
export const createPersonResponseSchema = envelope(createdPersonSchema);
export type CreatePersonResponse = z.infer<typeof createPersonResponseSchema>;

/** POST /v1/persons/search body [doc: advanced person search]; only the exact-match fields the extension sends. */
export const personsSearchRequestSchema = z.strictObject({
  offset: z.number().int().min(0).optional(),
  limit: z.number().int().min(1).max(100).optional(),
  linkedin_url: z.url().optional(),
  email: z.string().optional(),
  name: z.string().optional(),
});
export type PersonsSearchRequest = z.infer<typeof personsSearchRequestSchema>;

/** One job the person is a candidate in [doc: person object `candidates[]`]. */
export const personCandidateSchema = z.object({
  candidate_id: z.string().min(1),
  job_id: z.string().min(1),
  job_name: z.string().nullish(),
  job_client_company_name: z.string().nullish(),
  current_pipeline_stage_name: z.string().nullish(),
  current_pipeline_stage_id: z.string().nullish(),
  is_archived: z.boolean().nullish(),
  created_at: z.string().nullish(),
});
export type PersonCandidate = z.infer<typeof personCandidateSchema>;

/** The person object [doc: get-person-by-id]: the fields the extension reads. */
export const personSchema = z.object({
  id: z.string().min(1),
  name: z.string().nullish(),
  /** The LinkedIn vanity ("slug"). */
  linkedin_public_id: z.string().nullish(),
  current_job_title: z.string().nullish(),
  current_company_name: z.string().nullish(),
  emails: z.array(contactDataSchema).nullish(),
  phones: z.array(contactDataSchema).nullish(),
  candidates: z.array(personCandidateSchema).nullish(),
  external_source_id: z.string().nullish(),
});
export type StardexPerson = z.infer<typeof personSchema>;

/**
 * POST /v1/persons/search response: not documented [inf]. Modelled as the documented paginated envelope with
 * person objects; we rely only on `id` and `linkedin_public_id` and fetch the full person by id.
 */
export const personsSearchResponseSchema = pagedEnvelope(personSchema);
export type PersonsSearchResponse = z.infer<typeof personsSearchResponseSchema>;

/** GET /v1/persons/{id} [doc: "get person by id"; the path itself is inferred from the page's name and REST use]. */
export const personResponseSchema = envelope(personSchema);

/**
 * PATCH /v1/persons/{id} body [doc], the fields the extension may send. `emails`/`phone_numbers` REPLACE every
 * existing value [doc: newer page]: callers merge first. `job_id`'s description is cut off [inf: adds the person to
 * that job as a candidate]; the save checks afterwards that it did.
 */
export const updatePersonRequestSchema = z.strictObject({
  name: z.string().min(1).optional(),
  first_name: z.string().optional(),
  last_name: z.string().optional(),
  current_job_title: z.string().optional(),
  company_name: z.string().optional(),
  linkedin_location: z.string().optional(),
  linkedin_headline: z.string().optional(),
  emails: z.array(contactDataSchema).optional(),
  phone_numbers: z.array(contactDataSchema).optional(),
  work_email: z.string().optional(),
  personal_email: z.string().optional(),
  mobile_phone: z.string().optional(),
  work_phone: z.string().optional(),
  enrich_record: z.boolean().optional(),
  job_id: z.string().min(1).optional(),
});
export type UpdatePersonRequest = z.infer<typeof updatePersonRequestSchema>;

export const updatePersonResponseSchema = envelope(z.object({ message: z.string() }));

// ── Candidates ──────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * POST /v1/candidates/update-stage [doc]: the job, the candidate and the stage may each be named several ways; we
 * always send the three ids (as third-party code does), which leaves nothing to interpretation.
 */
export const updateStageRequestSchema = z
  .strictObject({
    job_id: z.string().min(1).optional(),
    job_name: z.string().min(1).optional(),
    candidate_id: z.string().min(1).optional(),
    candidate_email: z.string().optional(),
    candidate_name: z.string().optional(),
    stage_id: z.string().min(1).optional(),
    stage_name: z.string().min(1).optional(),
  })
  .refine((b) => b.job_id !== undefined || b.job_name !== undefined, { message: 'job_id or job_name is required' })
  .refine((b) => b.candidate_id !== undefined || b.candidate_email !== undefined || b.candidate_name !== undefined, {
    message: 'candidate_id, candidate_email or candidate_name is required',
  })
  .refine((b) => b.stage_id !== undefined || b.stage_name !== undefined, { message: 'stage_id or stage_name is required' });
export type UpdateStageRequest = z.infer<typeof updateStageRequestSchema>;

export const updateStageResponseSchema = envelope(
  z.object({
    candidate_id: z.string(),
    person_id: z.string().nullish(),
    job_id: z.string().nullish(),
    previous_stage_id: z.string().nullish(),
    new_stage_id: z.string().nullish(),
  }),
);
export type UpdateStageResponse = z.infer<typeof updateStageResponseSchema>;
