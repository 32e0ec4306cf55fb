// Typed amounts ("650", "650.50", "65 000", "65,000") → Collective's cents strings, with string arithmetic only:
// "650.10" must become "65010", which 650.10 * 100 (= 65009.99…) does not guarantee.
//
// What is accepted (decided here, shown under the inputs):
// - spaces (also no-break and thin spaces) and apostrophes anywhere are thousands separators: "65 000", "1'250";
// - a "," or "." followed by exactly 1 or 2 final digits is the decimal separator: "650.5", "650,50";
// - a "," or "." followed by groups of exactly 3 digits is a thousands separator: "65,000", "1.250.000";
//   both in one number must differ: "65,000.50" and "65.000,50" are fine, "1,000,50" is not;
// - anything else (a sign, a currency, 3 decimals such as "1.2345", letters) is refused with a sentence.
// "1,500" is therefore 1 500, never 1.5: nobody writes one and a half with three decimals.

import { t, uiLanguage } from '@/lib/i18n';

export const MAX_AMOUNT_UNITS = 100_000_000;

export type AmountResult = { ok: true; cents: string } | { ok: false; message: string };

const SPACES = /[\s\u00a0\u202f\u2009'’]/g;

export function parseAmount(typed: string): AmountResult | null {
  const text = typed.replace(SPACES, '');
  if (text === '') return null;
  const refuse = (message: string): AmountResult => ({ ok: false, message });
  const words = { typed: typed.trim() };
  if (!/^[\d.,]+$/.test(text)) return refuse(t('collectiveResult.amount.notAmount', words));

  let units = text;
  let decimals = '';
  const decimal = /^(.*\d)[.,](\d{1,2})$/.exec(text);
  if (decimal) {
    units = decimal[1]!;
    decimals = decimal[2]!;
  }
  const separators = new Set(units.replace(/\d/g, ''));
  if (separators.size > 1) return refuse(t('collectiveResult.amount.mixed', words));
  const [separator] = [...separators];
  if (separator !== undefined) {
    if (decimal && text.charAt(units.length) === separator) return refuse(t('collectiveResult.amount.sameSign', words));
    if (!new RegExp(`^\\d{1,3}(?:\\${separator}\\d{3})+$`).test(units)) {
      return refuse(t('collectiveResult.amount.misplaced', words));
    }
    units = units.split(separator).join('');
  }
  const cents = `${units}${decimals.padEnd(2, '0')}`.replace(/^0+(?=\d)/, '');
  if (cents === '0') return refuse(t('collectiveResult.amount.zero', words));
  if (cents.length > String(MAX_AMOUNT_UNITS).length + 2 || BigInt(cents) > BigInt(MAX_AMOUNT_UNITS) * 100n) {
    return refuse(t('collectiveResult.amount.tooBig', { ...words, max: MAX_AMOUNT_UNITS.toLocaleString(uiLanguage()) }));
  }
  return { ok: true, cents };
}

/** "6500050" → "65000.50", "6500000" → "65000": how a stored amount is shown back in its input. */
export function formatCents(cents: string): string {
  const padded = cents.padStart(3, '0');
  const units = padded.slice(0, -2).replace(/^0+(?=\d)/, '');
  const decimals = padded.slice(-2);
  return decimals === '00' ? units : `${units}.${decimals}`;
}
