import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseMessagesText } from '@wxt-dev/i18n/build';
import { describeCompleteness, formatRange } from '@/components/format';
import { warningText } from '@/components/warning-text';
import { appError } from '@/lib/errors';
import { describeError } from '@/lib/error-text';
import { getMessageFor, localeFile } from '@/lib/i18n-node';

type Parsed = ReturnType<typeof parseMessagesText>[number];

function messages(locale: string): Map<string, Parsed> {
  const parsed = parseMessagesText(readFileSync(localeFile(locale), 'utf8'), 'YAML');
  return new Map(parsed.map((m) => [m.key.join('.'), m]));
}

function useLocale(locale: string): void {
  fakeBrowser.i18n.getMessage = getMessageFor(locale);
  fakeBrowser.i18n.getUILanguage = () => locale;
}

afterEach(() => useLocale('en'));

describe('locales', () => {
  const en = messages('en');
  const fr = messages('fr');

  it('French has every English key and no other', () => {
    expect([...fr.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('French keeps each message’s placeholders and plural form', () => {
    const differences = [...en].flatMap(([key, m]) => {
      const f = fr.get(key);
      if (!f) return [];
      const same =
        f.type === m.type && f.substitutions === m.substitutions && [...f.namedSubstitutions].sort().join() === [...m.namedSubstitutions].sort().join();
      return same ? [] : [key];
    });
    expect(differences).toEqual([]);
  });
});

describe('French UI', () => {
  it('words completeness with French plurals', () => {
    useLocale('fr');
    expect(describeCompleteness('experiences', { read: 3, total: 3, loaded: true }).text).toBe('3 expériences sur 3');
    expect(describeCompleteness('skills', { read: 1, total: 1, loaded: true }).text).toBe('1 compétence sur 1');
    expect(describeCompleteness('educations', { read: 0, total: 0, loaded: true }).text).toBe('0 formation sur 0');
    expect(describeCompleteness('experiences', { read: 5, total: 12, loaded: true }).text).toBe('5 sur 12 expériences lues');
    expect(describeCompleteness('skills', { read: 0, total: null, loaded: true }).text).toBe('0 compétence (LinkedIn n’a pas donné de total)');
  });

  it('formats dates in French', () => {
    useLocale('fr');
    expect(formatRange({ year: 2019, month: 12 }, null, true)).toBe('déc. 2019 – aujourd’hui');
  });

  it('describes errors in French, with the vendor’s own words kept', () => {
    useLocale('fr');
    expect(describeError(appError('not-profile', 'x', { reason: 'search' })).title).toBe(
      'Cette page de recherche ne liste aucune personne que l’extension sait lire.',
    );
    const rejected = describeError(appError('vendor-rejected', 'x', { vendor: 'leonar', vendorMessage: 'bad field' }));
    expect(rejected.title).toBe('Leonar a refusé les données. Réponse de Leonar\u00a0: «\u00a0bad field\u00a0».');
  });

  it('rewords a reader’s section warning from its code and the profile’s numbers', () => {
    const warning = { code: 'section-truncated', section: 'skills', message: '50 of 80 skills read.' } as const;
    const done = { read: 0, total: 0, loaded: true };
    const profile = {
      completeness: {
        experiences: { read: 1, total: 1, loaded: true },
        educations: done,
        skills: { read: 50, total: 80, loaded: true },
        certifications: { read: 0, total: null, loaded: false, gap: { reason: 'refused' as const, status: 429 } },
        languages: done,
      },
    };
    expect(warningText(warning, profile, 'en')).toBe('50 of 80 skills read.');
    useLocale('fr');
    expect(warningText(warning, profile, 'fr')).toBe('50 sur 80 compétences lues.');
    const missing = { code: 'section-not-loaded', section: 'certifications', message: 'Licenses & certifications not loaded: …' } as const;
    expect(warningText(missing, profile, 'fr')).toBe(
      'Licences et certifications non chargées : LinkedIn a refusé les données (429). Chargez toutes les sections, puis relisez le profil.',
    );
  });
});

describe('English UI (the unit tests’ default)', () => {
  it('keeps the English sentences', () => {
    expect(describeCompleteness('experiences', { read: 8, total: 8, loaded: true }).text).toBe('8 of 8 experiences');
    expect(describeError(appError('vendor-rate-limited', 'x', { vendor: 'stardex' })).action).toBe('Nothing is lost: try again in a minute.');
  });
});
