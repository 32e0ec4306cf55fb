// Errors cross extension contexts as plain tagged data; describeError turns one into words and an action.
import { z } from 'zod';
import { NOT_PROFILE_REASONS } from '@/lib/linkedin/types';

export const ERROR_CODES = [
  'not-profile', // the tab is not a LinkedIn profile we can read (reason says which page it is)
  'no-tab', // the popup could not find the tab it was opened on
  'page-unreachable', // the reader could not be injected or did not answer (tab still loading, not LinkedIn…)
  'read-failed', // the reader threw on this page
  'empty-profile', // the page is a profile, but no name could be read: never saved
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const appErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  retryable: z.boolean(),
  reason: z.enum(NOT_PROFILE_REASONS).optional(),
  status: z.number().int().optional(),
  vendor: z.string().optional(),
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
  }
}
