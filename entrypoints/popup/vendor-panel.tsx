import type { AnyVendor } from '@/lib/vendors';
import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { ErrorNotice } from '@/components/error-notice';
import { shortIds } from '@/components/format';
import { VendorFields } from '@/components/vendor-fields';
import { toAppError, type AppError } from '@/lib/errors';
import { rowRetryLine, rowStoppedLine, rowWaitingLine } from '@/lib/outbox/job-text';
import { t, uiLanguage } from '@/lib/i18n';
import type { Job } from '@/lib/outbox/job';
import type { VendorStatus } from '@/lib/protocol';
import type { Profile } from '@/lib/profile/profile';
import { appErrorOf, lookupQuery, targetQuery, targetsQuery } from '@/lib/queries';
import type { Contacts, DuplicateStatus, SaveRequest } from '@/lib/vendors/vendor';
import { Disclosure } from './disclosure';
import { useDebounced } from './use-debounced';

export interface VendorChoice {
  ticked: boolean;
  targetId: string | null;
  stageId: string | null;
  options: unknown;
}

interface Props {
  vendor: AnyVendor;
  status: VendorStatus;
  profile: Profile;
  choice: VendorChoice;
  onChoiceChange(next: VendorChoice): void;
  request: SaveRequest;
  contacts: Contacts;
  onContactsChange(next: Contacts): void;
  result: VendorResult | null;
  disabled: boolean;
}

/** What the results line shows: the vendor's outbox job, or a save that could not even be queued. */
export type VendorResult = { kind: 'job'; job: Job } | { kind: 'error'; error: AppError };

/**
 * One vendor in the popup, compact: tick and target on top, its state line ("already in Backend Engineers"; a done
 * save's result takes its place), everything else (its own fields, the exact payload) behind "More for <vendor>".
 */
export function VendorPanel(props: Props) {
  const { vendor, status, profile, choice, onChoiceChange, request, result, disabled } = props;
  const update = (patch: Partial<VendorChoice>) => onChoiceChange({ ...choice, ...patch });
  const problem = optionsProblem(vendor, choice.options);
  // A person this tool cannot take (no public LinkedIn URL on a Sales Navigator page): said, and never sent.
  const refusal = vendor.cannotSave?.(profile) ?? null;
  // A done save (shown only under its own target) takes the state line's place; the state line, asked again after the
  // save, shows once another target is chosen. A save under way or failed leaves the state line in view.
  const doneHere = result?.kind === 'job' && result.job.state.kind === 'done';
  return (
    <section
      data-testid={`vendor-panel-${vendor.id}`}
      aria-label={vendor.label}
      className="space-y-1 rounded-lg border border-slate-200 px-2 py-1.5 dark:border-slate-700"
    >
      <div className="flex items-center justify-between gap-2">
        <label className="flex shrink-0 items-center gap-2 text-sm font-semibold">
          <input
            type="checkbox"
            data-testid={`vendor-toggle-${vendor.id}`}
            checked={choice.ticked && !refusal}
            disabled={disabled || Boolean(refusal)}
            onChange={(e) => update({ ticked: e.target.checked })}
          />
          {t('vendorPanel.toggle', { vendor: vendor.label })}
        </label>
        {choice.ticked && !refusal && <DuplicateLine vendor={vendor} profile={profile} targetId={choice.targetId} hidden={doneHere} />}
      </div>
      {refusal && (
        <p data-testid={`cannot-save-${vendor.id}`} className="text-xs text-amber-800 dark:text-amber-300">
          {refusal}
        </p>
      )}
      {status.lastCheck && !status.lastCheck.ok && status.lastCheck.error && <ErrorNotice error={status.lastCheck.error} />}
      {choice.ticked && !refusal && vendor.target && (
        <TargetPicker
          vendor={vendor}
          targetId={choice.targetId}
          stageId={choice.stageId}
          disabled={disabled}
          onChange={(targetId, stageId) => update({ targetId, stageId })}
        />
      )}
      {result && <ResultLine vendor={vendor} result={result} />}
      {choice.ticked && !refusal && problem && (
        <p data-testid={`options-problem-${vendor.id}`} role="alert" className="text-xs text-red-700 dark:text-red-400">
          {problem}
        </p>
      )}
      {choice.ticked && !refusal && (
        <Disclosure id={`more-${vendor.id}`} testId={`more-${vendor.id}`} summary={t('vendorPanel.more', { vendor: vendor.label })}>
          {() => (
            <>
              <VendorFields
                vendor={vendor}
                profile={profile}
                options={choice.options}
                onOptionsChange={(options) => update({ options })}
                contacts={props.contacts}
                onContactsChange={props.onContactsChange}
                publicSettings={status.publicSettings}
                disabled={disabled}
              />
              <PayloadPreview vendor={vendor} profile={profile} request={request} options={choice.options} status={status} />
            </>
          )}
        </Disclosure>
      )}
    </section>
  );
}

/** The options do not parse (an amount the user typed wrong): said on the row, even while "More" is closed. */
function optionsProblem(vendor: AnyVendor, options: unknown): string | null {
  const parsed = vendor.optionsSchema.safeParse(options);
  return parsed.success ? null : t('vendorPanel.checkFields', { problem: parsed.error.issues[0]?.message ?? t('vendorPanel.invalid') });
}

export function TargetPicker(props: {
  vendor: AnyVendor;
  targetId: string | null;
  stageId: string | null;
  disabled: boolean;
  onChange(targetId: string | null, stageId: string | null): void;
}) {
  const { vendor, targetId, stageId, disabled, onChange } = props;
  const [search, setSearch] = useState('');
  const query = useDebounced(search.trim(), 250);
  const targets = useQuery(targetsQuery(vendor.id, query));
  const detail = useQuery(targetQuery(vendor.id, targetId));
  const words = targetWords(vendor);
  const list = targets.isError ? [] : (targets.data ?? []);
  const selectedMissing = targetId !== null && !list.some((t) => t.id === targetId);
  const stages = detail.isError ? null : (detail.data ?? null);
  const field = 'rounded border border-slate-300 px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-800';
  return (
    <div className="space-y-1">
      <div className="flex gap-1">
        <select
          data-testid={`target-select-${vendor.id}`}
          aria-label={words.select}
          value={targetId ?? ''}
          disabled={disabled}
          onChange={(e) => onChange(e.target.value || null, null)}
          className={`min-w-0 flex-1 ${field}`}
        >
          <option value="">{vendor.target?.required ? words.choose : words.none}</option>
          {selectedMissing && <option value={targetId}>{words.remembered}</option>}
          {list.map((t) => (
            <option key={t.id} value={t.id}>
              {t.detail ? `${t.name} · ${t.detail}` : t.name}
            </option>
          ))}
        </select>
        <label className="sr-only" htmlFor={`target-search-${vendor.id}`}>
          {words.label}
        </label>
        <input
          id={`target-search-${vendor.id}`}
          data-testid={`target-search-${vendor.id}`}
          type="search"
          value={search}
          disabled={disabled}
          placeholder={words.search}
          onChange={(e) => setSearch(e.target.value)}
          className={`w-28 shrink-0 ${field}`}
        />
      </div>
      {/* A list already shown (the background's copy) is refreshed without a line. */}
      {targets.isFetching && !targets.data && <p className="text-xs text-slate-500">{words.loading}</p>}
      {targets.isError && <ErrorNotice error={appErrorOf(targets.error)} onRetry={() => void targets.refetch()} />}
      {targets.isSuccess && list.length === 0 && !targets.isFetching && (
        <p className="text-xs text-slate-500">{words.noMatch}</p>
      )}
      {detail.isError && <ErrorNotice error={appErrorOf(detail.error)} />}
      {stages?.landingStage && (
        <p data-testid={`target-stage-${vendor.id}`} className="text-xs text-slate-600 dark:text-slate-400">
          {t('vendorPanel.landsIn', { stage: stages.landingStage.name })}
        </p>
      )}
      {stages && !stages.landingStage && stages.stages.length > 0 && (
        <select
          data-testid={`stage-select-${vendor.id}`}
          aria-label={t('vendorPanel.stageIn', { target: stages.name })}
          value={stageId ?? ''}
          disabled={disabled}
          onChange={(e) => onChange(targetId, e.target.value || null)}
          className={`w-full ${field}`}
        >
          <option value="">{t('vendorPanel.defaultStage')}</option>
          {stages.stages.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}

const DUPLICATE_STYLE: Record<DuplicateStatus['state'], string> = {
  new: 'text-slate-600 dark:text-slate-400',
  'in-target': 'text-amber-800 dark:text-amber-300 font-medium',
  exists: 'text-blue-800 dark:text-blue-300',
  'possible-match': 'text-amber-700 dark:text-amber-300',
  unknown: 'text-slate-500',
};

/** Asked once per person and target while the popup is open (react-query caches it); a save asks again. */
function DuplicateLine({ vendor, profile, targetId, hidden }: { vendor: AnyVendor; profile: Profile; targetId: string | null; hidden: boolean }) {
  const needsTarget = Boolean(vendor.target?.required);
  const lookup = useQuery({
    ...lookupQuery(vendor.id, profile, targetId),
    enabled: Boolean(vendor.lookup) && (!needsTarget || targetId !== null),
  });
  if (!vendor.lookup) return null;
  if (hidden && !lookup.isError) {
    // Kept mounted while the result stands in its place: it asks again after the save, and shows at once when needed.
    return lookup.data ? (
      <p hidden data-testid={`duplicate-${vendor.id}`} data-state={lookup.data.state} title={lookup.data.detail}>
        {shortIds(lookup.data.detail)}
      </p>
    ) : null;
  }
  if (lookup.isFetching && !lookup.data && !lookup.isError) return <p className="truncate text-xs text-slate-500">{t('vendorPanel.lookingUp', { vendor: vendor.label })}</p>;
  if (lookup.isError) return <ErrorNotice error={appErrorOf(lookup.error)} onRetry={() => void lookup.refetch()} />;
  if (!lookup.data) return null;
  const status = lookup.data;
  return (
    <p data-testid={`duplicate-${vendor.id}`} data-state={status.state} title={status.detail} className={`min-w-0 line-clamp-2 text-xs ${DUPLICATE_STYLE[status.state]}`}>
      {shortIds(status.detail)}
    </p>
  );
}

function PayloadPreview(props: { vendor: AnyVendor; profile: Profile; request: SaveRequest; options: unknown; status: VendorStatus }) {
  const { vendor, profile, request, options, status } = props;
  const preview = useMemo(() => {
    const parsed = vendor.optionsSchema.safeParse(options);
    if (!parsed.success) return { error: t('vendorPanel.checkFields', { problem: parsed.error.issues[0]?.message ?? t('vendorPanel.invalid') }) };
    try {
      const payload = vendor.buildPayload(profile, request, parsed.data, status.publicSettings);
      return { json: JSON.stringify(payload, shortenForDisplay, 2) };
    } catch (err) {
      return { error: toAppError(err).message };
    }
  }, [vendor, profile, request, options, status.publicSettings]);
  return (
    <details data-testid={`payload-${vendor.id}`} className="text-xs">
      <summary className="cursor-pointer text-slate-600 dark:text-slate-400">{t('vendorPanel.payload', { vendor: vendor.label })}</summary>
      {'json' in preview ? (
        <pre className="mt-1 max-h-60 overflow-auto rounded bg-slate-100 p-2 dark:bg-slate-800">{preview.json}</pre>
      ) : (
        <p className="text-red-700 dark:text-red-400">{preview.error}</p>
      )}
    </details>
  );
}

/** A CV's base64 can be megabytes: the preview shows its start and its length, the save sends all of it. */
function shortenForDisplay(_key: string, value: unknown): unknown {
  if (typeof value === 'string' && value.length > 2_000) {
    return t('vendorPanel.shortened', { start: value.slice(0, 80), count: value.length.toLocaleString(uiLanguage()) });
  }
  return value;
}

/**
 * data-status keeps the vendor's outcome words for done saves (created/added/updated/skipped), "pending" while
 * waiting and "error" when the last attempt failed; data-state says where the job is (pending, running, retrying,
 * failed, done).
 */
function ResultLine({ vendor, result }: { vendor: AnyVendor; result: VendorResult }) {
  const testId = `save-result-${vendor.id}`;
  if (result.kind === 'error') {
    return (
      <div data-testid={testId} data-status="error" data-state="failed">
        <ErrorNotice error={result.error} />
      </div>
    );
  }
  const { job } = result;
  const state = job.state;
  switch (state.kind) {
    case 'pending':
    case 'running':
      return (
        <p data-testid={testId} data-status="pending" data-state={state.kind} role="status" className="text-sm text-slate-600 dark:text-slate-400">
          {rowWaitingLine(job)}
        </p>
      );
    case 'retrying':
      return (
        <div data-testid={testId} data-status="error" data-state="retrying" className="space-y-1">
          <ErrorNotice error={state.error} withAction={false} />
          <p className="text-xs text-slate-600 dark:text-slate-400" data-testid={`save-retry-at-${vendor.id}`}>
            {rowRetryLine(job)}
          </p>
        </div>
      );
    case 'failed':
      return (
        <div data-testid={testId} data-status="error" data-state="failed" className="space-y-1">
          <ErrorNotice error={state.error} />
          <p className="text-xs text-slate-600 dark:text-slate-400">{rowStoppedLine(job)}</p>
        </div>
      );
    case 'done': {
      const r = state.result;
      return (
        <div
          data-testid={testId}
          data-status={r.status}
          data-state="done"
          className="flex items-start gap-2 rounded bg-emerald-50 px-2 py-1 text-xs text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100"
        >
          <p title={r.message} className="line-clamp-2 min-w-0 flex-1">
            ✓ {shortIds(r.message)}
          </p>
          {r.recordUrl && (
            <a href={r.recordUrl} target="_blank" rel="noreferrer" className="shrink-0 underline">
              {t('vendorPanel.open')}
            </a>
          )}
        </div>
      );
    }
  }
}

interface TargetWords {
  /** The search box's accessible name: "Search", the tool's name and its noun. */
  label: string;
  search: string;
  select: string;
  choose: string;
  none: string;
  remembered: string;
  loading: string;
  noMatch: string;
}

/** Whole phrases per target noun (French agrees articles and adjectives with the noun's gender). */
function targetWords(vendor: AnyVendor): TargetWords {
  const name = { vendor: vendor.label };
  switch (vendor.target?.noun) {
    case 'project':
      return {
        label: t('vendorPanel.project.label', name),
        search: t('vendorPanel.project.search'),
        select: t('vendorPanel.project.select', name),
        choose: t('vendorPanel.project.choose'),
        none: t('vendorPanel.project.none'),
        remembered: t('vendorPanel.project.remembered'),
        loading: t('vendorPanel.project.loading'),
        noMatch: t('vendorPanel.project.noMatch'),
      };
    case 'job':
      return {
        label: t('vendorPanel.job.label', name),
        search: t('vendorPanel.job.search'),
        select: t('vendorPanel.job.select', name),
        choose: t('vendorPanel.job.choose'),
        none: t('vendorPanel.job.none'),
        remembered: t('vendorPanel.job.remembered'),
        loading: t('vendorPanel.job.loading'),
        noMatch: t('vendorPanel.job.noMatch'),
      };
    default:
      return {
        label: t('vendorPanel.target.label', name),
        search: t('vendorPanel.target.search'),
        select: t('vendorPanel.target.select', name),
        choose: t('vendorPanel.target.choose'),
        none: t('vendorPanel.target.none'),
        remembered: t('vendorPanel.target.remembered'),
        loading: t('vendorPanel.target.loading'),
        noMatch: t('vendorPanel.target.noMatch'),
      };
  }
}
