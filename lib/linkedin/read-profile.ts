// The read orchestrator: which page is this, LinkedIn's JSON when a client is given, the page's DOM readers,
// identity check, merge, completeness, validation. Pure apart from the VoyagerClient it is handed.
import { appError, type AppError } from '@/lib/errors';
import { DOM_READERS, type DomReader } from '@/lib/linkedin/dom';
import { keepSamePerson } from '@/lib/linkedin/identity';
import { mergeFragments } from '@/lib/linkedin/merge';
import { detectPageKind } from '@/lib/linkedin/page-kind';
import { nameFromTitle } from '@/lib/linkedin/page-title';
import type { NotProfileReason, ProfileFragment, ReaderResult } from '@/lib/linkedin/types';
import { fetchVoyagerProfile, type VoyagerClient } from '@/lib/linkedin/voyager/fetch-profile';
import { cleanNamePart, splitName } from '@/lib/profile/name';
import {
  MEMBER_ID_PATTERN,
  SECTIONS,
  profileSchema,
  type Profile,
  type Section,
  type SectionCompleteness,
  type Warning,
} from '@/lib/profile/profile';

export interface ReadProfileInput {
  url: string | URL;
  document: Document;
  /** LinkedIn's JSON, fetched with the page's session; absent = page only (CLI on an HTML file, tests). */
  voyager?: VoyagerClient;
  /** The DOM readers in trial order; defaults to every layout's reader. */
  readers?: readonly DomReader[];
}

export type ReadProfileResult = { ok: true; profile: Profile } | { ok: false; error: AppError };

const SECTION_WORDS: Record<Section, { plural: string; title: string }> = {
  experiences: { plural: 'experiences', title: 'Experience' },
  educations: { plural: 'educations', title: 'Education' },
  skills: { plural: 'skills', title: 'Skills' },
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

/**
 * `cut`: a reader saw that the list goes on without saying how far ("Show all" with no count).
 * A list read with no count and no sign of a cut is the whole list: LinkedIn shows a "Show all" link otherwise.
 */
function completenessOf(fragment: ProfileFragment, section: Section, cut: boolean): SectionCompleteness {
  const read = fragment[section]?.length ?? 0;
  const total = fragment.totals?.[section];
  const loaded = !(fragment.notLoaded?.includes(section) && read === 0);
  if (!loaded) return { read: 0, total: total ?? null, loaded };
  if (total !== undefined) return { read, total: Math.max(total, read), loaded };
  return { read, total: read > 0 && !cut ? read : null, loaded };
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
        message: `The ${words.title} section had not loaded on the page yet: scroll down to it (or wait a few seconds), then read the profile again.`,
      });
    } else if (c.total !== null && c.read < c.total) {
      const hint = jsonFailed
        ? ' LinkedIn’s JSON was not available and the page shows only part of the list.'
        : ' The page shows only part of the list.';
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

export async function readProfile(input: ReadProfileInput): Promise<ReadProfileResult> {
  const url = input.url instanceof URL ? input.url : new URL(input.url);
  const kind = detectPageKind(url, input.document);
  if (kind.kind === 'not-profile') {
    return { ok: false, error: appError('not-profile', NOT_PROFILE_MESSAGES[kind.reason], { reason: kind.reason }) };
  }
  const vanity = kind.vanity;

  const results: ReaderResult[] = [];
  const extraWarnings: Warning[] = [];
  let jsonFailure: string | null = null;
  if (input.voyager) {
    const outcome = await fetchVoyagerProfile(vanity, input.voyager);
    if (outcome.ok) {
      results.push(outcome.result);
    } else {
      jsonFailure = outcome.message;
      if (outcome.reason === 'identity-mismatch') {
        extraWarnings.push({ code: 'identity-mismatch', message: `${outcome.message}: it was ignored.` });
      }
    }
  }

  const dom = runReaders(input.readers ?? DOM_READERS, input.document, url);
  results.push(...dom.results);

  const { kept, warnings: identityWarnings } = keepSamePerson(results, vanity);
  const merged = mergeFragments(kept);
  const f = merged.fragment;

  let sources = merged.sources;
  let shownName = f.fullName ?? [f.firstName, f.lastName].filter(Boolean).join(' ');
  // A page a reader recognised but whose name block is absent (a details page, a carved section): the tab title
  // still names the person. Only then: an unrecognised page's title proves nothing.
  const pageReader = kept.find((r) => r.source !== 'voyager' && r.fragment !== null);
  if (!shownName.trim() && pageReader) {
    const fromTitle = nameFromTitle(input.document.title ?? '', kind.section !== 'main');
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
    return { ok: false, error: appError('other-person', `The page shows another member than ${vanity}.${jsonWhy}`, { retryable: true }) };
  }
  if (!displayed.fullName || displayed.isPlaceholder) {
    const why = displayed.isPlaceholder
      ? 'LinkedIn shows this member as “LinkedIn Member” (outside your network): there is no name to save.'
      : dom.errors.length
        ? `No name could be read on this page (reader errors: ${dom.errors.join('; ')}).`
        : 'No name could be read on this page.';
    const jsonWhy = jsonFailure ? ` LinkedIn’s JSON was not usable either: ${jsonFailure}.` : '';
    return { ok: false, error: appError('empty-profile', why + jsonWhy, { retryable: true }) };
  }
  const firstName = f.firstName !== undefined ? cleanNamePart(f.firstName) : displayed.firstName;
  const lastName = f.lastName !== undefined ? cleanNamePart(f.lastName) : displayed.lastName;

  const cut = (section: Section) =>
    kept.some((r) => r.fragment?.[section]?.length === f[section]?.length && r.warnings.some((w) => w.code === 'section-truncated' && w.section === section));
  const completeness = {
    experiences: completenessOf(f, 'experiences', cut('experiences')),
    educations: completenessOf(f, 'educations', cut('educations')),
    skills: completenessOf(f, 'skills', cut('skills')),
  };

  const experiences = f.experiences ?? [];
  const current = experiences.find((e) => e.isCurrent);
  const currentJob = current
    ? { title: current.title, company: current.company }
    : f.currentJob && (f.currentJob.title || f.currentJob.company)
      ? f.currentJob
      : null;

  const jsonWarning: Warning[] =
    jsonFailure && sources.length > 0
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
    return { ok: false, error: appError('read-failed', `The profile read does not fit the model (${issues})`) };
  }
  return { ok: true, profile: checked.data };
}
