// Collective (collective.work): one import call into the recruiter's "My Talents" pool; no target, no lookup.
import { appError } from '@/lib/errors';
import type { Profile } from '@/lib/profile/profile';
import type { SaveRequest, SaveResult, Vendor, VendorContext, VendorSettings } from '@/lib/vendors/vendor';
import { API_KEY_FIELD, createCollectiveHttp, deleteTalents, ENVIRONMENT_FIELD, importTalent } from './client';
import { AUTHOR_EMAIL_FIELD, assertPayloadFits, buildImportBody } from './mapping';
import { collectiveOptionsSchema, EMPTY_OPTIONS, type CollectiveOptions } from './options';
import { ENVIRONMENT_PATTERN, KNOWN_ENVIRONMENTS, type ImportRequest } from './schema';
import { KEY_CHECK_ID } from './talent-id';

/** Said next to the key: Collective has no read endpoint, so the user should know what "Check" really does. */
export const KEY_CHECK_EXPLANATION =
  'Check asks Collective to delete a talent id that cannot exist (this extension never imports it); ' +
  'Collective answering “not found” proves the key and the environment work. Nothing is created or deleted.';

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

export const collective: Vendor<CollectiveOptions> = {
  id: 'collective',
  label: 'Collective',
  keyHelp: `Collective gives out API keys (they are not self-serve): ask your Collective contact for one, for the environment you use. ${KEY_CHECK_EXPLANATION}`,
  settingFields: [
    {
      name: API_KEY_FIELD,
      label: 'API key',
      kind: 'password',
      secret: true,
      required: true,
      help: KEY_CHECK_EXPLANATION,
    },
    {
      name: ENVIRONMENT_FIELD,
      label: 'Environment',
      kind: 'choice',
      secret: false,
      required: true,
      choices: KNOWN_ENVIRONMENTS.map((value) => ({ value, label: value === 'production' ? 'Production' : 'Sandbox' })),
      allowOther: true,
      help: 'The {environment} part of https://api.collective.work/{environment}/v1. Keys usually work in one environment only.',
    },
    {
      name: AUTHOR_EMAIL_FIELD,
      label: 'Your email',
      kind: 'email',
      secret: false,
      required: true,
      placeholder: 'you@agency.com',
      help: 'Collective shows it as the author of the notes you send with a profile.',
    },
  ],
  validateSettings(settings) {
    const key = settings[API_KEY_FIELD] ?? '';
    if (!key) return 'Paste the API key Collective gave you.';
    if (/\s/.test(key)) return 'The API key contains spaces or line breaks: paste it again, without them.';
    const environment = settings[ENVIRONMENT_FIELD] ?? '';
    if (!environment) return 'Choose the environment: production or sandbox.';
    if (environment.length > 63 || !ENVIRONMENT_PATTERN.test(environment)) {
      return `“${environment}” cannot be an environment: it is one part of Collective’s address, so only lowercase letters, digits and dashes (e.g. production, sandbox).`;
    }
    const email = settings[AUTHOR_EMAIL_FIELD] ?? '';
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return 'Give your email: Collective shows it as the author of your notes.';
    return null;
  },
  target: null,
  optionsSchema: collectiveOptionsSchema,
  defaultOptions: () => EMPTY_OPTIONS,
  buildPayload,
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
    const where = `My Talents (${ctx.settings[ENVIRONMENT_FIELD] ?? 'production'})`;
    const cv = body.resume ? ', CV attached' : '';
    return {
      vendor: 'collective',
      status: answer.status,
      recordId: answer.userId,
      // Collective documents no URL for a talent.
      recordUrl: null,
      message:
        answer.status === 'created'
          ? `Created in ${where}${cv}.`
          : `Updated in ${where}${cv}: this person was already imported, no duplicate.`,
    };
  },
};
