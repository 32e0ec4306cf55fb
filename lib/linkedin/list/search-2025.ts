// People search results, 2025 Ember layout (capture 11, anonymised as tests/fixtures/search-2025.html).
import { clean } from '@/lib/linkedin/dom/text';
import { identityFromHref } from './person-link';
import { SEARCH_2025 } from './search-2025-selectors';
import type { ListLayoutReader, ListPerson } from './types';

function readResult(card: Element): ListPerson | null {
  const link = Array.from(card.querySelectorAll(SEARCH_2025.nameLink)).find(
    (a) => !a.closest(SEARCH_2025.insights) && clean(a.querySelector(SEARCH_2025.nameText)?.textContent) !== '',
  );
  if (!link) return null;
  const identity = identityFromHref(link.getAttribute('href'));
  const fullName = clean(link.querySelector(SEARCH_2025.nameText)?.textContent);
  if (!identity || !fullName) return null;
  const block = link.closest(SEARCH_2025.textBlock) ?? card;
  const headline = clean(block.querySelector(SEARCH_2025.headline)?.textContent);
  const location = clean(block.querySelector(SEARCH_2025.location)?.textContent);
  const urn = card.getAttribute(SEARCH_2025.memberUrnAttribute) ?? '';
  return {
    fullName,
    ...(headline ? { headline } : {}),
    ...(location ? { location } : {}),
    ...(identity.profileUrl ? { profileUrl: identity.profileUrl } : { publicUrlMissing: true as const }),
    ...(identity.memberId ? { memberId: identity.memberId } : {}),
    ...(/^urn:li:member:\d+$/.test(urn) ? { memberUrn: urn } : {}),
  };
}

export const search2025Reader: ListLayoutReader = {
  id: 'search-2025',
  kinds: ['people-search'],
  read(doc) {
    const cards = Array.from(doc.querySelectorAll(SEARCH_2025.result));
    if (cards.length === 0 && !doc.querySelector(SEARCH_2025.container)) return null;
    const people = cards.map(readResult).filter((p): p is ListPerson => p !== null);
    return { people, unread: cards.length - people.length };
  },
};
