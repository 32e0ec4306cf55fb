// Fake of www.linkedin.com: a sandbox of profiles (page fixtures + LinkedIn's JSON), the session cookies, the
// Voyager dash endpoints with LinkedIn's CSRF rule and decoration ids, the pages that are not profiles, and faults
// that tests switch on through this module's control API (methods on the object, never over HTTP).
import { randomBytes, randomInt } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseCookies, recordRequest, redirect, sendHtml, sendJson, sendText, type RecordedRequest, type Router } from './http';
import {
  authwallPage,
  checkpointPage,
  feedPage,
  loginPage,
  minimalSearchPage,
  notFoundPage,
  SANDBOX_NAV_PATH,
  SANDBOX_NAV_SCRIPT,
  withSandboxBar,
} from './linkedin-pages';

export const LINKEDIN_HOST = 'www.linkedin.com';
export const LINKEDIN_ORIGIN = `https://${LINKEDIN_HOST}`;

/** LinkedIn's JSON for one person, as the Voyager dash endpoints answer it (normalised `data` + `included`). */
export interface VoyagerResponses {
  /** `ACoAA…`: the id in `urn:li:fsd_profile:<id>`, used by the completion endpoints. */
  memberId: string;
  /** Answer of `identity/dash/profiles?q=memberIdentity&memberIdentity=<vanity>&decorationId=…`. */
  profile: unknown;
  /** Answer of `identity/dash/profilePositions?q=viewee&profileUrn=…&start=S&count=C` (absent: 404). */
  positions?: (start: number, count: number) => unknown;
  /** Answer of `identity/dash/profileSkills?q=viewee&profileUrn=…&start=S&count=C` (absent: 404). */
  skills?: (start: number, count: number) => unknown;
}

export interface SandboxProfile {
  vanity: string;
  /** The profile page's HTML, as LinkedIn would serve it for /in/<vanity>/ (absent: only details pages exist). */
  html?: string;
  /** LinkedIn's JSON for this person; null: the JSON endpoints answer 404 for this vanity. */
  voyager: VoyagerResponses | null;
  /** Optional /in/<vanity>/details/<section>/ pages. */
  details?: Partial<Record<'experience' | 'education' | 'skills', string>>;
}

export const VOYAGER_ENDPOINTS = ['profiles', 'profilePositions', 'profileSkills'] as const;
export type VoyagerEndpoint = (typeof VOYAGER_ENDPOINTS)[number];

export type JsonFault =
  | { kind: 'status'; status: number }
  /** Never answers (the request stays open until the browser gives up or the server closes). */
  | { kind: 'hang' }
  /** Closes the TCP connection without an answer. */
  | { kind: 'drop' }
  /** Answers 200 with an HTML body, as LinkedIn does when it serves a login page instead of JSON. */
  | { kind: 'non-json' }
  /** Answers normally after a delay. */
  | { kind: 'delay'; ms: number };

export interface FaultScope {
  vanity?: string;
  endpoint?: VoyagerEndpoint;
}

export const DECORATION_PREFIX = 'com.linkedin.voyager.dash.deco.identity.profile.FullProfileWithEntities-';
/**
 * Decoration ids the sandbox treats as retired, and the status LinkedIn answers for them. The extension tries -93
 * then -91 first: retiring both makes every read walk its fallback chain.
 */
export const DEFAULT_RETIRED_DECORATIONS: Readonly<Record<string, 400 | 404>> = {
  [`${DECORATION_PREFIX}93`]: 400,
  [`${DECORATION_PREFIX}91`]: 404,
};

export interface VoyagerRequestRecord extends RecordedRequest {
  endpoint: VoyagerEndpoint;
  /** What the fake answered (status, or the fault that fired). */
  outcome: number | JsonFault['kind'];
}

export interface LinkedInFake {
  readonly router: Router;
  /** Every request to www.linkedin.com, in order. */
  readonly requests: RecordedRequest[];
  /** Requests to the Voyager JSON endpoints, with what the fake answered. */
  readonly voyagerRequests: VoyagerRequestRecord[];
  /** The JSESSIONID value (without quotes) this sandbox issues; the csrf-token header must equal it. */
  readonly sessionId: string;
  addProfile(profile: SandboxProfile): void;
  profile(vanity: string): SandboxProfile | undefined;
  vanities(): string[];
  /** Signed out: profile pages redirect to /authwall and the JSON endpoints answer 403. */
  setSignedIn(signedIn: boolean): void;
  /** A fault on the JSON endpoints: global, per vanity, per endpoint or both. The latest matching one wins. */
  setFault(fault: JsonFault, scope?: FaultScope): void;
  clearFaults(): void;
  /** Which FullProfileWithEntities decoration ids are retired (400/404); every other one answers. */
  setRetiredDecorations(retired: Record<string, 400 | 404>): void;
  /** Serves `html` at a path (its query is ignored), e.g. a search or Sales Navigator fixture. */
  addPage(pathAndQuery: string, html: string): void;
  /** Back to the state after construction: signed in, no faults, default decorations, logs emptied. Profiles stay. */
  reset(): void;
}

export function createLinkedInFake(profiles: readonly SandboxProfile[] = []): LinkedInFake {
  const registry = new Map<string, SandboxProfile>();
  let signedIn = true;
  let faults: { fault: JsonFault; scope: FaultScope }[] = [];
  let retired: Record<string, 400 | 404> = { ...DEFAULT_RETIRED_DECORATIONS };
  const pages = new Map<string, string>();
  const sessionId = `ajax:${randomInt(10 ** 9, 10 ** 10 - 1)}${randomInt(10 ** 9, 10 ** 10 - 1)}`;
  const liAt = `AQEDA${randomBytes(24).toString('base64url')}`;

  const fake: LinkedInFake = {
    requests: [],
    voyagerRequests: [],
    sessionId,
    addProfile(p) {
      registry.set(p.vanity, p);
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
    setRetiredDecorations(value) {
      retired = { ...value };
    },
    addPage(pathAndQuery, html) {
      pages.set(new URL(pathAndQuery, LINKEDIN_ORIGIN).pathname, html);
    },
    reset() {
      signedIn = true;
      faults = [];
      retired = { ...DEFAULT_RETIRED_DECORATIONS };
      fake.requests.length = 0;
      fake.voyagerRequests.length = 0;
    },
    router: async (req, res, url) => {
      const record = await recordRequest(req, url);
      fake.requests.push(record);
      const path = url.pathname;

      if (path.startsWith('/voyager/api/')) return voyager(req, res, url, record);
      if (path === SANDBOX_NAV_PATH) return sendText(res, 200, SANDBOX_NAV_SCRIPT, 'text/javascript; charset=utf-8');
      if (path === '/authwall') return sendHtml(res, 200, authwallPage(url.searchParams.get('sessionRedirect')), signedOutCookies());
      if (path.startsWith('/checkpoint/challenge/')) return sendHtml(res, 200, checkpointPage());
      if (path === '/login' || path === '/uas/login') return sendHtml(res, 200, loginPage());
      if (path === '/feed/' || path === '/') return sendHtml(res, 200, feedPage(), sessionCookies());
      const fixed = pages.get(path);
      if (fixed !== undefined) return sendHtml(res, 200, fixed, sessionCookies());
      if (path === '/search/results/people/') return sendHtml(res, 200, minimalSearchPage(), sessionCookies());

      const profileMatch = /^\/in\/([^/]+)\/?(?:details\/(experience|education|skills)\/?)?$/.exec(path);
      if (profileMatch) {
        const vanity = safeDecode(profileMatch[1]!);
        const section = profileMatch[2] as 'experience' | 'education' | 'skills' | undefined;
        if (!signedIn) {
          return redirect(res, `/authwall?trk=public_profile&sessionRedirect=${encodeURIComponent(url.href)}`, 302, signedOutCookies());
        }
        const p = registry.get(vanity);
        const html = section ? p?.details?.[section] : p?.html;
        if (!p || html === undefined) return sendHtml(res, 404, notFoundPage(), sessionCookies());
        const others = [...registry.values()].filter((o) => o.html !== undefined && o.vanity !== vanity).map((o) => o.vanity);
        return sendHtml(res, 200, withSandboxBar(html, others), sessionCookies());
      }
      sendHtml(res, 404, notFoundPage());
    },
  };
  for (const p of profiles) fake.addProfile(p);

  function sessionCookies(): Record<string, string[]> {
    return {
      'set-cookie': [
        `JSESSIONID="${sessionId}"; Domain=.www.linkedin.com; Path=/; Secure; SameSite=None`,
        `li_at=${liAt}; Domain=.linkedin.com; Path=/; Secure; HttpOnly; SameSite=None`,
      ],
    };
  }

  function signedOutCookies(): Record<string, string[]> {
    return { 'set-cookie': [`li_at=; Domain=.linkedin.com; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=None`] };
  }

  async function voyager(req: IncomingMessage, res: ServerResponse, url: URL, record: RecordedRequest): Promise<void> {
    const endpoint = endpointOf(url.pathname);
    const log = (outcome: VoyagerRequestRecord['outcome']) => {
      if (endpoint) fake.voyagerRequests.push({ ...record, endpoint, outcome });
    };
    if (!endpoint) {
      // The retired REST endpoints (profileView, positions, skills…) answer 410 since late 2025.
      const gone = /^\/voyager\/api\/identity\/profiles\//.test(url.pathname);
      return sendJson(res, gone ? 410 : 404, { status: gone ? 410 : 404 });
    }

    const cookies = parseCookies(req);
    const jsession = cookies.get('JSESSIONID')?.replace(/^"|"$/g, '');
    const csrfOk = signedIn && cookies.has('li_at') && jsession === sessionId && req.headers['csrf-token'] === jsession;
    if (!csrfOk) {
      log(403);
      return sendText(res, 403, 'CSRF check failed.');
    }

    const target = targetOf(endpoint, url);
    const fault = faultFor(target?.vanity, endpoint);
    if (fault) {
      log(fault.kind === 'status' ? fault.status : fault.kind);
      switch (fault.kind) {
        case 'status':
          return sendJson(res, fault.status, { status: fault.status });
        case 'hang':
          return; // deliberately never answered
        case 'drop':
          req.socket.destroy();
          return;
        case 'non-json':
          return sendHtml(res, 200, loginPage());
        case 'delay':
          await new Promise((r) => setTimeout(r, fault.ms));
          break;
      }
    }

    if (endpoint === 'profiles') {
      const deco = url.searchParams.get('decorationId') ?? '';
      if (url.searchParams.get('q') !== 'memberIdentity' || !url.searchParams.get('memberIdentity')) {
        log(400);
        return sendJson(res, 400, { status: 400, message: 'q=memberIdentity and memberIdentity are required' });
      }
      const retiredStatus = retired[deco];
      if (retiredStatus !== undefined || !deco.startsWith(DECORATION_PREFIX)) {
        const status = retiredStatus ?? 400;
        log(status);
        return sendJson(res, status, { status, message: `Unknown or retired decoration ${deco}` });
      }
    } else if (url.searchParams.get('q') !== 'viewee' || !url.searchParams.get('profileUrn')) {
      log(400);
      return sendJson(res, 400, { status: 400, message: 'q=viewee and profileUrn are required' });
    }

    const data = target?.profile.voyager;
    const start = Number(url.searchParams.get('start') ?? 0);
    const count = Number(url.searchParams.get('count') ?? 10);
    const completion = endpoint === 'profilePositions' ? data?.positions : data?.skills;
    const body = !data ? undefined : endpoint === 'profiles' ? data.profile : completion?.(start, count);
    if (body === undefined) {
      log(404);
      return sendJson(res, 404, { status: 404 });
    }
    log(200);
    sendJson(res, 200, body, { 'x-restli-protocol-version': '2.0.0' });
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

  function faultFor(vanity: string | undefined, endpoint: VoyagerEndpoint): JsonFault | undefined {
    for (let i = faults.length - 1; i >= 0; i--) {
      const { fault, scope } = faults[i]!;
      if (scope.vanity !== undefined && scope.vanity !== vanity) continue;
      if (scope.endpoint !== undefined && scope.endpoint !== endpoint) continue;
      return fault;
    }
    return undefined;
  }

  return fake;
}

function endpointOf(path: string): VoyagerEndpoint | undefined {
  const m = /^\/voyager\/api\/identity\/dash\/(profiles|profilePositions|profileSkills)$/.exec(path);
  return m ? (m[1] as VoyagerEndpoint) : undefined;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
