// Where a job is and what a re-check found, in the UI’s words. The CSV keeps fixed English codes (csv.ts outcomeOf).
import { t } from '@/lib/i18n';
import type { AnyVendor } from '@/lib/vendors';
import type { Job } from './job';

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
