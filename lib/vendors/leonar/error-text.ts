// Leonar's documented error codes ([doc] https://leonar.mintlify.app/errors) as a sentence and an action each.
import type { AppError, ErrorText } from '@/lib/errors';
import type { VendorErrorText } from '@/lib/vendors/error-text';
import type { LeonarErrorCode } from './schema';

function said(error: AppError): string {
  return error.vendorMessage ? ` Leonar said: “${error.vendorMessage}”.` : '';
}

/** Leonar names the missing scope in its message (e.g. "Missing scope sourcing:write"); we repeat it when it does. */
export function missingScope(message: string | undefined): string | null {
  const m = /\b([a-z_]+:(?:read|write|delete|\*))\b/.exec(message ?? '');
  return m?.[1] ?? null;
}

function waitText(retryAt: number | undefined): string {
  if (!retryAt) return 'in a minute';
  const seconds = Math.max(1, Math.round((retryAt - Date.now()) / 1000));
  if (seconds < 90) return `in ${seconds} s`;
  return `at ${new Date(retryAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`;
}

const TEXT: Record<LeonarErrorCode, (error: AppError) => ErrorText> = {
  validation_error: (e) => ({
    title: `Leonar refused the data.${said(e)}`,
    action: 'Correct what it names (the preview shows what was sent) and save again; your choices are kept.',
  }),
  invalid_api_key: () => ({
    title: 'Leonar did not accept the API key (invalid_api_key).',
    action: 'Create a key in Leonar → Settings → API, paste it in the options and press Check.',
  }),
  insufficient_credits: (e) => ({
    title: `Not enough Leonar sourcing credits for this (insufficient_credits).${said(e)}`,
    action: 'Revealing costs 1 credit per profile returned: add sourcing credits in Leonar, then reveal again. Saving does not need credits.',
  }),
  insufficient_scope: (e) => {
    const scope = missingScope(e.vendorMessage);
    return {
      title: `This Leonar key lacks a permission${scope ? `: ${scope}` : ''} (insufficient_scope).${scope ? '' : said(e)}`,
      action: 'Create a key with the “sourcing” scope bundle in Leonar → Settings → API, paste it in the options and press Check.',
    };
  },
  billing_required: () => ({
    title: 'The Leonar workspace has no active subscription (billing_required).',
    action: 'Ask your Leonar admin to renew the subscription, then press Check in the options.',
  }),
  plan_upgrade_required: () => ({
    title: 'The Leonar plan does not include this feature (plan_upgrade_required).',
    action: 'Ask your Leonar admin to upgrade the plan, or use a workspace whose plan includes the API.',
  }),
  not_found: (e) => ({
    title: `Leonar could not find it: the project may have been deleted or archived (not_found).${said(e)}`,
    action: 'Pick the project again and save; your choices are kept.',
  }),
  rate_limit_exceeded: (e) => ({
    title: 'Leonar asks us to slow down: too many requests this hour (rate_limit_exceeded).',
    action: `Nothing is lost: try again ${waitText(e.retryAt)}.`,
  }),
  internal_error: () => ({
    title: 'Leonar had a problem on its side (internal_error).',
    action: 'Nothing is lost: try again in a few minutes. Check in Leonar whether the person was added before saving again.',
  }),
};

export const LEONAR_ERROR_TEXT: Readonly<Record<string, VendorErrorText>> = Object.fromEntries(
  Object.entries(TEXT).map(([code, text]) => [`leonar:${code}`, text]),
);
