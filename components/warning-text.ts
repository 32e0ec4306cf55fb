// A reader's warning in the UI's language. The readers stay pure and write English; the popup words the warning
// again from its code, section and the profile's numbers. English shows the reader's own sentence (it is English
// and often more precise); codes with free-form detail keep the technical part in parentheses.
import { t, uiLanguage } from '@/lib/i18n';
import { gapText } from './format';
import type { Profile, Section, Warning } from '@/lib/profile/profile';

/** The technical reason a reader put in parentheses ("HTTP 429"), shown as is in every language. */
function detailOf(message: string): string | null {
  return /\(([^()]+)\)[^()]*$/.exec(message)?.[1] ?? null;
}

export function warningText(warning: Warning, profile: Pick<Profile, 'completeness'>, language: string = uiLanguage()): string {
  if (language.toLowerCase().startsWith('en')) return warning.message;
  const section = warning.section;
  switch (warning.code) {
    case 'section-not-loaded':
      return section ? notLoaded(section, gapText(profile.completeness[section].gap)) : warning.message;
    case 'section-truncated': {
      if (!section) return warning.message;
      const c = profile.completeness[section];
      return c.total === null ? warning.message : truncated(section, c.read, c.total);
    }
    case 'json-unavailable': {
      const details = detailOf(warning.message);
      return details ? t('warnings.jsonUnavailableBecause', { details }) : t('warnings.jsonUnavailable');
    }
    case 'completion-failed': {
      const details = detailOf(warning.message) ?? '?';
      switch (section) {
        case 'experiences':
          return t('warnings.completionFailed.experiences', { details });
        case 'skills':
          return t('warnings.completionFailed.skills', { details });
        case 'certifications':
          return t('warnings.completionFailed.certifications', { details });
        case 'languages':
          return t('warnings.completionFailed.languages', { details });
        default:
          return t('warnings.completionFailed.educations', { details });
      }
    }
    case 'identity-mismatch':
      return t('warnings.identityMismatch');
    case 'field-missing':
      return t('warnings.fieldMissing');
  }
}

function notLoaded(section: Section, why: string): string {
  switch (section) {
    case 'experiences':
      return t('warnings.notLoaded.experiences', { why });
    case 'educations':
      return t('warnings.notLoaded.educations', { why });
    case 'skills':
      return t('warnings.notLoaded.skills', { why });
    case 'certifications':
      return t('warnings.notLoaded.certifications', { why });
    case 'languages':
      return t('warnings.notLoaded.languages', { why });
  }
}

function truncated(section: Section, read: number, total: number): string {
  switch (section) {
    case 'experiences':
      return t('warnings.truncated.experiences', total, { read });
    case 'educations':
      return t('warnings.truncated.educations', total, { read });
    case 'skills':
      return t('warnings.truncated.skills', total, { read });
    case 'certifications':
      return t('warnings.truncated.certifications', total, { read });
    case 'languages':
      return t('warnings.truncated.languages', total, { read });
  }
}
