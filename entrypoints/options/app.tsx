import { useQuery } from '@tanstack/react-query';
import { t, uiLanguage } from '@/lib/i18n';
import { vendorStatusQuery } from '@/lib/queries';
import { VENDORS } from '@/lib/vendors';
import { InPageButtonSetting } from './in-page-button-setting';
import { VendorSettingsForm } from './vendor-settings-form';

// Screen readers pronounce the page in the language Chrome shows it in.
document.documentElement.lang = uiLanguage();
document.title = t('options.title');

export function OptionsApp() {
  const status = useQuery(vendorStatusQuery());
  return (
    <main className="mx-auto max-w-2xl space-y-6 bg-white p-6 text-slate-900 dark:bg-slate-900 dark:text-slate-100">
      <header>
        <h1 className="text-xl font-semibold">{t('options.title')}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {t('options.keysStay')}
        </p>
        <a data-testid="history-link" href="/save-history.html" className="rounded text-sm text-blue-700 underline focus-visible:outline-2 focus-visible:outline-blue-700 dark:text-blue-300">
          {t('options.history')}
        </a>
      </header>
      {status.data && !status.data.some((s) => s.configured) && (
        <section data-testid="welcome" aria-labelledby="welcome-title" className="space-y-1 rounded-xl bg-blue-50 p-4 text-sm dark:bg-blue-950">
          <h2 id="welcome-title" className="font-semibold">
            {t('options.welcome.title')}
          </h2>
          <p>{t('options.welcome.what')}</p>
          <p>{t('options.welcome.next')}</p>
        </section>
      )}
      {VENDORS.length === 0 && <p className="text-sm">{t('options.noVendor')}</p>}
      {VENDORS.map((vendor) => (
        <VendorSettingsForm
          key={vendor.id}
          vendor={vendor}
          status={status.data?.find((s) => s.vendor === vendor.id) ?? null}
        />
      ))}
      <InPageButtonSetting />
    </main>
  );
}
