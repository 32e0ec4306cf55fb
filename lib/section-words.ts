// Section names in the UI's language, for sentences made anywhere (popup, button, history).
import { t, uiLanguage } from '@/lib/i18n';
import type { Section } from '@/lib/profile/profile';

/** A section's name as the popup titles it ("Experience", "Licenses & certifications"). */
export function sectionTitle(section: Section): string {
  switch (section) {
    case 'experiences':
      return t('section.experience');
    case 'educations':
      return t('section.education');
    case 'skills':
      return t('section.skills');
    case 'certifications':
      return t('section.certifications');
    case 'languages':
      return t('section.languages');
  }
}

/** "Experience, Skills": sections listed in the UI's language. */
export function sectionList(sections: readonly Section[], locale: string = uiLanguage()): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(sections.map(sectionTitle));
}
