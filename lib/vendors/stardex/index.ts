// Stardex: save the open profile as a person, optionally as a candidate on a job, in a chosen stage.
import { z } from 'zod';
import { t } from '@/lib/i18n';
import { appError, errorText } from '@/lib/errors';
import { isAppError, type VendorHttp } from '@/lib/http';
import type { Profile } from '@/lib/profile/profile';
import { isPublicProfileUrl, sameVanity, vanityFromUrl } from '@/lib/profile/url';
import type { DuplicateStatus, SaveRequest, SaveResult, Stage, Target, TargetDetail, SettingField, Vendor, VendorSettings } from '@/lib/vendors/vendor';
import {
  createPerson,
  getJob,
  getPerson,
  searchJobs,
  searchPersonsByLinkedInUrl,
  sharedStardexHttp,
  updateCandidateStage,
  updatePerson,
} from './client';
import { buildCreatePerson, mergeContacts, stardexLinkedInUrl, type StardexOptions } from './mapping';
import { STARDEX_ERROR_TEXTS } from './error-text';
import { meta } from './meta';
import { createPersonRequestSchema, type PersonCandidate, type StardexJob, type StardexPerson, type UpdatePersonRequest } from './schema';

export type { StardexOptions } from './mapping';

export const stardexOptionsSchema = z.object({ enrichRecord: z.boolean() });

const JOBS_PAGE_SIZE = 100;
/** At most this many pages per picker search: each page is one of the 60 requests a minute. */
const JOBS_MAX_PAGES = 3;

/**
 * Stardex's web address for a person is not documented. A guessed link would be written into other tools
 * (another vendor's record links) where a wrong guess stays and misleads, so none is given.
 */
const RECORD_URL: string | null = null;

function jobDetail(job: StardexJob): string | null {
  const parts = [job.client_company_name, job.location, job.job_status_name].filter((p): p is string => Boolean(p?.trim()));
  return parts.length > 0 ? parts.join(' · ') : null;
}

function jobName(job: Pick<StardexJob, 'id' | 'name'>): string {
  return job.name?.trim() || t('stardexResult.jobFallback', { id: job.id });
}

function stagesOf(job: Awaited<ReturnType<typeof getJob>>): Stage[] {
  // Field names inside pipeline_stages are inferred (id, name, position); without positions the array order stands.
  const stages = (job.pipeline_stages ?? []).map((s, index) => ({ s, index }));
  stages.sort((a, b) => (a.s.position ?? a.index) - (b.s.position ?? b.index) || a.index - b.index);
  return stages.map(({ s }) => ({ id: s.id, name: s.name }));
}

/**
 * The Stardex person with this LinkedIn profile, or null. The search is by the exact canonical URL, and its answer is
 * checked, not trusted: a person is this one when their `linkedin_public_id` (the slug, documented on the person) is
 * this vanity. A result without it is read in full by id (documented); still without it, it is taken only as the
 * search's one answer without a slug (a filter Stardex ignored would answer many such people, and updating the wrong
 * one is worse than a lookup that says "new"). The search response shape is inferred (paginated person objects):
 * when it lacks `candidates`, the full person is asked for too.
 */
async function findPerson(http: VendorHttp, profile: Profile): Promise<StardexPerson | null> {
  const vanity = vanityFromUrl(profile.profileUrl) ?? profile.publicIdentifier;
  const results = await searchPersonsByLinkedInUrl(http, stardexLinkedInUrl(profile.profileUrl));
  const named = results.find((p) => p.linkedin_public_id && sameVanity(p.linkedin_public_id, vanity));
  if (named) return named.candidates ? named : getPerson(http, named.id);
  // Results naming another slug are other people; among the rest, one alone may be this person.
  const [only, ...others] = results.filter((p) => !p.linkedin_public_id);
  if (!only || others.length > 0) return null;
  const full = await getPerson(http, only.id);
  if (full.linkedin_public_id) return sameVanity(full.linkedin_public_id, vanity) ? full : null;
  return full;
}

function activeCandidacy(person: StardexPerson, jobId: string | null): PersonCandidate | undefined {
  return jobId ? person.candidates?.find((c) => c.job_id === jobId) : undefined;
}

function jobsLine(person: StardexPerson): string {
  const jobs = person.candidates ?? [];
  if (jobs.length === 0) return t('stardexResult.lookup.noJobs');
  const names = jobs.map((c) => {
    const stage = c.current_pipeline_stage_name ? ` (${c.current_pipeline_stage_name})` : '';
    const job = `${c.job_name ?? c.job_id}${stage}`;
    return c.is_archived ? t('stardexResult.lookup.archived', { job }) : job;
  });
  return t('stardexResult.lookup.candidateIn', { jobs: names.join(', ') });
}

interface StageOutcome {
  line: string;
  moved: boolean;
}

async function applyStage(
  http: VendorHttp,
  jobId: string,
  candidateId: string,
  stage: Stage,
  currentStageId: string | null | undefined,
): Promise<StageOutcome> {
  const line = t('stardexResult.stage', { stage: stage.name });
  if (currentStageId === stage.id) return { line, moved: false };
  try {
    await updateCandidateStage(http, { job_id: jobId, candidate_id: candidateId, stage_id: stage.id });
    return { line, moved: true };
  } catch (err) {
    // The person is saved by now: say what failed instead of hiding the save behind an error.
    const text = isAppError(err) ? errorText({ ...err, vendor: meta.id }, { label: meta.label, errorTexts: STARDEX_ERROR_TEXTS }) : { title: String(err), action: '' };
    return { line: t('stardexResult.stageFailed', { stage: stage.name, reason: `${text.title} ${text.action}`.trim() }), moved: false };
  }
}

async function save(http: VendorHttp, profile: Profile, request: SaveRequest, options: StardexOptions): Promise<SaveResult> {
  const jobId = request.targetId;
  if (request.stageId && !jobId) throw appError('internal', 'A stage was chosen without a job');
  // Read the job (and check the stage belongs to it) before writing anything: a stale job or stage fails here,
  // with nothing half-done in Stardex.
  const job = jobId ? await getJob(http, jobId) : null;
  const stages = job ? stagesOf(job) : [];
  const stage = request.stageId ? stages.find((s) => s.id === request.stageId) : undefined;
  if (request.stageId && !stage) {
    throw appError('vendor-not-found', t('stardexResult.staleStage', { stage: request.stageId, job: job ? jobName(job) : t('stardexResult.noJob') }), {
      vendor: 'stardex',
    });
  }

  const existing = await findPerson(http, profile);
  const lines: string[] = [];
  let status: SaveResult['status'];
  let personId: string;
  let candidateId: string | null = null;
  let currentStageId: string | null | undefined;

  if (!existing) {
    const created = await createPerson(http, buildCreatePerson(profile, request, options));
    personId = created.id;
    candidateId = created.candidate_id ?? null;
    status = 'created';
    lines.push(t('stardexResult.created', { id: personId }));
    if (job) {
      lines.push(
        candidateId
          ? t('stardexResult.candidateOn', { candidate: candidateId, job: jobName(job) })
          : t('stardexResult.notConfirmed', { job: jobName(job) }),
      );
    }
    if (options.enrichRecord) lines.push(t('stardexResult.enrich'));
  } else {
    personId = existing.id;
    const already = activeCandidacy(existing, jobId);
    const patch: UpdatePersonRequest = {};
    if (jobId && !already) patch.job_id = jobId;
    const merged = mergeContacts(existing, request.contacts);
    if (merged.emails) patch.emails = merged.emails;
    if (merged.phone_numbers) patch.phone_numbers = merged.phone_numbers;
    if (options.enrichRecord) patch.enrich_record = true;
    if (Object.keys(patch).length > 0) await updatePerson(http, personId, patch);

    lines.push(t('stardexResult.existing', { id: personId }));
    if (already) {
      candidateId = already.candidate_id;
      currentStageId = already.current_pipeline_stage_id;
      // An archived candidacy is said as such: saving again does not bring the person back into the job's pipeline.
      const name = job ? jobName(job) : (already.job_name ?? already.job_id);
      lines.push(t('stardexResult.alreadyCandidate', { candidate: candidateId, job: already.is_archived ? t('stardexResult.lookup.archived', { job: name }) : name }));
    } else if (jobId && job) {
      // PATCH job_id "adds the person to the job" is inferred from a cut-off description: check it did.
      const after = await getPerson(http, personId);
      const added = activeCandidacy(after, jobId);
      if (!added) {
        throw appError('bad-response', t('stardexResult.notCandidateAfter', { id: personId, job: jobName(job) }), {
          vendor: 'stardex',
        });
      }
      candidateId = added.candidate_id;
      currentStageId = added.current_pipeline_stage_id;
      lines.push(t('stardexResult.addedCandidate', { candidate: candidateId, job: jobName(job) }));
    }
    const addedContacts = [...merged.added.emails, ...merged.added.phones];
    if (addedContacts.length > 0) lines.push(t('stardexResult.addedContacts', { contacts: addedContacts.join(', ') }));
    if (options.enrichRecord) lines.push(t('stardexResult.enrich'));
    // Stardex's update has no notes field [doc]: the note cannot be attached to an existing person.
    if (request.note?.trim()) lines.push(t('stardexResult.noteNotSaved'));
    status = patch.job_id ? 'added' : Object.keys(patch).length > 0 ? 'updated' : 'skipped';
  }

  if (jobId && stage) {
    if (candidateId) {
      const outcome = await applyStage(http, jobId, candidateId, stage, currentStageId);
      lines.push(outcome.line);
      if (outcome.moved && status === 'skipped') status = 'updated';
    } else {
      lines.push(t('stardexResult.stageNoCandidate', { stage: stage.name }));
    }
  }
  return { vendor: 'stardex', status, recordId: personId, recordUrl: RECORD_URL, message: lines.join(' · ') };
}

export const stardex: Vendor<StardexOptions, typeof meta.id> = {
  ...meta,
  // Getters: the words are read in the browser's language when shown, not when this module loads.
  get keyHelp() {
    return t('stardex.keyHelp');
  },
  get settingFields(): readonly SettingField[] {
    return [
      {
        name: 'apiKey',
        label: t('vendor.apiKey'),
        kind: 'password',
        secret: true,
        required: true,
        help: t('stardex.field.apiKey.help'),
      },
      {
        name: 'enrichByDefault',
        label: t('stardex.field.enrich.label'),
        kind: 'choice',
        secret: false,
        required: false,
        choices: [
          { value: 'off', label: t('stardex.field.enrich.optionOff') },
          { value: 'on', label: t('stardex.field.enrich.optionOn') },
        ],
        help: t('stardex.field.enrich.help'),
      },
    ];
  },
  validateSettings(settings: VendorSettings): string | null {
    const key = settings.apiKey ?? '';
    if (!key) return t('stardex.validate.missing');
    if (/\s/.test(key)) return t('stardex.validate.space');
    if (key.length < 8) return t('stardex.validate.short');
    const enrich = settings.enrichByDefault;
    if (enrich !== undefined && enrich !== 'on' && enrich !== 'off') return t('stardex.validate.enrich');
    return null;
  },
  // The sandbox's key (tests/fakes and the demo accept it).
  sampleSettings: { apiKey: 'stardex_test_key', enrichByDefault: 'off' },
  target: { noun: 'job', required: false },
  sampleTargetId: 'job_123',
  errorTexts: STARDEX_ERROR_TEXTS,
  saveBodySchema: createPersonRequestSchema,
  ui: async () => ({ Fields: (await import('./fields')).StardexFields }),
  optionsSchema: stardexOptionsSchema,
  defaultOptions: (publicSettings) => ({ enrichRecord: publicSettings.enrichByDefault === 'on' }),
  buildPayload: (profile, request, options) => buildCreatePerson(profile, request, options),
  createHttp: sharedStardexHttp,
  async check(ctx) {
    await searchJobs(ctx.http, { limit: 1 });
  },
  async listTargets(ctx, query): Promise<Target[]> {
    const keyword = query.trim();
    const out: Target[] = [];
    for (let page = 0; page < JOBS_MAX_PAGES; page++) {
      const res = await searchJobs(ctx.http, {
        is_archived: false,
        offset: page * JOBS_PAGE_SIZE,
        limit: JOBS_PAGE_SIZE,
        ...(keyword ? { keywords: [keyword] } : {}),
      });
      for (const job of res.data) {
        if (job.is_archived) continue;
        out.push({ id: job.id, name: jobName(job), detail: jobDetail(job) });
      }
      const next = (page + 1) * JOBS_PAGE_SIZE;
      if (res.data.length === 0 || next >= res.meta.total) break;
    }
    return out;
  },
  async getTarget(ctx, targetId): Promise<TargetDetail> {
    const job = await getJob(ctx.http, targetId);
    const stages = stagesOf(job);
    // Where a candidate lands without update-stage is not documented, so no landing stage is claimed; the user
    // picks a stage (applied with update-stage) or leaves Stardex's default.
    return { id: job.id, name: jobName(job), stages, landingStage: null };
  },
  cannotSave: (profile) => (isPublicProfileUrl(profile.profileUrl) ? null : t('batch.needsPublicUrl', { vendor: meta.label })),
  async lookup(ctx, profile, targetId): Promise<DuplicateStatus> {
    // Stardex finds people by their public URL only: with none, there is nothing to ask it.
    if (!isPublicProfileUrl(profile.profileUrl)) return { state: 'unknown', detail: t('batch.needsPublicUrl', { vendor: meta.label }) };
    const person = await findPerson(ctx.http, profile);
    if (!person) return { state: 'new', detail: t('stardexResult.lookup.new') };
    const inTarget = activeCandidacy(person, targetId);
    const words = { id: person.id, jobs: jobsLine(person) };
    if (inTarget) {
      return { state: 'in-target', recordId: person.id, recordUrl: RECORD_URL, detail: t('stardexResult.lookup.inTarget', words) };
    }
    const detail = targetId ? t('stardexResult.lookup.toJob', words) : t('stardexResult.lookup.exists', words);
    return { state: 'exists', recordId: person.id, recordUrl: RECORD_URL, detail };
  },
  save: (ctx, profile, request, options) => save(ctx.http, profile, request, options),
};
