// Fake of www.linkedin.com: a sandbox of profiles (page fixtures + LinkedIn's JSON, or invented people rendered as
// 2026 pages), the session cookies, the Voyager dash endpoints with LinkedIn's CSRF rule and decoration ids, the
// per-section lists, the 2026 details pages and the rsc-action endpoints that fill lazy cards and page details lists,
// the pages that are not profiles, and faults that tests switch on through this module's control API (methods on
// the object, never over HTTP). Every request is logged; JSON, details pages and rsc-actions also in their own logs.
import { randomBytes, randomInt } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { escapeHtml, parseCookies, recordRequest, redirect, sendHtml, sendJson, sendText, type RecordedRequest, type Router } from './http';
import {
  authwallPage,
  checkpointPage,
  feedPage,
  loginPage,
  notFoundPage,
  peopleSearchPage,
  SANDBOX_LEADS,
  salesLeadPage,
  salesSearchPage,
  SANDBOX_NAV_PATH,
  SANDBOX_NAV_SCRIPT,
  withSandboxBar,
} from './linkedin-pages';
import {
  COMPONENT_ACTION_PATH,
  COMPONENT_PREFIX,
  DETAILS_PAGE_SIZE,
  DETAILS_SLUGS,
  emptyStateHtml,
  isLazyContainer,
  ITEM_COUNT_HEADER,
  LINKEDIN_PAGE_CSP,
  PAGER_PREFIX,
  PAGINATION_ACTION_PATH,
  renderContainerContent,
  renderDetailsEntries,
  renderDetailsPage,
  renderProfilePage,
  SANDBOX_LAZY_PATH,
  SANDBOX_LAZY_SCRIPT,
  SANDBOX_PAGER_PATH,
  SANDBOX_PAGER_SCRIPT,
  SANDBOX_TODAY,
  type DetailsPageOptions,
  type DetailsSlug,
  type LazyContainer,
  type ProfilePageOptions,
} from './sdui-2026-pages';
import {
  buildDashProfileResponse,
  buildListResponse,
  isVoyagerListName,
  listWindow,
  POSITION_GROUP_DECORATION,
  retiredEnvelope,
  VOYAGER_LIST_NAMES,
  type BuildOptions,
  type FakePerson,
  type VoyagerListName,
} from './voyager-data';

export type { DetailsSlug } from './sdui-2026-pages';

export const LINKEDIN_HOST = 'www.linkedin.com';
export const LINKEDIN_ORIGIN = `https://${LINKEDIN_HOST}`;

/** LinkedIn's JSON for one person, as the Voyager dash endpoints answer it (normalised `data` + `included`). */
export interface VoyagerResponses {
  /** `ACoAA…`: the id in `urn:li:fsd_profile:<id>`, used by the per-section lists. */
  memberId: string;
  /** Answer of `identity/dash/profiles?q=memberIdentity&memberIdentity=<vanity>&decorationId=…`. */
  profile: unknown;
  /** Answer of `identity/dash/profilePositions?q=viewee&profileUrn=…&start=S&count=C` (absent: 404). */
  positions?: (start: number, count: number) => unknown;
  /** Answer of `identity/dash/profileSkills?q=viewee&profileUrn=…&start=S&count=C` (absent: 404). */
  skills?: (start: number, count: number) => unknown;
  /** `profileEducations`, `profileCertifications`, `profileLanguages` (absent: 404). */
  educations?: (start: number, count: number) => unknown;
  certifications?: (start: number, count: number) => unknown;
  languages?: (start: number, count: number) => unknown;
  /** `profilePositionGroups`; `decorated` with FullProfilePositionGroup-73 (absent: 404). */
  positionGroups?: (start: number, count: number, decorated: boolean) => unknown;
}

export interface SandboxProfile {
  vanity: string;
  /** The profile page's HTML, as LinkedIn would serve it for /in/<vanity>/ (absent: rendered from `person`, if any). */
  html?: string;
  /** LinkedIn's JSON for this person; null: the JSON endpoints answer 404 for this vanity. */
  voyager: VoyagerResponses | null;
  /** Fixed /in/<vanity>/details/<section>/ pages (win over pages rendered from `person`). */
  details?: Partial<Record<DetailsSlug, string>>;
  /** An invented person: the 2026 profile page, its details pages and its lazy cards are rendered from it. */
  person?: FakePerson;
  /** How the 2026 profile page is rendered (lazy, pronouns, top skills, photo, name markup…). */
  page?: ProfilePageOptions;
  /** How the details pages are rendered; false: they answer 404. */
  detailsPages?: DetailsPageOptions | false;
}

export interface SandboxPersonOptions {
  page?: ProfilePageOptions;
  details?: DetailsPageOptions | false;
  /**
   * LinkedIn's JSON for the person: by default the dash profile and every list; `lists` keeps only those lists (the
   * others answer 404), `alsoIncluded` puts other people's Profiles in the dash answer; false: no JSON at all (404).
   */
  json?: false | (BuildOptions & { lists?: readonly VoyagerListName[] });
}

/** LinkedIn's JSON for an invented person: the dash profile and the six per-section lists. */
export function voyagerResponsesOf(person: FakePerson, options: BuildOptions & { lists?: readonly VoyagerListName[] } = {}): VoyagerResponses {
  const lists = new Set(options.lists ?? VOYAGER_LIST_NAMES);
  const page = (list: VoyagerListName) => (lists.has(list) ? (start: number, count: number) => buildListResponse(person, list, start, count) : undefined);
  return {
    memberId: person.memberId,
    profile: buildDashProfileResponse(person, options),
    positions: page('profilePositions'),
    skills: page('profileSkills'),
    educations: page('profileEducations'),
    certifications: page('profileCertifications'),
    languages: page('profileLanguages'),
    positionGroups: lists.has('profilePositionGroups')
      ? (start, count, decorated) => buildListResponse(person, 'profilePositionGroups', start, count, decorated)
      : undefined,
  };
}

/** A sandbox profile for an invented person: 2026 page, details pages, lazy cards and LinkedIn's JSON. */
export function sandboxPerson(person: FakePerson, options: SandboxPersonOptions = {}): SandboxProfile {
  return {
    vanity: person.vanity,
    person,
    page: options.page ?? {},
    detailsPages: options.details ?? {},
    voyager: options.json === false ? null : voyagerResponsesOf(person, options.json ?? {}),
  };
}

export const VOYAGER_ENDPOINTS = ['profiles', ...VOYAGER_LIST_NAMES] as const;
export type VoyagerEndpoint = (typeof VOYAGER_ENDPOINTS)[number];
/** Where a fault can be set: a JSON endpoint, the details pages, or the rsc-action endpoints (component + pagination). */
export type FaultEndpoint = VoyagerEndpoint | 'details' | 'rsc';

export type JsonFault =
  /** Answers this status (a 429 carries `retry-after`, 60 s unless `retryAfter` says otherwise). */
  | { kind: 'status'; status: number; retryAfter?: number }
  /** Answers 200 whose whole body is {"data":{"status":410},"included":[]} (how LinkedIn retires a resource). */
  | { kind: 'envelope-410' }
  /** Never answers (the request stays open until the browser gives up or the server closes). */
  | { kind: 'hang' }
  /** Closes the TCP connection without an answer. */
  | { kind: 'drop' }
  /** Answers 200 with an HTML body, as LinkedIn does when it serves a login page instead of JSON. */
  | { kind: 'non-json' }
  /** Answers normally after a delay. */
  | { kind: 'delay'; ms: number };
/** The same faults serve every endpoint (JSON, details pages, rsc-actions). */
export type Fault = JsonFault;

export interface FaultScope {
  vanity?: string;
  endpoint?: FaultEndpoint;
  /** Details pages and pagination POSTs of this section only. */
  section?: DetailsSlug;
}

/** How a page added with addPage is matched: by its path alone, or by its path and the parameters of its query. */
export type PageMatch = 'path' | 'query';

/** What a request ended with: the status sent, or the fault that took its place. */
export type RequestOutcome = number | 'envelope-410' | 'hang' | 'drop' | 'non-json';

export const DECORATION_PREFIX = 'com.linkedin.voyager.dash.deco.identity.profile.FullProfileWithEntities-';
const DECORATION_NAMESPACE = 'com.linkedin.voyager.dash.deco.identity.profile.';

/** How the sandbox answers a decoration id: 200, 400 (drift), 404, 410, or a 200 carrying the 410 envelope. */
export type DecorationAnswer = 200 | 400 | 404 | 410 | 'envelope-410';

/**
 * The decorations a plain sandbox answers (the extension's chain -101, -109, -93, -102, -100, -99, plus -96 and the
 * position-group -73), and how. Any id not listed answers 400, as LinkedIn does for a stale decoration.
 * -93 is kept drifted (400) and -91 unknown (404), as before -101 existed: tests/e2e/fakes.spec.ts checks both, and
 * a read that walks past -101 and -109 meets a drift before -102 answers.
 */
export const DEFAULT_DECORATION_ANSWERS: Readonly<Record<string, DecorationAnswer>> = {
  [`${DECORATION_PREFIX}101`]: 200,
  [`${DECORATION_PREFIX}109`]: 200,
  [`${DECORATION_PREFIX}93`]: 400,
  [`${DECORATION_PREFIX}102`]: 200,
  [`${DECORATION_PREFIX}100`]: 200,
  [`${DECORATION_PREFIX}99`]: 200,
  [`${DECORATION_PREFIX}96`]: 200,
  [`${DECORATION_PREFIX}91`]: 404,
  [POSITION_GROUP_DECORATION]: 200,
};

/** The retired part of the defaults (kept for older callers). */
export const DEFAULT_RETIRED_DECORATIONS: Readonly<Record<string, 400 | 404>> = {
  [`${DECORATION_PREFIX}93`]: 400,
  [`${DECORATION_PREFIX}91`]: 404,
};

/** "101" → FullProfileWithEntities-101; "FullProfilePositionGroup-73" → its full id; full ids stay. */
export function decorationIdOf(key: string): string {
  if (key.startsWith('com.')) return key;
  if (/^\d+$/.test(key)) return `${DECORATION_PREFIX}${key}`;
  return `${DECORATION_NAMESPACE}${key}`;
}

export interface VoyagerRequestRecord extends RecordedRequest {
  endpoint: VoyagerEndpoint;
  /** The person asked about (by vanity for the profile, by member id for the lists), null when unknown. */
  vanity: string | null;
  /** What the fake answered (status, or the fault that fired). */
  outcome: RequestOutcome;
}

export interface DetailsRequestRecord extends RecordedRequest {
  vanity: string;
  section: DetailsSlug;
  outcome: RequestOutcome;
}

export interface RscRequestRecord extends RecordedRequest {
  action: 'component' | 'pagination';
  /** componentId (`com.linkedin.sdui.generated.profile.dsl.impl.<container>`) or pagerId. */
  id: string;
  vanity: string | null;
  /** The lazy container asked for (component), or the details section (pagination). */
  container: LazyContainer | null;
  section: DetailsSlug | null;
  start: number | null;
  count: number | null;
  /** Entries in a pagination answer (0 past the end). */
  items: number | null;
  outcome: RequestOutcome;
}

export interface LinkedInFake {
  readonly router: Router;
  /** Every request to www.linkedin.com, in order. */
  readonly requests: RecordedRequest[];
  /** Requests to the Voyager JSON endpoints (dash profile and per-section lists), with what the fake answered. */
  readonly voyagerRequests: VoyagerRequestRecord[];
  /** Requests for /in/<vanity>/details/<section>/ pages. */
  readonly detailsRequests: DetailsRequestRecord[];
  /** POSTs to /flagship-web/rsc-action/actions/{component,pagination}. */
  readonly rscRequests: RscRequestRecord[];
  /** The JSESSIONID value (without quotes) this sandbox issues; the csrf-token header must equal it. */
  readonly sessionId: string;
  /** Adds (or replaces, by vanity) a profile. */
  addProfile(profile: SandboxProfile): void;
  /** Adds an invented person (sandboxPerson) and returns the profile added. */
  addPerson(person: FakePerson, options?: SandboxPersonOptions): SandboxProfile;
  profile(vanity: string): SandboxProfile | undefined;
  vanities(): string[];
  /** Signed out: profile and details pages redirect to /authwall and the JSON endpoints answer 403. */
  setSignedIn(signedIn: boolean): void;
  /** A fault: global, per vanity, per endpoint (JSON endpoint, 'details', 'rsc'), per section. The latest matching wins. */
  setFault(fault: Fault, scope?: FaultScope): void;
  clearFaults(): void;
  /** Sets how decoration ids answer (merged onto the current answers); keys: full ids, "FullProfileWithEntities-101" or "101". */
  setDecorationAnswers(answers: Record<string, DecorationAnswer>): void;
  /** How a decoration id answers now. */
  decorationAnswer(decorationId: string): DecorationAnswer;
  /** Every default decoration answers, except these (400/404). Replaces earlier settings. */
  setRetiredDecorations(retired: Record<string, 400 | 404>): void;
  /** The dash profile of `vanity` answers 200 with `other`'s Profile (LinkedIn describing someone else); null: undo. */
  setJsonPerson(vanity: string, other: FakePerson | null): void;
  /**
   * Serves `html` at a path, e.g. a search or Sales Navigator fixture. `match: 'path'` (the default): the query is
   * ignored. `match: 'query'`: only requests that carry every parameter of `pathAndQuery` (others may follow) get
   * it, and they get it before a page at the bare path or the sandbox's own list page there, which other queries
   * still get (a fixture search at `?keywords=…` beside the sandbox's search of 10).
   */
  addPage(pathAndQuery: string, html: string, match?: PageMatch): void;
  /** Every request to LinkedIn's data (JSON, details pages, rsc actions) waits this long first: a network's latency. */
  setLatency(ms: number): void;
  /** Back to the state after construction: signed in, no faults, default decorations, no JSON impostors, no latency,
   * logs emptied. Profiles stay. */
  reset(): void;
}

export function createLinkedInFake(profiles: readonly SandboxProfile[] = []): LinkedInFake {
  const registry = new Map<string, SandboxProfile>();
  let signedIn = true;
  let faults: { fault: Fault; scope: FaultScope }[] = [];
  let decorations = new Map<string, DecorationAnswer>(Object.entries(DEFAULT_DECORATION_ANSWERS));
  const jsonPeople = new Map<string, FakePerson>();
  const pages = new Map<string, string>();
  const queryPages: { path: string; params: [string, string][]; html: string }[] = [];
  let latencyMs = 0;
  const sessionId = `ajax:${randomInt(10 ** 9, 10 ** 10 - 1)}${randomInt(10 ** 9, 10 ** 10 - 1)}`;
  const liAt = `AQEDA${randomBytes(24).toString('base64url')}`;

  const fake: LinkedInFake = {
    requests: [],
    voyagerRequests: [],
    detailsRequests: [],
    rscRequests: [],
    sessionId,
    addProfile(p) {
      registry.set(p.vanity, p);
    },
    addPerson(person, options) {
      const p = sandboxPerson(person, options);
      registry.set(p.vanity, p);
      return p;
    },
    profile: (vanity) => registry.get(vanity),
    vanities: () => [...registry.keys()],
    setSignedIn(value) {
      signedIn = value;
    },
    setFault(fault, scope = {}) {
      faults.push({ fault, scope });
    },
    clearFaults() {
      faults = [];
    },
    setDecorationAnswers(answers) {
      for (const [key, answer] of Object.entries(answers)) decorations.set(decorationIdOf(key), answer);
    },
    decorationAnswer: (id) => decorations.get(decorationIdOf(id)) ?? 400,
    setRetiredDecorations(retired) {
      decorations = new Map(Object.keys(DEFAULT_DECORATION_ANSWERS).map((id) => [id, 200 as DecorationAnswer]));
      for (const [key, status] of Object.entries(retired)) decorations.set(decorationIdOf(key), status);
    },
    setJsonPerson(vanity, other) {
      if (other) jsonPeople.set(vanity, other);
      else jsonPeople.delete(vanity);
    },
    addPage(pathAndQuery, html, match = 'path') {
      const at = new URL(pathAndQuery, LINKEDIN_ORIGIN);
      if (match === 'path') return void pages.set(at.pathname, html);
      queryPages.push({ path: at.pathname, params: [...at.searchParams], html });
    },
    setLatency(ms) {
      latencyMs = ms;
    },
    reset() {
      // A test may replace a person (a lazy page, no JSON…): the next test finds the sandbox as it started.
      registry.clear();
      for (const p of profiles) registry.set(p.vanity, p);
      latencyMs = 0;
      signedIn = true;
      faults = [];
      decorations = new Map(Object.entries(DEFAULT_DECORATION_ANSWERS));
      jsonPeople.clear();
      fake.requests.length = 0;
      fake.voyagerRequests.length = 0;
      fake.detailsRequests.length = 0;
      fake.rscRequests.length = 0;
    },
    router: async (req, res, url) => {
      const record = await recordRequest(req, url);
      fake.requests.push(record);
      const path = url.pathname;
      if (latencyMs > 0 && (path.startsWith('/voyager/api/') || path.startsWith('/flagship-web/') || /^\/in\/[^/]+\/details\//.test(path))) {
        await new Promise((r) => setTimeout(r, latencyMs));
      }

      if (path.startsWith('/voyager/api/')) return voyager(req, res, url, record);
      if (path === COMPONENT_ACTION_PATH) return rscAction(req, res, url, record, 'component');
      if (path === PAGINATION_ACTION_PATH) return rscAction(req, res, url, record, 'pagination');
      if (path === SANDBOX_NAV_PATH) return sendText(res, 200, SANDBOX_NAV_SCRIPT, 'text/javascript; charset=utf-8');
      if (path === SANDBOX_LAZY_PATH) return sendText(res, 200, SANDBOX_LAZY_SCRIPT, 'text/javascript; charset=utf-8');
      if (path === SANDBOX_PAGER_PATH) return sendText(res, 200, SANDBOX_PAGER_SCRIPT, 'text/javascript; charset=utf-8');
      if (path === '/authwall') return sendHtml(res, 200, authwallPage(url.searchParams.get('sessionRedirect')), signedOutCookies());
      if (path.startsWith('/checkpoint/challenge/')) return sendHtml(res, 200, checkpointPage());
      if (path === '/login' || path === '/uas/login') return sendHtml(res, 200, loginPage());
      if (path === '/feed/' || path === '/') return sendHtml(res, 200, feedPage(), sessionCookies());
      const fixed = queryPageAt(url) ?? pages.get(path);
      if (fixed !== undefined) return sendHtml(res, 200, fixed, sessionCookies());
      const listed = listPageAt(path);
      if (listed !== undefined) return sendHtml(res, 200, listed, sessionCookies());

      const profileMatch = /^\/in\/([^/]+)\/?(?:details\/([a-z-]+)\/?)?$/.exec(path);
      if (profileMatch) {
        const vanity = safeDecode(profileMatch[1]!);
        const slug = profileMatch[2];
        if (!signedIn) {
          return redirect(res, `/authwall?trk=public_profile&sessionRedirect=${encodeURIComponent(url.href)}`, 302, signedOutCookies());
        }
        if (slug !== undefined) return details(req, res, vanity, slug, record);
        const p = registry.get(vanity);
        const html = p?.html ?? (p?.person ? renderProfilePage(p.person, p.page) : undefined);
        if (!p || html === undefined) return sendHtml(res, 404, notFoundPage(), sessionCookies());
        return sendHtml(res, 200, withSandboxBar(html, othersThan(vanity)), pageHeaders(p.html === undefined));
      }
      sendHtml(res, 404, notFoundPage());
    },
  };
  for (const p of profiles) fake.addProfile(p);

  /** The latest page added for this path whose query parameters the request all carries. */
  function queryPageAt(url: URL): string | undefined {
    for (let i = queryPages.length - 1; i >= 0; i--) {
      const q = queryPages[i]!;
      if (q.path === url.pathname && q.params.every(([name, value]) => url.searchParams.getAll(name).includes(value))) return q.html;
    }
    return undefined;
  }

  function othersThan(vanity: string): string[] {
    return [...registry.values()].filter((o) => (o.html !== undefined || o.person !== undefined) && o.vanity !== vanity).map((o) => o.vanity);
  }

  function sessionCookies(): Record<string, string[]> {
    return {
      'set-cookie': [
        `JSESSIONID="${sessionId}"; Domain=.www.linkedin.com; Path=/; Secure; SameSite=None`,
        `li_at=${liAt}; Domain=.linkedin.com; Path=/; Secure; HttpOnly; SameSite=None`,
      ],
    };
  }

  /** Pages rendered by the sandbox carry LinkedIn's Trusted Types CSP; fixture pages are served as they were. */
  function pageHeaders(rendered: boolean): Record<string, string | string[]> {
    return rendered ? { ...sessionCookies(), 'content-security-policy': LINKEDIN_PAGE_CSP } : sessionCookies();
  }

  function signedOutCookies(): Record<string, string[]> {
    return { 'set-cookie': [`li_at=; Domain=.linkedin.com; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=None`] };
  }

  function sessionOk(req: IncomingMessage): boolean {
    const cookies = parseCookies(req);
    const jsession = cookies.get('JSESSIONID')?.replace(/^"|"$/g, '');
    return signedIn && cookies.has('li_at') && jsession === sessionId && req.headers['csrf-token'] === jsession;
  }

  /**
   * Answers with `fault` unless it is a delay (then waits and returns false: answer normally). `as` is the body kind
   * of the endpoint (JSON, an HTML page, an rsc-action answer).
   */
  async function applyFault(fault: Fault, req: IncomingMessage, res: ServerResponse, as: 'json' | 'html' | 'text'): Promise<boolean> {
    switch (fault.kind) {
      case 'status': {
        const headers: Record<string, string> =
          fault.retryAfter !== undefined || fault.status === 429 ? { 'retry-after': String(fault.retryAfter ?? 60) } : {};
        if (as === 'json') sendJson(res, fault.status, { status: fault.status }, headers);
        else if (as === 'html') sendHtml(res, fault.status, errorPage(fault.status), headers);
        else {
          const text = `HTTP ${fault.status}`;
          res.writeHead(fault.status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
          res.end(text);
        }
        return true;
      }
      case 'envelope-410':
        sendJson(res, 200, retiredEnvelope());
        return true;
      case 'hang':
        return true; // deliberately never answered
      case 'drop':
        req.socket.destroy();
        return true;
      case 'non-json':
        sendHtml(res, 200, loginPage());
        return true;
      case 'delay':
        await new Promise((r) => setTimeout(r, fault.ms));
        return false;
    }
  }

  function faultOutcome(fault: Fault): RequestOutcome {
    return fault.kind === 'status' ? fault.status : fault.kind === 'delay' ? 200 : fault.kind;
  }

  async function voyager(req: IncomingMessage, res: ServerResponse, url: URL, record: RecordedRequest): Promise<void> {
    const endpoint = endpointOf(url.pathname);
    if (!endpoint) {
      // The retired REST endpoints (profileView, positions, skills…) answer 410 since late 2025.
      const gone = /^\/voyager\/api\/identity\/profiles\//.test(url.pathname);
      return sendJson(res, gone ? 410 : 404, { status: gone ? 410 : 404 });
    }
    const target = targetOf(endpoint, url);
    const vanity = endpoint === 'profiles' ? url.searchParams.get('memberIdentity') : (target?.vanity ?? null);
    const log = (outcome: RequestOutcome) => fake.voyagerRequests.push({ ...record, endpoint, vanity, outcome });

    if (!sessionOk(req)) {
      log(403);
      return sendText(res, 403, 'CSRF check failed.');
    }

    const fault = faultFor(vanity ?? undefined, endpoint, null);
    if (fault && (await applyFault(fault, req, res, 'json'))) return void log(faultOutcome(fault));

    const answerDecoration = (deco: string): boolean => {
      const answer = decorations.get(deco) ?? 400;
      if (answer === 200) return false;
      if (answer === 'envelope-410') {
        log('envelope-410');
        sendJson(res, 200, retiredEnvelope());
      } else {
        log(answer);
        sendJson(res, answer, { status: answer, message: `Unknown or retired decoration ${deco}` });
      }
      return true;
    };

    let body: unknown;
    if (endpoint === 'profiles') {
      if (url.searchParams.get('q') !== 'memberIdentity' || !vanity) {
        log(400);
        return sendJson(res, 400, { status: 400, message: 'q=memberIdentity and memberIdentity are required' });
      }
      if (answerDecoration(url.searchParams.get('decorationId') ?? '')) return;
      const impostor = jsonPeople.get(vanity);
      body = impostor ? buildDashProfileResponse(impostor) : target?.profile.voyager?.profile;
    } else {
      if (url.searchParams.get('q') !== 'viewee' || !url.searchParams.get('profileUrn')) {
        log(400);
        return sendJson(res, 400, { status: 400, message: 'q=viewee and profileUrn are required' });
      }
      const deco = url.searchParams.get('decorationId');
      if (deco !== null && endpoint !== 'profilePositionGroups') {
        log(400);
        return sendJson(res, 400, { status: 400, message: `${endpoint} takes no decoration` });
      }
      if (deco !== null && answerDecoration(deco)) return;
      const { start, count } = listWindow(url.searchParams);
      const data = target?.profile.voyager;
      if (endpoint === 'profilePositionGroups') body = data?.positionGroups?.(start, count, deco !== null);
      else body = data ? listOf(data, endpoint)?.(start, count) : undefined;
    }
    if (body === undefined) {
      log(404);
      return sendJson(res, 404, { status: 404 });
    }
    log(200);
    sendJson(res, 200, body, { 'x-restli-protocol-version': '2.0.0' });
  }

  async function details(req: IncomingMessage, res: ServerResponse, vanity: string, slugText: string, record: RecordedRequest): Promise<void> {
    const slug = (DETAILS_SLUGS as readonly string[]).includes(slugText) ? (slugText as DetailsSlug) : null;
    if (!slug) return sendHtml(res, 404, notFoundPage(), sessionCookies());
    const log = (outcome: RequestOutcome) => fake.detailsRequests.push({ ...record, vanity, section: slug, outcome });
    const fault = faultFor(vanity, 'details', slug);
    if (fault && (await applyFault(fault, req, res, 'html'))) return void log(faultOutcome(fault));
    const p = registry.get(vanity);
    const fixed = p?.details?.[slug];
    const html = fixed ?? (p?.person && p.detailsPages !== false ? renderDetailsPage(p.person, slug, p.detailsPages ?? {}) : undefined);
    if (!p || html === undefined) {
      log(404);
      return sendHtml(res, 404, notFoundPage(), sessionCookies());
    }
    log(200);
    sendHtml(res, 200, withSandboxBar(html, othersThan(vanity)), pageHeaders(fixed === undefined));
  }

  /**
   * The rsc-action POSTs of the 2026 pages. LinkedIn answers a React Flight stream; the sandbox answers the HTML the
   * stream would render (for pagination with the entry count in a sandbox-only header).
   */
  async function rscAction(req: IncomingMessage, res: ServerResponse, url: URL, record: RecordedRequest, action: 'component' | 'pagination'): Promise<void> {
    const body = asObject(record.body);
    const payload =
      action === 'component'
        ? asObject(asObject(body['clientArguments'])['payload'])
        : asObject(asObject(body['clientArguments'])['payload'] ?? asObject(asObject(body['paginationRequest'])['requestedArguments'])['payload']);
    const sectionArgs = asObject(payload['replaceableSectionArgs']);
    const vanity = str(payload['vanityName']) ?? str(sectionArgs['vanityName']);
    const id = action === 'component' ? (url.searchParams.get('componentId') ?? '') : (str(body['pagerId']) ?? '');
    const containerName = action === 'component' && id.startsWith(COMPONENT_PREFIX) ? id.slice(COMPONENT_PREFIX.length) : '';
    const container = isLazyContainer(containerName) ? containerName : null;
    const slugText = action === 'pagination' && id.startsWith(PAGER_PREFIX) ? id.slice(PAGER_PREFIX.length) : '';
    const section = (DETAILS_SLUGS as readonly string[]).includes(slugText) ? (slugText as DetailsSlug) : null;
    const start = action === 'pagination' ? Math.max(0, Math.trunc(Number(payload['start'] ?? 0)) || 0) : null;
    const count = action === 'pagination' ? Math.min(100, Math.max(1, Math.trunc(Number(payload['count'] ?? DETAILS_PAGE_SIZE)) || DETAILS_PAGE_SIZE)) : null;
    const log = (outcome: RequestOutcome, items: number | null = null) =>
      fake.rscRequests.push({ ...record, action, id, vanity, container, section, start, count, items, outcome });
    const refuse = (status: number, text: string) => {
      log(status);
      sendText(res, status, text);
    };

    if (req.method !== 'POST') return refuse(405, 'POST only');
    if (!sessionOk(req)) return refuse(403, 'CSRF check failed.');
    const fault = faultFor(vanity ?? undefined, 'rsc', section);
    if (fault && (await applyFault(fault, req, res, 'text'))) return void log(faultOutcome(fault));

    if (url.searchParams.get('sduiid') !== id || !id) return refuse(400, 'sduiid must name the component or pager');
    const p = vanity ? registry.get(vanity) : undefined;
    const person = p?.person;
    if (!person) return refuse(404, 'no such profile');

    if (action === 'component') {
      if (!container) return refuse(400, `unknown component ${id}`);
      if (str(sectionArgs['vieweeProfileId']) !== person.memberId) return refuse(400, 'vieweeProfileId does not match vanityName');
      log(200);
      return sendHtml(res, 200, renderContainerContent(person, container, p.page));
    }
    if (!section) return refuse(400, `unknown pager ${id}`);
    if (str(payload['profileId']) !== person.memberId) return refuse(400, 'profileId does not match vanityName');
    const today = (p.detailsPages || undefined)?.today ?? SANDBOX_TODAY;
    const entries = renderDetailsEntries(person, section, start ?? 0, count ?? DETAILS_PAGE_SIZE, today);
    log(200, entries.count);
    sendHtml(res, 200, entries.count > 0 ? entries.html : emptyStateHtml(person, section), { [ITEM_COUNT_HEADER]: String(entries.count) });
  }

  function targetOf(endpoint: VoyagerEndpoint, url: URL): { vanity: string; profile: SandboxProfile } | undefined {
    if (endpoint === 'profiles') {
      const vanity = url.searchParams.get('memberIdentity') ?? '';
      const profile = registry.get(vanity);
      return profile ? { vanity, profile } : undefined;
    }
    const memberId = (url.searchParams.get('profileUrn') ?? '').replace(/^urn:li:fsd_profile:/, '');
    for (const profile of registry.values()) {
      if (profile.voyager?.memberId === memberId) return { vanity: profile.vanity, profile };
    }
    return undefined;
  }

  function faultFor(vanity: string | undefined, endpoint: FaultEndpoint, section: DetailsSlug | null): Fault | undefined {
    for (let i = faults.length - 1; i >= 0; i--) {
      const { fault, scope } = faults[i]!;
      if (scope.vanity !== undefined && scope.vanity !== vanity) continue;
      if (scope.endpoint !== undefined && scope.endpoint !== endpoint) continue;
      if (scope.section !== undefined && scope.section !== section) continue;
      return fault;
    }
    return undefined;
  }

  return fake;
}

/**
 * The sandbox's own list pages, served unless a test put a page at the same path: a people search of 10 (any
 * query), a Sales Navigator search of 25, and the two lead pages (tests/fakes/linkedin-pages.ts).
 */
function listPageAt(path: string): string | undefined {
  if (path === '/search/results/people/' || path === '/search/results/people') return peopleSearchPage();
  if (path === '/sales/search/people' || path === '/sales/search/people/') return salesSearchPage();
  const leadId = /^\/sales\/lead\/(ACwA[A-Za-z0-9_-]{35})(?:[,/]|$)/.exec(path)?.[1];
  const lead = SANDBOX_LEADS.find((l) => l.leadId === leadId);
  return lead ? salesLeadPage(lead) : undefined;
}

function listOf(data: VoyagerResponses, list: Exclude<VoyagerListName, 'profilePositionGroups'>): ((start: number, count: number) => unknown) | undefined {
  switch (list) {
    case 'profilePositions':
      return data.positions;
    case 'profileSkills':
      return data.skills;
    case 'profileEducations':
      return data.educations;
    case 'profileCertifications':
      return data.certifications;
    case 'profileLanguages':
      return data.languages;
  }
}

function endpointOf(path: string): VoyagerEndpoint | undefined {
  const name = /^\/voyager\/api\/identity\/dash\/([A-Za-z]+)$/.exec(path)?.[1] ?? '';
  return name === 'profiles' || isVoyagerListName(name) ? name : undefined;
}

/** LinkedIn's bare error page for a status (999 is its refusal of automated use). */
function errorPage(status: number): string {
  const text = status === 429 ? 'Too many requests' : status === 999 ? 'Request denied' : `Error ${status}`;
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>LinkedIn</title></head><body><main><h1>${escapeHtml(text)}</h1></main></body></html>`;
}

function asObject(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
