// The Leonar vendor: a project picker, a duplicate check in the chosen project, one add-to-project per save,
// and an optional contact reveal that spends sourcing credits.
import { z } from 'zod';
import { appError } from '@/lib/errors';
import { t } from '@/lib/i18n';
import { createHttp, type VendorHttp } from '@/lib/http';
import type { Profile } from '@/lib/profile/profile';
import type { SaveRequest, SaveResult, Target, SettingField, Vendor, VendorContext, VendorSettings } from '@/lib/vendors/vendor';
import type { VendorUi } from '@/lib/vendors/ui-types';
import {
  addManyToProject,
  addToProject,
  checkKey,
  filterTargets,
  getProject,
  listActiveProjects,
  listConnectedAccounts,
  lookupInProject,
  projectToTarget,
  revealContacts,
  usableAccount,
} from './client';
import { buildAddManyToProject, buildAddToProject, namesMissing } from './mapping';
import { LEONAR_ERROR_TEXTS } from './error-text';
import { meta } from './meta';
import { ADD_PROFILES_MAX, addToProjectRequestSchema, DATA_TYPES, LEONAR_BASE_URL, LEONAR_KEY_PREFIX, leonarErrorBodySchema, type AddToProjectRequest } from './schema';

export const leonarOptionsSchema = z.object({
  /** Ask Leonar to fill the names LinkedIn hides ("LinkedIn Member"), through a connected LinkedIn account. */
  resolveNames: z.boolean().default(false),
  /** The connected account for resolve_names; null = the first active one, looked up when saving. */
  accountId: z.uuid().nullable().default(null),
  /** What a reveal asks for (kept here so the user's ticks survive the popup re-rendering). */
  revealTypes: z.array(z.enum(DATA_TYPES)).max(3).default(['work_email', 'personal_email']),
});
export type LeonarOptions = z.infer<typeof leonarOptionsSchema>;

/** Shown in the payload preview and by `npm run payload` until a project is picked. */
export const NO_PROJECT_YET = '(pick a project)';

const API_KEY = 'apiKey';
const PROJECTS_TTL_MS = 60_000;
const projectCache = new Map<string, { at: number; targets: Target[] }>();

export function leonarPayload(profile: Profile, request: Pick<SaveRequest, 'targetId'>, options: LeonarOptions, now: Date): AddToProjectRequest {
  return buildAddToProject(profile, {
    projectId: request.targetId ?? NO_PROJECT_YET,
    resolveNames: options.resolveNames,
    accountId: options.accountId,
    now,
  });
}

/** Parts of the user's choice the add-to-project body has no field for (the result says they were not sent). */
function notSent(request: SaveRequest): string[] {
  const out: string[] = [];
  if (request.note?.trim()) out.push('note');
  if (request.contacts.emails.length || request.contacts.phones.length) out.push('emails/phones');
  return out;
}

/** The options with a connected account when names are to be resolved and one of the people shows none (one lookup). */
async function withAccount(ctx: VendorContext, profiles: readonly Profile[], options: LeonarOptions): Promise<LeonarOptions> {
  if (!options.resolveNames || options.accountId || !profiles.some((p) => namesMissing(p))) return options;
  const account = usableAccount(await listConnectedAccounts(ctx.http));
  if (!account) {
    throw appError(
      'invalid-settings',
      'Resolving names needs a LinkedIn account connected to Leonar, and none is active. Connect one in Leonar, or untick “resolve names”.',
      { vendor: 'leonar' },
    );
  }
  return { ...options, accountId: account.id };
}

export function createLeonarHttp(settings: VendorSettings, fetchImpl?: typeof fetch): VendorHttp {
  return createHttp({
    vendor: 'leonar',
    baseUrl: LEONAR_BASE_URL,
    headers: { authorization: `Bearer ${settings[API_KEY] ?? ''}` },
    parseErrorBody: (body) => {
      const parsed = leonarErrorBodySchema.safeParse(body);
      return parsed.success ? { vendorCode: parsed.data.error.code, vendorMessage: parsed.data.error.message } : {};
    },
    timeoutMs: 20_000,
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  });
}

/**
 * Every active project. The popup filters as the user types: walking every page per keystroke would burn the hourly
 * request budget, so a search filters the last walk (up to a minute old). The list with no search is walked each time
 * it is asked: the background's copy (lib/target-cache.ts) already decides when Leonar is asked again.
 */
async function projects(ctx: VendorContext, walkAgain: boolean): Promise<Target[]> {
  const key = ctx.settings[API_KEY] ?? '';
  const cached = projectCache.get(key);
  if (!walkAgain && cached && ctx.now().getTime() - cached.at < PROJECTS_TTL_MS) return cached.targets;
  const targets = (await listActiveProjects(ctx.http)).map(projectToTarget);
  projectCache.set(key, { at: ctx.now().getTime(), targets });
  return targets;
}

export function clearLeonarProjectCache(): void {
  projectCache.clear();
}

export const leonar: Vendor<LeonarOptions, typeof meta.id> = {
  ...meta,
  // Getters: the words are read in the browser's language when shown, not when this module loads.
  get keyHelp() {
    return t('leonar.keyHelp');
  },
  get settingFields(): readonly SettingField[] {
    return [
      {
        name: API_KEY,
        label: t('vendor.apiKey'),
        kind: 'password',
        secret: true,
        required: true,
        placeholder: 'leo_…',
        help: t('leonar.field.apiKey.help'),
      },
    ];
  },
  validateSettings(settings) {
    const key = settings[API_KEY]?.trim() ?? '';
    if (!key) return t('leonar.validate.missing');
    if (!key.startsWith(LEONAR_KEY_PREFIX)) return t('leonar.validate.prefix');
    if (/\s/.test(key)) return t('leonar.validate.space');
    return null;
  },
  // The sandbox's key (tests/fakes and the demo accept it); any key of the documented form would do.
  sampleSettings: { [API_KEY]: 'leo_test_key_0000001a2b' },
  target: { noun: 'project', required: true },
  sampleTargetId: '3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e',
  errorTexts: LEONAR_ERROR_TEXTS,
  saveBodySchema: addToProjectRequestSchema,
  ui: async () => ({ Fields: (await import('./fields')).LeonarFields as VendorUi['Fields'] }),
  optionsSchema: leonarOptionsSchema,
  defaultOptions: () => leonarOptionsSchema.parse({}),
  buildPayload: (profile, request, options) => leonarPayload(profile, request, options, new Date()),
  createHttp: (settings) => createLeonarHttp(settings),
  check: (ctx) => checkKey(ctx.http),
  async listTargets(ctx, query) {
    return filterTargets(await projects(ctx, query.trim() === ''), query);
  },
  getTarget: (ctx, targetId) => getProject(ctx.http, targetId),
  lookup: (ctx, profile, targetId) => lookupInProject(ctx.http, profile, targetId),
  async save(ctx, profile, request, options) {
    if (!request.targetId) throw appError('invalid-settings', t('leonarResult.pickProjectToSave'), { vendor: 'leonar' });
    const chosen = await withAccount(ctx, [profile], options);
    return addToProject(ctx.http, leonarPayload(profile, request, chosen, ctx.now()), { notSent: notSent(request) });
  },
  // [doc] add-to-project takes 1 to 100 profiles: a list save is one call per 100 people, with no lookups.
  batchLimit: ADD_PROFILES_MAX,
  async saveMany(ctx, items) {
    const first = items[0];
    if (!first) return [];
    const projectId = first.request.targetId;
    if (!projectId) throw appError('invalid-settings', t('leonarResult.pickProjectToSave'), { vendor: 'leonar' });
    // The outbox batches only jobs with the same project and options: anything else is our bug, refused before sending.
    const options = JSON.stringify(first.options);
    if (items.some((i) => i.request.targetId !== projectId || JSON.stringify(i.options) !== options)) {
      throw appError('internal', 'One add-to-project call was given people for different projects or options', { vendor: 'leonar' });
    }
    const chosen = await withAccount(
      ctx,
      items.map((i) => i.profile),
      first.options,
    );
    const results: SaveResult[] = [];
    for (let at = 0; at < items.length; at += ADD_PROFILES_MAX) {
      const chunk = items.slice(at, at + ADD_PROFILES_MAX);
      const body = buildAddManyToProject(
        chunk.map((i) => i.profile),
        { projectId, resolveNames: chosen.resolveNames, accountId: chosen.accountId, now: ctx.now() },
      );
      results.push(...(await addManyToProject(ctx.http, body, chunk.map((i) => ({ profile: i.profile, notes: { notSent: notSent(i.request) } })))));
    }
    return results;
  },
  // Leonar takes the person's member id (or Sales Navigator lead id) as profile_id: nobody is out of its reach.
  cannotSave: () => null,
  revealContacts: (ctx, profile, request) => revealContacts(ctx.http, profile, request.dataTypes),
};
