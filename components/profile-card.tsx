import type { Profile } from '@/lib/profile/profile';

/** The person at a glance. Every string is page data: rendered as text, never as HTML. */
export function ProfileCard({ profile }: { profile: Profile }) {
  const job = profile.currentJob;
  return (
    <section data-testid="profile-card" aria-label="Profile" className="flex gap-3">
      {profile.photoUrl ? (
        <img
          data-testid="profile-photo"
          src={profile.photoUrl}
          alt={`Photo of ${profile.fullName}`}
          referrerPolicy="no-referrer"
          className="h-16 w-16 shrink-0 rounded-full bg-slate-200 object-cover"
        />
      ) : (
        <div
          data-testid="profile-photo-missing"
          aria-hidden="true"
          className="flex h-16 w-16 shrink-0 items-center justify-center rounded-full bg-slate-200 text-xl font-semibold text-slate-600"
        >
          {profile.fullName.charAt(0)}
        </div>
      )}
      <div className="min-w-0">
        <h1 data-testid="profile-name" className="truncate text-base font-semibold">
          {profile.fullName}
        </h1>
        {profile.headline && (
          <p data-testid="profile-headline" className="text-sm text-slate-700 dark:text-slate-300">
            {profile.headline}
          </p>
        )}
        {job && (job.title || job.company) && (
          <p data-testid="profile-current-job" className="text-xs text-slate-600 dark:text-slate-400">
            Now: {[job.title, job.company].filter(Boolean).join(' at ')}
          </p>
        )}
        {profile.location && (
          <p data-testid="profile-location" className="text-xs text-slate-600 dark:text-slate-400">
            {profile.location}
          </p>
        )}
        <p className="mt-1 truncate text-xs">
          <a
            data-testid="profile-url"
            href={profile.profileUrl}
            target="_blank"
            rel="noreferrer"
            className="text-blue-700 underline dark:text-blue-300"
          >
            {profile.profileUrl}
          </a>
        </p>
        <p className="text-xs text-slate-500">
          Member id:{' '}
          <span data-testid="profile-member-id" className="font-mono">
            {profile.memberId ?? 'not on this page'}
          </span>
        </p>
      </div>
    </section>
  );
}
