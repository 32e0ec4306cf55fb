// "Needs attention": saves the outbox could not read after an update, kept aside (lib/outbox/quarantine.ts). Each says
// who and which tool as far as the stored value tells, why it could not be read, and offers Export and Send again.
import { t, uiLanguage } from '@/lib/i18n';
import type { ResendOutcome, SetAsideSummary } from '@/lib/outbox/quarantine';
import { VENDOR_LABELS } from '@/lib/vendors';
import type { ReadProblem } from '@/lib/versioned-storage';
import { useExportSetAside, useResendSetAside, useSetAside } from './set-aside-queries';

function problemText(problem: ReadProblem): string {
  switch (problem.kind) {
    case 'newer-version':
      return t('saveHistory.needsAttention.problem.newerVersion', { version: String(problem.version) });
    case 'migration-failed':
      return t('saveHistory.needsAttention.problem.migrationFailed');
    case 'invalid':
      return t('saveHistory.needsAttention.problem.invalid');
  }
}

function partText(part: SetAsideSummary['part']): string {
  if (part === 'payload') return t('saveHistory.needsAttention.part.payload');
  if (part === 'list') return t('saveHistory.needsAttention.part.list');
  return t('saveHistory.needsAttention.part.job');
}

function outcomeText(outcome: ResendOutcome): { text: string; detail: string | null } {
  if (outcome.kind === 'gone') return { text: t('saveHistory.needsAttention.gone'), detail: null };
  if (outcome.kind === 'sent') {
    const text = outcome.job.state.kind === 'done' ? t('saveHistory.needsAttention.restored') : t('saveHistory.needsAttention.sent');
    return { text, detail: null };
  }
  return {
    text: `${t('saveHistory.needsAttention.stillUnreadable')} ${partText(outcome.part)} ${problemText(outcome.problem)}`,
    detail: outcome.problem.detail,
  };
}

export function NeedsAttention() {
  const entries = useSetAside();
  const exporter = useExportSetAside();
  const resend = useResendSetAside();
  const list = entries.data ?? [];
  // What the last "Send again" said stays under its entry while the entry is there (still unreadable).
  const last = resend.data && resend.variables ? { id: resend.variables, ...outcomeText(resend.data) } : null;
  if (list.length === 0 && !last) return null;
  return (
    <section data-testid="needs-attention" aria-labelledby="needs-attention-title" className="space-y-2 rounded-md border border-amber-400 p-3 dark:border-amber-600">
      <h2 id="needs-attention-title" className="text-lg font-semibold">
        {t('saveHistory.needsAttention.title')}
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t('saveHistory.needsAttention.intro')}</p>
      {last && !list.some((e) => e.id === last.id) && (
        <p role="status" data-testid="needs-attention-result" className="text-sm">
          {last.text}
        </p>
      )}
      <ul className="space-y-2">
        {list.map((entry) => (
          <li key={entry.id} data-testid="needs-attention-item" data-entry-id={entry.id} data-part={entry.part} className="text-sm">
            <span className="font-medium" dir="auto">
              {entry.fullName ?? t('saveHistory.needsAttention.unknownPerson')}
            </span>
            {' · '}
            <span data-testid="needs-attention-tool">
              {entry.knownVendor ? VENDOR_LABELS[entry.knownVendor] : (entry.vendor ?? t('saveHistory.needsAttention.unknownTool'))}
            </span>
            {entry.profileUrl && (
              <span className="block text-xs text-slate-600 dark:text-slate-400" dir="auto">
                {entry.profileUrl}
              </span>
            )}
            <span data-testid="needs-attention-why" className="block text-amber-800 dark:text-amber-300">
              {partText(entry.part)} {problemText(entry.problem)}
            </span>
            <span className="block text-xs text-slate-600 dark:text-slate-400">
              {t('saveHistory.needsAttention.setAsideAt', {
                when: new Date(entry.at).toLocaleString(uiLanguage(), { dateStyle: 'short', timeStyle: 'medium' }),
              })}
            </span>
            <details className="text-xs">
              <summary>{t('saveHistory.needsAttention.details')}</summary>
              <pre className="whitespace-pre-wrap">{entry.problem.detail}</pre>
            </details>
            {last?.id === entry.id && (
              <p role="status" data-testid="needs-attention-result" className="text-amber-800 dark:text-amber-300">
                {last.text}
                {last.detail && <span className="block text-xs whitespace-pre-wrap">{last.detail}</span>}
              </p>
            )}
            <span className="mt-1 flex gap-2">
              <button
                type="button"
                data-testid="needs-attention-export"
                disabled={exporter.isPending}
                onClick={() => exporter.mutate(entry.id)}
                className="rounded-md border border-slate-300 px-2 py-1 text-xs disabled:opacity-50 dark:border-slate-600"
              >
                {t('saveHistory.needsAttention.export')}
              </button>
              <button
                type="button"
                data-testid="needs-attention-resend"
                disabled={resend.isPending}
                onClick={() => resend.mutate(entry.id)}
                className="rounded bg-blue-700 px-2 py-1 text-xs font-semibold text-white disabled:opacity-50"
              >
                {resend.isPending && resend.variables === entry.id ? t('saveHistory.sending') : t('saveHistory.needsAttention.resend')}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
