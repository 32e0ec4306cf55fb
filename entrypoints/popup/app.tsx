import { ErrorNotice } from '@/components/error-notice';
import { ProfileCard } from '@/components/profile-card';
import { ProfileSections } from '@/components/profile-sections';
import { ProfileWarnings } from '@/components/profile-warnings';
import { appError } from '@/lib/errors';
import { t, uiLanguage } from '@/lib/i18n';
import { SavePanel } from './save-panel';
import { useTabProfile } from './use-tab-profile';

// Screen readers pronounce the page in the language Chrome shows it in.
document.documentElement.lang = uiLanguage();

export function App() {
  const query = useTabProfile();
  return (
    <main className="w-[400px] max-w-full space-y-3 bg-white p-3 text-slate-900 dark:bg-slate-900 dark:text-slate-100">
      {query.isPending || query.isFetching ? (
        <p data-testid="state-reading" role="status" className="text-sm text-slate-600 dark:text-slate-300">
          {t('popup.reading')}
        </p>
      ) : query.isError ? (
        <ErrorNotice error={appError('read-failed', String(query.error))} onRetry={() => void query.refetch()} />
      ) : !query.data.ok ? (
        <ErrorNotice error={query.data.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <ProfileCard profile={query.data.profile} />
          <ProfileWarnings profile={query.data.profile} />
          {/* Keyed by person: choices and results of the previous person never carry over. */}
          <SavePanel key={query.data.profile.profileUrl} profile={query.data.profile} />
          <ProfileSections profile={query.data.profile} />
          <div className="flex items-center justify-between text-xs text-slate-600 dark:text-slate-400">
            <span data-testid="read-time">{t('popup.readIn', { ms: query.data.readMs })}</span>
            <button
              type="button"
              onClick={() => void query.refetch()}
              className="rounded px-2 py-1 underline hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 dark:hover:bg-slate-800"
            >
              {t('common.readAgain')}
            </button>
          </div>
          <script type="application/json" data-testid="profile-json">
            {JSON.stringify(query.data.profile)}
          </script>
        </>
      )}
    </main>
  );
}
