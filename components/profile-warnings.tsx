import type { Profile, SourceId } from '@/lib/profile/profile';

const SOURCE_TEXT: Record<SourceId, string> = {
  voyager: 'LinkedIn’s profile data',
  'sdui-2026': 'the page (2026 layout)',
  'ember-2022': 'the page (2022–2025 layout)',
  public: 'the public page',
  'public-2016': 'the public page (old layout)',
};

/** Where the data came from, and every plain-language warning the readers raised. */
export function ProfileWarnings({ profile }: { profile: Profile }) {
  return (
    <div className="space-y-2">
      <p data-testid="read-source" className="text-xs text-slate-500">
        Read from {profile.sources.map((s) => SOURCE_TEXT[s]).join(' + ')}.
      </p>
      {profile.warnings.length > 0 && (
        <ul
          data-testid="warnings"
          aria-label="Warnings"
          className="space-y-1 rounded-lg border border-amber-300 bg-amber-50 p-2 text-xs text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
        >
          {profile.warnings.map((w, i) => (
            <li key={i} data-testid="warning" data-code={w.code}>
              ⚠ {w.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
