import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { t } from '@/lib/i18n';
import { shortcutQuery } from '@/lib/queries';
import { inPageButtonEnabled } from '@/lib/storage';

const COMMAND = 'save-profile';

/** The in-page button on or off (the background registers its script accordingly) and the shortcut in use. */
export function InPageButtonSetting() {
  const [enabled, setEnabled] = useState<boolean | null>(null);
  useEffect(() => {
    void inPageButtonEnabled.getValue().then(setEnabled);
    return inPageButtonEnabled.watch((value) => setEnabled(value));
  }, []);
  // The user may change the key at chrome://extensions/shortcuts while this page is open: read it when shown.
  const shortcut = useQuery({ ...shortcutQuery(COMMAND), refetchOnWindowFocus: true });

  return (
    <section aria-labelledby="one-click-title" className="space-y-2 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <h2 id="one-click-title" className="font-semibold">
        {t('oneClick.options.title')}
      </h2>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          data-testid="in-page-button-toggle"
          checked={enabled ?? true}
          disabled={enabled === null}
          onChange={(e) => {
            setEnabled(e.target.checked);
            void inPageButtonEnabled.setValue(e.target.checked);
          }}
          className="h-4 w-4 focus-visible:outline-2 focus-visible:outline-blue-700"
        />
        {t('oneClick.options.button')}
      </label>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t('oneClick.options.buttonHelp')}</p>
      <p data-testid="shortcut-text" className="text-sm text-slate-600 dark:text-slate-400">
        {shortcut.data ? t('oneClick.options.shortcut', { keys: shortcut.data }) : t('oneClick.options.noShortcut')}
      </p>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t('oneClick.options.menu')}</p>
    </section>
  );
}
