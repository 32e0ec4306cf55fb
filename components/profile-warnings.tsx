import { t } from '@/lib/i18n';
import type { Profile, SourceId } from '@/lib/profile/profile';
import { warningText } from './warning-text';

function sourceText(source: SourceId): string {
  switch (source) {
    case 'voyager':
      return t('source.voyager');
    case 'voyager-sections':
      return t('source.voyagerSections');
    case 'details-pages':
      return t('source.detailsPages');
    case 'page-json':
      return t('source.pageJson');
    case 'sdui-2026':
      return t('source.sdui2026');
    case 'ember-2022':
      return t('source.ember2022');
    case 'public':
      return t('source.public');
    case 'public-2016':
      return t('source.public2016');
    case 'salesnav-lead':
      return t('source.salesnavLead');
    case 'recruiter':
      return t('source.recruiter');
    case 'list':
      return t('source.list');
  }
}

/** Where the data came from, and every plain-language warning the readers raised. */
export function ProfileWarnings({ profile }: { profile: Profile }) {
  // Missing and short sections are listed with their action by MissingSections.
  const warnings = profile.warnings.filter((w) => w.code !== 'section-not-loaded' && w.code !== 'section-truncated');
  return (
    <div className="space-y-2">
      <p data-testid="read-source" className="text-xs text-slate-600 dark:text-slate-400">
        {t('source.readFrom', { sources: profile.sources.map(sourceText).join(' + ') })}
      </p>
      {warnings.length > 0 && (
        <ul
          data-testid="warnings"
          aria-label={t('warnings.label')}
          className="space-y-1 rounded-lg border border-amber-300 bg-amber-50 p-2 text-xs text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
        >
          {warnings.map((w, i) => (
            <li key={i} data-testid="warning" data-code={w.code}>
              <span aria-hidden="true">⚠ </span>
              {warningText(w, profile)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
