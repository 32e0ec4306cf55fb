// Stardex's own error codes in words. Only the documented codes: INVALID_API_KEY [doc] and the 429 code, whose name
// is cut off in the docs after "RATE_LIMIT_EX" (RATE_LIMIT_EXCEEDED [inf]).
import type { VendorErrorText } from '@/lib/vendors/error-text';

function waitText(retryAt: number | undefined): string {
  if (!retryAt) return 'in a minute';
  const seconds = Math.max(1, Math.round((retryAt - Date.now()) / 1000));
  return seconds < 90 ? `in ${seconds} s` : `at ${new Date(retryAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`;
}

export const STARDEX_ERROR_TEXT: Readonly<Record<string, VendorErrorText>> = {
  'stardex:INVALID_API_KEY': (error) => ({
    title: `Stardex did not accept this API key (INVALID_API_KEY${error.vendorMessage ? `: ${error.vendorMessage.replace(/ \(INVALID_API_KEY\)$/, '')}` : ''}).`,
    action: 'Create a key in Stardex under Settings › Integrations › API access, paste it in the options and press Check.',
  }),
  'stardex:RATE_LIMIT_EXCEEDED': (error) => ({
    title: 'Stardex’s limit of 60 requests a minute for this key was reached (RATE_LIMIT_EXCEEDED).',
    action: `Nothing is lost: save again ${waitText(error.retryAt)}. Other tools using the same key count too.`,
  }),
};
