import { lazy, Suspense } from 'react';
import { ErrorNotice } from '@/components/error-notice';
import { MissingSections } from '@/components/missing-sections';
import { ProfileCard } from '@/components/profile-card';
import { ProfileSections } from '@/components/profile-sections';
import { ProfileWarnings } from '@/components/profile-warnings';
import { appError } from '@/lib/errors';
import { t, uiLanguage } from '@/lib/i18n';
import { isListReason } from '@/lib/linkedin/list/list-reason';
import { SavePanel } from './save-panel';
import { useTabProfile } from './use-tab-profile';

// A list page's view (people search, Sales Navigator) is its own chunk, fetched when the tab shows a list: a profile
// page's popup, the common case, does not read its code at open.
const ListView = lazy(() => import('./list-view').then((m) => ({ default: m.ListView })));

// Screen readers pronounce the page in the language Chrome shows it in.
document.documentElement.lang = uiLanguage();

export function App() {
  const tab = useTabProfile();
  const outcome = tab.outcome;
  return (
    <main className="w-[400px] max-w-full space-y-2 bg-white p-3 text-slate-900 dark:bg-slate-900 dark:text-slate-100">
      {tab.failure ? (
        <ErrorNotice error={appError('read-failed', String(tab.failure))} onRetry={tab.readAgain} />
      ) : !outcome ? (
        <p data-testid="state-reading" role="status" className="text-sm text-slate-600 dark:text-slate-300">
          {t('popup.reading')}
        </p>
      ) : !outcome.ok && outcome.error.code === 'not-profile' && isListReason(outcome.error.reason) ? (
        <Suspense
          fallback={
            <p data-testid="state-reading" role="status" className="text-sm text-slate-600 dark:text-slate-300">
              {t('popup.reading')}
            </p>
          }
        >
          <ListView notProfile={outcome.error} onReadAgain={tab.readAgain} />
        </Suspense>
      ) : !outcome.ok ? (
        <ErrorNotice error={outcome.error} onRetry={tab.readAgain} />
      ) : (
        <>
          <ProfileCard profile={outcome.profile} />
          <MissingSections profile={outcome.profile} reading={tab.readingSections} onLoadAll={tab.loadAll} loadingAll={tab.loadingAll} />
          <ProfileWarnings profile={outcome.profile} />
          {/* Keyed by person: choices and results of the previous person never carry over; the same person keeps them.
              The profile's sections and "Read again" sit below the form, above the Save bar. */}
          <SavePanel key={outcome.profile.profileUrl} profile={outcome.profile} readingSections={tab.readingSections}>
            <ProfileSections profile={outcome.profile} reading={tab.readingSections} />
            <div className="flex items-center justify-between text-xs text-slate-600 dark:text-slate-400">
              <span data-testid="read-time">{outcome.depth === 'full' ? t('popup.readIn', { ms: outcome.readMs }) : ''}</span>
              <button
                type="button"
                onClick={tab.readAgain}
                className="rounded px-2 py-1 underline hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 dark:hover:bg-slate-800"
              >
                {t('common.readAgain')}
              </button>
            </div>
          </SavePanel>
          <script type="application/json" data-testid="profile-json" data-depth={outcome.depth}>
            {JSON.stringify(outcome.profile)}
          </script>
        </>
      )}
    </main>
  );
}
