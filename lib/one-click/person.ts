// Who one click saves, and to which tools: the page must show a person (the link's, for a link), the person read must
// be the one the page showed when asked, and a tool that cannot take them is left out with its reason. Pure: the
// background's adapter (entrypoints/background/one-click.ts) reads the tab and applies what this decides.
import { t } from '@/lib/i18n';
import type { Profile } from '@/lib/profile/profile';
import { canonicalProfileUrl, sameVanity, vanityFromUrl } from '@/lib/profile/url';
import type { AnyVendor } from '@/lib/vendors';
import type { SaveRequest } from '@/lib/vendors/vendor';
import { profilePageUrl, type OneClickPage, type Problem } from './tab-state';

const only = (line: string): Problem => ({ lines: [line], fix: null });

/**
 * The page to save from, or why nothing is, before anything is read: the tab shows no profile nor lead, or (a link's
 * save) not the profile the link names (`expectedVanity`).
 */
export function pageToSave(page: OneClickPage | null, expectedVanity: string | undefined): { ok: true; page: OneClickPage } | { ok: false; problem: Problem } {
  if (!page) return { ok: false, problem: only(t('oneClick.problem.notProfile')) };
  if (expectedVanity !== undefined && (page.vanity === null || !sameVanity(page.vanity, expectedVanity))) {
    return { ok: false, problem: only(t('oneClick.problem.otherProfile')) };
  }
  return { ok: true, page };
}

/**
 * Why the person read is not saved: the reader reads the URL of its moment, and if the user moved on to someone else
 * meanwhile, this is not the person they asked for. A profile is checked by its vanity; a lead page by the lead id of
 * the address it shows then (the reader checks the page names that lead): the tab (`shownNow`, after the read) must
 * still show the lead it showed when asked. Null: it is the person asked for.
 */
export function personProblem(asked: OneClickPage, read: Pick<Profile, 'publicIdentifier' | 'sources'>, shownNow: OneClickPage | null): Problem | null {
  const same = asked.vanity !== null ? sameVanity(read.publicIdentifier, asked.vanity) : read.sources.includes('salesnav-lead') && shownNow?.leadId === asked.leadId;
  return same ? null : only(t('oneClick.problem.changed'));
}

/**
 * The requests of the tools that can take this person, and the reasons of those that cannot (`cannotSave`: a lead
 * without a public URL, for the tools that need one), which are not sent. No tool left: nothing is saved, for those
 * reasons.
 */
export function sendable(
  requests: readonly SaveRequest[],
  profile: Profile,
  vendors: readonly AnyVendor[],
): { ok: true; requests: SaveRequest[]; refusals: string[] } | { ok: false; problem: Problem } {
  const refusals: string[] = [];
  const kept = requests.filter((r) => {
    const why = vendors.find((v) => v.id === r.vendor)?.cannotSave?.(profile) ?? null;
    if (why) refusals.push(why);
    return !why;
  });
  return kept.length > 0 ? { ok: true, requests: kept, refusals } : { ok: false, problem: { lines: refusals, fix: null } };
}

/**
 * How a link to a profile is saved: in the tab it was clicked in (`source`, with its address) when that tab shows
 * the person already, else in a tab of its own opened on the link's profile; the person is checked on the link's
 * vanity either way. Null: not a link to a profile.
 */
export type LinkSave = { inTab: true; tabId: number; vanity: string } | { inTab: false; url: string; vanity: string };

export function linkSave(linkUrl: string, source: { tabId: number; url: string | undefined } | undefined): LinkSave | null {
  const url = profilePageUrl(canonicalProfileUrl(linkUrl) ?? undefined);
  const vanity = url ? vanityFromUrl(url) : null;
  if (!url || !vanity) return null;
  const shown = profilePageUrl(source?.url);
  const shownVanity = shown ? vanityFromUrl(shown) : null;
  return source && shownVanity && sameVanity(shownVanity, vanity) ? { inTab: true, tabId: source.tabId, vanity } : { inTab: false, url, vanity };
}
