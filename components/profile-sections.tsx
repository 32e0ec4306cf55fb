import type { ReactNode } from 'react';
import { t } from '@/lib/i18n';
import type { Experience, Profile, Section } from '@/lib/profile/profile';
import { describeCompleteness, formatRange } from './format';

export function ProfileSections({ profile, reading = false }: { profile: Profile; reading?: boolean }) {
  const block = { profile, reading };
  return (
    <div className="space-y-3">
      {profile.about && (
        <Block title={t('section.about')} testId="section-about">
          <p dir="auto" className="whitespace-pre-line text-sm">{profile.about}</p>
        </Block>
      )}
      <Block title={t('section.experience')} testId="section-experiences" section="experiences" {...block}>
        <ExperienceList experiences={profile.experiences} />
      </Block>
      <Block title={t('section.education')} testId="section-educations" section="educations" {...block}>
        <ul className="space-y-1">
          {profile.educations.map((e, i) => (
            <li key={i} data-testid="education-item" dir="auto" className="text-sm">
              <span className="font-medium">{e.school}</span>
              {(e.degree || e.field) && <span>{' · '}{[e.degree, e.field].filter(Boolean).join(', ')}</span>}
              <span className="text-xs text-slate-600 dark:text-slate-400"> {formatRange(e.startDate, e.endDate, false)}</span>
            </li>
          ))}
        </ul>
      </Block>
      <Block title={t('section.skills')} testId="section-skills" section="skills" {...block}>
        <Chips items={profile.skills} testId="skill-item" />
      </Block>
      <Block title={t('section.certifications')} testId="section-certifications" section="certifications" {...block}>
        <ul className="space-y-1 text-sm">
          {profile.certifications.map((c, i) => (
            <li key={i} data-testid="certification-item" dir="auto">
              {c.name}
              {c.authority && <span className="text-slate-600 dark:text-slate-400"> · {c.authority}</span>}
            </li>
          ))}
        </ul>
      </Block>
      <Block title={t('section.languages')} testId="section-languages" section="languages" {...block}>
        <Chips items={profile.languages} testId="language-item" />
      </Block>
    </div>
  );
}

interface BlockProps {
  title: string;
  testId: string;
  children: ReactNode;
  section?: Section;
  profile?: Profile;
  /** The chain of sources still runs: a section not loaded yet says "loading…", not why it is missing. */
  reading?: boolean;
}

function Block({ title, testId, children, section, profile, reading = false }: BlockProps) {
  const c = section && profile ? profile.completeness[section] : null;
  const line = section && c ? (reading && !c.loaded ? { text: t('completeness.loading'), complete: false } : describeCompleteness(section, c)) : null;
  return (
    <section data-testid={testId} aria-label={title} className="rounded-lg border border-slate-200 p-2 dark:border-slate-700">
      <header className="mb-1 flex items-baseline justify-between gap-2">
        <h2 className="text-sm font-semibold">{title}</h2>
        {line && section && (
          <span
            data-testid={`completeness-${section}`}
            data-loaded={c?.loaded}
            className={line.complete ? 'text-xs text-emerald-700 dark:text-emerald-400' : 'text-xs text-amber-700 dark:text-amber-400'}
          >
            {line.text}
          </span>
        )}
      </header>
      {children}
    </section>
  );
}

/** Consecutive roles at one employer are shown under that employer, as LinkedIn does. */
function ExperienceList({ experiences }: { experiences: Experience[] }) {
  const groups: { company: string | null; roles: Experience[] }[] = [];
  for (const e of experiences) {
    const last = groups.at(-1);
    if (last && e.company && last.company === e.company) last.roles.push(e);
    else groups.push({ company: e.company, roles: [e] });
  }
  return (
    <ul className="space-y-2">
      {groups.map((g, gi) => (
        <li key={gi} data-testid="experience-group">
          {g.roles.length > 1 && <p dir="auto" className="text-sm font-semibold">{g.company}</p>}
          <ul className={g.roles.length > 1 ? 'ml-3 border-l border-slate-200 pl-2 dark:border-slate-700' : ''}>
            {g.roles.map((e, i) => (
              <li key={i} data-testid="experience-item" dir="auto" className="text-sm">
                <span className="font-medium">{e.title}</span>
                {g.roles.length === 1 && e.company && <span> · {e.company}</span>}
                <span className="block text-xs text-slate-600 dark:text-slate-400">
                  {[formatRange(e.startDate, e.endDate, e.isCurrent), e.employmentType, e.location].filter(Boolean).join(' · ')}
                </span>
                {e.description && (
                  <details className="text-xs text-slate-700 dark:text-slate-300">
                    <summary className="cursor-pointer rounded focus-visible:outline-2 focus-visible:outline-blue-600">
                      {t('section.description')}
                      {/* Read out whose description it is: five "Description" toggles in a row name nothing. */}
                      <span className="sr-only"> — {[e.title, e.company ?? g.company].filter(Boolean).join(' · ')}</span>
                    </summary>
                    <p className="whitespace-pre-line">{e.description}</p>
                  </details>
                )}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

function Chips({ items, testId }: { items: string[]; testId: string }) {
  return (
    <ul className="flex flex-wrap gap-1">
      {items.map((s, i) => (
        <li key={i} data-testid={testId} dir="auto" className="rounded bg-slate-100 px-1.5 py-0.5 text-xs dark:bg-slate-800">
          {s}
        </li>
      ))}
    </ul>
  );
}

