// Collective (collective.work): one import call into the recruiter's "My Talents" pool; no target, no lookup.
import { appError } from '@/lib/errors';
import { t } from '@/lib/i18n';
import type { Profile } from '@/lib/profile/profile';
import { isPublicProfileUrl } from '@/lib/profile/url';
import type { SaveRequest, SaveResult, SettingField, Vendor, VendorContext, VendorSettings } from '@/lib/vendors/vendor';
import { API_KEY_FIELD, createCollectiveHttp, deleteTalents, ENVIRONMENT_FIELD, importTalent } from './client';
import { AUTHOR_EMAIL_FIELD, assertPayloadFits, buildImportBody } from './mapping';
import { collectiveOptionsSchema, EMPTY_OPTIONS, type CollectiveOptions } from './options';
import { COLLECTIVE_ERROR_TEXTS } from './error-text';
import { meta } from './meta';
import { ENVIRONMENT_PATTERN, importRequestSchema, KNOWN_ENVIRONMENTS, type ImportRequest } from './schema';
import { KEY_CHECK_ID } from './talent-id';

/** Said next to the key: Collective has no read endpoint, so the user should know what "Check" really does. */
export function keyCheckExplanation(): string {
  return t('collective.keyCheck');
}

export function buildPayload(
  profile: Profile,
  request: SaveRequest,
  options: CollectiveOptions,
  settings: VendorSettings,
  // The note's timestamp: save() passes its clock; the popup preview and `npm run payload` show "now".
  at: Date = new Date(),
): ImportRequest {
  const body = buildImportBody(profile, request, options, settings, at);
  assertPayloadFits(body);
  return body;
}

export const collective: Vendor<CollectiveOptions, typeof meta.id> = {
  ...meta,
  // Getters: the words are read in the browser's language when shown, not when this module loads.
  get keyHelp() {
    return `${t('collective.keyHelp')} ${keyCheckExplanation()}`;
  },
  get settingFields(): readonly SettingField[] {
    return [
      {
        name: API_KEY_FIELD,
        label: t('vendor.apiKey'),
        kind: 'password',
        secret: true,
        required: true,
        help: keyCheckExplanation(),
      },
      {
        name: ENVIRONMENT_FIELD,
        label: t('collective.field.environment.label'),
        kind: 'choice',
        secret: false,
        required: true,
        choices: KNOWN_ENVIRONMENTS.map((value) => ({
          value,
          label: value === 'production' ? t('collective.field.environment.production') : t('collective.field.environment.sandbox'),
        })),
        allowOther: true,
        // The braces are part of the sentence (a URL template), not a placeholder of ours.
        help: t('collective.field.environment.help', { environment: '{environment}' }),
      },
      {
        name: AUTHOR_EMAIL_FIELD,
        label: t('collective.field.email.label'),
        kind: 'email',
        secret: false,
        required: true,
        placeholder: t('collective.field.email.placeholder'),
        help: t('collective.field.email.help'),
      },
    ];
  },
  validateSettings(settings) {
    const key = settings[API_KEY_FIELD] ?? '';
    if (!key) return t('collective.validate.missing');
    if (/\s/.test(key)) return t('collective.validate.space');
    const environment = settings[ENVIRONMENT_FIELD] ?? '';
    if (!environment) return t('collective.validate.noEnvironment');
    if (environment.length > 63 || !ENVIRONMENT_PATTERN.test(environment)) {
      return t('collective.validate.badEnvironment', { environment });
    }
    const email = settings[AUTHOR_EMAIL_FIELD] ?? '';
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return t('collective.validate.email');
    return null;
  },
  // The sandbox's key and environment (tests/fakes and the demo accept them).
  sampleSettings: { [API_KEY_FIELD]: 'collective_sandbox_key', [ENVIRONMENT_FIELD]: 'sandbox', [AUTHOR_EMAIL_FIELD]: 'recruiter@agency.example' },
  target: null,
  sampleTargetId: null,
  errorTexts: COLLECTIVE_ERROR_TEXTS,
  saveBodySchema: importRequestSchema,
  ui: async () => ({ Fields: (await import('./fields')).CollectiveFields }),
  optionsSchema: collectiveOptionsSchema,
  defaultOptions: () => EMPTY_OPTIONS,
  buildPayload,
  // The talent's id and its LinkedIn link come from the public /in/ URL (talent-id.ts): a person known only by a Sales
  // Navigator lead address would become another talent than the same person saved from their profile.
  cannotSave: (profile) => (isPublicProfileUrl(profile.profileUrl) ? null : t('batch.needsPublicUrl', { vendor: meta.label })),
  createHttp(settings) {
    return createCollectiveHttp({ apiKey: settings[API_KEY_FIELD] ?? '', environment: settings[ENVIRONMENT_FIELD] ?? 'production' });
  },
  async check(ctx: VendorContext) {
    const answer = await deleteTalents(ctx.http, { internalUserIds: [KEY_CHECK_ID] });
    // `deleted` would mean someone imported that id by hand: the key still works, so it is not a failed check.
    if (!answer.notFound.includes(KEY_CHECK_ID) && !answer.deleted.includes(KEY_CHECK_ID)) {
      throw appError('bad-response', `DELETE /my-talents/import did not mention the id it was given`, { vendor: 'collective' });
    }
  },
  async save(ctx, profile, request, options): Promise<SaveResult> {
    const body = buildPayload(profile, request, options, ctx.settings, ctx.now());
    const answer = await importTalent(ctx.http, body);
    const where = { environment: ctx.settings[ENVIRONMENT_FIELD] ?? 'production' };
    const cv = Boolean(body.resume);
    return {
      vendor: 'collective',
      status: answer.status,
      recordId: answer.userId,
      // Collective documents no URL for a talent.
      recordUrl: null,
      message:
        answer.status === 'created'
          ? t(cv ? 'collectiveResult.createdCv' : 'collectiveResult.created', where)
          : t(cv ? 'collectiveResult.updatedCv' : 'collectiveResult.updated', where),
    };
  },
};
