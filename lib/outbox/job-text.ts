// A job in words, in one place for the popup's rows and list chips, the in-page button and badge, the history and the CSV: where it went,
// where it is, what went wrong, what it was saved without. The CSV keeps fixed English codes (csv.ts outcomeOf) and
// takes its error column from here.
import { clockTime } from '@/lib/errors';
import { describeError } from '@/lib/error-text';
import { t } from '@/lib/i18n';
import { sectionList } from '@/lib/section-words';
import { vendorLabel, type AnyVendor } from '@/lib/vendors';
import type { Job } from './job';

/** "<Tool> · Backend Engineers": the tool and, when known, the target's name. */
export function jobWhere(job: Job): string {
  const label = vendorLabel(job.vendor) ?? job.vendor;
  return job.target.name ? `${label} · ${job.target.name}` : label;
}

/** One line per job for the button and the badge: saved (and without what), saving, why it failed and what to do. */
export function jobLine(job: Job): string {
  const s = job.state;
  const tool = vendorLabel(job.vendor) ?? job.vendor;
  switch (s.kind) {
    case 'done': {
      if (s.result.status === 'skipped') return t('oneClick.line.alreadyThere', { where: jobWhere(job) });
      const missing = job.person.missing ?? [];
      const short = job.person.short ?? [];
      // Never silently less: a person saved with sections LinkedIn did not give says which.
      if (missing.length > 0) return t('oneClick.line.savedWithout', { where: jobWhere(job), sections: sectionList(missing) });
      if (short.length > 0) return t('oneClick.line.savedPart', { where: jobWhere(job), sections: sectionList(short) });
      return t('oneClick.line.saved', { where: jobWhere(job) });
    }
    case 'failed': {
      const { title, action } = describeError(s.error);
      return t('oneClick.line.failed', { where: tool, error: title, action });
    }
    case 'retrying':
      return t('oneClick.line.retrying', { where: tool, error: describeError(s.error).title, time: clockTime(s.nextAttemptAt) });
    case 'pending':
    case 'running':
      // Offline, a waiting job goes when the connection is back: said, rather than "Saving…" for as long as that takes.
      if (s.kind === 'pending' && typeof navigator !== 'undefined' && navigator.onLine === false) {
        return t('oneClick.line.offline', { where: jobWhere(job) });
      }
      return t('oneClick.line.saving', { where: jobWhere(job) });
  }
}

/**
 * The popup row's line while a job waits or runs: sending, checking with the tool before sending again (an earlier
 * attempt may have reached it), waiting for the connection, queued. Null for a job that is not waiting or running.
 */
export function rowWaitingLine(job: Job): string | null {
  const s = job.state;
  const name = { vendor: vendorLabel(job.vendor) ?? job.vendor };
  if (s.kind === 'running') return t('vendorPanel.sending', name);
  if (s.kind !== 'pending') return null;
  if (job.mayHaveReached) return t('vendorPanel.rechecking', name);
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return t('vendorPanel.offline', name);
  return t('vendorPanel.queued', name);
}

/** Under a retrying job's error in the popup row: when the extension tries again by itself, and which try it is. */
export function rowRetryLine(job: Job): string | null {
  const s = job.state;
  return s.kind === 'retrying' ? t('vendorPanel.retryAt', { time: clockTime(s.nextAttemptAt), attempt: job.attempts.length + 1 }) : null;
}

/** Under a failed job's error in the popup row: stopped for good (the tool refused) or after a day of retries. */
export function rowStoppedLine(job: Job): string | null {
  const s = job.state;
  if (s.kind !== 'failed') return null;
  return s.permanent ? t('vendorPanel.stoppedPermanent') : t('vendorPanel.stoppedAfterRetries');
}

/** A list row's chip for one tool: its one word ("added", "retrying", "waiting") and the sentence behind it. */
export function chipText(job: Job): { word: string; detail: string } {
  const s = job.state;
  switch (s.kind) {
    case 'done':
      return { word: t(`listPanel.status.${s.result.status}`), detail: s.result.message };
    case 'retrying':
      // A retrying job says when the extension tries again by itself (never "try again later" by hand).
      return { word: t('listPanel.status.retrying'), detail: jobLine(job) };
    case 'failed':
      return { word: t('listPanel.status.failed'), detail: jobErrorText(job) };
    case 'pending':
    case 'running':
      return { word: t('listPanel.status.waiting'), detail: '' };
  }
}

/** "Saved before to <Tool> · Backend Engineers": what the button says of a person the history knows. */
export function savedBeforeLine(job: Job): string {
  return t('oneClick.line.savedBefore', { where: jobWhere(job) });
}

/** Why the job's last attempt failed and what to do, or '' (the history and the CSV's error column). */
export function jobErrorText(job: Job): string {
  const s = job.state;
  if (s.kind !== 'failed' && s.kind !== 'retrying') return '';
  const text = describeError(s.error);
  return `${text.title} ${text.action}`;
}

/** "Partial: without Experience · Part of Skills only", or null when the whole person was sent. */
export function partialText(job: Job): string | null {
  const missing = job.person.missing ?? [];
  const short = job.person.short ?? [];
  const parts = [
    missing.length ? t('saveHistory.partial', { sections: sectionList(missing) }) : null,
    short.length ? t('saveHistory.partialShort', { sections: sectionList(short) }) : null,
  ].filter((x): x is string => x !== null);
  return parts.length ? parts.join(' · ') : null;
}

/** The vendor's outcome when done (with how it was confirmed), else the job's state: one short phrase. */
export function outcomeText(job: Job): string {
  const s = job.state;
  if (s.kind === 'done') {
    const outcome = resultWord(s.result.status);
    return s.confirmedBy === 'recheck' ? t('outbox.foundOnRecheck', { outcome }) : outcome;
  }
  switch (s.kind) {
    case 'pending':
      return t('outbox.outcome.pending');
    case 'running':
      return t('outbox.outcome.running');
    case 'retrying':
      return t('outbox.outcome.retrying');
    case 'failed':
      return t('outbox.outcome.failed');
  }
}

function resultWord(status: Extract<Job['state'], { kind: 'done' }>['result']['status']): string {
  switch (status) {
    case 'created':
      return t('outbox.outcome.created');
    case 'added':
      return t('outbox.outcome.added');
    case 'updated':
      return t('outbox.outcome.updated');
    case 'skipped':
      return t('outbox.outcome.skipped');
  }
}

/** A re-check found the person: what the save's result line says (one sentence per target noun, for French). */
export function alreadyThere(vendor: Pick<AnyVendor, 'label' | 'target'>, inTarget: boolean, recordId: string): string {
  const words = { vendor: vendor.label, record: recordId };
  if (!inTarget) return t('outbox.alreadyThere.none', words);
  switch (vendor.target?.noun) {
    case 'project':
      return t('outbox.alreadyThere.project', words);
    case 'job':
      return t('outbox.alreadyThere.job', words);
    default:
      return t('outbox.alreadyThere.target', words);
  }
}
