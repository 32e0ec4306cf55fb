// Vendor-specific sentences for vendor error codes, keyed "<vendor>:<vendorCode>". Each vendor folder owns its rows.
import type { AppError, ErrorText } from '@/lib/errors';
import { COLLECTIVE_ERROR_TEXT } from './collective/error-text';
import { LEONAR_ERROR_TEXT } from './leonar/error-text';
import { STARDEX_ERROR_TEXT } from './stardex/error-text';

export type VendorErrorText = (error: AppError) => ErrorText;

export const VENDOR_ERROR_TEXT: Readonly<Record<string, VendorErrorText>> = { ...LEONAR_ERROR_TEXT, ...COLLECTIVE_ERROR_TEXT, ...STARDEX_ERROR_TEXT };
