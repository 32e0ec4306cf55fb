// The two ids this extension ever sends to Collective as `internalUserId`.
import type { Profile } from '@/lib/profile/profile';

export const TALENT_ID_PREFIX = 'li:';

/**
 * `li:<vanity, lowercased>` — the same string for the same person whatever page they were saved from.
 *
 * Collective has no lookup: re-importing the same `internalUserId` is what updates instead of duplicating, so the
 * id must be one every page gives. The member id (ACoA…) is more durable than the vanity, but public pages and
 * some layouts do not show it: keying on it "when present" would make the public-page save and the signed-in
 * save of one person two talents. The vanity is on every page we read (Profile.publicIdentifier is required), so
 * we always use it and never the member id. The price: someone who changes their vanity after being saved gets a
 * second talent on the next save (LinkedIn vanities rarely change; Collective offers no way to merge from here).
 * Lowercased because LinkedIn vanities are case-insensitive (/in/Jane-Doe and /in/jane-doe are one page).
 */
export function talentIdFor(profile: Pick<Profile, 'publicIdentifier'>): string {
  return `${TALENT_ID_PREFIX}${profile.publicIdentifier.normalize('NFC').trim().toLowerCase()}`;
}

/**
 * The id the key check asks Collective to delete. It must never name a real talent, or "Check" would delete one:
 * - every talent id this extension sends starts with "li:" (talentIdFor); this one contains no ":" at all, so it
 *   can never equal one of ours;
 * - the fixed random UUID part makes it as unlikely as a UUID collision that another integration of the same
 *   Collective organisation uses it.
 * Fixed rather than random per check so that the request is the same every time and easy to recognise in logs.
 */
export const KEY_CHECK_ID = 'linkedin-to-ats-key-check-never-a-talent-5e0b7c1d-3f4a-4d9e-8b26-91c4a7f0d352';
