// Errors in words, with the words of the vendor each came from (its name, its own error codes' sentences), found in
// the registry. The UI and the background use this; code inside a vendor's folder uses errorText with its own words.
import { errorText, type AppError, type ErrorText } from '@/lib/errors';
import { findVendor } from '@/lib/vendors';

export function describeError(error: AppError): ErrorText {
  return errorText(error, error.vendor ? findVendor(error.vendor) : undefined);
}
