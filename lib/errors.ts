// Errors cross extension contexts as plain tagged data; describeError turns one into words and an action.
import { z } from 'zod';
import { NOT_PROFILE_REASONS } from '@/lib/linkedin/types';
import { VENDOR_ERROR_TEXT } from '@/lib/vendors/error-text';
import { VENDOR_LABELS, vendorIdSchema } from '@/lib/vendors/ids';

export const ERROR_CODES = [
  'not-profile', // the tab is not a LinkedIn profile we can read (reason says which page it is)
  'no-tab', // the popup could not find the tab it was opened on
  'page-unreachable', // the reader could not be injected or did not answer (tab still loading, not LinkedIn…)
  'read-failed', // the reader threw on this page
  'empty-profile', // the page is a profile, but no name could be read: never saved
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

const NOT_PROFILE_TEXT: Record<(typeof NOT_PROFILE_REASONS)[number], ErrorText> = {
  authwall: {
    title: 'You are signed out of LinkedIn.',
    action: 'Sign in to LinkedIn in this tab, reopen the profile, then open the extension again.',
  },
  login: { title: 'This is the LinkedIn sign-in page.', action: 'Sign in, open a profile, then try again.' },
  checkpoint: {
    title: 'LinkedIn is asking for a security check.',
    action: 'Complete the check in this tab, reopen the profile, then try again.',
  },
  'not-found': {
    title: 'This LinkedIn profile does not exist or is not visible to you.',
    action: 'Check the address, or open the profile from a search.',
  },
  search: {
    title: 'This is a list of search results, not a profile.',
    action: 'Open one person’s profile, then open the extension.',
  },
  'sales-navigator': {
    title: 'Sales Navigator pages are not read yet.',
    action: 'Use “View LinkedIn profile” to open the person’s profile, then open the extension.',
  },
  recruiter: {
    title: 'LinkedIn Recruiter pages are not read yet.',
    action: 'Open the person’s public LinkedIn profile, then open the extension.',
  },
  'other-linkedin': {
    title: 'This LinkedIn page is not a profile.',
    action: 'Open a person’s profile (linkedin.com/in/…), then open the extension.',
  },
  'not-linkedin': {
    title: 'This tab is not LinkedIn.',
    action: 'Open a person’s profile on linkedin.com, then open the extension.',
  },
};

export function describeError(error: AppError): ErrorText {
  switch (error.code) {
    case 'not-profile':
      return NOT_PROFILE_TEXT[error.reason ?? 'other-linkedin'];
    case 'no-tab':
      return { title: 'No tab to read.', action: 'Click the extension icon while a LinkedIn profile is open.' };
    case 'page-unreachable':
      return {
        title: 'The page did not answer.',
        action: 'Wait for the page to finish loading (or reload it), then open the extension again.',
      };
    case 'empty-profile':
      return {
        title: 'No name could be read on this page, so nothing can be saved.',
        action: 'Reload the profile and wait until it has loaded. If it keeps happening, LinkedIn changed its page: report it with “npm run read-profile”.',
      };
    case 'read-failed':
      return {
        title: 'The profile could not be read.',
        action: `Reload the page and try again. Details: ${error.message}`,
      };
    case 'internal':
      return { title: 'Something went wrong in the extension.', action: `Try again. Details: ${error.message}` };
  }
  return describeVendorError(error);
}

function vendorLabel(error: AppError): string {
  const id = vendorIdSchema.safeParse(error.vendor);
  return id.success ? VENDOR_LABELS[id.data] : (error.vendor ?? 'The service');
}

function theirWords(error: AppError): string {
  return error.vendorMessage ? ` ${vendorLabel(error)} said: “${error.vendorMessage}”.` : '';
}

function whenText(retryAt: number | undefined): string {
  if (!retryAt) return 'in a minute';
  const seconds = Math.max(1, Math.round((retryAt - Date.now()) / 1000));
  if (seconds < 90) return `in ${seconds} s`;
  return `at ${new Date(retryAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`;
}

function describeVendorError(error: AppError): ErrorText {
  const specific = error.vendorCode ? VENDOR_ERROR_TEXT[`${error.vendor}:${error.vendorCode}`] : undefined;
  if (specific) return specific(error);
  const name = vendorLabel(error);
  switch (error.code) {
    case 'not-configured':
      return { title: `${name} is not set up yet.`, action: `Add your ${name} API key in the extension’s options.` };
    case 'invalid-settings':
      return { title: `These ${name} settings cannot work.`, action: error.message };
    case 'vendor-rejected':
      return {
        title: `${name} refused the data.${theirWords(error)}`,
        action: 'Correct the field it names and save again; nothing you typed was lost.',
      };
    case 'vendor-auth':
      return {
        title: `${name} did not accept the API key.`,
        action: `Paste a valid key in the options and press Check.${theirWords(error)}`,
      };
    case 'vendor-payment':
      return { title: `${name} needs credits or billing for this.${theirWords(error)}`, action: `Top up in ${name}, then try again.` };
    case 'vendor-forbidden':
      return {
        title: `${name} refused: this key is not allowed to do that.${theirWords(error)}`,
        action: `Check the key’s permissions in ${name}, then press Check in the options.`,
      };
    case 'vendor-not-found':
      return {
        title: `${name} could not find it (it may have been deleted or archived).${theirWords(error)}`,
        action: 'Pick the target again and save.',
      };
    case 'payload-too-large':
      return { title: `Too large for ${name}.`, action: error.message };
    case 'vendor-rate-limited':
      return {
        title: `${name} asks us to slow down (too many requests).`,
        action: `Nothing is lost: try again ${whenText(error.retryAt)}.`,
      };
    case 'vendor-server':
      return { title: `${name} had a problem on its side (${error.status ?? 'error'}).`, action: 'Nothing is lost: try again in a few minutes.' };
    case 'network':
      return { title: `Could not reach ${name}.`, action: 'Check your connection; nothing is lost: try again when you are back online.' };
    case 'timeout':
      return { title: `${name} did not answer in time.`, action: 'Nothing is lost: try again in a moment.' };
    case 'bad-response':
      return {
        title: `${name} answered something unexpected.`,
        action: `Its API may have changed. Check in ${name} whether the person was saved before trying again. Details: ${error.message}`,
      };
    default:
      return { title: error.message, action: 'Try again.' };
  }
}
