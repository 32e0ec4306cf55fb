import { useQuery } from '@tanstack/react-query';
import { sendMessage } from '@/lib/messaging';
import { VENDORS } from '@/lib/vendors';
import { VendorSettingsForm } from './vendor-settings-form';

export function OptionsApp() {
  const status = useQuery({ queryKey: ['vendor-status'], queryFn: () => sendMessage('getVendorStatus', undefined) });
  return (
    <main className="mx-auto max-w-2xl space-y-6 p-6 text-slate-900 dark:bg-slate-900 dark:text-slate-100">
      <header>
        <h1 className="text-xl font-semibold">LinkedIn to ATS · Options</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Keys stay in the extension’s background: they are sent only to their own service and never shown again.
        </p>
        <a data-testid="history-link" href="/save-history.html" className="text-sm text-blue-700 underline dark:text-blue-300">
          History of saves
        </a>
      </header>
      {VENDORS.length === 0 && <p className="text-sm">No recruiting tool is available in this build.</p>}
      {VENDORS.map((vendor) => (
        <VendorSettingsForm
          key={vendor.id}
          vendor={vendor}
          status={status.data?.find((s) => s.vendor === vendor.id) ?? null}
        />
      ))}
    </main>
  );
}
