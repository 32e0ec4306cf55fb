// Field-by-field merge of the readers' fragments of ONE person (identity is checked before): the most trusted
// source that knows a field wins; for lists, the most complete list wins, taken whole (entries are never mixed).
import type { ProfileFragment, ReaderResult } from '@/lib/linkedin/types';
import { SECTIONS, type Section, type SourceId, type Warning } from '@/lib/profile/profile';

/** How one section stands after the merge. */
export interface SectionVerdict {
  /** The source whose list was kept; null when no source saw the section. */
  from: SourceId | null;
  /** Read to its end: as many as LinkedIn's count, or a source that read it all (a list paged to its end…). */
  complete: boolean;
}

export interface MergedFragment {
  fragment: ProfileFragment;
  sections: Record<Section, SectionVerdict>;
  /** Sources whose data made it into the merged fragment, in trust order. */
  sources: SourceId[];
  /** Warnings of the results that contributed (section completeness is recomputed by the caller). */
  warnings: Warning[];
}

const SCALARS = [
  'publicIdentifier',
  'memberId',
  'numericMemberId',
  'fullName',
  'headline',
  'location',
  'photoUrl',
  'about',
] as const satisfies readonly (keyof ProfileFragment)[];

const LISTS = ['experiences', 'educations', 'skills', 'languages', 'certifications', 'websites'] as const satisfies readonly (keyof ProfileFragment)[];

function present(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  return true;
}

/** `results` in trust order (LinkedIn's JSON first, then the DOM readers in trial order). */
export function mergeFragments(results: readonly ReaderResult[]): MergedFragment {
  const withFragment = results.filter((r): r is ReaderResult & { fragment: ProfileFragment } => r.fragment !== null);
  const merged: ProfileFragment = {};
  const used = new Set<SourceId>();

  for (const key of SCALARS) {
    const from = withFragment.find((r) => present(r.fragment[key]));
    if (from) {
      merged[key] = from.fragment[key];
      used.add(from.source);
    }
  }

  // First and last name travel together: from the same source, or not at all.
  const names = withFragment.find((r) => present(r.fragment.firstName) || present(r.fragment.lastName));
  if (names) {
    merged.firstName = names.fragment.firstName ?? '';
    merged.lastName = names.fragment.lastName ?? '';
    used.add(names.source);
  }

  const bestOf = new Map<string, ReaderResult & { fragment: ProfileFragment }>();
  for (const key of LISTS) {
    let best: (ReaderResult & { fragment: ProfileFragment }) | undefined;
    for (const r of withFragment) {
      const list = r.fragment[key];
      if (list === undefined) continue;
      if (!best || list.length > (best.fragment[key]?.length ?? -1)) best = r;
    }
    const list = best?.fragment[key];
    if (best && list !== undefined) {
      (merged as Record<string, unknown>)[key] = list;
      bestOf.set(key, best);
      if (list.length > 0) used.add(best.source);
    }
  }

  // The top card's current job only counts as a contribution when no current role says it already.
  const job = withFragment.find((r) => r.fragment.currentJob && (present(r.fragment.currentJob.title) || present(r.fragment.currentJob.company)));
  if (job?.fragment.currentJob) {
    merged.currentJob = job.fragment.currentJob;
    if (!merged.experiences?.some((e) => e.isCurrent)) used.add(job.source);
  }

  // LinkedIn's counts: the largest any source saw (a count under the real one would hide a truncation).
  const totals: Partial<Record<Section, number>> = {};
  for (const section of SECTIONS) {
    for (const r of withFragment) {
      const t = r.fragment.totals?.[section];
      if (t !== undefined && t > (totals[section] ?? -1)) totals[section] = t;
    }
  }
  if (Object.keys(totals).length) merged.totals = totals;

  const notLoaded = SECTIONS.filter(
    (s) => withFragment.some((r) => r.fragment.notLoaded?.includes(s)) && !((merged[s]?.length ?? 0) > 0),
  );
  if (notLoaded.length) merged.notLoaded = notLoaded;

  const sections = Object.fromEntries(
    SECTIONS.map((section) => {
      const best = bestOf.get(section);
      const read = merged[section]?.length ?? 0;
      const total = totals[section];
      const complete = best === undefined ? false : total !== undefined ? read >= total : readToTheEnd(best, section);
      return [section, { from: best?.source ?? null, complete }];
    }),
  ) as Record<Section, SectionVerdict>;

  const sources = withFragment.map((r) => r.source).filter((s, i, all) => used.has(s) && all.indexOf(s) === i);
  const warnings = withFragment.filter((r) => used.has(r.source)).flatMap((r) => r.warnings);
  return { fragment: merged, sections, sources, warnings };
}

/**
 * A list without LinkedIn's count is whole when its source says it read to the end (`complete`), or when a page
 * shows entries with no sign of a cut ("Show all" with no number): LinkedIn shows such a link otherwise.
 */
function readToTheEnd(r: ReaderResult & { fragment: ProfileFragment }, section: Section): boolean {
  if (r.fragment.complete?.includes(section)) return true;
  const cut = r.warnings.some((w) => w.code === 'section-truncated' && w.section === section);
  return PAGE_SOURCES.has(r.source) && (r.fragment[section]?.length ?? 0) > 0 && !cut;
}

const PAGE_SOURCES = new Set<SourceId>(['sdui-2026', 'ember-2022', 'public', 'public-2016']);
