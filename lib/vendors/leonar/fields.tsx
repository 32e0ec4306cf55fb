// Leonar's own popup fields: "find the hidden name" for out-of-network profiles, and the paid contact reveal.
import { useState } from 'react';
import { errorText, toAppError, type AppError } from '@/lib/errors';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import type { LeonarOptions } from '@/lib/vendors/leonar';
import { LEONAR_ERROR_TEXTS } from '@/lib/vendors/leonar/error-text';
import { namesMissing } from '@/lib/vendors/leonar/mapping';
import { meta } from '@/lib/vendors/leonar/meta';
import { DATA_TYPES, type LeonarDataType } from '@/lib/vendors/leonar/schema';
import type { Contacts, RevealResult } from '@/lib/vendors/vendor';
import type { VendorFieldsProps } from '@/lib/vendors/ui-types';

/** This vendor's words for its own errors (the reveal's refusals). */
const leonarWords = { label: meta.label, errorTexts: LEONAR_ERROR_TEXTS };

function typeLabel(type: LeonarDataType): string {
  switch (type) {
    case 'work_email':
      return t('leonar.fields.workEmail');
    case 'personal_email':
      return t('leonar.fields.personalEmail');
    case 'phone':
      return t('leonar.fields.phone');
  }
}

export function revealQuestion(): string {
  return t('leonar.fields.revealQuestion');
}

function merge(a: Contacts, b: Contacts): Contacts {
  return {
    emails: [...new Set([...a.emails, ...b.emails])].slice(0, 10),
    phones: [...new Set([...a.phones, ...b.phones])].slice(0, 10),
  };
}

type RevealState =
  | { step: 'idle' }
  | { step: 'confirm' }
  | { step: 'running' }
  | { step: 'done'; result: RevealResult }
  | { step: 'failed'; error: AppError };

export function LeonarFields({ profile, options, onOptionsChange, contacts, onContactsChange, disabled }: VendorFieldsProps<LeonarOptions>) {
  const [reveal, setReveal] = useState<RevealState>({ step: 'idle' });
  const types = options.revealTypes;
  const company = profile.currentJob?.company?.trim();
  const hiddenName = namesMissing(profile);
  const cannotReveal = hiddenName
    ? t('leonar.fields.noName')
    : !company
      ? t('leonar.fields.noCompany')
      : null;

  const toggleType = (type: LeonarDataType, on: boolean) => {
    const next = on ? [...new Set([...types, type])] : types.filter((t) => t !== type);
    onOptionsChange({ ...options, revealTypes: DATA_TYPES.filter((t) => next.includes(t)) });
  };

  async function runReveal() {
    setReveal({ step: 'running' });
    try {
      const answer = await sendMessage('revealContacts', { vendor: 'leonar', profile, request: { dataTypes: types } });
      if (!answer.ok) {
        setReveal({ step: 'failed', error: answer.error });
        return;
      }
      setReveal({ step: 'done', result: answer.value });
      if (answer.value.contacts) onContactsChange(merge(contacts, answer.value.contacts));
    } catch (err) {
      setReveal({ step: 'failed', error: toAppError(err, 'internal') });
    }
  }

  const busy = disabled || reveal.step === 'running';
  return (
    <div className="space-y-2 text-xs">
      {hiddenName && (
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            data-testid="leonar-resolve-names"
            checked={options.resolveNames}
            disabled={disabled}
            onChange={(e) => onOptionsChange({ ...options, resolveNames: e.target.checked })}
          />
          <span>{t('leonar.fields.resolveNames')}</span>
        </label>
      )}
      <fieldset className="space-y-1 rounded border border-slate-200 p-2 dark:border-slate-700">
        <legend className="px-1 font-medium">{t('leonar.fields.revealLegend')}</legend>
        <div className="flex flex-wrap gap-3">
          {DATA_TYPES.map((type) => (
            <label key={type} className="flex items-center gap-1">
              <input
                type="checkbox"
                data-testid={`leonar-reveal-type-${type}`}
                checked={types.includes(type)}
                disabled={busy}
                onChange={(e) => toggleType(type, e.target.checked)}
              />
              {typeLabel(type)}
            </label>
          ))}
        </div>
        {cannotReveal && <p className="text-slate-600 dark:text-slate-400">{cannotReveal}</p>}
        {reveal.step === 'confirm' ? (
          <div role="alertdialog" aria-label={t('leonar.fields.spendCredits')} className="space-y-1 rounded bg-amber-50 p-2 text-amber-950 dark:bg-amber-950 dark:text-amber-100">
            <p>{revealQuestion()}</p>
            <p className="text-amber-800 dark:text-amber-300">
              {t('leonar.fields.searches', { name: profile.fullName, company: company ?? '' })}
            </p>
            <div className="flex gap-2">
              <button
                type="button"
                data-testid="leonar-reveal-confirm"
                onClick={() => void runReveal()}
                className="rounded bg-amber-600 px-2 py-1 font-semibold text-white hover:bg-amber-700 focus-visible:outline-2 focus-visible:outline-amber-800"
              >
                {t('leonar.fields.reveal')}
              </button>
              <button type="button" data-testid="leonar-reveal-cancel" onClick={() => setReveal({ step: 'idle' })} className="rounded px-2 py-1 underline focus-visible:outline-2 focus-visible:outline-amber-800">
                {t('leonar.fields.cancel')}
              </button>
            </div>
          </div>
        ) : (
          <button
            type="button"
            data-testid="leonar-reveal"
            disabled={busy || Boolean(cannotReveal) || types.length === 0}
            onClick={() => setReveal({ step: 'confirm' })}
            className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-100 disabled:opacity-50 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:hover:bg-slate-800"
          >
            {reveal.step === 'running' ? t('leonar.fields.revealing') : t('leonar.fields.revealEllipsis')}
          </button>
        )}
        {reveal.step === 'done' && <RevealResultView result={reveal.result} />}
        {reveal.step === 'failed' && (
          <div data-testid="leonar-reveal-result" data-status="error" role="alert" className="rounded bg-amber-50 p-2 text-amber-950 dark:bg-amber-950 dark:text-amber-100">
            <p className="font-semibold">{errorText(reveal.error, leonarWords).title}</p>
            <p>{errorText(reveal.error, leonarWords).action}</p>
          </div>
        )}
      </fieldset>
    </div>
  );
}

function RevealResultView({ result }: { result: RevealResult }) {
  return (
    <div data-testid="leonar-reveal-result" role="status" data-status={result.contacts ? 'found' : 'no-match'} className="space-y-1 rounded bg-slate-50 p-2 dark:bg-slate-800">
      <p>{result.message}</p>
      {result.contacts && (
        <ul className="list-inside list-disc">
          {result.contacts.emails.map((e) => (
            <li key={e} data-testid="leonar-reveal-email">
              {e}
            </li>
          ))}
          {result.contacts.phones.map((p) => (
            <li key={p} data-testid="leonar-reveal-phone">
              {p}
            </li>
          ))}
        </ul>
      )}
      {result.contacts && (result.contacts.emails.length > 0 || result.contacts.phones.length > 0) && (
        <p className="text-slate-600 dark:text-slate-400">{t('leonar.fields.addedBelow')}</p>
      )}
      <p data-testid="leonar-reveal-credits" className="text-slate-600 dark:text-slate-400">
        {t('leonar.fields.credits', { used: result.creditsConsumed ?? '?', left: result.creditsRemaining ?? '?' })}
      </p>
    </div>
  );
}
