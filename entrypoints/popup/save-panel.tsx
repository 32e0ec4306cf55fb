import type { AnyVendor } from '@/lib/vendors';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { browser } from 'wxt/browser';
import { ErrorNotice } from '@/components/error-notice';
import { addKeyText, isolate } from '@/components/format';
import { sectionList } from '@/lib/section-words';
import { appError, type AppError } from '@/lib/errors';
import { t } from '@/lib/i18n';
import { latestPerVendor, type Job } from '@/lib/outbox/job';
import { watchOutbox } from '@/lib/outbox/store';
import type { SaveInput, VendorStatus } from '@/lib/protocol';
import { missingSections, type Profile } from '@/lib/profile/profile';
import { appErrorOf, invalidate, personJobsQuery, queryKeys, saveDefaultsQuery, saveProfileMutation, staleAfter, targetQuery, vendorStatusQuery } from '@/lib/queries';
import type { SaveDefaults } from '@/lib/storage';
import { VENDORS } from '@/lib/vendors';
import type { Contacts, SaveRequest, Target, VendorId } from '@/lib/vendors/vendor';
import { Disclosure } from './disclosure';
import { VendorPanel, type VendorChoice, type VendorResult } from './vendor-panel';

/** Follows this person's jobs: every second while saving or while one of them still waits. */
function useLiveJobs(profileUrl: string, saving: boolean) {
  const queryClient = useQueryClient();
  // A job finishing later (a retry, a re-send from the history) shows here without polling.
  useEffect(() => watchOutbox(() => void invalidate(queryClient, [personJobsQuery(profileUrl).queryKey])), [queryClient, profileUrl]);
  return useQuery({
    ...personJobsQuery(profileUrl),
    refetchInterval: (query) => (saving || query.state.data?.some((j) => !isSettled(j)) ? 1_000 : false),
  });
}

/**
 * The jobs of this person touched since `since`, asking the outbox a few times: after a worker restart, the first
 * asks may find no worker yet.
 */
async function jobsSince(refetch: () => Promise<{ data?: Job[] }>, since: number): Promise<Job[]> {
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      const { data } = await refetch();
      if (data) return data.filter((j) => Math.max(j.updatedAt, j.resentAt ?? 0, j.createdAt) >= since);
    } catch {
      // The worker is starting again: ask once more.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return [];
}

function isSettled(job: Job): boolean {
  return job.state.kind === 'done' || job.state.kind === 'failed';
}

export function HistoryLink() {
  return (
    <a
      data-testid="history-link"
      href={browser.runtime.getURL('/save-history.html')}
      target="_blank"
      rel="noreferrer"
      className="max-w-[8.5rem] shrink-0 text-right text-xs leading-tight text-blue-700 underline dark:text-blue-300"
    >
      {t('savePanel.historyLink')}
    </a>
  );
}

/** Where the person goes: every configured vendor, each with its own target, one Save for all ticked ones. */
export function SavePanel({ profile, readingSections = false, children }: { profile: Profile; readingSections?: boolean; children?: ReactNode }) {
  const status = useQuery(vendorStatusQuery());
  const defaults = useQuery(saveDefaultsQuery());
  if (status.isPending || defaults.isPending) return <p className="text-xs text-slate-500">{t('savePanel.loadingTools')}</p>;
  if (status.isError) return <ErrorNotice error={appErrorOf(status.error)} />;
  const configured = VENDORS.flatMap((vendor) => {
    const s = status.data.find((x) => x.vendor === vendor.id);
    return s?.configured ? [{ vendor, status: s }] : [];
  });
  if (configured.length === 0) {
    return (
      <>
      <section data-testid="save-panel" className="rounded-lg border border-dashed border-slate-300 p-3 text-sm dark:border-slate-600">
        <p>{t('savePanel.noTool')}</p>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()} className="mt-1 text-blue-700 underline dark:text-blue-300">
          {addKeyText(VENDORS.map((v) => v.label))}
        </button>
        <p className="mt-2">
          <HistoryLink />
        </p>
      </section>
      {children}
      </>
    );
  }
  return (
    <SaveForm profile={profile} readingSections={readingSections} configured={configured} defaults={defaults.data ?? { vendors: [], targets: {} }}>
      {children}
    </SaveForm>
  );
}

export interface Configured {
  vendor: AnyVendor;
  status: VendorStatus;
}

/** Each configured tool ticked and targeted as the user left it last (the only tool is ticked). */
export function initialChoices(configured: Configured[], defaults: SaveDefaults): Partial<Record<VendorId, VendorChoice>> {
  const out: Partial<Record<VendorId, VendorChoice>> = {};
  for (const { vendor, status } of configured) {
    const remembered = defaults.targets[vendor.id];
    out[vendor.id] = {
      ticked: configured.length === 1 || defaults.vendors.includes(vendor.id),
      targetId: remembered?.targetId ?? null,
      stageId: remembered?.stageId ?? null,
      options: vendor.defaultOptions(status.publicSettings),
    };
  }
  return out;
}

interface SaveFormProps {
  profile: Profile;
  /** The chain of sources still runs: saving waits for the whole person. */
  readingSections: boolean;
  configured: Configured[];
  defaults: SaveDefaults;
  /** Shown below the form, above the Save bar (the profile's sections). */
  children?: ReactNode;
}

function SaveForm({ profile, readingSections, configured, defaults, children }: SaveFormProps) {
  const [choices, setChoices] = useState(() => initialChoices(configured, defaults));
  const [note, setNote] = useState('');
  // The text as typed; the contacts sent are what parses in it. Details revealed by a vendor replace the text.
  const [contactText, setContactText] = useState({ emails: '', phones: '' });
  const contacts = useMemo<Contacts>(() => ({ emails: splitList(contactText.emails).filter(isEmail), phones: splitList(contactText.phones) }), [contactText]);
  const setContacts = (next: Contacts) => setContactText({ emails: next.emails.join(', '), phones: next.phones.join(', ') });
  // When this popup's save was clicked: jobs of this person touched since then are this save's, whatever the message
  // that started it answered (a worker restarted mid-save loses the answer, not the jobs).
  const [clickedAt, setClickedAt] = useState<number | null>(null);
  // Jobs this popup queued; jobs of this person still waiting from before are shown too.
  const [mine, setMine] = useState<string[]>([]);
  const [sendError, setSendError] = useState<{ vendors: VendorId[]; error: AppError } | null>(null);
  const queryClient = useQueryClient();
  const [saving, setSaving] = useState(false);
  // A person with sections missing is saved only once the user said so (asked once per person and popup).
  const missing = missingSections(profile.completeness);
  const [askingPartial, setAskingPartial] = useState(false);
  const [partialAccepted, setPartialAccepted] = useState(false);
  const live = useLiveJobs(profile.profileUrl, saving);

  const requests = useMemo(() => {
    const out: SaveRequest[] = [];
    for (const { vendor } of configured) {
      const c = choices[vendor.id];
      if (!c?.ticked || vendor.cannotSave?.(profile)) continue;
      out.push({
        vendor: vendor.id,
        targetId: c.targetId,
        stageId: c.stageId,
        note: note.trim() || null,
        contacts,
        atsUrls: [],
        options: (c.options ?? {}) as Record<string, unknown>,
      });
    }
    return out;
  }, [configured, choices, note, contacts, profile]);

  const missingTarget = configured.find(
    ({ vendor }) => choices[vendor.id]?.ticked && !vendor.cannotSave?.(profile) && vendor.target?.required && !choices[vendor.id]?.targetId,
  );

  // The factory remembers the targets, queues the save and refreshes the job lists; this popup follows its jobs.
  const save = useMutation({
    ...saveProfileMutation(queryClient),
    onMutate: () => {
      setSendError(null);
      setClickedAt(Date.now());
      setSaving(true);
    },
    onError: async (err) => {
      // The answer was lost, not necessarily the save: the stored jobs say what happened. Only tools with no job
      // since the click get the error.
      const since = clickedAt ?? Date.now();
      const jobs = await jobsSince(() => live.refetch(), since);
      const lost = requests.map((r) => r.vendor).filter((v) => !jobs.some((j) => j.vendor === v));
      setMine((ids) => [...new Set([...ids, ...jobs.map((j) => j.id)])]);
      if (lost.length > 0) setSendError({ vendors: lost, error: appError('internal', String(err)) });
    },
  });
  const startSave = () =>
    save.mutate(
      { profile, requests, labels: saveLabels(queryClient, requests) },
      {
        onSuccess: (jobs) => {
          setMine((ids) => [...new Set([...ids, ...jobs.map((j) => j.id)])]);
          queryClient.setQueryData(personJobsQuery(profile.profileUrl).queryKey, (old) => [...jobs, ...(old ?? []).filter((o) => !jobs.some((j) => j.id === o.id))]);
        },
        onSettled: () => setSaving(false),
      },
    );

  // A save that went through changes what the tool knows: its state line asks again (once per job).
  const refreshed = useRef(new Set<string>());
  useEffect(() => {
    for (const job of live.data ?? []) {
      // A job may be done before the save's answer names it as ours (a slow save of several tools): wait for both.
      if (job.state.kind !== 'done' || !mine.includes(job.id) || refreshed.current.has(job.id)) continue;
      refreshed.current.add(job.id);
      void invalidate(queryClient, staleAfter.jobDone(job.vendor, profile.profileUrl));
    }
  }, [live.data, mine, queryClient, profile.profileUrl]);

  const resultOf = (vendor: VendorId): VendorResult | null => {
    // A done save speaks of its own target: under another project or job it would read as this one's ("✓ Added to
    // the project" under a project the person is not in). A save under way or failed shows whatever is chosen.
    const target = choices[vendor]?.targetId ?? null;
    const jobs = (live.data ?? []).filter((j) => j.vendor === vendor && (j.state.kind !== 'done' || (j.target.id ?? null) === target));
    // This popup's save, one still under way, or the last news of this person at the vendor (a one-click save, a
    // retry that gave up while the popup was closed, a save whose popup was closed).
    // A reopened popup shows the last news of this person at each tool, whatever it was.
    const current = jobs.find((j) => mine.includes(j.id) || !isSettled(j));
    if (current) return { kind: 'job', job: current };
    // This popup's save lost its answer and left no job at this tool: say so, before any older news of the person.
    if (sendError?.vendors.includes(vendor)) return { kind: 'error', error: sendError.error };
    const latest = latestPerVendor(jobs)[0];
    return latest ? { kind: 'job', job: latest } : null;
  };

  return (
    <section data-testid="save-panel" aria-label={t('savePanel.label')} className="space-y-2 pb-16">
      {configured.map(({ vendor, status }) => {
        const choice = choices[vendor.id];
        if (!choice) return null;
        return (
          <VendorPanel
            key={vendor.id}
            vendor={vendor}
            status={status}
            profile={profile}
            choice={choice}
            onChoiceChange={(next) => setChoices((all) => ({ ...all, [vendor.id]: next }))}
            request={requests.find((r) => r.vendor === vendor.id) ?? emptyRequest(vendor.id, choice, note, contacts)}
            contacts={contacts}
            onContactsChange={setContacts}
            result={resultOf(vendor.id)}
            disabled={save.isPending}
          />
        );
      })}
      <label className="sr-only" htmlFor="save-note">
        {t('savePanel.note')}
      </label>
      <textarea
        id="save-note"
        data-testid="save-note"
        value={note}
        disabled={save.isPending}
        placeholder={t('savePanel.note')}
        onChange={(e) => setNote(e.target.value)}
        rows={2}
        className="w-full rounded border border-slate-300 px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-800"
      />
      <Disclosure id="contacts" testId="more-contacts" summary={t('savePanel.contactsMore')}>
        {() => <ContactsFields text={contactText} onChange={setContactText} disabled={save.isPending} />}
      </Disclosure>
      {children}
      {/* The Save bar stays in view at the bottom of the popup, whatever is open above it. */}
      <div
        data-testid="save-bar"
        className="fixed inset-x-0 bottom-0 z-10 space-y-1 border-t border-slate-200 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900"
      >
        {askingPartial && missing.length > 0 && (
          <div role="alertdialog" aria-labelledby="partial-question" data-testid="save-partial-question" className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-2 text-xs text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
            <p id="partial-question">{t('savePanel.partial.question', { sections: sectionList(missing) })}</p>
            <div className="flex gap-2">
              <button
                type="button"
                data-testid="save-partial-confirm"
                onClick={() => {
                  setPartialAccepted(true);
                  setAskingPartial(false);
                  startSave();
                }}
                className="rounded-md bg-amber-200 px-2 py-1 font-medium hover:bg-amber-300 dark:bg-amber-800 dark:hover:bg-amber-700"
              >
                {t('savePanel.partial.confirm')}
              </button>
              <button type="button" onClick={() => setAskingPartial(false)} className="rounded-md px-2 py-1 underline">
                {t('savePanel.partial.cancel')}
              </button>
            </div>
          </div>
        )}
        {missingTarget && <p className="text-xs text-amber-700 dark:text-amber-300">{chooseTargetText(missingTarget.vendor)}</p>}
        {!missingTarget && requests.length === 0 && (
          <p data-testid="save-tick-hint" className="text-xs text-slate-600 dark:text-slate-400">
            {t('savePanel.tickATool')}
          </p>
        )}
        <div className="flex items-center gap-2">
          <button
            type="button"
            data-testid="save-button"
            disabled={save.isPending || readingSections || requests.length === 0 || Boolean(missingTarget)}
            onClick={() => (missing.length > 0 && !partialAccepted ? setAskingPartial(true) : startSave())}
            className="min-w-0 flex-1 rounded-md bg-blue-700 px-3 py-2 text-sm font-semibold leading-tight text-white hover:bg-blue-800 disabled:opacity-50 focus:outline-2 focus:outline-offset-2 focus:outline-blue-700"
          >
            {save.isPending ? t('savePanel.saving') : readingSections ? t('savePanel.readingSections') : saveLabel(profile.firstName || profile.fullName, requests.length)}
          </button>
          <HistoryLink />
        </div>
      </div>
    </section>
  );
}

/** The names of the chosen targets and stages, as the pickers loaded them (history shows names; requests carry ids). */
export function saveLabels(queryClient: QueryClient, requests: readonly SaveRequest[]): NonNullable<SaveInput['labels']> {
  const labels: NonNullable<SaveInput['labels']> = {};
  for (const r of requests) {
    const target = r.targetId ? (queryClient.getQueryData(targetQuery(r.vendor, r.targetId).queryKey) ?? null) : null;
    // A target whose details were never asked (a list save to a job with no stage chosen): its name from the lists.
    const listed = r.targetId
      ? queryClient
          .getQueriesData<Target[]>({ queryKey: queryKeys.targets.all(r.vendor) })
          .flatMap(([, data]) => (Array.isArray(data) ? data : []))
          .find((x) => x.id === r.targetId)
      : undefined;
    labels[r.vendor] = { target: target?.name ?? listed?.name ?? null, stage: target?.stages.find((st) => st.id === r.stageId)?.name ?? null };
  }
  return labels;
}

function saveLabel(person: string, tools: number): string {
  const name = isolate(person);
  return tools > 1 ? t('savePanel.saveToMany', { name, count: tools }) : t('savePanel.save', { name });
}

/** One sentence per target noun: French agrees the article with the noun (« un projet », « une destination »). */
function chooseTargetText(vendor: AnyVendor): string {
  const name = { vendor: vendor.label };
  switch (vendor.target?.noun) {
    case 'project':
      return t('savePanel.chooseTarget.project', name);
    case 'job':
      return t('savePanel.chooseTarget.job', name);
    default:
      return t('savePanel.chooseTarget.target', name);
  }
}

function emptyRequest(vendor: VendorId, c: VendorChoice, note: string, contacts: Contacts): SaveRequest {
  return { vendor, targetId: c.targetId, stageId: c.stageId, note: note.trim() || null, contacts, atsUrls: [], options: {} };
}

function splitList(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function isEmail(text: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
}

/** Fully controlled by the form: typing in one field never re-creates the other (focus and text stay). */
function ContactsFields({ text, onChange, disabled }: { text: { emails: string; phones: string }; onChange(next: { emails: string; phones: string }): void; disabled: boolean }) {
  const invalid = splitList(text.emails).filter((e) => !isEmail(e));
  return (
    <div className="grid grid-cols-2 gap-2">
      <label className="text-xs font-medium">
        {t('savePanel.emails')}
        <input
          data-testid="contacts-emails"
          value={text.emails}
          disabled={disabled}
          onChange={(e) => onChange({ ...text, emails: e.target.value })}
          aria-invalid={invalid.length > 0}
          className="w-full rounded border border-slate-300 px-2 py-1 text-sm font-normal dark:border-slate-600 dark:bg-slate-800"
        />
        {invalid.length > 0 && <span className="text-red-700 dark:text-red-400">{t('savePanel.notAnEmail', { emails: invalid.join(', ') })}</span>}
      </label>
      <label className="text-xs font-medium">
        {t('savePanel.phones')}
        <input
          data-testid="contacts-phones"
          value={text.phones}
          disabled={disabled}
          onChange={(e) => onChange({ ...text, phones: e.target.value })}
          className="w-full rounded border border-slate-300 px-2 py-1 text-sm font-normal dark:border-slate-600 dark:bg-slate-800"
        />
      </label>
    </div>
  );
}
