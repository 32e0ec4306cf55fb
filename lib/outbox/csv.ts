// History as CSV, built in the history page from listJobs. Pure.
// Column names and outcome codes stay English whatever the browser's language: a team's exports then share one
// format (merged, filtered, imported by scripts). The error column is a sentence for people: it follows the UI.
import { VENDOR_LABELS } from '@/lib/vendors';
import type { Job } from './job';
import { jobErrorText } from './job-text';

export const CSV_COLUMNS = ['time', 'person', 'profile URL', 'vendor', 'target', 'outcome', 'record id', 'record link', 'error', 'missing sections'] as const;

/** One word for where a job is: the vendor's outcome when done, else the job's state. */
export function outcomeOf(job: Job): string {
  const s = job.state;
  if (s.kind === 'done') return s.confirmedBy === 'recheck' ? `${s.result.status} (found on re-check)` : s.result.status;
  return s.kind;
}

export function targetOf(job: Job): string {
  const t = job.target;
  const target = t.name ?? t.id ?? '';
  const stage = t.stageName ?? t.stageId;
  return stage ? `${target} · ${stage}` : target;
}

/**
 * Quotes when needed, and defuses cells a spreadsheet would run as a formula: names and headlines come from
 * LinkedIn pages, which anyone can write.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function jobsToCsv(jobs: readonly Job[]): string {
  const rows = jobs.map((job) => {
    const result = job.state.kind === 'done' ? job.state.result : null;
    return [
      new Date(job.createdAt).toISOString(),
      job.person.fullName,
      job.person.profileUrl,
      VENDOR_LABELS[job.vendor],
      targetOf(job),
      outcomeOf(job),
      result?.recordId ?? '',
      result?.recordUrl ?? '',
      jobErrorText(job),
      // Section ids, one format in every language (like the outcome codes): empty when the whole person was sent;
      // "(part)" after a section read in part.
      [...(job.person.missing ?? []), ...(job.person.short ?? []).map((s) => `${s}(part)`)].join(' '),
    ];
  });
  return [[...CSV_COLUMNS], ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * The file the history exports: the CSV after a UTF-8 byte-order mark, without which Excel reads the file in the
 * system's legacy code page and garbles every accented or non-Latin name.
 */
export function csvFile(jobs: readonly Job[]): string {
  return `\uFEFF${jobsToCsv(jobs)}`;
}
