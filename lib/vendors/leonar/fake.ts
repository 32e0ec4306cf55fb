// Fake of Leonar's API (https://app.leonar.app/api/v1). Every request body and query is parsed with the SAME
// documented schemas the extension uses (lib/vendors/leonar/schema.ts); what Leonar would refuse gets Leonar's
// documented error envelope. State (projects, contacts, the sourcing network, credits) is plain data the tests seed,
// and any documented error can be forced through `injectError`.
// Not on vendor-kit: Leonar's 401 is `invalid_api_key` and its 403s depend on scopes and billing.
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import {
  addToProjectRequestSchema,
  advancedSearchRequestSchema,
  contactsSearchRequestSchema,
  LEONAR_ERROR_STATUS,
  projectListQuerySchema,
  type ConnectedAccount,
  type LeonarErrorCode,
} from './schema';
import { cutMidAnswer, recordRequest, sendHtml, sendJson, sendText, type RecordedRequest, type Router } from '@/tests/fakes/http';
import type { VendorFake } from '@/tests/fakes/vendor-kit';

export const LEONAR_HOST = 'app.leonar.app';
export const LEONAR_TEST_KEY = 'leo_test_key_0000001a2b';
const API = '/api/v1';
/** [doc] 2,000 requests per hour per key. */
const HOURLY_LIMIT = 2000;

export interface LeonarFakeStage {
  id: string;
  name: string;
  position: number;
  system_category: string;
}

export interface LeonarFakeProject {
  id: string;
  name: string;
  status: 'active' | 'archived';
  client_name: string | null;
  location: string | null;
  stages: LeonarFakeStage[];
}

export interface LeonarFakeContact {
  id: string;
  first_name: string | null;
  last_name: string | null;
  linkedin_url: string | null;
  profile_id: string | null;
  company: string | null;
  /** Projects the contact is in (pipeline entries). */
  projectIds: string[];
  /** The profile exactly as add-to-project received it (null for seeded contacts). */
  received: unknown;
}

/** A person the advanced (paid) search can find, with the details a reveal returns. */
export interface LeonarFakeNetworkPerson {
  profile_id: string;
  first_name: string;
  last_name: string;
  linkedin_url: string;
  company: string;
  title: string;
  work_email: string | null;
  personal_email: string | null;
  phone: string | null;
}

export interface InjectedError {
  code: LeonarErrorCode;
  /** Only requests whose path (after /api/v1) starts with this; all when absent. */
  path?: string;
  method?: string;
  message?: string;
  details?: unknown;
  /** How many requests it hits (default 1). */
  times?: number;
  /** For 429: the X-RateLimit-Reset it sends (Unix seconds). */
  resetAt?: number;
}

/**
 * A fault outside Leonar's documented envelope (a proxy's 503, a dropped connection, an HTML page) answered before
 * any work, or `changed-shape`: the work is done and the 200 comes back in another shape.
 */
export interface LeonarWireFault {
  kind: 'status' | 'drop' | 'non-json' | 'changed-shape';
  /** For `status`: the status sent with a plain-text body. */
  status?: number;
  path?: string;
  method?: string;
  times?: number;
}

export interface LeonarFake extends VendorFake {
  projects: LeonarFakeProject[];
  contacts: LeonarFakeContact[];
  network: LeonarFakeNetworkPerson[];
  accounts: ConnectedAccount[];
  credits: number;
  /** Scopes of the accepted key ([doc] the `sourcing` bundle covers contacts, projects, pipeline and sourcing). */
  scopes: Set<string>;
  workspace: 'ok' | 'billing_required' | 'plan_upgrade_required';
  /** Milliseconds each answer waits (to see loading states). */
  delayMs: number;
  injectError(error: InjectedError): void;
  injectFault(fault: LeonarWireFault): void;
  /** Requests by method + path (after /api/v1), e.g. count('POST', '/sourcing/add-to-project'). */
  count(method: string, path: string): number;
  /** Contacts in a project: proves a save did not add the same person twice. */
  entriesIn(projectId: string): LeonarFakeContact[];
  /**
   * Seeds people already in a project (contacts with a pipeline entry there): add-to-project then skips them as
   * `already_in_project`, matched by linkedin_url or by profile_id as Leonar matches them.
   */
  seedInProject(projectId: string, people: readonly LeonarFakeSeed[]): LeonarFakeContact[];
}

/** A person to seed: at least a LinkedIn URL or a profile id, so add-to-project can recognise them. */
export interface LeonarFakeSeed {
  first_name: string;
  last_name: string;
  linkedin_url?: string | null;
  profile_id?: string | null;
  company?: string | null;
}

export const LEONAR_PROJECTS = {
  backend: '6f1c2b7e-4a3d-4e8f-9b0a-1c2d3e4f5a6b',
  design: '7a2d3c8f-5b4e-4f90-8c1b-2d3e4f5a6b7c',
  archived: '8b3e4d90-6c5f-4a01-9d2c-3e4f5a6b7c8d',
} as const;
export const LEONAR_ACCOUNT_ID = '9c4f5ea1-7d60-4b12-8e3d-4f5a6b7c8d9e';
const SOURCING_SCOPES = ['projects:read', 'contacts:read', 'contacts:write', 'pipeline:read', 'pipeline:write', 'sourcing:read', 'sourcing:write'];

function stages(prefix: string): LeonarFakeStage[] {
  return [
    { id: `${prefix}-0000-4000-8000-000000000002`, name: 'Screening', position: 2, system_category: 'screening' },
    { id: `${prefix}-0000-4000-8000-000000000001`, name: 'Sourced', position: 1, system_category: 'sourced' },
  ];
}

function seedProjects(): LeonarFakeProject[] {
  return [
    { id: LEONAR_PROJECTS.backend, name: 'Backend Engineers', status: 'active', client_name: 'Examplia', location: 'Lyon', stages: stages('a1a1a1a1') },
    { id: LEONAR_PROJECTS.design, name: 'Product Designers', status: 'active', client_name: null, location: 'Remote', stages: stages('b2b2b2b2') },
    { id: LEONAR_PROJECTS.archived, name: 'Old Search', status: 'archived', client_name: null, location: null, stages: stages('c3c3c3c3') },
  ];
}

function seedAccounts(): ConnectedAccount[] {
  return [{ id: LEONAR_ACCOUNT_ID, name: 'Recruiter account', license_type: 'classic', api_status: { classic: 'active', sales_navigator: 'inactive', recruiter: 'inactive' } }];
}

/** Which scope each route needs [inf: the docs name the scopes, not the scope of each endpoint]. */
const ROUTE_SCOPES: { method: string; path: RegExp; scope: string }[] = [
  { method: 'GET', path: /^\/projects(\/[^/]+)?$/, scope: 'projects:read' },
  { method: 'GET', path: /^\/connected-accounts$/, scope: 'sourcing:read' },
  { method: 'POST', path: /^\/sourcing\/contacts\/search$/, scope: 'sourcing:read' },
  { method: 'POST', path: /^\/sourcing\/advanced\/profiles\/search$/, scope: 'sourcing:read' },
  { method: 'POST', path: /^\/sourcing\/add-to-project$/, scope: 'sourcing:write' },
];

function fold(text: string | null | undefined): string {
  return (text ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function vanity(url: string | null | undefined): string | null {
  const m = /linkedin\.com\/in\/([^/?#]+)/i.exec(url ?? '');
  if (!m?.[1]) return null;
  try {
    return decodeURIComponent(m[1]).toLowerCase();
  } catch {
    return m[1].toLowerCase();
  }
}

function issuesText(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
}

const fakes = new WeakMap<VendorFake, LeonarFake>();

/** The Leonar controls of the fake server's `vendors.leonar` (typed VendorFake there). */
export function leonarControls(fake: VendorFake): LeonarFake {
  const found = fakes.get(fake);
  if (!found) throw new Error('not the Leonar fake');
  return found;
}

export function createLeonarFake(): LeonarFake {
  let injected: (InjectedError & { left: number })[] = [];
  let wire: (LeonarWireFault & { left: number })[] = [];
  const usage = new Map<string, { windowStart: number; used: number }>();

  const error = (res: Parameters<Router>[1], code: LeonarErrorCode, message: string, extra: { details?: unknown; headers?: Record<string, string> } = {}) =>
    sendJson(res, LEONAR_ERROR_STATUS[code], { error: { code, message, ...(extra.details !== undefined ? { details: extra.details } : {}) } }, extra.headers ?? {});

  const sourcingProfile = (c: LeonarFakeContact, projectId: string) => ({
    profile_id: c.profile_id,
    first_name: c.first_name,
    last_name: c.last_name,
    headline: null,
    location: null,
    linkedin_url: c.linkedin_url,
    current_job: c.company ? { title: null, company_name: c.company } : null,
    experiences: [],
    educations: [],
    skills: [],
    already_in_project: c.projectIds.includes(projectId),
    existing_contact_id: c.id,
  });

  const fake: LeonarFake = {
    name: 'leonar',
    requests: [],
    apiKey: LEONAR_TEST_KEY,
    projects: seedProjects(),
    contacts: [],
    network: [],
    accounts: seedAccounts(),
    credits: 100,
    scopes: new Set(SOURCING_SCOPES),
    workspace: 'ok',
    delayMs: 0,
    injectError(e) {
      injected.push({ ...e, left: e.times ?? 1 });
    },
    injectFault(f) {
      wire.push({ ...f, left: f.times ?? 1 });
    },
    count(method, path) {
      return fake.requests.filter((r) => r.method === method && r.path === API + path).length;
    },
    entriesIn(projectId) {
      return fake.contacts.filter((c) => c.projectIds.includes(projectId));
    },
    seedInProject(projectId, people) {
      const seeded = people.map((p) => ({
        id: randomUUID(),
        first_name: p.first_name,
        last_name: p.last_name,
        linkedin_url: p.linkedin_url ?? null,
        profile_id: p.profile_id ?? null,
        company: p.company ?? null,
        projectIds: [projectId],
        received: null,
      }));
      fake.contacts.push(...seeded);
      return seeded;
    },
    reset() {
      fake.requests.length = 0;
      fake.apiKey = LEONAR_TEST_KEY;
      fake.projects = seedProjects();
      fake.contacts = [];
      fake.network = [];
      fake.accounts = seedAccounts();
      fake.credits = 100;
      fake.scopes = new Set(SOURCING_SCOPES);
      fake.workspace = 'ok';
      fake.delayMs = 0;
      injected = [];
      wire = [];
      usage.clear();
    },
    router: async (req, res, url) => {
      const record = await recordRequest(req, url);
      fake.requests.push(record);
      if (fake.delayMs) await new Promise((r) => setTimeout(r, fake.delayMs));
      if (!url.pathname.startsWith(`${API}/`)) return error(res, 'not_found', `${url.pathname} is not an API path`);
      const path = url.pathname.slice(API.length);
      const advanced = path === '/sourcing/advanced/profiles/search';
      const fault = wire.find((f) => f.left > 0 && (!f.path || path.startsWith(f.path)) && (!f.method || f.method === record.method));
      if (fault) fault.left--;
      if (fault?.kind === 'drop') return cutMidAnswer(res);
      if (fault?.kind === 'non-json') return sendHtml(res, 200, '<html><body>Maintenance</body></html>');
      if (fault?.kind === 'status') return sendText(res, fault.status ?? 503, 'Service Unavailable');
      const reshape = fault?.kind === 'changed-shape';

      const auth = record.headers.authorization ?? '';
      if (auth !== `Bearer ${fake.apiKey}`) return error(res, 'invalid_api_key', 'Invalid or missing API key');

      // [doc] every response carries X-RateLimit-*, except the advanced search (credit-gated only).
      const now = Math.floor(Date.now() / 1000);
      const window = usage.get(fake.apiKey) ?? { windowStart: now, used: 0 };
      if (now - window.windowStart >= 3600) Object.assign(window, { windowStart: now, used: 0 });
      if (!advanced) window.used++;
      usage.set(fake.apiKey, window);
      const rate: Record<string, string> = advanced
        ? {}
        : {
            'x-ratelimit-limit': String(HOURLY_LIMIT),
            'x-ratelimit-remaining': String(Math.max(0, HOURLY_LIMIT - window.used)),
            'x-ratelimit-reset': String(window.windowStart + 3600),
          };

      const forced = injected.find((e) => e.left > 0 && (!e.path || path.startsWith(e.path)) && (!e.method || e.method === record.method));
      if (forced) {
        forced.left--;
        const headers = forced.code === 'rate_limit_exceeded' ? { ...rate, 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(forced.resetAt ?? now + 120) } : rate;
        return error(res, forced.code, forced.message ?? defaultMessage(forced.code), { details: forced.details, headers });
      }
      if (!advanced && window.used > HOURLY_LIMIT) return error(res, 'rate_limit_exceeded', 'Rate limit exceeded', { headers: rate });
      if (fake.workspace !== 'ok') return error(res, fake.workspace, defaultMessage(fake.workspace), { headers: rate });
      const need = ROUTE_SCOPES.find((r) => r.method === record.method && r.path.test(path));
      if (need && !fake.scopes.has(need.scope)) {
        return error(res, 'insufficient_scope', `Missing scope ${need.scope}`, { headers: rate });
      }
      const ok = (body: unknown) => sendJson(res, 200, reshape ? { result: body } : body, rate);
      const invalid = (message: string) => error(res, 'validation_error', message, { headers: rate });
      const notFound = (message: string) => error(res, 'not_found', message, { headers: rate });
      return route(record, path, { ok, invalid, notFound, reply: (status, body) => sendJson(res, status, body, rate), credits: (details) => error(res, 'insufficient_credits', 'Insufficient sourcing credits', { details }) });
    },
  };

  function projectJson(p: LeonarFakeProject) {
    return {
      id: p.id,
      name: p.name,
      status: p.status,
      client_name: p.client_name,
      client_company: p.client_name ? { name: p.client_name } : null,
      location: p.location,
      description: null,
      entries_count: fake.entriesIn(p.id).length,
      pipeline: { stages: p.stages.map((s) => ({ ...s, color: null, entries_count: 0 })) },
    };
  }

  interface Replies {
    ok(body: unknown): void;
    invalid(message: string): void;
    notFound(message: string): void;
    reply(status: number, body: unknown): void;
    credits(details: { credit_type: string; available: number; required: number }): void;
  }

  function route(record: RecordedRequest, path: string, r: Replies): void {
    if (record.method === 'GET' && path === '/projects') {
      const q = projectListQuerySchema.safeParse(record.query);
      if (!q.success) return r.invalid(issuesText(q.error));
      const limit = q.data.limit ?? 50;
      const offset = q.data.offset ?? 0;
      const all = fake.projects.filter((p) => !q.data.status || p.status === q.data.status);
      const page = all.slice(offset, offset + limit);
      return r.ok({ data: page.map(projectJson), meta: { total: all.length, limit, offset, has_more: offset + limit < all.length } });
    }
    const projectMatch = /^\/projects\/([^/]+)$/.exec(path);
    if (record.method === 'GET' && projectMatch) {
      const p = fake.projects.find((x) => x.id === decodeURIComponent(projectMatch[1] ?? ''));
      return p ? r.ok({ data: projectJson(p) }) : r.notFound('Project not found');
    }
    if (record.method === 'GET' && path === '/connected-accounts') return r.ok({ data: fake.accounts });

    if (record.method === 'POST' && path === '/sourcing/contacts/search') {
      const body = contactsSearchRequestSchema.safeParse(record.body);
      if (!body.success) return r.invalid(issuesText(body.error));
      const b = body.data;
      if (!fake.projects.some((p) => p.id === b.project_id)) return r.notFound('Project not found');
      const hits = fake.contacts.filter((c) => {
        const name = fold(`${c.first_name ?? ''} ${c.last_name ?? ''}`);
        if (b.full_name && !name.includes(fold(b.full_name))) return false;
        if (b.first_name && fold(c.first_name) !== fold(b.first_name)) return false;
        if (b.last_name && fold(c.last_name) !== fold(b.last_name)) return false;
        if (b.companies?.length && !b.companies.some((x) => fold(x) === fold(c.company))) return false;
        return true;
      });
      const size = b.page_size ?? 20;
      const page = b.page ?? 1;
      const slice = hits.slice((page - 1) * size, page * size);
      const more = page * size < hits.length;
      return r.ok({
        data: { profiles: slice.map((c) => sourcingProfile(c, b.project_id)), total_count: hits.length, filtered_count: hits.length, next_page: more ? page + 1 : null, has_more: more },
      });
    }

    if (record.method === 'POST' && path === '/sourcing/add-to-project') {
      const body = addToProjectRequestSchema.safeParse(record.body);
      if (!body.success) return r.invalid(issuesText(body.error));
      const b = body.data;
      const project = fake.projects.find((p) => p.id === b.project_id);
      if (!project) return r.notFound('Project not found');
      if (b.account_id && !fake.accounts.some((a) => a.id === b.account_id)) return r.notFound('Connected account not found');
      const contactIds: string[] = [];
      const skipped: { profile_id: string; reason: string }[] = [];
      for (const p of b.profiles) {
        const v = vanity(p.linkedin_url);
        let contact = fake.contacts.find((c) => (v && vanity(c.linkedin_url) === v) || (c.profile_id && c.profile_id === p.profile_id));
        if (contact?.projectIds.includes(project.id)) {
          skipped.push({ profile_id: p.profile_id, reason: 'already_in_project' });
          continue;
        }
        if (!contact) {
          const known = b.resolve_names ? fake.network.find((n) => vanity(n.linkedin_url) === v) : undefined;
          contact = {
            id: randomUUID(),
            first_name: p.first_name ?? known?.first_name ?? null,
            last_name: p.last_name ?? known?.last_name ?? null,
            linkedin_url: p.linkedin_url ?? null,
            profile_id: p.profile_id,
            company: p.current_job?.company_name ?? null,
            projectIds: [],
            received: p,
          };
          fake.contacts.push(contact);
        }
        contact.projectIds.push(project.id);
        contactIds.push(contact.id);
      }
      const first = [...project.stages].sort((a, c) => a.position - c.position)[0];
      return r.ok({
        data: {
          added: contactIds.length,
          skipped: skipped.length,
          contact_ids: contactIds,
          skipped_profiles: skipped,
          stage: first ? { id: first.id, name: first.name, category: first.system_category } : null,
        },
      });
    }

    if (record.method === 'POST' && path === '/sourcing/advanced/profiles/search') {
      const body = advancedSearchRequestSchema.safeParse(record.body);
      if (!body.success) return r.invalid(issuesText(body.error));
      const b = body.data;
      const hits = fake.network.filter((n) => {
        if (b.name && !fold(`${n.first_name} ${n.last_name}`).includes(fold(b.name))) return false;
        if (b.company?.length && !b.company.some((c) => fold(c) === fold(n.company))) return false;
        return true;
      });
      // [doc] one sourcing credit per profile returned; 402 when they run out.
      if (hits.length > fake.credits) return r.credits({ credit_type: 'sourcing', available: fake.credits, required: hits.length });
      fake.credits -= hits.length;
      const want = new Set(b.reveal_info ? (b.data_types ?? []) : []);
      return r.ok({
        data: {
          profiles: hits.map((n) => ({
            profile_id: n.profile_id,
            first_name: n.first_name,
            last_name: n.last_name,
            headline: `${n.title} at ${n.company}`,
            location: null,
            linkedin_url: n.linkedin_url,
            current_job: { title: n.title, company_name: n.company },
            experiences: [],
            educations: [],
            skills: [],
            open_to_work: false,
            // [inf] the contact object's shapes: the docs do not show where revealed details appear.
            emails: [
              ...(want.has('work_email') && n.work_email ? [{ email: n.work_email, type: 'work' }] : []),
              ...(want.has('personal_email') && n.personal_email ? [{ email: n.personal_email, type: 'personal' }] : []),
            ],
            phones: want.has('phone') && n.phone ? [{ phone: n.phone, type: 'mobile' }] : [],
          })),
          total_count: hits.length,
          filtered_count: hits.length,
          next_page: null,
          has_more: false,
          filters_too_strict: false,
          credits_consumed: hits.length,
          sourcing_credits_remaining: fake.credits,
          request_id: `req_${randomUUID().slice(0, 8)}`,
          leonar_profiles_cached: 0,
        },
      });
    }
    return r.notFound(`${record.method} ${path} is not a Leonar endpoint the fake knows`);
  }

  fakes.set(fake, fake);
  return fake;
}

function defaultMessage(code: LeonarErrorCode): string {
  const messages: Record<LeonarErrorCode, string> = {
    validation_error: 'Invalid request data',
    invalid_api_key: 'Invalid or missing API key',
    insufficient_credits: 'Insufficient sourcing credits',
    insufficient_scope: 'Missing scope sourcing:write',
    billing_required: 'An active subscription is required',
    plan_upgrade_required: 'Your plan does not include this feature',
    not_found: 'Resource not found',
    rate_limit_exceeded: 'Rate limit exceeded',
    internal_error: 'Internal server error',
  };
  return messages[code];
}

/** What the sandbox server starts for this vendor (tests/fakes/server.ts finds it by this name in every vendor folder). */
export const createFake = createLeonarFake;
