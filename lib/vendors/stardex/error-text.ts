// Stardex's own error codes in words. Only the documented codes: INVALID_API_KEY [doc] and the 429 code, whose name
// is cut off in the docs after "RATE_LIMIT_EX" (RATE_LIMIT_EXCEEDED [inf]).
import { retryWhen } from '@/lib/errors';
import { t } from '@/lib/i18n';
import type { VendorErrorTexts } from '@/lib/vendors/vendor';

/** By the vendor's own error code. */
export const STARDEX_ERROR_TEXTS: VendorErrorTexts = {
  'INVALID_API_KEY': (error) => ({
    title: error.vendorMessage
      ? t('stardex.error.invalidKey.titleSaid', { message: error.vendorMessage.replace(/ \(INVALID_API_KEY\)$/, '') })
      : t('stardex.error.invalidKey.title'),
    action: t('stardex.error.invalidKey.action'),
  }),
  'RATE_LIMIT_EXCEEDED': (error) => ({
    title: t('stardex.error.rateLimited.title'),
    action: t('stardex.error.rateLimited.action', { when: retryWhen(error.retryAt) }),
  }),
};
