// Never mix two people: a fragment that says it is someone else than the person the URL names is dropped.
import type { ReaderResult } from '@/lib/linkedin/types';
import { MEMBER_ID_PATTERN, type SourceId, type Warning } from '@/lib/profile/profile';
import { sameVanity } from '@/lib/profile/url';

const SOURCE_LABEL: Record<SourceId, string> = {
  voyager: 'LinkedIn’s JSON',
  'voyager-sections': 'LinkedIn’s section lists',
  'details-pages': 'the details pages',
  'page-json': 'the page’s embedded data',
  'sdui-2026': 'the page',
  'ember-2022': 'the page',
  public: 'the public page',
  'public-2016': 'the public page',
  'salesnav-lead': 'the Sales Navigator page',
  recruiter: 'the Recruiter page',
  list: 'the list page',
};

const PAGE_SOURCES = new Set<SourceId>(['sdui-2026', 'ember-2022', 'public', 'public-2016']);

function mismatch(source: SourceId, why: string): Warning {
  return {
    code: 'identity-mismatch',
    message: `Data from ${SOURCE_LABEL[source]} (${source}) described another member (${why}) and was ignored.`,
  };
}

/**
 * Keeps the results whose fragment is about `vanity`.
 * - A fragment with a publicIdentifier must match the vanity (case-insensitive, %-decoded).
 * - A fragment whose member id differs from the member id of a fragment already proven to be the person
 *   (its publicIdentifier matched) is dropped too: it is another person's data, whatever else it claims.
 * Results without a fragment are kept as they are (their warnings may still matter).
 */
export function keepSamePerson(results: readonly ReaderResult[], vanity: string): { kept: ReaderResult[]; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const byVanity: ReaderResult[] = [];
  // At a member-id address (/in/ACoA…/) a source may name the member's real vanity: their member id decides.
  const atMemberId = MEMBER_ID_PATTERN.test(vanity);
  for (const r of results) {
    const id = r.fragment?.publicIdentifier;
    if (r.fragment && id !== undefined && !sameVanity(id, vanity) && !(atMemberId && r.fragment.memberId === vanity)) {
      warnings.push(mismatch(r.source, 'another public profile address'));
      continue;
    }
    byVanity.push(r);
  }

  // The page is what the user sees: its own proof of who this is outranks LinkedIn's JSON (which could describe
  // another member under the same address); the JSON proves the person only when the page does not.
  const provenBy = (r: ReaderResult) => r.fragment?.publicIdentifier !== undefined && r.fragment.memberId !== undefined;
  const proven = byVanity.find((r) => PAGE_SOURCES.has(r.source) && provenBy(r)) ?? byVanity.find(provenBy);
  const memberId = proven?.fragment?.memberId;
  if (memberId === undefined) return { kept: byVanity, warnings };

  const kept: ReaderResult[] = [];
  for (const r of byVanity) {
    const other = r.fragment?.memberId;
    if (other !== undefined && other !== memberId) {
      warnings.push(mismatch(r.source, 'another member id'));
      continue;
    }
    kept.push(r);
  }
  return { kept, warnings };
}
