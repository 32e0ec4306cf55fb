// Every save the outbox knows, newest first: what, where, how it ended, the vendor's record; re-send, clear, export.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ErrorNotice } from '@/components/error-notice';
import { describeError } from '@/lib/error-text';
import { t, uiLanguage } from '@/lib/i18n';
import { csvFile, targetOf } from '@/lib/outbox/csv';
import type { Job } from '@/lib/outbox/job';
import { outcomeText, partialText } from '@/lib/outbox/job-text';
import { watchOutbox } from '@/lib/outbox/store';
import { appErrorOf, clearHistoryMutation, historyJobsQuery, invalidate, queryKeys, retryJobMutation } from '@/lib/queries';
import { VENDOR_LABELS } from '@/lib/vendors';
import { NeedsAttention } from './needs-attention';

// Screen readers pronounce the page in the language Chrome shows it in.
document.documentElement.lang = uiLanguage();
document.title = t('saveHistory.title');

function waiting(job: Job): boolean {
  return job.state.kind !== 'done' && job.state.kind !== 'failed';
}

function when(at: number): string {
  return new Date(at).toLocaleString(uiLanguage(), { dateStyle: 'short', timeStyle: 'medium' });
}

function download(jobs: readonly Job[]): void {
  const blob = new Blob([csvFile(jobs)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `saves-${new Date().toISOString().slice(0, 10)}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function HistoryApp() {
  const queryClient = useQueryClient();
  useEffect(() => watchOutbox(() => void invalidate(queryClient, [queryKeys.jobs.all()])), [queryClient]);
  const jobs = useQuery({
    ...historyJobsQuery(),
    refetchInterval: (query) => (query.state.data?.some(waiting) ? 1_000 : false),
  });
  const [notice, setNotice] = useState<string | null>(null);
  const retry = useMutation(retryJobMutation(queryClient));
  const clear = useMutation({
    ...clearHistoryMutation(queryClient),
    onSuccess: ({ cleared }) => setNotice(t('saveHistory.cleared', cleared)),
  });
  const list = jobs.data ?? [];
  return (
    <main className="mx-auto max-w-6xl space-y-4 p-6 text-slate-900 dark:bg-slate-900 dark:text-slate-100">
      <header className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h1 className="text-xl font-semibold">{t('saveHistory.title')}</h1>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {t('saveHistory.intro')}
          </p>
        </div>
        <div className="flex gap-2">
          <button
            type="button"
            data-testid="history-export"
            disabled={list.length === 0}
            onClick={() => download(list)}
            className="rounded-md border border-slate-300 px-3 py-1 text-sm disabled:opacity-50 dark:border-slate-600"
          >
            {t('saveHistory.export')}
          </button>
          <button
            type="button"
            data-testid="history-clear"
            disabled={clear.isPending || !list.some((j) => !waiting(j))}
            onClick={() => clear.mutate()}
            className="rounded-md border border-slate-300 px-3 py-1 text-sm disabled:opacity-50 dark:border-slate-600"
          >
            {t('saveHistory.clear')}
          </button>
        </div>
      </header>
      {notice && (
        <p role="status" data-testid="history-notice" className="text-sm text-slate-600 dark:text-slate-400">
          {notice}
        </p>
      )}
      <NeedsAttention />
      {retry.error && <ErrorNotice error={appErrorOf(retry.error)} />}
      {jobs.isPending ? (
        <p className="text-sm text-slate-500">{t('saveHistory.loading')}</p>
      ) : list.length === 0 ? (
        <p data-testid="history-empty" className="text-sm text-slate-500">
          {t('saveHistory.empty')}
        </p>
      ) : (
        <table className="w-full border-collapse text-left text-sm">
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-600">
              <th className="p-1">{t('saveHistory.column.time')}</th>
              <th className="p-1">{t('saveHistory.column.person')}</th>
              <th className="p-1">{t('saveHistory.column.tool')}</th>
              <th className="p-1">{t('saveHistory.column.target')}</th>
              <th className="p-1">{t('saveHistory.column.outcome')}</th>
              <th className="p-1">{t('saveHistory.column.record')}</th>
              <th className="p-1">
                <span className="sr-only">{t('saveHistory.column.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((job) => (
              <Row key={job.id} job={job} retrying={retry.isPending && retry.variables === job.id} onRetry={() => retry.mutate(job.id)} />
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}

function Row({ job, retrying, onRetry }: { job: Job; retrying: boolean; onRetry(): void }) {
  const s = job.state;
  const result = s.kind === 'done' ? s.result : null;
  const error = s.kind === 'failed' || s.kind === 'retrying' ? describeError(s.error) : null;
  return (
    <tr data-testid="history-row" data-vendor={job.vendor} data-state={s.kind} data-job-id={job.id} className="border-b border-slate-200 align-top dark:border-slate-700">
      <td className="p-1 whitespace-nowrap">{when(job.createdAt)}</td>
      <td className="p-1">
        <a href={job.person.profileUrl} target="_blank" rel="noreferrer" dir="auto" className="underline">
          {job.person.fullName}
        </a>
        {partialText(job) && (
          <span data-testid="history-partial" className="block text-xs text-amber-800 dark:text-amber-300">
            {partialText(job)}
          </span>
        )}
      </td>
      <td className="p-1">{VENDOR_LABELS[job.vendor]}</td>
      <td className="p-1">{targetOf(job) || '—'}</td>
      <td className="p-1" data-testid="history-outcome">
        <span className="font-medium">{outcomeText(job)}</span>
        {s.kind === 'retrying' && <span className="block text-xs">{t('saveHistory.nextTry', { when: when(s.nextAttemptAt) })}</span>}
        {result && <span className="block text-xs text-slate-600 dark:text-slate-400">{result.message}</span>}
        {error && (
          <span className="block text-xs text-amber-800 dark:text-amber-300">
            {error.title} {error.action}
          </span>
        )}
      </td>
      <td className="p-1 text-xs">
        {result?.recordUrl ? (
          <a href={result.recordUrl} target="_blank" rel="noreferrer" className="underline">
            {result.recordId ?? t('saveHistory.open')}
          </a>
        ) : (
          (result?.recordId ?? '—')
        )}
      </td>
      <td className="p-1">
        {(s.kind === 'failed' || s.kind === 'retrying') && (
          <button
            type="button"
            data-testid="history-retry"
            disabled={retrying}
            onClick={onRetry}
            className="rounded bg-blue-700 px-2 py-1 text-xs font-semibold text-white disabled:opacity-50"
          >
            {retrying ? t('saveHistory.sending') : s.kind === 'failed' ? t('saveHistory.resend') : t('saveHistory.sendNow')}
          </button>
        )}
      </td>
    </tr>
  );
}
