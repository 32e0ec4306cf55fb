// Collective documents no error body or code: client.ts tags each error with its HTTP status ("status-401"), and
// these sentences say what that status most likely means here, with whatever text Collective sent. The two
// non-HTTP codes are refusals of ours, before anything is sent (mapping.ts).
import { theirWords, type AppError } from '@/lib/errors';
import { t } from '@/lib/i18n';
import type { VendorErrorTexts } from '@/lib/vendors/vendor';

type VendorErrorText = VendorErrorTexts[string];

function said(error: AppError): string {
  return theirWords('Collective', error.vendorMessage);
}

function status(error: AppError): string {
  return String(error.status ?? t('error.vendor.noStatus'));
}

// The environment is part of the address: a wrong one answers 404 (no such API) or 401/403 (key of another one).
const keyOrEnvironment: VendorErrorText = (error) => ({
  title: t('collective.error.keyOrEnvironment.title', { status: status(error) }) + said(error),
  action: t('collective.error.keyOrEnvironment.action'),
});

const rejected: VendorErrorText = (error) => ({
  title: t('collective.error.rejected.title', { status: status(error) }) + (said(error) || ` ${t('collective.error.rejected.noReason')}`),
  action: t('error.vendor.rejected.action'),
});

const theirSide: VendorErrorText = (error) => ({
  title: t('error.vendor.server.title', { name: 'Collective', status: status(error) }) + said(error),
  action: t('error.vendor.server.action'),
});

function when(retryAt: number | undefined): string {
  if (!retryAt) return t('error.when.inAMinute');
  const seconds = Math.max(1, Math.round((retryAt - Date.now()) / 1000));
  return seconds < 90 ? t('error.when.inSeconds', { seconds }) : t('error.when.inMinutes', { minutes: Math.ceil(seconds / 60) });
}

/** By the vendor's own error code. */
export const COLLECTIVE_ERROR_TEXTS: VendorErrorTexts = {
  'popup-fields': (error) => ({
    title: t('collective.error.popupFields.title', { problem: error.message }),
    action: t('collective.error.popupFields.action'),
  }),
  'author-email': () => ({
    title: t('collective.error.authorEmail.title'),
    action: t('collective.error.authorEmail.action'),
  }),
  'status-400': rejected,
  'status-401': keyOrEnvironment,
  'status-403': keyOrEnvironment,
  'status-404': keyOrEnvironment,
  'status-409': rejected,
  'status-413': (error) => ({
    title: t('collective.error.tooLarge.title') + said(error),
    action: t('collective.error.tooLarge.action'),
  }),
  'status-422': rejected,
  'status-429': (error) => ({
    title: t('collective.error.rateLimited.title') + said(error),
    action: t('error.vendor.rateLimited.action', { when: when(error.retryAt) }),
  }),
  'status-500': theirSide,
  'status-502': theirSide,
  'status-503': theirSide,
  'status-504': theirSide,
};
