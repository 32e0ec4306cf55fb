// Leonar's documented error codes ([doc] https://leonar.mintlify.app/errors) as a sentence and an action each.
import { retryWhen, theirWords, type AppError, type ErrorText } from '@/lib/errors';
import { t } from '@/lib/i18n';
import type { VendorErrorTexts } from '@/lib/vendors/vendor';
import type { LeonarErrorCode } from './schema';

function said(error: AppError): string {
  return theirWords('Leonar', error.vendorMessage);
}

/** Leonar names the missing scope in its message (e.g. "Missing scope sourcing:write"); we repeat it when it does. */
export function missingScope(message: string | undefined): string | null {
  const m = /\b([a-z_]+:(?:read|write|delete|\*))\b/.exec(message ?? '');
  return m?.[1] ?? null;
}

const TEXT: Record<LeonarErrorCode, (error: AppError) => ErrorText> = {
  validation_error: (e) => ({
    title: t('error.vendor.rejected.title', { name: 'Leonar' }) + said(e),
    action: t('leonar.error.validation.action'),
  }),
  invalid_api_key: () => ({
    title: t('leonar.error.invalidKey.title'),
    action: t('leonar.error.invalidKey.action'),
  }),
  insufficient_credits: (e) => ({
    title: t('leonar.error.credits.title') + said(e),
    action: t('leonar.error.credits.action'),
  }),
  insufficient_scope: (e) => {
    const scope = missingScope(e.vendorMessage);
    return {
      title: scope ? t('leonar.error.scope.titleNamed', { scope }) : t('leonar.error.scope.title') + said(e),
      action: t('leonar.error.scope.action'),
    };
  },
  billing_required: () => ({
    title: t('leonar.error.billing.title'),
    action: t('leonar.error.billing.action'),
  }),
  plan_upgrade_required: () => ({
    title: t('leonar.error.plan.title'),
    action: t('leonar.error.plan.action'),
  }),
  not_found: (e) => ({
    title: t('leonar.error.notFound.title') + said(e),
    action: t('leonar.error.notFound.action'),
  }),
  rate_limit_exceeded: (e) => ({
    title: t('leonar.error.rateLimited.title'),
    action: t('error.vendor.rateLimited.action', { when: retryWhen(e.retryAt) }),
  }),
  internal_error: () => ({
    title: t('leonar.error.internal.title'),
    action: t('leonar.error.internal.action'),
  }),
};

/** By the vendor's own error code. */
export const LEONAR_ERROR_TEXTS: VendorErrorTexts = TEXT;
