// People search results, 2026 server-driven layout. INFERRED from public references (no capture): see
// search-2026-selectors.ts.
import { clean } from '@/lib/linkedin/dom/text';
import { identityFromHref } from './person-link';
import { SEARCH_2026 } from './search-2026-selectors';
import type { ListLayoutReader, ListPerson } from './types';

function readResult(card: Element): ListPerson | null {
  const link = card.querySelector(SEARCH_2026.titleLink);
  const identity = identityFromHref(link?.getAttribute('href'));
  const fullName = clean(link?.textContent);
  if (!link || !identity || !fullName) return null;
  const titleLine = link.closest(SEARCH_2026.line);
  const lines = Array.from(card.querySelectorAll(SEARCH_2026.line));
  // Position, not words: the plain lines after the title line are the headline, then the location.
  const after = lines.slice(titleLine ? lines.indexOf(titleLine) + 1 : 0);
  const plain = after.filter((p) => !p.querySelector(SEARCH_2026.anyLink) && !p.querySelector(SEARCH_2026.line)).map((p) => clean(p.textContent));
  // An empty line keeps its place: a person without a headline has an empty headline line, then the location.
  const [headline, location] = plain;
  return {
    fullName,
    ...(headline ? { headline } : {}),
    ...(location ? { location } : {}),
    ...(identity.profileUrl ? { profileUrl: identity.profileUrl } : { publicUrlMissing: true as const }),
    ...(identity.memberId ? { memberId: identity.memberId } : {}),
  };
}

export const search2026Reader: ListLayoutReader = {
  id: 'search-2026',
  kinds: ['people-search'],
  read(doc) {
    const cards = Array.from(doc.querySelectorAll(SEARCH_2026.result));
    if (cards.length === 0 && !doc.querySelector(SEARCH_2026.container)) return null;
    const people = cards.map(readResult).filter((p): p is ListPerson => p !== null);
    return { people, unread: cards.length - people.length };
  },
};
