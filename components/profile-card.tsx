import { t } from '@/lib/i18n';
import type { Profile } from '@/lib/profile/profile';

/** The person at a glance. Every string is page data: rendered as text, never as HTML. */
export function ProfileCard({ profile }: { profile: Profile }) {
  const job = profile.currentJob;
  return (
    <section data-testid="profile-card" aria-label={t('profile.label')} className="flex gap-3">
      {profile.photoUrl ? (
        <img
          data-testid="profile-photo"
          src={profile.photoUrl}
          alt={t('profile.photoOf', { name: profile.fullName })}
          referrerPolicy="no-referrer"
          className="h-12 w-12 shrink-0 rounded-full bg-slate-200 object-cover"
        />
      ) : (
        <div
          data-testid="profile-photo-missing"
          aria-hidden="true"
          className="flex h-12 w-12 shrink-0 items-center justify-center rounded-full bg-slate-200 text-xl font-semibold text-slate-600 dark:bg-slate-700 dark:text-slate-200"
        >
          {profile.fullName.charAt(0)}
        </div>
      )}
      <div className="min-w-0">
        <h1 data-testid="profile-name" dir="auto" className="truncate text-base font-semibold">
          {profile.fullName}
        </h1>
        {profile.headline && (
          <p data-testid="profile-headline" dir="auto" title={profile.headline} className="line-clamp-2 text-sm leading-snug text-slate-700 dark:text-slate-300">
            {profile.headline}
          </p>
        )}
        {job && (job.title || job.company) && (
          <p data-testid="profile-current-job" dir="auto" className="truncate text-xs text-slate-600 dark:text-slate-400">
            {job.title && job.company
              ? t('profile.nowAt', { title: job.title, company: job.company })
              : t('profile.now', { job: job.title || job.company || '' })}
          </p>
        )}
        <p className="truncate text-xs text-slate-600 dark:text-slate-400">
          {profile.location && (
            <>
              <span data-testid="profile-location" dir="auto">
                {profile.location}
              </span>
              {' · '}
            </>
          )}
          <a
            data-testid="profile-url"
            href={profile.profileUrl}
            title={profile.profileUrl}
            target="_blank"
            rel="noreferrer"
            className="rounded text-blue-700 underline focus-visible:outline-2 focus-visible:outline-blue-600 dark:text-blue-300"
          >
            {profile.profileUrl.replace(/^https:\/\/(www\.)?/, '')}
          </a>
          {' · '}
          {t('profile.memberId')}{' '}
          <span data-testid="profile-member-id" className="font-mono">
            {profile.memberId ?? t('profile.memberIdMissing')}
          </span>
        </p>
      </div>
    </section>
  );
}
