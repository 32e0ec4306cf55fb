// Issue 13: every sentence of the French UI is French. A vendor's own words (English, usually) are shown quoted as
// its detail, never as our sentence; technical details follow "Détails :". This test fails when an English sentence
// of ours, or a vendor's message unquoted, reaches the French UI, for every error code and every vendor's own codes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appError, ERROR_CODES, type AppError, type ErrorCode } from '@/lib/errors';
import { describeError } from '@/lib/error-text';
import { VENDORS } from '@/lib/vendors';
import { switchLocale } from '../tests/unit/setup-i18n';

// Words that are common in English sentences and absent from French ones.
const ENGLISH = /\b(the|and|was|were|not|with|your|you|please|try|again|could|would|this|that|from|is|are|has|have|been|for|of|to|in|at|it|its)\b/i;

/** What is ours in a sentence: quoted words (the vendor's), and the technical details after "Détails :", removed. */
function ourWords(text: string): string {
  return text
    .replace(/«[^»]*»/g, '')
    .replace(/“[^”]*”/g, '')
    .replace(/Détails\s*:.*$/s, '')
    // Paths and addresses (linkedin.com/in/…, POST /v1/…) are not sentences.
    .replace(/\S*\/\S*/g, '');
}

// A vendor's message and our technical diagnostics are English, as they are in real life.
const VENDOR_SAYS = 'The request was rejected because the email is not valid for this account';
const TECHNICAL = 'POST /api/v1/things → 422 and the body was not what we expected';
// Codes whose message is one of our own sentences (made with t() where it is raised): French here.
const OWN_SENTENCE: Partial<Record<ErrorCode, string>> = {
  'invalid-settings': 'Choisissez le projet où enregistrer.',
  'not-profile': 'Ce n’est pas un profil.',
};

function cases(): { label: string; error: AppError }[] {
  const out: { label: string; error: AppError }[] = [];
  for (const vendor of [...VENDORS.map((v) => v.id), undefined]) {
    for (const code of ERROR_CODES) {
      const base = { vendor, vendorMessage: VENDOR_SAYS, status: 422, retryAt: Date.now() + 60_000 };
      out.push({ label: `${vendor ?? 'no vendor'} · ${code}`, error: appError(code, OWN_SENTENCE[code] ?? TECHNICAL, base) });
    }
  }
  for (const vendor of VENDORS) {
    for (const vendorCode of Object.keys(vendor.errorTexts)) {
      // popup-fields carries one of our own sentences (the fields' problem, made with t()).
      const message = vendorCode === 'popup-fields' ? 'Indiquez le minimum et le maximum.' : TECHNICAL;
      const error = appError('vendor-rejected', message, { vendor: vendor.id, vendorCode, vendorMessage: VENDOR_SAYS, status: 400 });
      out.push({ label: `${vendor.id} · its code ${vendorCode}`, error });
    }
  }
  return out;
}

describe('the French UI has no English sentence', () => {
  beforeAll(() => switchLocale('fr'));
  afterAll(() => switchLocale('en'));

  it.each(cases())('$label', ({ error }) => {
    const { title, action } = describeError(error);
    for (const sentence of [title, action]) {
      const ours = ourWords(sentence);
      expect(ours, `“${sentence}”`).not.toMatch(ENGLISH);
    }
    // The vendor's words, when shown, are quoted.
    const shown = `${title} ${action}`;
    if (shown.includes(VENDOR_SAYS)) expect(shown).toMatch(/«\s*The request was rejected/);
  });

  it('catches an English sentence (the check itself can fail)', () => {
    expect(ourWords('Leonar refused the data.')).toMatch(ENGLISH);
    expect(ourWords('Réponse de Leonar : « The request was rejected ».')).not.toMatch(ENGLISH);
  });
});
