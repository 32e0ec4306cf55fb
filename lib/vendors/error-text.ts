// Vendor-specific sentences for vendor error codes, keyed "<vendor>:<vendorCode>". Each vendor folder owns its rows.
import type { AppError, ErrorText } from '@/lib/errors';

export type VendorErrorText = (error: AppError) => ErrorText;

export const VENDOR_ERROR_TEXT: Readonly<Record<string, VendorErrorText>> = {};
