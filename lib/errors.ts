// Errors cross extension contexts as plain tagged data; errorText turns one into words and an action (with the words
// of the vendor it came from: lib/error-text.ts finds them in the registry). Free of any vendor's code.
import { z } from 'zod';
import { NOT_PROFILE_REASONS } from '@/lib/linkedin/types';
import { t, uiLanguage } from '@/lib/i18n';

export const ERROR_CODES = [
  'not-profile', // the tab is not a LinkedIn profile we can read (reason says which page it is)
  'no-tab', // the popup could not find the tab it was opened on
  'page-unreachable', // the reader could not be injected or did not answer (tab still loading, not LinkedIn…)
  'read-failed', // the reader threw on this page
  'empty-profile', // the page is a profile, but no name could be read: never saved
  'other-person', // the page still shows someone else than its address names (LinkedIn re-renders late): never saved
  // Vendors (status-based; vendorCode/vendorMessage carry the vendor's own words)
  'not-configured', // no key saved for this vendor
  'invalid-settings', // what the user typed cannot work (key format, environment…), refused before any call
  'vendor-rejected', // 400: the vendor refused the data
  'vendor-auth', // 401: key missing, wrong or revoked
  'vendor-payment', // 402: credits or billing
  'vendor-forbidden', // 403: scope, plan, billing, environment
  'vendor-not-found', // 404: the project/job/record does not exist (any more)
  'payload-too-large', // refused before sending, or 413
  'vendor-rate-limited', // 429: retryAt says when
  'vendor-server', // 5xx
  'network', // the request never got an answer (offline, DNS, connection dropped)
  'timeout', // no answer in time
  'bad-response', // an answer that is not the documented shape (HTML error page, changed API)
  'internal', // a bug on our side
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const appErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  retryable: z.boolean(),
  reason: z.enum(NOT_PROFILE_REASONS).optional(),
  status: z.number().int().optional(),
  vendor: z.string().optional(),
  /** The vendor's own error code and message (`insufficient_scope`, `INVALID_API_KEY`…). */
  vendorCode: z.string().optional(),
  vendorMessage: z.string().optional(),
  /** When a retry may succeed (epoch ms), from Retry-After / X-RateLimit-Reset. */
  retryAt: z.number().optional(),
});
export type AppError = z.infer<typeof appErrorSchema>;

/**
 * The vendor refused the settings themselves (the key, or its scope or environment): new settings that get this from
 * their check never replace settings already stored (they may work), and the options page says the old ones are kept.
 */
export function refusesSettings(error: Pick<AppError, 'code'>): boolean {
  return error.code === 'vendor-auth' || error.code === 'vendor-forbidden';
}

export function appError(code: ErrorCode, message: string, extra: Partial<AppError> = {}): AppError {
  return { code, message, retryable: extra.retryable ?? false, ...extra };
}

/** Anything thrown → AppError (classes do not survive messaging; plain data does). */
export function toAppError(err: unknown, fallback: ErrorCode = 'read-failed'): AppError {
  const parsed = appErrorSchema.safeParse(err);
  if (parsed.success) return parsed.data;
  const message = err instanceof Error ? err.message : String(err);
  return appError(fallback, message);
}

export interface ErrorText {
  title: string;
  action: string;
}

/** " <Vendor> said: “…”." after a title, or nothing. Shared with the vendors' own sentences. */
export function theirWords(name: string, vendorMessage: string | undefined): string {
  return vendorMessage ? ` ${t('error.vendor.said', { name, message: vendorMessage })}` : '';
}

/** "14:05:30" in the UI's language: when the outbox tries a save again. */
export function clockTime(at: number): string {
  return new Date(at).toLocaleTimeString(uiLanguage(), { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

/** "in 12 s", "at 14:05", "in a minute": when a rate-limited call may be tried again. */
export function retryWhen(retryAt: number | undefined, now: number = Date.now()): string {
  if (!retryAt) return t('error.when.inAMinute');
  const seconds = Math.max(1, Math.round((retryAt - now) / 1000));
  if (seconds < 90) return t('error.when.inSeconds', { seconds });
  return t('error.when.at', { time: new Date(retryAt).toLocaleTimeString(uiLanguage(), { hour: '2-digit', minute: '2-digit' }) });
}

// Functions, not constants: t() reads the browser's language when the text is shown.
const NOT_PROFILE_TEXT: Record<(typeof NOT_PROFILE_REASONS)[number], () => ErrorText> = {
  authwall: () => ({ title: t('notProfile.authwall.title'), action: t('notProfile.authwall.action') }),
  login: () => ({ title: t('notProfile.login.title'), action: t('notProfile.login.action') }),
  checkpoint: () => ({ title: t('notProfile.checkpoint.title'), action: t('notProfile.checkpoint.action') }),
  'not-found': () => ({ title: t('notProfile.notFound.title'), action: t('notProfile.notFound.action') }),
  search: () => ({ title: t('notProfile.search.title'), action: t('notProfile.search.action') }),
  'sales-navigator': () => ({ title: t('notProfile.salesNavigator.title'), action: t('notProfile.salesNavigator.action') }),
  recruiter: () => ({ title: t('notProfile.recruiter.title'), action: t('notProfile.recruiter.action') }),
  'other-linkedin': () => ({ title: t('notProfile.otherLinkedin.title'), action: t('notProfile.otherLinkedin.action') }),
  'not-linkedin': () => ({ title: t('notProfile.notLinkedin.title'), action: t('notProfile.notLinkedin.action') }),
};

/** What a vendor contributes to the words of its errors: its name and the sentences for its own error codes. */
export interface VendorWords {
  label: string;
  errorTexts: Readonly<Record<string, (error: AppError) => ErrorText>>;
}

/**
 * An error in words: what happened and what to do, in the UI's language. `vendor` is the vendor the error came from
 * (lib/error-text.ts finds it in the registry); without it a vendor error names the vendor by its id.
 */
export function errorText(error: AppError, vendor?: VendorWords): ErrorText {
  switch (error.code) {
    case 'not-profile':
      return NOT_PROFILE_TEXT[error.reason ?? 'other-linkedin']();
    case 'no-tab':
      return { title: t('error.noTab.title'), action: t('error.noTab.action') };
    case 'page-unreachable':
      return { title: t('error.pageUnreachable.title'), action: t('error.pageUnreachable.action') };
    case 'empty-profile':
      return { title: t('error.emptyProfile.title'), action: t('error.emptyProfile.action') };
    case 'other-person':
      return { title: t('error.otherPerson.title'), action: t('error.otherPerson.action') };
    case 'read-failed':
      return { title: t('error.readFailed.title'), action: t('error.readFailed.action', { details: error.message }) };
    case 'internal':
      return { title: t('error.internal.title'), action: t('error.internal.action', { details: error.message }) };
  }
  return describeVendorError(error, vendor);
}


function describeVendorError(error: AppError, vendor: VendorWords | undefined): ErrorText {
  const specific = error.vendorCode ? vendor?.errorTexts[error.vendorCode] : undefined;
  if (specific) return specific(error);
  const name = vendor?.label ?? error.vendor ?? t('error.vendor.theService');
  const said = theirWords(name, error.vendorMessage);
  const status = error.status ?? t('error.vendor.noStatus');
  switch (error.code) {
    case 'not-configured':
      return { title: t('error.vendor.notConfigured.title', { name }), action: t('error.vendor.notConfigured.action', { name }) };
    case 'invalid-settings':
      return { title: t('error.vendor.invalidSettings.title', { name }), action: error.message };
    case 'vendor-rejected':
      return { title: t('error.vendor.rejected.title', { name }) + said, action: t('error.vendor.rejected.action') };
    case 'vendor-auth':
      return { title: t('error.vendor.auth.title', { name }), action: t('error.vendor.auth.action') + said };
    case 'vendor-payment':
      return { title: t('error.vendor.payment.title', { name }) + said, action: t('error.vendor.payment.action', { name }) };
    case 'vendor-forbidden':
      return { title: t('error.vendor.forbidden.title', { name }) + said, action: t('error.vendor.forbidden.action', { name }) };
    case 'vendor-not-found':
      return { title: t('error.vendor.notFound.title', { name }) + said, action: t('error.vendor.notFound.action') };
    case 'payload-too-large':
      // Refused before sending: our own sentence (in error.message). Refused by the vendor (413): its words, quoted.
      return error.status
        ? { title: t('error.vendor.tooLarge.title', { name }) + said, action: t('error.vendor.tooLarge.action') }
        : { title: t('error.vendor.tooLarge.title', { name }), action: error.message };
    case 'vendor-rate-limited':
      return { title: t('error.vendor.rateLimited.title', { name }), action: t('error.vendor.rateLimited.action', { when: retryWhen(error.retryAt) }) };
    case 'vendor-server':
      return { title: t('error.vendor.server.title', { name, status }), action: t('error.vendor.server.action') };
    case 'network':
      return { title: t('error.vendor.network.title', { name }), action: t('error.vendor.network.action') };
    case 'timeout':
      return { title: t('error.vendor.timeout.title', { name }), action: t('error.vendor.timeout.action') };
    case 'bad-response':
      return {
        title: t('error.vendor.badResponse.title', { name }),
        action: t('error.vendor.badResponse.action', { name, details: error.message }),
      };
    default:
      return { title: error.message, action: t('error.tryAgain') };
  }
}
