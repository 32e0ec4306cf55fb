// Collective documents no error body or code: client.ts tags each error with its HTTP status ("status-401"), and
// these sentences say what that status most likely means here, with whatever text Collective sent. The two
// non-HTTP codes are refusals of ours, before anything is sent (mapping.ts).
import type { AppError } from '@/lib/errors';
import type { VendorErrorText } from '@/lib/vendors/error-text';

function said(error: AppError): string {
  return error.vendorMessage ? ` Collective said: “${error.vendorMessage}”.` : '';
}

// The environment is part of the address: a wrong one answers 404 (no such API) or 401/403 (key of another one).
const keyOrEnvironment: VendorErrorText = (error) => ({
  title: `Collective refused the request (${error.status ?? 'error'}): the API key or the environment is wrong.${said(error)}`,
  action:
    'Check the API key and the environment (production or sandbox: keys usually work in one only) in the options, then press Check. Nothing was saved and nothing is lost.',
});

const rejected: VendorErrorText = (error) => ({
  title: `Collective refused the data (${error.status ?? 'error'}).${said(error) || ' It gave no reason.'}`,
  action: 'Correct the field it names and save again; nothing you typed was lost.',
});

const theirSide: VendorErrorText = (error) => ({
  title: `Collective had a problem on its side (${error.status ?? 'error'}).${said(error)}`,
  action: 'Nothing is lost: try again in a few minutes.',
});

function when(retryAt: number | undefined): string {
  if (!retryAt) return 'in a minute';
  const seconds = Math.max(1, Math.round((retryAt - Date.now()) / 1000));
  return seconds < 90 ? `in ${seconds} s` : `in ${Math.ceil(seconds / 60)} min`;
}

export const COLLECTIVE_ERROR_TEXT: Readonly<Record<string, VendorErrorText>> = {
  'collective:popup-fields': (error) => ({
    title: `Collective cannot take these values: ${error.message}`,
    action: 'Correct them in the Collective fields and save again; nothing was sent.',
  }),
  'collective:author-email': () => ({
    title: 'Your email is missing in the Collective options.',
    action: 'Collective records it as the author of the note: add it in the options, then save again; nothing was sent.',
  }),
  'collective:status-400': rejected,
  'collective:status-401': keyOrEnvironment,
  'collective:status-403': keyOrEnvironment,
  'collective:status-404': keyOrEnvironment,
  'collective:status-409': rejected,
  'collective:status-413': (error) => ({
    title: `Collective refused the import as too large (413).${said(error)}`,
    action: 'Attach a smaller CV (the whole import must stay under 10 MB), or none, and save again.',
  }),
  'collective:status-422': rejected,
  'collective:status-429': (error) => ({
    title: `Collective asks us to slow down (429).${said(error)}`,
    action: `Nothing is lost: try again ${when(error.retryAt)}.`,
  }),
  'collective:status-500': theirSide,
  'collective:status-502': theirSide,
  'collective:status-503': theirSide,
  'collective:status-504': theirSide,
};
