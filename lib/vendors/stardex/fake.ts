// Fake of Stardex's API v1 (https://api.stardex.ai). Every request body is checked against the SAME documented
// schemas the extension uses (lib/vendors/stardex/schema.ts); a body that does not match gets Stardex's 400 envelope
// and is listed in `contractViolations`. Where the docs are silent the fake follows the same inferences as the
// extension, marked [inf] here as there:
// - persons/search answers the paginated envelope with full person objects, matching `linkedin_url` EXACTLY as
//   stored (the strictest reading of "uniqueness on the LinkedIn URL": any variant we sent would miss);
// - creating a person whose URL already exists makes a SECOND person (undocumented; this way a test sees it);
// - PATCH job_id makes the person a candidate on that job, in its first stage;
// - pipeline_stages items are {id, name, position}; new candidates land in the first stage;
// - error codes other than INVALID_API_KEY [doc] and RATE_LIMIT_EXCEEDED [doc, cut off] are invented names.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import {
  createPersonRequestSchema,
  jobsSearchRequestSchema,
  personsSearchRequestSchema,
  updatePersonRequestSchema,
  updateStageRequestSchema,
  type ContactData,
} from '@/lib/vendors/stardex/schema';
import { cutMidAnswer, recordRequest, sendHtml, sendJson, type RecordedRequest } from '@/tests/fakes/http';
import type { VendorFake } from '@/tests/fakes/vendor-kit';

export const STARDEX_HOST = 'api.stardex.ai';
export const STARDEX_TEST_KEY = 'stardex_test_key';

export const STARDEX_ROUTES = [
  'jobs.search',
  'jobs.get',
  'persons.search',
  'persons.get',
  'persons.create',
  'persons.update',
  'candidates.update-stage',
] as const;
export type StardexRoute = (typeof STARDEX_ROUTES)[number];

export interface StardexFakeStage {
  id: string;
  name: string;
  position: number;
}

export interface StardexFakeJob {
  id: string;
  name: string;
  client_company_name: string | null;
  location: string | null;
  is_archived: boolean;
  stages: StardexFakeStage[];
}

export interface StardexFakePerson {
  id: string;
  name: string;
  first_name: string | null;
  last_name: string | null;
  linkedin_url: string;
  linkedin_public_id: string | null;
  current_job_title: string | null;
  company_name: string | null;
  linkedin_location: string | null;
  emails: ContactData[];
  phones: ContactData[];
  notes: string[];
  external_source_id: string | null;
  enrich_requested: boolean;
}

export interface StardexFakeCandidate {
  id: string;
  person_id: string;
  job_id: string;
  stage_id: string | null;
  created_at: string;
}

export interface StardexFault {
  status: 400 | 401 | 402 | 403 | 404 | 429 | 500 | 503;
  /**
   * Instead of Stardex's envelope: `drop` cuts the connection mid-answer, `non-json` answers 200 with an HTML page (both before
   * any work); `changed-shape` does the work and answers its 200 in another shape; `slow` does the work after
   * `delayMs` (an answer after the extension's timeout). `status` is then unused.
   */
  kind?: 'drop' | 'non-json' | 'changed-shape' | 'slow';
  delayMs?: number;
  /** Stardex's error code; a plausible one per status when left out. */
  code?: string;
  message?: string;
  /** For 429: the Retry-After header in seconds (default 30). */
  retryAfterSeconds?: number;
  /** How many matching requests fail (default 1). */
  times?: number;
}

export interface StardexFake extends VendorFake {
  readonly jobs: StardexFakeJob[];
  readonly persons: StardexFakePerson[];
  readonly candidates: StardexFakeCandidate[];
  /** Requests refused because their body did not match the documented shape (should stay empty). */
  readonly contractViolations: string[];
  /** Stardex's sliding window: at most this many requests per 60 s per key (60 [doc]). */
  perMinuteLimit: number;
  seedJob(job: Partial<StardexFakeJob> & { name: string }): StardexFakeJob;
  seedPerson(person: Partial<StardexFakePerson> & { name: string; linkedin_url: string }, jobs?: { jobId: string; stageId?: string }[]): StardexFakePerson;
  /** The next matching request(s) answer this error instead (`'any'`: whatever route comes next). */
  failNext(route: StardexRoute | 'any', fault: StardexFault): void;
  personCount(): number;
  candidatesOf(personId: string): StardexFakeCandidate[];
}

export function isStardexFake(fake: VendorFake): fake is StardexFake {
  return fake.name === 'stardex' && 'seedPerson' in fake;
}

/** The server's `vendors.stardex` with its control API (server.ts types it as a plain VendorFake). */
export function asStardexFake(fake: VendorFake): StardexFake {
  if (!isStardexFake(fake)) throw new Error(`${fake.name} is not the Stardex fake`);
  return fake;
}

const DEFAULT_CODES: Record<StardexFault['status'], string> = {
  400: 'VALIDATION_ERROR',
  401: 'INVALID_API_KEY',
  // Stardex documents no 402; a plan or billing refusal would plausibly look like this [inf].
  402: 'PAYMENT_REQUIRED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  429: 'RATE_LIMIT_EXCEEDED',
  500: 'INTERNAL_ERROR',
  503: 'SERVICE_UNAVAILABLE',
};

/** Stable UUID-shaped ids, so tests can name them. */
function uuid(prefix: number, n: number): string {
  return `${prefix.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

export const STARDEX_DEFAULT_JOBS: readonly StardexFakeJob[] = [
  {
    id: uuid(0x10b, 1),
    name: 'Backend Engineer',
    client_company_name: 'Nimbus Looms',
    location: 'Lyon',
    is_archived: false,
    stages: [
      { id: uuid(0x57a, 11), name: 'Sourced', position: 0 },
      { id: uuid(0x57a, 12), name: 'Screening', position: 1 },
      { id: uuid(0x57a, 13), name: 'Technical Interview', position: 2 },
    ],
  },
  {
    id: uuid(0x10b, 2),
    name: 'Product Designer',
    client_company_name: 'Orchard Signals',
    location: 'Remote',
    is_archived: false,
    stages: [
      { id: uuid(0x57a, 21), name: 'New', position: 0 },
      { id: uuid(0x57a, 22), name: 'Portfolio review', position: 1 },
    ],
  },
  {
    id: uuid(0x10b, 3),
    name: 'Closed Role',
    client_company_name: 'Nimbus Looms',
    location: null,
    is_archived: true,
    stages: [{ id: uuid(0x57a, 31), name: 'Sourced', position: 0 }],
  },
];

function slugOf(url: string): string | null {
  const m = /\/in\/([^/?#]+)/.exec(url);
  if (!m?.[1]) return null;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return m[1];
  }
}

export function createStardexFake(): StardexFake {
  let seq = 0;
  const nextId = (kind: number) => uuid(kind, ++seq);
  const faults: { route: StardexRoute | 'any'; fault: StardexFault; left: number }[] = [];
  const windowByKey = new Map<string, number[]>();

  const fake: StardexFake = {
    name: 'stardex',
    requests: [],
    apiKey: STARDEX_TEST_KEY,
    jobs: [],
    persons: [],
    candidates: [],
    contractViolations: [],
    perMinuteLimit: 60,
    reset() {
      fake.requests.length = 0;
      fake.contractViolations.length = 0;
      fake.apiKey = STARDEX_TEST_KEY;
      fake.perMinuteLimit = 60;
      fake.jobs.length = 0;
      fake.persons.length = 0;
      fake.candidates.length = 0;
      faults.length = 0;
      windowByKey.clear();
      seq = 0;
      for (const job of STARDEX_DEFAULT_JOBS) fake.jobs.push(structuredClone(job));
    },
    seedJob(job) {
      const full: StardexFakeJob = {
        id: job.id ?? nextId(0x10b),
        name: job.name,
        client_company_name: job.client_company_name ?? null,
        location: job.location ?? null,
        is_archived: job.is_archived ?? false,
        stages: job.stages ?? [{ id: nextId(0x57a), name: 'Sourced', position: 0 }],
      };
      fake.jobs.push(full);
      return full;
    },
    seedPerson(person, jobs = []) {
      const full: StardexFakePerson = {
        id: person.id ?? nextId(0x9e5),
        first_name: null,
        last_name: null,
        current_job_title: null,
        company_name: null,
        linkedin_location: null,
        emails: [],
        phones: [],
        notes: [],
        external_source_id: null,
        enrich_requested: false,
        linkedin_public_id: slugOf(person.linkedin_url),
        ...person,
      };
      fake.persons.push(full);
      for (const j of jobs) addCandidate(full.id, j.jobId, j.stageId);
      return full;
    },
    failNext(route, fault) {
      faults.push({ route, fault, left: fault.times ?? 1 });
    },
    personCount: () => fake.persons.length,
    candidatesOf: (personId) => fake.candidates.filter((c) => c.person_id === personId),
    router: async (req, res, url) => {
      const record = await recordRequest(req, url);
      fake.requests.push(record);
      await route(req, res, url, record);
    },
  };

  function addCandidate(personId: string, jobId: string, stageId?: string): StardexFakeCandidate {
    const job = fake.jobs.find((j) => j.id === jobId);
    const first = [...(job?.stages ?? [])].sort((a, b) => a.position - b.position)[0];
    const candidate: StardexFakeCandidate = {
      id: nextId(0xca0),
      person_id: personId,
      job_id: jobId,
      stage_id: stageId ?? first?.id ?? null,
      created_at: new Date().toISOString(),
    };
    fake.candidates.push(candidate);
    return candidate;
  }

  function personView(p: StardexFakePerson) {
    return {
      id: p.id,
      name: p.name,
      first_name: p.first_name,
      last_name: p.last_name,
      linkedin_public_id: p.linkedin_public_id,
      current_job_title: p.current_job_title,
      current_company_name: p.company_name,
      current_company_id: null,
      external_source_id: p.external_source_id,
      emails: p.emails,
      phones: p.phones,
      work_experience: [],
      education_experience: [],
      certifications: [],
      candidates: fake.candidatesOf(p.id).map((c) => {
        const job = fake.jobs.find((j) => j.id === c.job_id);
        return {
          candidate_id: c.id,
          job_id: c.job_id,
          job_name: job?.name ?? null,
          job_client_company_name: job?.client_company_name ?? null,
          current_pipeline_stage_name: job?.stages.find((s) => s.id === c.stage_id)?.name ?? null,
          current_pipeline_stage_id: c.stage_id,
          is_archived: job?.is_archived ?? false,
          created_at: c.created_at,
        };
      }),
    };
  }

  function jobView(j: StardexFakeJob) {
    return {
      id: j.id,
      name: j.name,
      created_at: '2026-01-05T09:00:00Z',
      is_archived: j.is_archived,
      client_company_name: j.client_company_name,
      job_status_name: j.is_archived ? 'Closed' : 'Active',
      location: j.location,
      candidate_count: fake.candidates.filter((c) => c.job_id === j.id).length,
    };
  }

  function fail(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
    sendJson(res, status, { success: false, error: { code, message } }, headers);
  }

  function validate<T>(res: ServerResponse, record: RecordedRequest, schema: z.ZodType<T>): T | null {
    if (!(record.headers['content-type'] ?? '').includes('application/json')) {
      fake.contractViolations.push(`${record.method} ${record.path}: content-type ${record.headers['content-type'] ?? '(none)'}`);
      fail(res, 400, 'VALIDATION_ERROR', 'Expected a JSON body');
      return null;
    }
    const parsed = schema.safeParse(record.body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const text = `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`;
      fake.contractViolations.push(`${record.method} ${record.path}: ${text}`);
      fail(res, 400, 'VALIDATION_ERROR', text);
      return null;
    }
    return parsed.data;
  }

  function routeOf(method: string, path: string): { name: StardexRoute; id?: string } | null {
    if (method === 'POST' && path === '/v1/jobs/search') return { name: 'jobs.search' };
    if (method === 'POST' && path === '/v1/persons/search') return { name: 'persons.search' };
    if (method === 'POST' && path === '/v1/persons') return { name: 'persons.create' };
    if (method === 'POST' && path === '/v1/candidates/update-stage') return { name: 'candidates.update-stage' };
    const job = /^\/v1\/jobs\/([^/]+)$/.exec(path);
    if (method === 'GET' && job?.[1]) return { name: 'jobs.get', id: decodeURIComponent(job[1]) };
    const person = /^\/v1\/persons\/([^/]+)$/.exec(path);
    if (person?.[1] && method === 'GET') return { name: 'persons.get', id: decodeURIComponent(person[1]) };
    if (person?.[1] && method === 'PATCH') return { name: 'persons.update', id: decodeURIComponent(person[1]) };
    return null;
  }

  async function route(_req: IncomingMessage, res: ServerResponse, url: URL, record: RecordedRequest): Promise<void> {
    const auth = record.headers.authorization ?? '';
    if (auth !== `Bearer ${fake.apiKey}`) {
      fail(res, 401, 'INVALID_API_KEY', auth ? 'Invalid API key' : 'Missing API key');
      return;
    }
    // Sliding window of 60 s per key [doc].
    const now = Date.now();
    const recent = (windowByKey.get(auth) ?? []).filter((t) => now - t < 60_000);
    if (recent.length >= fake.perMinuteLimit) {
      const oldest = recent[0] ?? now;
      const retryAfter = Math.max(1, Math.ceil((oldest + 60_000 - now) / 1000));
      windowByKey.set(auth, recent);
      sendJson(
        res,
        429,
        {
          success: false,
          error: { code: 'RATE_LIMIT_EXCEEDED', message: 'Rate limit exceeded', retry_after_seconds: retryAfter, limit: fake.perMinuteLimit },
        },
        { 'retry-after': String(retryAfter) },
      );
      return;
    }
    recent.push(now);
    windowByKey.set(auth, recent);

    const matched = routeOf(record.method, url.pathname);
    if (!matched) {
      fail(res, 404, 'NOT_FOUND', `${record.method} ${url.pathname} does not exist`);
      return;
    }
    const fault = faults.find((f) => f.left > 0 && (f.route === 'any' || f.route === matched.name));
    if (fault) {
      fault.left -= 1;
      if (fault.left === 0) faults.splice(faults.indexOf(fault), 1);
    }
    const kind = fault?.fault.kind;
    if (kind === 'drop') return cutMidAnswer(res);
    if (kind === 'non-json') return sendHtml(res, 200, '<html><body>Maintenance</body></html>');
    if (kind === 'slow') await new Promise((r) => setTimeout(r, fault?.fault.delayMs ?? 0));
    const ok = (body: unknown) => sendJson(res, 200, kind === 'changed-shape' ? { result: body } : body);
    if (fault && !kind) {
      const { status } = fault.fault;
      const retryAfter = String(fault.fault.retryAfterSeconds ?? 30);
      fail(res, status, fault.fault.code ?? DEFAULT_CODES[status], fault.fault.message ?? `Injected ${status}`, status === 429 ? { 'retry-after': retryAfter } : {});
      return;
    }

    switch (matched.name) {
      case 'jobs.search': {
        const body = validate(res, record, jobsSearchRequestSchema);
        if (!body) return;
        const words = (body.keywords ?? []).map((k) => k.toLowerCase());
        const all = fake.jobs.filter(
          (j) =>
            (body.is_archived === undefined || j.is_archived === body.is_archived) &&
            words.every((w) => `${j.name} ${j.client_company_name ?? ''}`.toLowerCase().includes(w)),
        );
        const offset = body.offset ?? 0;
        const limit = body.limit ?? 100;
        ok({ success: true, data: all.slice(offset, offset + limit).map(jobView), meta: { total: all.length, offset, limit } });
        return;
      }
      case 'jobs.get': {
        const job = fake.jobs.find((j) => j.id === matched.id);
        if (!job) return fail(res, 404, 'NOT_FOUND', 'Job not found');
        ok({ success: true, data: { ...jobView(job), pipeline_stages: job.stages } });
        return;
      }
      case 'persons.search': {
        const body = validate(res, record, personsSearchRequestSchema);
        if (!body) return;
        const hits = fake.persons.filter(
          (p) =>
            (body.linkedin_url === undefined || p.linkedin_url === body.linkedin_url) &&
            (body.email === undefined || p.emails.some((e) => e.value.toLowerCase() === body.email?.toLowerCase())) &&
            (body.name === undefined || p.name.toLowerCase().includes(body.name.toLowerCase())),
        );
        const offset = body.offset ?? 0;
        const limit = body.limit ?? 100;
        ok({ success: true, data: hits.slice(offset, offset + limit).map(personView), meta: { total: hits.length, offset, limit } });
        return;
      }
      case 'persons.get': {
        const person = fake.persons.find((p) => p.id === matched.id);
        if (!person) return fail(res, 404, 'NOT_FOUND', 'Person not found');
        ok({ success: true, data: personView(person) });
        return;
      }
      case 'persons.create': {
        const body = validate(res, record, createPersonRequestSchema);
        if (!body) return;
        const job = body.job_id
          ? fake.jobs.find((j) => j.id === body.job_id)
          : body.job_name
            ? fake.jobs.find((j) => j.name === body.job_name)
            : undefined;
        if ((body.job_id || body.job_name) && !job) return fail(res, 404, 'NOT_FOUND', 'Job not found');
        const emails: ContactData[] = [
          ...(body.work_email ? [{ contact_data_type: 'work', value: body.work_email }] : []),
          ...(body.personal_email ? [{ contact_data_type: 'personal', value: body.personal_email }] : []),
          ...(body.emails ?? []).map((value) => ({ contact_data_type: 'work', value })),
        ];
        const phones: ContactData[] = [
          ...(body.mobile_phone ? [{ contact_data_type: 'mobile', value: body.mobile_phone }] : []),
          ...(body.work_phone ? [{ contact_data_type: 'work', value: body.work_phone }] : []),
          ...(body.phone_numbers ?? []).map((value) => ({ contact_data_type: 'mobile', value })),
        ];
        const person = fake.seedPerson({
          name: body.name,
          first_name: body.first_name ?? null,
          last_name: body.last_name ?? null,
          linkedin_url: body.linkedin_url,
          current_job_title: body.current_job_title ?? null,
          company_name: body.company_name ?? null,
          linkedin_location: body.linkedin_location ?? null,
          emails,
          phones,
          notes: body.notes ? [body.notes] : [],
          external_source_id: body.external_source_id ?? null,
          enrich_requested: body.enrich_record ?? false,
        });
        const candidate = job ? addCandidate(person.id, job.id) : null;
        ok({
          success: true,
          data: {
            id: person.id,
            name: person.name,
            linkedin_public_id: person.linkedin_public_id,
            current_job_title: person.current_job_title,
            company_name: person.company_name,
            linkedin_location: person.linkedin_location,
            emails: person.emails,
            phones: person.phones,
            candidate_id: candidate?.id ?? null,
            client_contact_id: null,
            external_source_id: person.external_source_id,
          },
        });
        return;
      }
      case 'persons.update': {
        const body = validate(res, record, updatePersonRequestSchema);
        if (!body) return;
        const person = fake.persons.find((p) => p.id === matched.id);
        if (!person) return fail(res, 404, 'NOT_FOUND', 'Person not found');
        if (body.job_id && !fake.jobs.some((j) => j.id === body.job_id)) return fail(res, 404, 'NOT_FOUND', 'Job not found');
        // emails / phone_numbers REPLACE the existing values [doc].
        if (body.emails) person.emails = body.emails;
        if (body.phone_numbers) person.phones = body.phone_numbers;
        if (body.enrich_record) person.enrich_requested = true;
        for (const key of ['name', 'first_name', 'last_name', 'current_job_title', 'company_name', 'linkedin_location'] as const) {
          const value = body[key];
          if (value !== undefined) person[key] = value;
        }
        if (body.job_id && !fake.candidates.some((c) => c.person_id === person.id && c.job_id === body.job_id)) {
          addCandidate(person.id, body.job_id);
        }
        ok({ success: true, data: { message: 'Person updated successfully' } });
        return;
      }
      case 'candidates.update-stage': {
        const body = validate(res, record, updateStageRequestSchema);
        if (!body) return;
        const job = fake.jobs.find((j) => (body.job_id ? j.id === body.job_id : j.name === body.job_name));
        if (!job) return fail(res, 404, 'NOT_FOUND', 'Job not found');
        const candidate = fake.candidates.find(
          (c) =>
            c.job_id === job.id &&
            (body.candidate_id
              ? c.id === body.candidate_id
              : fake.persons.some(
                  (p) =>
                    p.id === c.person_id &&
                    (body.candidate_email ? p.emails.some((e) => e.value === body.candidate_email) : p.name === body.candidate_name),
                )),
        );
        if (!candidate) return fail(res, 404, 'NOT_FOUND', 'Candidate not found in this job');
        const stage = job.stages.find((s) => (body.stage_id ? s.id === body.stage_id : s.name === body.stage_name));
        if (!stage) return fail(res, 404, 'NOT_FOUND', 'Stage not found in this job');
        const previous = candidate.stage_id;
        candidate.stage_id = stage.id;
        ok({
          success: true,
          data: { candidate_id: candidate.id, person_id: candidate.person_id, job_id: job.id, previous_stage_id: previous, new_stage_id: stage.id },
        });
        return;
      }
    }
  }

  fake.reset();
  return fake;
}

/** What the sandbox server starts for this vendor (tests/fakes/server.ts finds it by this name in every vendor folder). */
export const createFake = createStardexFake;
