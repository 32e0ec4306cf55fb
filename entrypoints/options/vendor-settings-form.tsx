import type { AnyVendor } from '@/lib/vendors';
import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ErrorNotice } from '@/components/error-notice';
import { refusesSettings, type AppError } from '@/lib/errors';
import { t, uiLanguage } from '@/lib/i18n';
import type { VendorStatus } from '@/lib/protocol';
import { appErrorOf, checkVendorMutation, clearVendorSettingsMutation, setVendorSettingsMutation } from '@/lib/queries';
import type { SettingField, VendorSettings } from '@/lib/vendors/vendor';

interface Props {
  vendor: AnyVendor;
  status: VendorStatus | null;
}

/** One vendor's settings: a form built from its settingFields. Secret fields are write-only. */
export function VendorSettingsForm({ vendor, status }: Props) {
  const queryClient = useQueryClient();
  const [typed, setTyped] = useState<VendorSettings>({});
  const [error, setError] = useState<AppError | null>(null);

  const save = useMutation({
    ...setVendorSettingsMutation(queryClient, vendor.id),
    onSuccess: () => {
      setTyped({});
      setError(null);
    },
    onError: (err) => setError(appErrorOf(err)),
  });
  const check = useMutation(checkVendorMutation(queryClient, vendor.id));
  const forget = useMutation(clearVendorSettingsMutation(queryClient, vendor.id));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    // The background validates the merged settings (typed + stored key) before any call to the vendor.
    save.mutate({ ...status?.publicSettings, ...typed });
  };

  const busy = save.isPending || check.isPending || forget.isPending;
  const lastCheck = status?.lastCheck ?? null;
  return (
    <section
      data-testid={`vendor-${vendor.id}`}
      aria-labelledby={`vendor-${vendor.id}-title`}
      className="space-y-3 rounded-xl border border-slate-200 p-4 dark:border-slate-700"
    >
      <header className="flex items-baseline justify-between">
        <h2 id={`vendor-${vendor.id}-title`} className="text-lg font-semibold">
          {vendor.label}
        </h2>
        <span data-testid={`key-hint-${vendor.id}`} className="text-xs text-slate-600 dark:text-slate-400">
          {status?.configured ? t('options.configured', { hint: status.keyHint ?? '…' }) : t('options.notConfigured')}
        </span>
      </header>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        {vendor.keyHelp}{' '}
        <a data-testid={`key-page-${vendor.id}`} href={vendor.keyPage} target="_blank" rel="noreferrer" className="text-blue-700 underline dark:text-blue-300">
          {t('options.keyPage', { vendor: vendor.label })}
        </a>
      </p>
      <form onSubmit={onSubmit} className="space-y-2">
        {vendor.settingFields.map((field) => (
          <FieldInput
            key={field.name}
            vendorId={vendor.id}
            field={field}
            value={typed[field.name] ?? (field.secret ? '' : (status?.publicSettings[field.name] ?? ''))}
            configured={Boolean(status?.configured)}
            onChange={(value) => setTyped((t) => ({ ...t, [field.name]: value }))}
          />
        ))}
        <div className="flex gap-2">
          <button
            type="submit"
            data-testid={`save-${vendor.id}`}
            disabled={busy}
            className="rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 disabled:opacity-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:focus-visible:outline-blue-400"
          >
            {save.isPending ? t('options.saving') : t('options.saveAndCheck')}
          </button>
          <button
            type="button"
            data-testid={`check-${vendor.id}`}
            disabled={busy || !status?.configured}
            onClick={() => check.mutate()}
            className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50 disabled:opacity-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:border-slate-600 dark:hover:bg-slate-800 dark:focus-visible:outline-blue-400"
          >
            {check.isPending ? t('options.checking') : t('options.check')}
          </button>
          <button
            type="button"
            data-testid={`forget-${vendor.id}`}
            disabled={busy || !status?.configured}
            onClick={() => forget.mutate()}
            className="rounded-md px-3 py-1.5 text-sm text-red-700 hover:bg-red-50 disabled:opacity-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700 dark:text-red-400 dark:hover:bg-red-950"
          >
            {t('options.forget')}
          </button>
        </div>
      </form>
      {error && <ErrorNotice error={error} />}
      {error && status?.configured && refusesSettings(error) && (
        <p data-testid={`kept-${vendor.id}`} role="status" className="text-sm">
          {t('options.keptPrevious', { vendor: vendor.label, hint: status.keyHint ?? '…' })}
        </p>
      )}
      <div data-testid={`status-${vendor.id}`} aria-live="polite">
        {lastCheck &&
          (lastCheck.ok ? (
            <p className="text-sm text-emerald-700 dark:text-emerald-400">
              {t('options.connected', { when: new Date(lastCheck.checkedAt).toLocaleString(uiLanguage()) })}
            </p>
          ) : lastCheck.error ? (
            <ErrorNotice error={lastCheck.error} />
          ) : (
            <p className="text-sm">{lastCheck.message}</p>
          ))}
      </div>
    </section>
  );
}

interface FieldProps {
  vendorId: string;
  field: SettingField;
  value: string;
  configured: boolean;
  onChange(value: string): void;
}

function FieldInput({ vendorId, field, value, configured, onChange }: FieldProps) {
  const id = `field-${vendorId}-${field.name}`;
  const common = {
    id,
    'data-testid': id,
    'aria-describedby': field.help ? `${id}-help` : undefined,
    value,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
    className:
      'w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-800 focus-visible:outline-2 focus-visible:outline-blue-700 dark:focus-visible:outline-blue-400',
  };
  const listId = `${id}-choices`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {field.label}
        {field.required && <span aria-hidden="true"> *</span>}
      </label>
      {field.kind === 'choice' && !field.allowOther ? (
        <select {...common}>
          {(field.choices ?? []).map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      ) : (
        <>
          <input
            {...common}
            type={field.kind === 'password' ? 'password' : field.kind === 'email' ? 'email' : 'text'}
            autoComplete="off"
            spellCheck={false}
            list={field.kind === 'choice' ? listId : undefined}
            placeholder={field.secret && configured ? t('options.storedKey') : field.placeholder}
          />
          {field.kind === 'choice' && (
            <datalist id={listId}>
              {(field.choices ?? []).map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </datalist>
          )}
        </>
      )}
      {field.help && (
        <p id={`${id}-help`} className="text-xs text-slate-600 dark:text-slate-400">
          {field.help}
        </p>
      )}
    </div>
  );
}
