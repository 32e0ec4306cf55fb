// A page that may list people (a people search, Sales Navigator, Recruiter): the popup asks the tab for its list and
// shows the list panel, or says why nothing can be read there.
import { useQuery } from '@tanstack/react-query';
import { ErrorNotice } from '@/components/error-notice';
import type { AppError } from '@/lib/errors';
import { t } from '@/lib/i18n';
import { tabListQuery } from '@/lib/queries';
import { ListPanel } from './list-panel';
import { resolveTabId } from './use-tab-profile';

const findTab = () => resolveTabId();

export function ListView({ notProfile, onReadAgain }: { notProfile: AppError; onReadAgain(): void }) {
  const list = useQuery(tabListQuery(findTab));
  if (list.isPending) {
    return (
      <p data-testid="state-reading-list" role="status" className="text-sm text-slate-600 dark:text-slate-300">
        {t('listPanel.reading')}
      </p>
    );
  }
  const result = list.data;
  if (result?.ok) return <ListPanel key={result.page.people.map((p) => p.profileUrl ?? p.memberId ?? p.fullName).join('|')} page={result.page} />;
  // Not a list after all (a Sales Navigator home page, a Recruiter page no reader knows): the page's own notice,
  // and why its people could not be read when it does list some.
  const code = result?.error.code ?? null;
  return (
    <div className="space-y-2">
      <ErrorNotice error={notProfile} onRetry={onReadAgain} />
      {code === 'layout-not-recognised' && (
        <p data-testid="list-not-read" data-code={code} className="text-xs text-slate-700 dark:text-slate-300">
          {t('listPanel.notRecognised')}
        </p>
      )}
      {code !== null && code !== 'layout-not-recognised' && code !== 'not-a-list' && (
        <p data-testid="list-not-read" data-code={code} className="text-xs text-slate-700 dark:text-slate-300">
          {t('listPanel.notRead')}
        </p>
      )}
    </div>
  );
}
