// Who a link names: the public /in/ URL (decoded vanity, no tracking), the member id from the link or its
// `miniProfileUrn`, or the Sales Navigator lead id. Links only, never the words around them.
import { MEMBER_ID_PATTERN } from '@/lib/profile/profile';
import { canonicalProfileUrl, vanityFromUrl } from '@/lib/profile/url';
import { LIST_MEMBER_ID_PATTERN } from './types';

export interface LinkIdentity {
  /** `https://www.linkedin.com/in/<vanity>/`, absent when the link uses a member id instead of a vanity. */
  profileUrl?: string;
  vanity?: string;
  memberId?: string;
}

const BASE = 'https://www.linkedin.com/';
const ID_IN_URN = /(AC[ow]A[A-Za-z0-9_-]{35})/;

function absolute(href: string): URL | null {
  try {
    return new URL(href.trim(), BASE);
  } catch {
    return null;
  }
}

function isLinkedIn(url: URL): boolean {
  const host = url.hostname.toLowerCase();
  return host === 'linkedin.com' || host.endsWith('.linkedin.com');
}

/** The identity a profile or lead link carries, or null for any other link. */
export function identityFromHref(href: string | null | undefined): LinkIdentity | null {
  if (!href) return null;
  const url = absolute(href);
  if (!url || !isLinkedIn(url)) return null;

  const lead = /^\/sales\/(?:lead|people)\/(AC[ow]A[A-Za-z0-9_-]{35})(?:[,/]|$)/.exec(url.pathname);
  if (lead?.[1]) return { memberId: lead[1] };

  const vanity = vanityFromUrl(url);
  if (!vanity) return null;
  const fromUrn = ID_IN_URN.exec(url.searchParams.get('miniProfileUrn') ?? url.searchParams.get('profileUrn') ?? '')?.[1];
  // `/in/ACoAA…` (out-of-network people): a working link, but not the public URL.
  if (MEMBER_ID_PATTERN.test(vanity)) return { memberId: vanity };
  const profileUrl = canonicalProfileUrl(url);
  if (!profileUrl) return null;
  return { profileUrl, vanity, ...(fromUrn && LIST_MEMBER_ID_PATTERN.test(fromUrn) ? { memberId: fromUrn } : {}) };
}
