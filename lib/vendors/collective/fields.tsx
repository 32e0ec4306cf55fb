// Collective's own fields in the popup: work preference, contract types, daily rate and salary, and a PDF CV.
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { t } from '@/lib/i18n';
import { formatCents, parseAmount } from '@/lib/vendors/collective/amount';
import { checkCv, roomForCv } from '@/lib/vendors/collective/cv';
import { formatMb } from '@/lib/vendors/collective/mapping';
import { collectiveOptionsSchema, EMPTY_OPTIONS, optionsProblem, type CollectiveOptions } from '@/lib/vendors/collective/options';
import { CONTRACT_TYPES, WORK_PREFERENCES, type ContractType } from '@/lib/vendors/collective/schema';
import type { VendorFieldsProps } from '@/lib/vendors/ui-types';

function workLabel(preference: (typeof WORK_PREFERENCES)[number]): string {
  return preference === 'REMOTE' ? t('collective.fields.remote') : t('collective.fields.flexible');
}

function contractLabel(type: ContractType): string {
  return type === 'FREELANCER' ? t('collective.fields.freelance') : t('collective.fields.permanent');
}

type AmountField = 'dailyRate' | 'yearlySalaryMin' | 'yearlySalaryMax';

export function CollectiveFields(props: VendorFieldsProps<unknown>) {
  const { profile, contacts, publicSettings, disabled } = props;
  const parsed = collectiveOptionsSchema.safeParse(props.options);
  const options = parsed.success ? parsed.data : EMPTY_OPTIONS;
  const set = (patch: Partial<CollectiveOptions>) => props.onOptionsChange({ ...options, ...patch });
  const id = useId();

  const [typed, setTyped] = useState<Record<AmountField, string>>(() => ({
    dailyRate: options.dailyRate ? formatCents(options.dailyRate) : '',
    yearlySalaryMin: options.yearlySalaryMin ? formatCents(options.yearlySalaryMin) : '',
    yearlySalaryMax: options.yearlySalaryMax ? formatCents(options.yearlySalaryMax) : '',
  }));
  const [cvError, setCvError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const amountErrors = (Object.keys(typed) as AmountField[])
    .map((field) => parseAmount(typed[field]))
    .flatMap((r) => (r && !r.ok ? [r.message] : []));
  const crossFieldProblem = optionsProblem(options);

  function onAmount(field: AmountField, text: string) {
    setTyped((t) => ({ ...t, [field]: text }));
    const result = parseAmount(text);
    // A value that cannot be read is not sent (the message under the fields says why).
    set({ [field]: result?.ok ? result.cents : null });
  }

  function toggleContract(type: ContractType, on: boolean) {
    const next = CONTRACT_TYPES.filter((t) => (t === type ? on : options.desiredContractType.includes(t)));
    set({ desiredContractType: next });
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    setCvError(null);
    if (!file) return;
    const refuse = (message: string) => {
      setCvError(message);
      input.value = '';
      set({ resume: null });
    };
    const verdict = checkCv(file, roomForCv(profile, contacts, options, publicSettings));
    if (!verdict.ok) {
      switch (verdict.problem) {
        case 'empty':
          return refuse(t('collective.fields.cvEmpty', { file: file.name }));
        case 'not-pdf':
          return refuse(t('collective.fields.cvNotPdf', { file: file.name }));
        case 'too-large':
          return refuse(t('collective.fields.cvTooLarge', { file: file.name, size: verdict.size, total: verdict.total, limit: verdict.limit, room: verdict.room }));
      }
    }
    setReading(true);
    try {
      const base64 = await readAsBase64(file);
      const resume = { base64, filename: file.name, bytes: file.size };
      const check = collectiveOptionsSchema.shape.resume.safeParse(resume);
      if (!check.success) return refuse(t('collective.fields.cvNotPdfContent', { file: file.name }));
      set({ resume: check.data });
    } catch {
      refuse(t('collective.fields.cvUnreadable', { file: file.name }));
    } finally {
      setReading(false);
    }
  }

  const inputClass =
    'w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:bg-slate-800';
  return (
    <fieldset className="space-y-2 text-sm" disabled={disabled} data-testid="collective-fields">
      <legend className="sr-only">{t('collective.fields.legend')}</legend>
      <div className="grid grid-cols-2 gap-2">
        <label className="block text-xs font-medium">
          {t('collective.fields.workPreference')}
          <select
            data-testid="collective-work-preference"
            className={inputClass}
            value={options.workPreference ?? ''}
            onChange={(e) => set({ workPreference: e.target.value === 'REMOTE' || e.target.value === 'FLEXIBLE' ? e.target.value : null })}
          >
            <option value="">{t('collective.fields.notSaid')}</option>
            {WORK_PREFERENCES.map((w) => (
              <option key={w} value={w}>
                {workLabel(w)}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="text-xs">
          <legend className="font-medium">{t('collective.fields.contract')}</legend>
          {CONTRACT_TYPES.map((type) => (
            <label key={type} className="flex items-center gap-1">
              <input
                type="checkbox"
                data-testid={`collective-contract-${type}`}
                checked={options.desiredContractType.includes(type)}
                onChange={(e) => toggleContract(type, e.target.checked)}
              />
              {contractLabel(type)}
            </label>
          ))}
        </fieldset>
      </div>
      <div className="grid grid-cols-3 gap-2">
        <label className="block text-xs font-medium">
          {t('collective.fields.dailyRate')}
          <input
            data-testid="collective-daily-rate"
            className={inputClass}
            inputMode="decimal"
            placeholder="650"
            value={typed.dailyRate}
            onChange={(e) => onAmount('dailyRate', e.target.value)}
          />
        </label>
        <label className="block text-xs font-medium">
          {t('collective.fields.salaryMin')}
          <input
            data-testid="collective-salary-min"
            className={inputClass}
            inputMode="decimal"
            placeholder="55 000"
            value={typed.yearlySalaryMin}
            onChange={(e) => onAmount('yearlySalaryMin', e.target.value)}
          />
        </label>
        <label className="block text-xs font-medium">
          {t('collective.fields.salaryMax')}
          <input
            data-testid="collective-salary-max"
            className={inputClass}
            inputMode="decimal"
            placeholder="65 000"
            value={typed.yearlySalaryMax}
            onChange={(e) => onAmount('yearlySalaryMax', e.target.value)}
          />
        </label>
      </div>
      <p className="text-xs text-slate-600 dark:text-slate-400">{t('collective.fields.amountsHint')}</p>
      {(amountErrors.length > 0 || crossFieldProblem) && (
        <ul data-testid="collective-amount-error" role="alert" className="text-xs text-red-700 dark:text-red-400">
          {amountErrors.map((m) => (
            <li key={m}>{m}</li>
          ))}
          {crossFieldProblem && <li>{crossFieldProblem}</li>}
        </ul>
      )}
      <div className="space-y-1">
        <label className="block text-xs font-medium" htmlFor={`${id}-cv`}>
          {t('collective.fields.cv')}
        </label>
        <input ref={fileInput} id={`${id}-cv`} data-testid="collective-cv" type="file" accept="application/pdf,.pdf" onChange={(e) => void onFile(e)} className="text-xs" />
        {reading && <p className="text-xs text-slate-600 dark:text-slate-400">{t('collective.fields.readingCv')}</p>}
        {options.resume && (
          <p data-testid="collective-cv-attached" className="flex items-center gap-2 text-xs text-slate-700 dark:text-slate-300">
            {t('collective.fields.attached', { file: options.resume.filename, size: formatMb(options.resume.bytes) })}
            <button type="button" data-testid="collective-cv-remove" className="rounded underline focus-visible:outline-2 focus-visible:outline-blue-600" onClick={() => {
                if (fileInput.current) fileInput.current.value = '';
                set({ resume: null });
              }}>
              {t('collective.fields.remove')}
            </button>
          </p>
        )}
        {cvError && (
          <p data-testid="collective-cv-error" role="alert" className="text-xs text-red-700 dark:text-red-400">
            {cvError}
          </p>
        )}
      </div>
    </fieldset>
  );
}

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}
