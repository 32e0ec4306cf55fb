// Sales Navigator search results (`/sales/search/people`) and lead lists (`/sales/lists/people/<id>`). Rows link
// the lead (`/sales/lead/<ACwAA id>,…`), not the public /in/ URL: such people carry the member id and
// `publicUrlMissing`. INFERRED layouts: see salesnav-selectors.ts.
import { clean } from '@/lib/linkedin/dom/text';
import { identityFromHref } from './person-link';
import { SALES_NAV } from './salesnav-selectors';
import type { ListLayoutReader, ListPerson } from './types';

/** The company written as plain text after the title in "title · company" (no link, no data-anonymize). */
function companyFromSubtitle(row: Element, title: Element | null): string {
  const subtitle = title?.closest(SALES_NAV.subtitle) ?? row.querySelector(SALES_NAV.subtitle);
  if (!subtitle) return '';
  let text = '';
  for (const node of Array.from(subtitle.childNodes)) {
    if (node.nodeType === 3) text += node.textContent ?? '';
  }
  return clean(text);
}

export function readSalesRow(row: Element): ListPerson | null {
  const link = row.querySelector(SALES_NAV.leadLink);
  const lead = identityFromHref(link?.getAttribute('href'));
  const fullName = clean(row.querySelector(SALES_NAV.name)?.textContent ?? link?.textContent);
  if (!lead?.memberId || !fullName) return null;
  const publicLink = Array.from(row.querySelectorAll(SALES_NAV.publicProfileLink))
    .map((a) => identityFromHref(a.getAttribute('href')))
    .find((identity) => identity?.profileUrl);
  const titleElement = row.querySelector(SALES_NAV.title);
  const title = clean(titleElement?.textContent);
  const company = clean(row.querySelector(SALES_NAV.company)?.textContent) || companyFromSubtitle(row, titleElement);
  const location = clean(row.querySelector(SALES_NAV.location)?.textContent);
  const headline = clean(row.querySelector(SALES_NAV.headline)?.textContent);
  return {
    fullName,
    ...(headline ? { headline } : {}),
    ...(location ? { location } : {}),
    ...(publicLink?.profileUrl ? { profileUrl: publicLink.profileUrl } : { publicUrlMissing: true as const }),
    memberId: lead.memberId,
    ...(title ? { currentTitle: title } : {}),
    ...(company ? { currentCompany: company } : {}),
  };
}

/** The rows of a container: the nearest `li`/`tr` around each lead link, once each. */
function rowsIn(container: Element): Element[] {
  const rows = new Set<Element>();
  for (const link of container.querySelectorAll(SALES_NAV.leadLink)) {
    const row = link.closest(SALES_NAV.row);
    if (row && container.contains(row)) rows.add(row);
  }
  return [...rows];
}

function reader(id: string, kind: 'salesnav-search' | 'salesnav-list', containerSelector: string): ListLayoutReader {
  return {
    id,
    kinds: [kind],
    read(doc) {
      const containers = Array.from(doc.querySelectorAll(containerSelector)).filter((c) => !c.closest('header, nav, aside'));
      if (containers.length === 0) return null;
      const rows = containers.flatMap(rowsIn);
      const people = rows.map(readSalesRow).filter((p): p is ListPerson => p !== null);
      return { people, unread: rows.length - people.length };
    },
  };
}

export const salesSearchReader = reader('salesnav-search', 'salesnav-search', SALES_NAV.searchContainer);
export const salesListReader = reader('salesnav-list', 'salesnav-list', SALES_NAV.listContainer);
