import { t } from '@/lib/i18n';
import { missingSections, shortSections, type Profile } from '@/lib/profile/profile';
import { describeCompleteness } from './format';

interface Props {
  profile: Profile;
  /** The chain of sources is still running: sections may still come. */
  reading: boolean;
  onLoadAll(): void;
  loadingAll: boolean;
}

/**
 * Never silently less: each section still missing or short, with why ("Experience not loaded: LinkedIn refused the
 * data (429)"), and the one action that fills them.
 */
export function MissingSections({ profile, reading, onLoadAll, loadingAll }: Props) {
  if (reading) {
    return (
      <p data-testid="sections-reading" role="status" className="text-xs text-slate-600 dark:text-slate-400">
        {loadingAll ? t('missing.loadingAll') : t('missing.loadingSections')}
      </p>
    );
  }
  const missing = [...missingSections(profile.completeness), ...shortSections(profile.completeness)];
  if (missing.length === 0) return null;
  // A Sales Navigator lead page: the profile is never opened behind the user's back, so no action can fill the
  // sections here; one line says so, with no "Load all sections" that would do nothing.
  if (missing.every((section) => profile.completeness[section].gap?.reason === 'not-visited')) {
    return (
      <p data-testid="missing-sections" data-reason="not-visited" className="rounded-lg border border-amber-300 bg-amber-50 p-2 text-xs text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
        {t('missing.notVisited')}
      </p>
    );
  }
  return (
    <section
      data-testid="missing-sections"
      aria-label={t('missing.label')}
      className="space-y-1 rounded-lg border border-amber-300 bg-amber-50 p-2 text-xs text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <ul className="space-y-0.5">
        {missing.map((section) => (
          <li key={section} data-testid="missing-section" data-section={section} data-reason={profile.completeness[section].gap?.reason}>
            {describeCompleteness(section, profile.completeness[section]).text}
          </li>
        ))}
      </ul>
      <button
        type="button"
        data-testid="load-all-sections"
        onClick={onLoadAll}
        title={t('missing.hint')}
        className="rounded-md bg-amber-200 px-2 py-1 font-medium hover:bg-amber-300 focus-visible:outline-2 focus-visible:outline-amber-600 dark:bg-amber-800 dark:hover:bg-amber-700"
      >
        {t('missing.loadAll')}
      </button>
    </section>
  );
}
