// The read orchestrator: which page is this, then a chain of sources, each asked only for what the previous ones
// did not give (docs/ARCHITECTURE.md, "Reading a profile"):
//   1. what the page already holds for this person (its own cards, JSON embedded for this person);
//   2. LinkedIn's JSON: the dash profile (decoration chain), then per-section lists for sections capped or missing;
//   3. the /details/<section>/ pages for what is still missing;
//   4. whatever is still missing is reported per section, with why ("not loaded: LinkedIn refused the data (429)").
// Identity is checked for every fragment, the fragments merged, completeness judged against LinkedIn's own counts.
// Pure apart from the clients it is handed.
import { appError, type AppError } from '@/lib/errors';
import { readDetailsPages, type DetailsLoader } from '@/lib/linkedin/details/details-pages';
import { DOM_READERS, type DomReader } from '@/lib/linkedin/dom';
import { keepSamePerson } from '@/lib/linkedin/identity';
import { mergeFragments, type MergedFragment } from '@/lib/linkedin/merge';
import { readLead } from '@/lib/linkedin/list/read-list';
import { readRecruiterPage, recruiterReadToProfile } from '@/lib/linkedin/list/recruiter-profile';
import { namesAnotherLead } from '@/lib/linkedin/list/salesnav-lead';
import { listPersonToProfile } from '@/lib/linkedin/list/to-profile';
import { detectPageKind } from '@/lib/linkedin/page-kind';
import { readPageJson } from '@/lib/linkedin/page-json';
import { nameFromTitle } from '@/lib/linkedin/page-title';
import type { NotProfileReason, PageKind, ProfileFragment, ReaderResult } from '@/lib/linkedin/types';
import type { VoyagerClient } from '@/lib/linkedin/voyager/ask';
import { fetchDashProfile, type DashOutcome } from '@/lib/linkedin/voyager/fetch-profile';
import { EMPTY_JSON_MEMO, pruneMemo, type JsonMemo } from '@/lib/linkedin/voyager/json-memo';
import { fetchSectionLists, type ListOutcome } from '@/lib/linkedin/voyager/section-lists';
import { cleanNamePart, splitName } from '@/lib/profile/name';
import {
  MEMBER_ID_PATTERN,
  SECTIONS,
  profileSchema,
  type Gap,
  type Profile,
  type Section,
  type SectionCompleteness,
  type Warning,
} from '@/lib/profile/profile';

export type ReadDepth = 'page' | 'full';

export interface ReadProfileInput {
  url: string | URL;
  document: Document;
  /** LinkedIn's JSON, fetched with the page's session; absent = no JSON (CLI on a saved page, tests). */
  voyager?: VoyagerClient;
  /** The /details/<section>/ pages, loaded with the page's session; absent = none. */
  details?: DetailsLoader;
  /** What this browser learnt about LinkedIn's JSON before (json-memo.ts). */
  memo?: JsonMemo;
  /** `page`: only what the page holds, at once (the popup's first paint); `full` (default): the whole chain. */
  depth?: ReadDepth;
  /** Ends the chain early (a deadline): what was gathered is used, the rest reported as missing. */
  signal?: AbortSignal;
  now?: number;
  /** The DOM readers in trial order; defaults to every layout's reader. */
  readers?: readonly DomReader[];
}

export type ReadProfileResult =
  | { ok: true; profile: Profile; memo: JsonMemo }
  | { ok: false; error: AppError; memo: JsonMemo };

const SECTION_WORDS: Record<Section, { plural: string; title: string }> = {
  experiences: { plural: 'experiences', title: 'Experience' },
  educations: { plural: 'educations', title: 'Education' },
  skills: { plural: 'skills', title: 'Skills' },
  certifications: { plural: 'certifications', title: 'Licenses & certifications' },
  languages: { plural: 'languages', title: 'Languages' },
};

const NOT_PROFILE_MESSAGES: Record<NotProfileReason, string> = {
  authwall: 'LinkedIn shows its sign-in wall instead of the profile.',
  login: 'This is LinkedIn’s sign-in page.',
  checkpoint: 'LinkedIn is showing a security check.',
  'not-found': 'LinkedIn says this profile does not exist.',
  search: 'This is a search results page.',
  'sales-navigator': 'This is a Sales Navigator page.',
  recruiter: 'This is a LinkedIn Recruiter page.',
  'other-linkedin': 'This LinkedIn page is not a member profile.',
  'not-linkedin': 'This page is not on LinkedIn.',
};

function notProfileReason(kind: Exclude<PageKind, { kind: 'profile' }>): NotProfileReason {
  if (kind.kind === 'not-profile') return kind.reason;
  if (kind.kind === 'salesnav-lead') return 'sales-navigator';
  if (kind.kind === 'recruiter-profile') return 'recruiter';
  return kind.list === 'people-search' ? 'search' : kind.list === 'recruiter' ? 'recruiter' : 'sales-navigator';
}

/**
 * A Sales Navigator lead page as a Profile (source `salesnav-lead`): the lead reader's person, whose id is the
 * address's lead id, with the public /in/ URL when the page links it, else the lead's Sales Navigator address.
 * Never fetches anything: LinkedIn restricts accounts that open profiles behind the user's back.
 */
function readLeadProfile(doc: Document, url: URL, leadId: string): { ok: true; profile: Profile } | { ok: false; error: AppError } {
  const read = readLead({ document: doc, url });
  if (!read.ok) {
    const why = read.error.code === 'layout-not-recognised' ? 'No lead could be read on this Sales Navigator page.' : read.error.message;
    return { ok: false, error: appError('empty-profile', why, { retryable: true }) };
  }
  const person = read.page.person;
  // The reader names the lead by the address's id; the page must not show another lead under it.
  if (person.memberId !== leadId || (read.page.layout !== 'salesnav-lead-json' && namesAnotherLead(doc, leadId, person.fullName))) {
    return { ok: false, error: appError('other-person', `The page shows another lead than ${leadId}.`, { retryable: true }) };
  }
  const profile = listPersonToProfile(person, 'salesnav-lead');
  if (!profile) return { ok: false, error: appError('empty-profile', 'The lead on this Sales Navigator page has no name or address to save.', { retryable: true }) };
  return { ok: true, profile };
}

/**
 * A LinkedIn Recruiter profile as a Profile: what the page shows of the person (the drawer over a project or search,
 * else the full page), with the public /in/ URL when the page links it, else the Recruiter address of the URL's id and
 * a warning that says so (tools that need the public URL refuse it). Never fetches or clicks anything.
 */
function readRecruiterProfile(doc: Document, recruiterId: string): { ok: true; profile: Profile } | { ok: false; error: AppError } {
  const read = readRecruiterPage(doc);
  if (!read) return { ok: false, error: appError('empty-profile', 'No profile could be read on this Recruiter page.', { retryable: true }) };
  // The top card names its person by a Recruiter link when it has one: another id is another person (a drawer paged
  // to the next candidate before it re-rendered).
  if (read.linkedIds.length > 0 && !read.linkedIds.includes(recruiterId)) {
    return { ok: false, error: appError('other-person', `The page shows another Recruiter profile than ${recruiterId}.`, { retryable: true }) };
  }
  const profile = recruiterReadToProfile(read, recruiterId);
  if (!profile) return { ok: false, error: appError('empty-profile', 'The person on this Recruiter page has no name to save.', { retryable: true }) };
  return { ok: true, profile };
}

function runReaders(readers: readonly DomReader[], doc: Document, url: URL): { results: ReaderResult[]; errors: string[] } {
  const results: ReaderResult[] = [];
  const errors: string[] = [];
  for (const reader of readers) {
    try {
      results.push(reader.read(doc, url));
    } catch (err) {
      // One layout's reader failing on an odd page must not stop the others.
      errors.push(`${reader.id}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return { results, errors };
}

/** Why each section was not had from each step, in the order the steps ran: the last word is the one shown. */
type GapNotes = Partial<Record<Section, Gap>>;

function note(notes: GapNotes, sections: readonly Section[], gap: Gap): void {
  for (const s of sections) notes[s] = gap;
}

/** Sections still to fill: not seen by any source, or short of LinkedIn's count / not read to their end. */
function sectionsToFill(merged: MergedFragment): Section[] {
  return SECTIONS.filter((s) => !merged.sections[s].complete);
}

function completenessOf(merged: MergedFragment, section: Section, gap: Gap | undefined): SectionCompleteness {
  const f = merged.fragment;
  const verdict = merged.sections[section];
  const read = f[section]?.length ?? 0;
  const total = f.totals?.[section];
  const from = verdict.from ?? undefined;
  const lazy = f.notLoaded?.includes(section) ?? false;
  // Not seen by anyone, or seen only as an empty lazy placeholder: "not loaded", never "0" (unless a source that read
  // the section to its end, LinkedIn's JSON with its count, says it is empty).
  const loaded = verdict.from !== null && (verdict.complete || !(read === 0 && lazy));
  const base = { ...(from ? { from } : {}) };
  if (!loaded) return { read: 0, total: total ?? null, loaded: false, ...(gap ? { gap } : { gap: { reason: lazy ? 'not-rendered' : 'no-source' } }) };
  const counted = total !== undefined ? Math.max(total, read) : verdict.complete ? read : null;
  const short = !verdict.complete && gap ? { gap } : {};
  return { read, total: counted, loaded: true, ...base, ...short };
}

function gapWords(gap: Gap | undefined): string {
  switch (gap?.reason) {
    case 'refused':
      return `LinkedIn refused the data (${gap.status ?? '?'})`;
    case 'retired':
      return `LinkedIn no longer answers this request (${gap.status ?? 410})`;
    case 'failed':
      return `LinkedIn answered an error (${gap.status ?? '?'})`;
    case 'timeout':
      return 'LinkedIn did not answer in time';
    case 'network':
      return 'the network failed';
    case 'not-rendered':
      return 'the page had not shown it yet';
    case 'not-visited':
      return 'the profile was not opened (saved from a list)';
    case 'no-source':
    case undefined:
      return 'no other source could be read';
  }
}

function sectionWarnings(completeness: Record<Section, SectionCompleteness>, jsonFailed: boolean): Warning[] {
  const warnings: Warning[] = [];
  for (const section of SECTIONS) {
    const c = completeness[section];
    const words = SECTION_WORDS[section];
    if (!c.loaded) {
      warnings.push({
        code: 'section-not-loaded',
        section,
        message: `${words.title} not loaded: ${gapWords(c.gap)}. Load all sections (or scroll down to it), then read the profile again.`,
      });
    } else if (c.total !== null && c.read < c.total) {
      const hint = c.gap ? ` (${gapWords(c.gap)})` : jsonFailed ? ' LinkedIn’s JSON was not available and the page shows only part of the list.' : ' The page shows only part of the list.';
      warnings.push({ code: 'section-truncated', section, message: `${c.read} of ${c.total} ${words.plural} read.${hint}` });
    }
  }
  return warnings;
}

/**
 * A reader's own section warning (e.g. "show all" with no count) stands unless the merged profile says otherwise:
 * the section is complete against a known total, another source read more of it, or the same warning was
 * already computed from the totals.
 */
function stillTrue(w: Warning, from: ReaderResult, completeness: Record<Section, SectionCompleteness>, computed: readonly Warning[]): boolean {
  if ((w.code !== 'section-truncated' && w.code !== 'section-not-loaded') || !w.section) return true;
  if (computed.some((c) => c.section === w.section && (c.code === 'section-truncated' || c.code === 'section-not-loaded'))) return false;
  const c = completeness[w.section];
  if (c.total !== null && c.read >= c.total) return false;
  if (c.read > (from.fragment?.[w.section]?.length ?? 0)) return false;
  return w.code === 'section-truncated' ? c.loaded : !c.loaded || c.read === 0;
}

function dedupe(warnings: readonly Warning[]): Warning[] {
  const seen = new Set<string>();
  return warnings.filter((w) => {
    const key = `${w.code}|${w.section ?? ''}|${w.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The lists that answered, as one fragment (source `voyager-sections`), carrying the member id they were asked for:
 * the identity check then keeps them only beside that person.
 */
function listsResult(results: { [S in Section]?: ListOutcome<S> }, memberId: string | null): ReaderResult | null {
  const fragment: ProfileFragment = memberId ? { memberId } : {};
  const totals: Partial<Record<Section, number>> = {};
  const complete: Section[] = [];
  let any = false;
  for (const section of SECTIONS) {
    const outcome = results[section];
    if (!outcome?.ok) continue;
    any = true;
    (fragment as Record<Section, unknown>)[section] = outcome.items;
    if (outcome.total !== null) totals[section] = outcome.total;
    if (outcome.complete) complete.push(section);
  }
  if (!any) return null;
  if (Object.keys(totals).length) fragment.totals = totals;
  if (complete.length) fragment.complete = complete;
  return { source: 'voyager-sections', fragment, warnings: [] };
}

export async function readProfile(input: ReadProfileInput): Promise<ReadProfileResult> {
  const url = input.url instanceof URL ? input.url : new URL(input.url);
  const now = input.now ?? Date.now();
  let memo = pruneMemo(input.memo ?? EMPTY_JSON_MEMO, now);
  const kind = detectPageKind(url, input.document);
  // A Sales Navigator lead page is one person: read from what the page shows, nothing fetched (no JSON, no details).
  if (kind.kind === 'salesnav-lead') return { ...readLeadProfile(input.document, url, kind.leadId), memo };
  // So is a Recruiter profile: read from the page alone.
  if (kind.kind === 'recruiter-profile') return { ...readRecruiterProfile(input.document, kind.recruiterId), memo };
  if (kind.kind !== 'profile') {
    // Lists are read by lib/linkedin/list (the readList message); here they are "not a profile".
    const reason = notProfileReason(kind);
    return { ok: false, memo, error: appError('not-profile', NOT_PROFILE_MESSAGES[reason], { reason }) };
  }
  const vanity = kind.vanity;
  const full = (input.depth ?? 'full') === 'full';
  const signal = input.signal;

  // The tab title is a last resort for the name: taken first, with the address, not after the chain's seconds of
  // requests (the user may have moved to another person by then).
  const pageTitle = input.document.title ?? '';

  // LinkedIn's JSON needs only the vanity: it is asked before the page is read, so its round trip runs meanwhile.
  const dashRead = full && input.voyager && !signal?.aborted ? fetchDashProfile(vanity, input.voyager, memo, now, signal) : null;
  // Observed here too, so that a reader that throws below leaves no unhandled rejection behind.
  dashRead?.catch(() => undefined);

  // 1. The page: its own cards and the JSON it embeds for this person.
  const dom = runReaders(input.readers ?? DOM_READERS, input.document, url);
  const pageResults = [readPageJson(input.document, vanity), ...dom.results];
  const extraWarnings: Warning[] = [];
  const gaps: GapNotes = {};
  const json: ReaderResult[] = [];
  let jsonFailure: string | null = null;
  let jsonStopped = false;
  let profileUrn: string | null = null;
  let dashResult: ReaderResult | null = null;

  // 2. LinkedIn's JSON: the dash profile (asked above).
  if (dashRead) {
    const read = await dashRead;
    memo = read.memo;
    const dash: DashOutcome = read.outcome;
    if (dash.ok) {
      json.push(dash.result);
      dashResult = dash.result;
      profileUrn = dash.profileUrn;
    } else {
      jsonFailure = dash.message;
      jsonStopped = dash.failure === 'stop';
      note(gaps, SECTIONS, dash.gap);
      if (dash.failure === 'identity-mismatch') extraWarnings.push({ code: 'identity-mismatch', message: `${dash.message}: it was ignored.` });
    }
  }

  const mergeNow = () => {
    const { kept, warnings } = keepSamePerson([...json, ...pageResults], vanity);
    return { kept, identityWarnings: warnings, merged: mergeFragments(kept) };
  };
  let state = mergeNow();

  // 2b. The per-section lists, for what the dash profile capped or could not give (the member id may come from the page).
  // The dash profile's urn only when the identity check kept it: JSON that claims this address for another member
  // must not choose whose lists are asked.
  if (dashResult && !state.kept.includes(dashResult)) profileUrn = null;
  const memberId = state.merged.fragment.memberId;
  profileUrn ??= memberId && MEMBER_ID_PATTERN.test(memberId) ? `urn:li:fsd_profile:${memberId}` : null;
  let toFill = sectionsToFill(state.merged);
  if (full && input.voyager && !jsonStopped && toFill.length > 0 && !signal?.aborted) {
    if (profileUrn) {
      const lists = await fetchSectionLists(profileUrn, toFill, input.voyager, memo, now, signal);
      memo = lists.memo;
      for (const section of toFill) {
        const outcome = lists.results[section];
        if (outcome && !outcome.ok) gaps[section] = outcome.gap;
        if (outcome && !outcome.ok && !state.merged.sections[section].from) {
          extraWarnings.push({ code: 'completion-failed', section, message: `The ${SECTION_WORDS[section].plural} could not be read from LinkedIn’s section list (${outcome.message}).` });
        }
      }
      const listedFor = /^urn:li:fsd_profile:(.+)$/.exec(profileUrn)?.[1] ?? null;
      const listed = listsResult(lists.results, listedFor && MEMBER_ID_PATTERN.test(listedFor) ? listedFor : null);
      if (listed) json.push(listed);
      state = mergeNow();
      toFill = sectionsToFill(state.merged);
    } else {
      note(gaps, toFill, gaps[toFill[0]!] ?? { reason: 'no-source' });
    }
  }

  // 3. The details pages, for what is still missing or short.
  if (full && input.details && toFill.length > 0 && !signal?.aborted) {
    const details = await readDetailsPages({
      vanity,
      memberId: state.merged.fragment.memberId ?? null,
      sections: toFill,
      loader: input.details,
      ...(signal ? { signal } : {}),
    });
    for (const [section, gap] of Object.entries(details.gaps) as [Section, Gap][]) gaps[section] = gap;
    if (details.result) pageResults.push(details.result);
    state = mergeNow();
  }
  if (signal?.aborted) {
    // The deadline cut the chain: what it did not reach is missing for lack of time.
    for (const section of sectionsToFill(state.merged)) gaps[section] ??= { reason: 'timeout' };
  }

  return finish(input, pageTitle, kind.section, vanity, state, dom, gaps, jsonFailure, extraWarnings, memo);
}

function finish(
  input: ReadProfileInput,
  pageTitle: string,
  pageSection: string,
  vanity: string,
  state: { kept: ReaderResult[]; identityWarnings: Warning[]; merged: MergedFragment },
  dom: { results: ReaderResult[]; errors: string[] },
  gaps: GapNotes,
  jsonFailure: string | null,
  extraWarnings: Warning[],
  memo: JsonMemo,
): ReadProfileResult {
  const { kept, identityWarnings, merged } = state;
  const f = merged.fragment;
  let sources = merged.sources;
  let shownName = f.fullName ?? [f.firstName, f.lastName].filter(Boolean).join(' ');
  // A page a reader recognised but whose name block is absent (a details page, a carved section): the tab title
  // still names the person. Only then: an unrecognised page's title proves nothing.
  const pageReader = kept.find((r) => PAGE_READER_SOURCES.has(r.source) && r.fragment !== null);
  if (!shownName.trim() && pageReader) {
    const fromTitle = nameFromTitle(pageTitle, pageSection !== 'main');
    if (fromTitle) {
      shownName = fromTitle;
      if (!sources.includes(pageReader.source)) sources = [...sources, pageReader.source];
    }
  }
  const displayed = splitName(shownName);
  // A page reader saw the previous person of an in-app navigation (LinkedIn changes the address first) and the
  // JSON gave nobody: say so, rather than "no name" on a page that visibly shows one.
  const pageShowsOther = dom.results.some((r) => r.fragment === null && r.warnings.some((w) => w.code === 'identity-mismatch'));
  if (!displayed.fullName && pageShowsOther) {
    const jsonWhy = jsonFailure ? ` LinkedIn’s JSON was not usable: ${jsonFailure}.` : '';
    return { ok: false, memo, error: appError('other-person', `The page shows another member than ${vanity}.${jsonWhy}`, { retryable: true }) };
  }
  if (!displayed.fullName || displayed.isPlaceholder) {
    const why = displayed.isPlaceholder
      ? 'LinkedIn shows this member as “LinkedIn Member” (outside your network): there is no name to save.'
      : dom.errors.length
        ? `No name could be read on this page (reader errors: ${dom.errors.join('; ')}).`
        : 'No name could be read on this page.';
    const jsonWhy = jsonFailure ? ` LinkedIn’s JSON was not usable either: ${jsonFailure}.` : '';
    return { ok: false, memo, error: appError('empty-profile', why + jsonWhy, { retryable: true }) };
  }
  const firstName = f.firstName !== undefined ? cleanNamePart(f.firstName) : displayed.firstName;
  const lastName = f.lastName !== undefined ? cleanNamePart(f.lastName) : displayed.lastName;

  const completeness = Object.fromEntries(SECTIONS.map((s) => [s, completenessOf(merged, s, gaps[s])])) as Record<Section, SectionCompleteness>;

  const experiences = f.experiences ?? [];
  const current = experiences.find((e) => e.isCurrent);
  const currentJob = current
    ? { title: current.title, company: current.company }
    : f.currentJob && (f.currentJob.title || f.currentJob.company)
      ? f.currentJob
      : null;

  const jsonWarning: Warning[] =
    jsonFailure && !sources.includes('voyager') && sources.length > 0
      ? [{ code: 'json-unavailable', message: `LinkedIn’s JSON could not be used (${jsonFailure}); the page was read instead.` }]
      : [];

  const computed = sectionWarnings(completeness, jsonFailure !== null);
  const readerWarnings = kept
    .filter((r) => r.fragment !== null && sources.includes(r.source))
    .flatMap((r) => r.warnings.filter((w) => stillTrue(w, r, completeness, computed)));
  const warnings = dedupe([...jsonWarning, ...extraWarnings, ...identityWarnings, ...readerWarnings, ...computed]);

  const candidate: Profile = {
    profileUrl: `https://www.linkedin.com/in/${vanity}/`,
    publicIdentifier: vanity,
    memberId: f.memberId && MEMBER_ID_PATTERN.test(f.memberId) ? f.memberId : null,
    numericMemberId: f.numericMemberId && /^\d+$/.test(f.numericMemberId) ? f.numericMemberId : null,
    fullName: displayed.fullName,
    firstName,
    lastName,
    headline: f.headline ?? null,
    location: f.location ?? null,
    photoUrl: f.photoUrl ?? null,
    about: f.about ?? null,
    currentJob,
    experiences,
    educations: f.educations ?? [],
    skills: f.skills ?? [],
    languages: f.languages ?? [],
    certifications: f.certifications ?? [],
    websites: f.websites ?? [],
    completeness,
    warnings,
    sources,
  };

  const checked = profileSchema.safeParse(candidate);
  if (!checked.success) {
    const issues = checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    return { ok: false, memo, error: appError('read-failed', `The profile read does not fit the model (${issues})`) };
  }
  return { ok: true, memo, profile: checked.data };
}

const PAGE_READER_SOURCES = new Set(['sdui-2026', 'ember-2022', 'public', 'public-2016', 'details-pages']);
