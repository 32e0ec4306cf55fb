// The popup on a page that lists people (a people search, a Sales Navigator search or lead list): a checkbox per
// person, the same tool rows and targets as for one person, one Save for all, a progress bar, and a result per
// person and tool. Nothing here opens or fetches a listed person's profile: each tool gets what the list shows.
import { useEffect, useMemo, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { browser } from 'wxt/browser';
import { ErrorNotice } from '@/components/error-notice';
import { addKeyText, isolate } from '@/components/format';
import { chipText, jobLine } from '@/lib/outbox/job-text';
import { t } from '@/lib/i18n';
import { listPersonToProfile } from '@/lib/linkedin/list/to-profile';
import type { ListPage } from '@/lib/linkedin/list/types';
import type { Job } from '@/lib/outbox/job';
import { watchOutbox } from '@/lib/outbox/store';
import type { Profile } from '@/lib/profile/profile';
import type { SaveInput } from '@/lib/protocol';
import { appErrorOf, groupJobsQuery, historyJobsQuery, invalidate, queryKeys, saveDefaultsQuery, saveManyMutation, vendorStatusQuery } from '@/lib/queries';
import { saveDefaults, type SaveDefaults } from '@/lib/storage';
import { VENDORS } from '@/lib/vendors';
import type { SaveRequest, VendorId } from '@/lib/vendors/vendor';
import { HistoryLink, initialChoices, saveLabels, type Configured } from './save-panel';
import { TargetPicker, type VendorChoice } from './vendor-panel';

/** One listed person, as the tools would get them (null: the list entry cannot become a person to save). */
interface Row {
  key: string;
  profile: Profile | null;
  name: string;
  headline: string | null;
}

export function ListPanel({ page }: { page: ListPage }) {
  const status = useQuery(vendorStatusQuery());
  const defaults = useQuery(saveDefaultsQuery());
  const rows = useMemo<Row[]>(
    () =>
      page.people.map((person, i) => {
        const profile = listPersonToProfile(person, 'list');
        return { key: profile?.profileUrl ?? `${i}:${person.fullName}`, profile, name: person.fullName, headline: person.headline ?? null };
      }),
    [page],
  );
  if (status.isPending || defaults.isPending) return <p className="text-xs text-slate-500">{t('savePanel.loadingTools')}</p>;
  if (status.isError) return <ErrorNotice error={appErrorOf(status.error)} />;
  const configured = VENDORS.flatMap((vendor) => {
    const s = status.data.find((x) => x.vendor === vendor.id);
    return s?.configured ? [{ vendor, status: s }] : [];
  });
  return (
    <section data-testid="list-panel" aria-label={t('listPanel.label')} className="space-y-2 pb-24">
      <p data-testid="list-count" className="text-sm font-semibold">
        {t('listPanel.count', page.people.length)}
      </p>
      {page.unread !== undefined && (
        <p data-testid="list-unread" className="text-xs text-amber-800 dark:text-amber-300">
          {t('listPanel.unread', page.unread)}
        </p>
      )}
      <p className="text-xs text-slate-600 dark:text-slate-400">{t('listPanel.whatIsSent')}</p>
      {configured.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 p-3 text-sm dark:border-slate-600">
          <p>{t('savePanel.noTool')}</p>
          <button type="button" onClick={() => void browser.runtime.openOptionsPage()} className="mt-1 text-blue-700 underline dark:text-blue-300">
            {addKeyText(VENDORS.map((v) => v.label))}
          </button>
        </div>
      ) : (
        <ListForm rows={rows} configured={configured} defaults={defaults.data ?? { vendors: [], targets: {} }} />
      )}
    </section>
  );
}

/**
 * Done at this vendor, in this target (or with no target), per our own history, or on its way there (a save still
 * waiting: a list save left running when the popup closed): no vendor call per person, and nobody offered twice.
 */
function savedBefore(jobs: readonly Job[], profileUrl: string, vendor: VendorId, targetId: string | null, waitingToo: boolean): boolean {
  // Skipped counts too: the tool said the person was already there.
  return jobs.some(
    (j) =>
      j.vendor === vendor &&
      j.person.profileUrl === profileUrl &&
      (j.state.kind === 'done' || (waitingToo && j.state.kind !== 'failed')) &&
      (j.target.id ?? null) === targetId,
  );
}

/** The newest list save still sending (a job pending or running) for someone on this page: a popup opened again follows it. */
function runningGroup(jobs: readonly Job[], rows: readonly Row[]): string | null {
  const onPage = new Set(rows.flatMap((r) => (r.profile ? [r.profile.profileUrl] : [])));
  const waiting = jobs
    .filter((j) => j.groupId && onPage.has(j.person.profileUrl) && (j.state.kind === 'pending' || j.state.kind === 'running'))
    .sort((a, b) => b.createdAt - a.createdAt);
  return waiting[0]?.groupId ?? null;
}

function ListForm({ rows, configured, defaults }: { rows: Row[]; configured: Configured[]; defaults: SaveDefaults }) {
  const queryClient = useQueryClient();
  const [choices, setChoices] = useState(() => initialChoices(configured, defaults));
  // What the user changed by hand; every other person follows the rule (ticked unless already saved to the choice).
  const [overrides, setOverrides] = useState<Record<string, boolean>>({});
  const [groupId, setGroupId] = useState<string | null>(null);
  const history = useQuery(historyJobsQuery());
  useEffect(() => watchOutbox(() => void invalidate(queryClient, [queryKeys.jobs.all()])), [queryClient]);
  // Reopened while a list save of this page runs: its progress, not a second offer of the same people. Looked for once,
  // as the history arrives (state adjusted while rendering, React's pattern for state that follows props).
  const [lookedForRunning, setLookedForRunning] = useState(false);
  if (!lookedForRunning && history.data) {
    setLookedForRunning(true);
    if (groupId === null) setGroupId(runningGroup(history.data, rows));
  }
  const group = useQuery({
    ...groupJobsQuery(groupId ?? ''),
    enabled: groupId !== null,
    refetchInterval: (query) => (query.state.data?.some((j) => j.state.kind !== 'done' && j.state.kind !== 'failed') ? 1_000 : false),
  });

  const chosen = configured.filter(({ vendor }) => choices[vendor.id]?.ticked);
  const missingTarget = chosen.find(({ vendor }) => vendor.target?.required && !choices[vendor.id]?.targetId);
  const jobs = history.data ?? [];
  /** The chosen tools that would take this person (a tool needing a public URL refuses a Sales Navigator-only one). */
  const toolsFor = (profile: Profile) => chosen.filter(({ vendor }) => !vendor.cannotSave?.(profile));
  /** Saved, or (waitingToo) on the way, to every chosen tool's chosen target. */
  const already = (profile: Profile, waitingToo = true) =>
    chosen.length > 0 && chosen.every(({ vendor }) => savedBefore(jobs, profile.profileUrl, vendor.id, choices[vendor.id]?.targetId ?? null, waitingToo));
  const isTicked = (row: Row) => {
    if (!row.profile) return false;
    const manual = overrides[row.key];
    if (manual !== undefined) return manual;
    return !already(row.profile) && toolsFor(row.profile).length > 0;
  };
  const selected = rows.filter(isTicked);
  const items: SaveInput[] = selected.flatMap((row) => {
    const profile = row.profile;
    if (!profile) return [];
    const requests: SaveRequest[] = toolsFor(profile).map(({ vendor }) => {
      const c = choices[vendor.id];
      return {
        vendor: vendor.id,
        targetId: c?.targetId ?? null,
        stageId: c?.stageId ?? null,
        note: null,
        contacts: { emails: [], phones: [] },
        atsUrls: [],
        options: (c?.options ?? {}) as Record<string, unknown>,
      };
    });
    return requests.length ? [{ profile, requests }] : [];
  });
  const toolCount = new Set(items.flatMap((i) => i.requests.map((r) => r.vendor))).size;

  const save = useMutation({
    ...saveManyMutation(queryClient),
    onMutate: async () => {
      const stored = await saveDefaults.getValue();
      await saveDefaults.setValue({
        vendors: chosen.map(({ vendor }) => vendor.id),
        targets: {
          ...stored.targets,
          ...Object.fromEntries(chosen.map(({ vendor }) => [vendor.id, { targetId: choices[vendor.id]?.targetId ?? null, stageId: choices[vendor.id]?.stageId ?? null }])),
        },
      });
    },
    onSuccess: (answer) => {
      queryClient.setQueryData(groupJobsQuery(answer.groupId).queryKey, answer.jobs);
      setGroupId(answer.groupId);
    },
  });

  const labelled = (): SaveInput[] => items.map((item) => ({ ...item, labels: saveLabels(queryClient, item.requests) }));

  const groupJobs = group.data ?? [];
  const settled = groupJobs.filter((j) => j.state.kind === 'done' || j.state.kind === 'failed').length;
  // Busy while a job of the save is pending or running: one retrying by itself for hours locks nothing.
  const busy = save.isPending || (groupId !== null && groupJobs.some((j) => j.state.kind === 'pending' || j.state.kind === 'running'));
  const saveLabel = items.length === 0 ? t('listPanel.nobodyTicked') : t('listPanel.save', { people: t('listPanel.people', items.length), tools: t('listPanel.tools', toolCount) });

  return (
    <>
      {configured.map(({ vendor }) => {
        const choice = choices[vendor.id];
        if (!choice) return null;
        const update = (patch: Partial<VendorChoice>) => setChoices((all) => ({ ...all, [vendor.id]: { ...choice, ...patch } }));
        return (
          <section key={vendor.id} data-testid={`vendor-panel-${vendor.id}`} aria-label={vendor.label} className="space-y-1 rounded-lg border border-slate-200 px-2 py-1.5 dark:border-slate-700">
            <label className="flex items-center gap-2 text-sm font-semibold">
              <input type="checkbox" data-testid={`vendor-toggle-${vendor.id}`} checked={choice.ticked} disabled={busy} onChange={(e) => update({ ticked: e.target.checked })} />
              {t('vendorPanel.toggle', { vendor: vendor.label })}
            </label>
            {choice.ticked && vendor.target && (
              <TargetPicker vendor={vendor} targetId={choice.targetId} stageId={choice.stageId} disabled={busy} onChange={(targetId, stageId) => update({ targetId, stageId })} />
            )}
          </section>
        );
      })}
      <ul data-testid="list-people" aria-label={t('listPanel.peopleLabel')} className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-700 dark:border-slate-700">
        {rows.map((row, index) => {
          const profile = row.profile;
          const ticked = isTicked(row);
          const refusals = profile ? chosen.flatMap(({ vendor }) => (vendor.cannotSave?.(profile) ? [vendor.label] : [])) : [];
          const rowJobs = profile ? groupJobs.filter((j) => j.person.profileUrl === profile.profileUrl) : [];
          return (
            <li key={row.key} data-testid={`list-person-${index}`} className="px-2 py-1.5 text-sm">
              <label className="flex items-start gap-2">
                <input
                  type="checkbox"
                  data-testid={`list-tick-${index}`}
                  checked={ticked}
                  disabled={busy || !profile}
                  onChange={(e) => setOverrides((o) => ({ ...o, [row.key]: e.target.checked }))}
                  className="mt-1"
                />
                <span className="min-w-0 flex-1">
                  <span className="block truncate font-medium" data-testid={`list-name-${index}`}>
                    {row.name}
                  </span>
                  {row.headline && <span className="block truncate text-xs text-slate-600 dark:text-slate-400">{row.headline}</span>}
                </span>
              </label>
              {profile && already(profile) && rowJobs.length === 0 && (
                <p data-testid={`list-already-${index}`} className="ml-6 text-xs text-amber-800 dark:text-amber-300">
                  {already(profile, false) ? t('listPanel.already') : t('listPanel.onItsWay')}
                </p>
              )}
              {!profile && <p className="ml-6 text-xs text-red-700 dark:text-red-400">{t('listPanel.unusable')}</p>}
              {refusals.length > 0 && (
                <p data-testid={`list-refused-${index}`} className="ml-6 text-xs text-amber-800 dark:text-amber-300">
                  {t('listPanel.noPublicUrl', { tools: refusals.join(', ') })}
                </p>
              )}
              {rowJobs.length > 0 && (
                <ul className="ml-6 flex flex-wrap gap-1">
                  {rowJobs.map((job) => (
                    <ResultChip key={job.id} job={job} testId={`list-result-${index}-${job.vendor}`} />
                  ))}
                </ul>
              )}
              {/* A save stopped for the user says why on screen, not only in a tooltip a keyboard never opens. */}
              {rowJobs
                .filter((job) => job.state.kind === 'failed')
                .map((job) => (
                  <p key={job.id} data-testid={`list-failed-${index}-${job.vendor}`} className="ml-6 mt-0.5 line-clamp-2 text-xs text-red-800 dark:text-red-300">
                    {jobLine(job)}
                  </p>
                ))}
            </li>
          );
        })}
      </ul>
      <div data-testid="save-bar" className="fixed inset-x-0 bottom-0 z-10 space-y-1 border-t border-slate-200 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900">
        {groupId !== null && groupJobs.length > 0 && (
          <div className="space-y-0.5">
            <progress data-testid="list-progress" aria-label={t('listPanel.progressLabel')} max={groupJobs.length} value={settled} className="h-2 w-full" />
            <p data-testid="list-progress-text" role="status" className="text-xs text-slate-600 dark:text-slate-400">
              {summary(groupJobs)}
            </p>
          </div>
        )}
        {save.isError && <ErrorNotice error={appErrorOf(save.error)} />}
        {missingTarget && <p className="text-xs text-amber-700 dark:text-amber-300">{t('listPanel.chooseTarget', { vendor: missingTarget.vendor.label })}</p>}
        <div className="flex items-center gap-2">
          <button
            type="button"
            data-testid="save-button"
            disabled={busy || items.length === 0 || Boolean(missingTarget)}
            onClick={() => save.mutate(labelled())}
            className="min-w-0 flex-1 rounded-md bg-blue-700 px-3 py-2 text-sm font-semibold leading-tight text-white hover:bg-blue-800 disabled:opacity-50 focus:outline-2 focus:outline-offset-2 focus:outline-blue-700"
          >
            {busy ? t('listPanel.saving', { done: settled, total: groupJobs.length }) : saveLabel}
          </button>
          <HistoryLink />
        </div>
      </div>
    </>
  );
}

function summary(jobs: readonly Job[]): string {
  const count = (pred: (j: Job) => boolean) => jobs.filter(pred).length;
  return t('listPanel.summary', {
    saved: count((j) => j.state.kind === 'done' && j.state.result.status !== 'skipped'),
    skipped: count((j) => j.state.kind === 'done' && j.state.result.status === 'skipped'),
    failed: count((j) => j.state.kind === 'failed'),
    retrying: count((j) => j.state.kind === 'retrying'),
    waiting: count((j) => j.state.kind === 'pending' || j.state.kind === 'running'),
  });
}

const CHIP: Record<Job['state']['kind'], string> = {
  pending: 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300',
  running: 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300',
  retrying: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100',
  failed: 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100',
  done: 'bg-emerald-50 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100',
};

/** One tool's outcome for one person: "<Tool>: added", its full sentence on hover and for screen readers. */
function ResultChip({ job, testId }: { job: Job; testId: string }) {
  const vendor = VENDORS.find((v) => v.id === job.vendor);
  const label = vendor?.label ?? job.vendor;
  const state = job.state;
  const { word, detail } = chipText(job);
  return (
    <li
      data-testid={testId}
      data-state={state.kind}
      data-status={state.kind === 'done' ? state.result.status : state.kind === 'pending' || state.kind === 'running' ? 'pending' : 'error'}
      title={detail || undefined}
      className={`rounded px-1.5 py-0.5 text-xs ${CHIP[state.kind]}`}
    >
      {isolate(label)}: {word}
      {detail && <span className="sr-only"> — {detail}</span>}
    </li>
  );
}
