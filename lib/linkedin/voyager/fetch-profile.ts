// Fetches one member's profile from LinkedIn's JSON through any VoyagerClient (the page's own session in the
// extension, a canned file in the CLI, a fake in tests): the dash profile, then the roles and skills beyond its caps.
import type { ReaderResult } from '@/lib/linkedin/types';
import type { Section, Warning } from '@/lib/profile/profile';
import { parseDashProfile, parsePositionsCompletion, parseSkillsCompletion, type CompletionPage, type VoyagerParseFailure } from './parse-profile';

/** `pathAndQuery` is relative to `/voyager/api`, e.g. `/identity/dash/profiles?q=memberIdentity&…`. */
export interface VoyagerClient {
  get(pathAndQuery: string): Promise<{ status: number; body: unknown }>;
}

const DECORATION_PREFIX = 'com.linkedin.voyager.dash.deco.identity.profile.';

/** Newest first; LinkedIn retires numbers over time, so several are tried. */
export const PROFILE_DECORATIONS = [
  'FullProfileWithEntities-93',
  'FullProfileWithEntities-91',
  'FullProfileWithEntities-109',
  'FullProfileWithEntities-107',
] as const;

/** The decoration that last worked in this page's life: tried first next time. */
let rememberedDecoration: string | null = null;
/**
 * "<vanity> <decoration>" pairs LinkedIn answered 400/404/410 for: they will not change while this page lives (the
 * reader stays injected in the tab), so reading the same person again skips them instead of paying a round trip
 * each. Kept per person: a 404 may mean "no such member" rather than "retired decoration".
 */
const retiredDecorations = new Set<string>();
const RETIRED_STATUSES = new Set([400, 404, 410]);

export function rememberedProfileDecoration(): string | null {
  return rememberedDecoration;
}

/** For tests: forget what worked. */
export function forgetProfileDecoration(): void {
  rememberedDecoration = null;
  retiredDecorations.clear();
}

export const COMPLETION_PAGE_SIZE = 100;
/** A profile with more than 300 roles or skills is read up to that many: the rest is reported as truncated. */
export const MAX_COMPLETION_PAGES = 3;

export type VoyagerFailureReason =
  | 'http' // every decoration answered an error status
  | 'unauthorized' // 401/403: no session, or the csrf token was refused
  | 'timeout'
  | 'network'
  | 'bad-shape'
  | 'identity-mismatch';

export type VoyagerFetchOutcome =
  | { ok: true; result: ReaderResult; decorationId: string }
  | { ok: false; reason: VoyagerFailureReason; status?: number; message: string };

export function profilePath(vanity: string, decorationId: string): string {
  return (
    `/identity/dash/profiles?q=memberIdentity&memberIdentity=${encodeURIComponent(vanity)}` +
    `&decorationId=${encodeURIComponent(DECORATION_PREFIX + decorationId)}`
  );
}

export function completionPath(kind: 'profilePositions' | 'profileSkills', profileUrn: string, start: number): string {
  return `/identity/dash/${kind}?q=viewee&profileUrn=${encodeURIComponent(profileUrn)}&start=${start}&count=${COMPLETION_PAGE_SIZE}`;
}

type Answer = { ok: true; status: number; body: unknown } | { ok: false; reason: 'timeout' | 'network'; message: string };

async function ask(client: VoyagerClient, path: string): Promise<Answer> {
  try {
    const r = await client.get(path);
    return { ok: true, status: r.status, body: r.body };
  } catch (err) {
    const name = err instanceof Error ? err.name : '';
    const message = err instanceof Error ? err.message : String(err);
    const timeout = name === 'TimeoutError' || name === 'AbortError' || /time(d)?\s?out/i.test(message);
    return { ok: false, reason: timeout ? 'timeout' : 'network', message };
  }
}

function isUnauthorized(status: number): boolean {
  return status === 401 || status === 403;
}

export async function fetchVoyagerProfile(vanity: string, client: VoyagerClient): Promise<VoyagerFetchOutcome> {
  const chain = (
    rememberedDecoration
      ? [rememberedDecoration, ...PROFILE_DECORATIONS.filter((d) => d !== rememberedDecoration)]
      : [...PROFILE_DECORATIONS]
  ).filter((d) => !retiredDecorations.has(`${vanity} ${d}`));
  if (chain.length === 0) {
    return {
      ok: false,
      reason: 'http',
      status: 410,
      message: 'LinkedIn’s JSON was not available for this person earlier on this page (every profile decoration refused)',
    };
  }
  const statuses: string[] = [];
  let lastStatus: number | undefined;

  for (const decorationId of chain) {
    const answer = await ask(client, profilePath(vanity, decorationId));
    if (!answer.ok) {
      // A timeout or a dead network will not get better with another decoration number.
      return { ok: false, reason: answer.reason, message: `LinkedIn’s JSON did not answer (${answer.reason}: ${answer.message})` };
    }
    if (isUnauthorized(answer.status)) {
      return {
        ok: false,
        reason: 'unauthorized',
        status: answer.status,
        message: `LinkedIn refused the JSON request (HTTP ${answer.status}: session or csrf token not accepted)`,
      };
    }
    if (answer.status === 429) {
      return { ok: false, reason: 'http', status: 429, message: 'LinkedIn is rate-limiting JSON requests (HTTP 429)' };
    }
    if (answer.status < 200 || answer.status >= 300) {
      statuses.push(`${decorationId.replace(/^.*-/, '-')}: ${answer.status}`);
      lastStatus = answer.status;
      if (RETIRED_STATUSES.has(answer.status)) retiredDecorations.add(`${vanity} ${decorationId}`);
      continue; // retired decoration (400/404/410) or a server error for this one: try the next
    }
    const parsed = parseDashProfile(answer.body, vanity);
    if (!parsed.ok) {
      return failureOf(parsed, answer.status);
    }
    rememberedDecoration = decorationId;
    const result = await complete(parsed.result, parsed.profileUrn, client);
    return { ok: true, result, decorationId };
  }
  return {
    ok: false,
    reason: 'http',
    ...(lastStatus !== undefined ? { status: lastStatus } : {}),
    message: `LinkedIn’s JSON answered errors for every profile decoration (HTTP ${statuses.join(', ')})`,
  };
}

function failureOf(parsed: VoyagerParseFailure, status: number): VoyagerFetchOutcome {
  return {
    ok: false,
    reason: parsed.problem === 'no-matching-profile' ? 'identity-mismatch' : 'bad-shape',
    status,
    message: parsed.message,
  };
}

const SECTION_WORD: Record<Section, string> = { experiences: 'experiences', educations: 'educations', skills: 'skills' };

/** Reads the roles / skills beyond the profile response's caps, page by page; failures become warnings. */
async function complete(result: ReaderResult, profileUrn: string, client: VoyagerClient): Promise<ReaderResult> {
  const fragment = result.fragment;
  if (!fragment) return result;
  const warnings: Warning[] = [...result.warnings];
  const totals = { ...fragment.totals };
  let experiences = fragment.experiences;
  let skills = fragment.skills;

  const needs = (section: 'experiences' | 'skills', read: number) => {
    const total = totals[section];
    return total !== undefined && read < total;
  };

  if (needs('experiences', experiences?.length ?? 0)) {
    const done = await pages('profilePositions', profileUrn, client, parsePositionsCompletion);
    if (done.ok) {
      if (done.items.length > (experiences?.length ?? 0)) experiences = done.items;
      if (done.total !== null) totals.experiences = done.total;
    } else {
      warnings.push(completionWarning('experiences', done.message));
    }
  }
  if (needs('skills', skills?.length ?? 0)) {
    const done = await pages('profileSkills', profileUrn, client, parseSkillsCompletion);
    if (done.ok) {
      if (done.items.length > (skills?.length ?? 0)) skills = done.items;
      if (done.total !== null) totals.skills = done.total;
    } else {
      warnings.push(completionWarning('skills', done.message));
    }
  }
  return {
    ...result,
    fragment: {
      ...fragment,
      ...(experiences ? { experiences } : {}),
      ...(skills ? { skills } : {}),
      totals,
    },
    warnings,
  };
}

function completionWarning(section: Section, why: string): Warning {
  return {
    code: 'completion-failed',
    section,
    message: `The ${SECTION_WORD[section]} beyond LinkedIn’s first page could not be read (${why}).`,
  };
}

async function pages<T>(
  kind: 'profilePositions' | 'profileSkills',
  profileUrn: string,
  client: VoyagerClient,
  parse: (body: unknown) => CompletionPage<T> | VoyagerParseFailure,
): Promise<{ ok: true; items: T[]; total: number | null } | { ok: false; message: string }> {
  const items: T[] = [];
  let total: number | null = null;
  let start = 0;
  for (let page = 0; page < MAX_COMPLETION_PAGES; page++) {
    const answer = await ask(client, completionPath(kind, profileUrn, start));
    if (!answer.ok) return { ok: false, message: answer.reason };
    if (answer.status < 200 || answer.status >= 300) return { ok: false, message: `HTTP ${answer.status}` };
    const parsed = parse(answer.body);
    if (!parsed.ok) return { ok: false, message: parsed.message };
    items.push(...parsed.items);
    total = parsed.total ?? total;
    start += parsed.count;
    if (parsed.count < COMPLETION_PAGE_SIZE || total === null || start >= total) break;
  }
  return { ok: true, items, total };
}
