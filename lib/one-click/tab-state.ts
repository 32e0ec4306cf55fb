// What one click shows for a tab, worded: this tab's last one-click save (refused, reading, its jobs' lines), else
// what the history says of the person (saving, a failure still waiting for the user, saved before), else the offer to
// save. Pure: the background's adapter (entrypoints/background/one-click.ts) feeds it the tab's record and the jobs.
import { type AppError } from '@/lib/errors';
import { describeError } from '@/lib/error-text';
import { t } from '@/lib/i18n';
import { isFinished, latestPerVendor, type Job } from '@/lib/outbox/job';
import { jobLine, savedBeforeLine } from '@/lib/outbox/job-text';
import { detectPageKind } from '@/lib/linkedin/page-kind';
import { canonicalProfileUrl, salesLeadUrl, vanityFromUrl } from '@/lib/profile/url';
import type { FixPage, TabSaveState } from '@/lib/protocol';
import { findVendor, VENDOR_LABELS, vendorLabel, type VendorId } from '@/lib/vendors';
import type { PlanProblem, SavePlan } from './plan';

export interface Problem {
  lines: string[];
  fix: FixPage | null;
}

/** The last one-click save started on a tab, for the person that tab showed then. */
export interface TabRecord {
  profileUrl: string;
  /**
   * The page (Chrome's documentId) whose button started it: a reloaded page is a new document, whose button then
   * shows what the history says ("already saved"). Absent for the shortcut and the menu: any page of the tab.
   */
  documentId: string | undefined;
  at: number;
  reading: boolean;
  jobIds: string[];
  problem: Problem | null;
}

/** A refusal is news for a minute; after that (a reload, a fix in the popup) the button offers to save again. */
export const PROBLEM_SHOWN_MS = 60_000;

/** The canonical profile URL when `url` is a profile's main page (/in/<vanity>/), else null. */
export function profilePageUrl(url: string | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.hostname !== 'www.linkedin.com' || !/^\/in\/[^/]+\/?$/.test(parsed.pathname)) return null;
  return canonicalProfileUrl(parsed);
}

/**
 * The page one click saves from: a profile's main page (the person is checked by vanity) or a Sales Navigator lead
 * page (checked by the lead id in its address). `url` keys the tab's record. Anything else: null.
 */
export type OneClickPage = { url: string; vanity: string; leadId: null } | { url: string; vanity: null; leadId: string };

export function oneClickPage(url: string | undefined): OneClickPage | null {
  const profile = profilePageUrl(url);
  const vanity = profile ? vanityFromUrl(profile) : null;
  if (profile && vanity) return { url: profile, vanity, leadId: null };
  if (!url) return null;
  const kind = detectPageKind(url);
  return kind.kind === 'salesnav-lead' ? { url: salesLeadUrl(kind.leadId), vanity: null, leadId: kind.leadId } : null;
}

/**
 * A save some tools could not take (a Sales Navigator lead with no public URL, which some tools need: `cannotSave`):
 * their reasons follow the jobs' lines, and once the jobs are finished the save reads as partly done, never as saved.
 */
export function withRefusals(state: TabSaveState, refusals: readonly string[]): TabSaveState {
  if (refusals.length === 0) return state;
  const lines = [...state.lines, ...refusals];
  if (state.state === 'saving') return { ...state, lines };
  return { state: 'error', label: state.state === 'error' ? state.label : t('oneClick.label.partly'), lines, fix: state.fix };
}

/** Why nothing was saved, when the plan refused (no tool, no choice, no remembered target). */
export function planProblem(problem: PlanProblem): Problem {
  switch (problem.kind) {
    case 'no-tool':
      return { lines: [t('oneClick.problem.noTool')], fix: 'options' };
    case 'no-choice':
      return { lines: [t('oneClick.problem.noChoice')], fix: null };
    case 'no-target': {
      const name = vendorLabel(problem.vendor) ?? problem.vendor;
      const noun = findVendor(problem.vendor)?.target?.noun;
      const line =
        noun === 'project'
          ? t('oneClick.problem.noTargetProject', { name })
          : noun === 'job'
            ? t('oneClick.problem.noTargetJob', { name })
            : t('oneClick.problem.noTarget', { name });
      return { lines: [line], fix: null };
    }
  }
}

/** Why nothing was saved, when reading the tab failed. */
export function errorProblem(error: AppError): Problem {
  const text = describeError(error);
  return { lines: [text.title, text.action], fix: null };
}

/** Where a failed job is fixed: the key or settings in options, anything else by sending it again from history. */
export function fixFor(error: AppError): FixPage {
  return ['not-configured', 'invalid-settings', 'vendor-auth', 'vendor-forbidden', 'vendor-payment'].includes(error.code) ? 'options' : 'history';
}

export function fixLink(page: FixPage | null): TabSaveState['fix'] {
  if (!page) return null;
  return { page, label: page === 'options' ? t('oneClick.fix.options') : t('oneClick.fix.history') };
}

/** The state of one save's jobs, as the button shows it. */
export function batchState(jobs: readonly Job[]): TabSaveState {
  const lines = jobs.map(jobLine);
  const sending = jobs.some((j) => j.state.kind === 'pending' || j.state.kind === 'running');
  const waiting = jobs.some((j) => !isFinished(j));
  const failed = jobs.filter((j) => j.state.kind === 'failed');
  const done = jobs.filter((j) => j.state.kind === 'done');
  // While a tool is still sending, the button says so (and keeps asking): a tool that failed fast shows its line
  // meanwhile, and the verdict waits for the others. A tool retrying by itself later does not hold a failure's fix.
  if (sending) return { state: 'saving', label: t('oneClick.label.saving'), lines, fix: null };
  if (failed.length > 0) {
    const first = failed[0]!.state;
    const fix = first.kind === 'failed' ? fixFor(first.error) : 'history';
    return { state: 'error', label: done.length > 0 ? t('oneClick.label.partly') : t('oneClick.label.failed'), lines, fix: fixLink(fix) };
  }
  // Retrying by itself (its line says when): still on its way.
  if (waiting) return { state: 'saving', label: t('oneClick.label.saving'), lines, fix: null };
  const allThere = done.every((j) => j.state.kind === 'done' && j.state.result.status === 'skipped');
  return allThere
    ? { state: 'already', label: t('oneClick.label.alreadyThere'), lines, fix: null }
    : { state: 'saved', label: t('oneClick.label.saved'), lines, fix: null };
}

/**
 * A tab that loads a page (a reload, a navigation) drops its record when the record knows no document (a shortcut or
 * menu save names none): its "choose a project once" is about the page before, not this one. A record of the
 * button's names its document and is told apart by it.
 */
export function forgottenOnLoad(record: TabRecord | undefined, status: string | undefined): boolean {
  return status === 'loading' && record !== undefined && record.documentId === undefined;
}

/** This tab's record, if it is about the page shown now and still news. */
export function currentRecord(record: TabRecord | undefined, profileUrl: string, documentId: string | undefined, now: number): TabRecord | null {
  return record?.profileUrl === profileUrl &&
    (record.documentId === undefined || record.documentId === documentId) &&
    !(record.problem && now - record.at > PROBLEM_SHOWN_MS)
    ? record
    : null;
}

/** Whether tabState needs the person's jobs: a refusal, or a read still under way, says all by itself. */
export function needsJobs(record: TabRecord | null): boolean {
  return !record?.problem && !record?.reading;
}

/** Nothing was saved, and why (with where to fix it, when there is a place). */
export function problemState(problem: Problem): TabSaveState {
  return { state: 'error', label: t('oneClick.label.failed'), lines: problem.lines, fix: fixLink(problem.fix) };
}

/** Off a profile's main page the button is not shown. */
export function offProfileState(): TabSaveState {
  return { state: 'off-profile', label: '', lines: [], fix: null };
}

/**
 * Nothing happened to this person yet: the offer to save, naming the tools the plan would use; "Save" alone when the
 * plan refuses (the click then says why).
 */
export function offerState(plan: SavePlan): TabSaveState {
  const label = plan.ok ? t('oneClick.label.save', { tools: plan.requests.map((r) => VENDOR_LABELS[r.vendor]).join(', ') }) : t('oneClick.label.saveNoTool');
  return { state: 'idle', label, lines: [], fix: null };
}

/**
 * What the button shows for a profile: the tab's current record first, then the person's jobs (newest first); null
 * when nothing happened to this person yet (the caller offers to save, with the tools the plan would use).
 */
export function tabState(record: TabRecord | null, jobs: readonly Job[]): TabSaveState | null {
  if (record?.problem) return problemState(record.problem);
  if (record?.reading) return { state: 'saving', label: t('oneClick.label.saving'), lines: [t('oneClick.line.reading')], fix: null };
  if (record) return batchState(jobs.filter((j) => record.jobIds.includes(j.id)));
  // Nothing started here: the history says whether this person was saved (or is being saved) already.
  const waiting = jobs.filter((j) => !isFinished(j));
  if (waiting.length > 0) return batchState(waiting);
  // The last news per tool: a save that failed, here or elsewhere, and was not done since still waits for the user.
  const latest = latestPerVendor(jobs);
  if (latest.some((j) => j.state.kind === 'failed')) return batchState(latest);
  const latestDone = new Map<VendorId, Job>();
  for (const job of jobs) if (job.state.kind === 'done' && !latestDone.has(job.vendor)) latestDone.set(job.vendor, job);
  if (latestDone.size > 0) {
    return { state: 'already', label: t('oneClick.label.alreadySaved'), lines: [...latestDone.values()].map(savedBeforeLine), fix: null };
  }
  return null;
}

