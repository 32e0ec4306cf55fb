// Profile URLs: one canonical form, so the same person is the same string whatever link led to them.
import { MEMBER_ID_PATTERN } from './profile';

function parseUrl(input: string | URL): URL | null {
  if (input instanceof URL) return input;
  const trimmed = input.trim();
  if (!trimmed) return null;
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return null;
  }
}

function isLinkedInHost(host: string): boolean {
  const h = host.toLowerCase();
  return h === 'linkedin.com' || h.endsWith('.linkedin.com');
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    // A malformed %-sequence: keep what LinkedIn gave rather than lose the person.
    return segment;
  }
}

/** The decoded vanity of a `/in/<vanity>/…` LinkedIn URL, or null for any other URL. */
export function vanityFromUrl(input: string | URL): string | null {
  const url = parseUrl(input);
  if (!url || !isLinkedInHost(url.hostname)) return null;
  const match = /^\/in\/([^/]+)/i.exec(url.pathname);
  if (!match?.[1]) return null;
  const vanity = decodeSegment(match[1]).trim();
  if (!vanity || /[/?#\s]/.test(vanity)) return null;
  return vanity;
}

/** https://www.linkedin.com/in/<vanity>/ (decoded vanity, no query or hash, country subdomains → www), or null. */
export function canonicalProfileUrl(input: string | URL): string | null {
  const vanity = vanityFromUrl(input);
  return vanity === null ? null : `https://www.linkedin.com/in/${vanity}/`;
}

/** LinkedIn vanities are case-insensitive: compare them decoded and lowercased. */
export function sameVanity(a: string, b: string): boolean {
  return decodeSegment(a).trim().toLowerCase() === decodeSegment(b).trim().toLowerCase();
}

/**
 * A person's public profile address (`/in/<vanity>/`), as opposed to a Sales Navigator lead address, a Recruiter
 * profile address or a member-id one.
 */
export function isPublicProfileUrl(url: string): boolean {
  const vanity = vanityFromUrl(url);
  // `/in/ACoA…/` is LinkedIn's working address for a member out of the viewer's network, not their public one: the
  // same person saved later from their own page would be `/in/<vanity>/`, a second record where the URL is the key.
  return vanity !== null && !MEMBER_ID_PATTERN.test(vanity);
}

/** The address of a person known only by their Sales Navigator lead id (`ACwAA…`): no public URL on the page. */
export function salesLeadUrl(leadId: string): string {
  return `https://www.linkedin.com/sales/lead/${leadId}/`;
}

/** The address of a person known only by their LinkedIn Recruiter profile id (`AEMAA…`): no public URL on the page. */
export function recruiterProfileUrl(recruiterId: string): string {
  return `https://www.linkedin.com/talent/profile/${recruiterId}/`;
}
