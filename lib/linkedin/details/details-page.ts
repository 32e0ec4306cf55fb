// Reader of one 2026 details page (`/in/<vanity>/details/<section>/`): its entries, whether LinkedIn can give more
// (its pager), and whom the page is about. Pure: a Document in, data out.
import { SECTION_SOURCES } from '@/lib/linkedin/sections';
import type { SectionItems } from '@/lib/linkedin/voyager/section-lists';
import { educationFromLines } from '@/lib/linkedin/dom/entry-lines';
import { readCertificationEntry, readEducationEntry, readExperienceEntry, readNameEntry, splitEntry } from '@/lib/linkedin/dom/sdui-entries';
import { clean, firstMatch, outermost } from '@/lib/linkedin/dom/text';
import { MEMBER_ID_PATTERN, type Certification, type Section } from '@/lib/profile/profile';
import { sameVanity } from '@/lib/profile/url';
import { DETAILS, containerSelectors } from './details-selectors';

export interface DetailsPageRead<S extends Section = Section> {
  /** The page has this section's container at all (a 2026 details page of this kind). */
  recognised: boolean;
  items: SectionItems[S][];
  /** LinkedIn can give more than shown: a full page of entries and a pager. */
  more: boolean;
  /** Whom the page's own marks name, against the person asked for. */
  identity: 'confirmed' | 'other' | 'unknown';
}

export interface Whom {
  vanity: string;
  memberId: string | null;
}

/** The container of the section's entries, or null on a page that is not this section's details page. */
export function detailsContainer(doc: Document, section: Section): Element | null {
  return firstMatch(doc, containerSelectors(section));
}

/** The entry elements, in page order (what a browser's pagination makes grow). */
export function detailsEntries(container: Element, section: Section): Element[] {
  if (section === 'skills') {
    const skills = outermost(Array.from(container.querySelectorAll(DETAILS.skillEntry)));
    if (skills.length > 0) return skills;
  }
  return outermost(Array.from(container.querySelectorAll(DETAILS.keyedEntry)));
}

/** How many entries the page shows now. */
export function countDetailsEntries(doc: Document, section: Section): number {
  const container = detailsContainer(doc, section);
  if (!container) return 0;
  const keyed = detailsEntries(container, section);
  return keyed.length > 0 ? keyed.length : linesBetweenRules(container).length;
}

/**
 * The elements the loader watches grow: keyed entries, or for `<hr>`-separated lists the rules themselves plus one
 * (a list of one entry has no rule).
 */
export function detailsEntryElements(doc: Document, section: Section): Element[] {
  const container = detailsContainer(doc, section);
  if (!container) return [];
  const keyed = detailsEntries(container, section);
  if (keyed.length > 0) return keyed;
  const paragraphs = Array.from(container.querySelectorAll('p')).filter((p) => !p.querySelector('p') && !p.closest('button') && clean(p.textContent));
  const rules = Array.from(container.querySelectorAll('hr'));
  // One element per entry: the last text line before each rule, and the very last line.
  const ends = rules.flatMap((hr) => {
    const before = paragraphs.filter((p) => p.compareDocumentPosition(hr) & 4);
    const end = before.at(-1);
    return end ? [end] : [];
  });
  const lastLine = paragraphs.at(-1);
  const all = lastLine && !ends.includes(lastLine) ? [...ends, lastLine] : ends;
  return Array.from(new Set(all));
}

/**
 * Entries separated by `<hr>` (the September 2026 form): the text lines (leaf `<p>`s) between rules, buttons
 * ("Endorse") left out.
 */
export function linesBetweenRules(container: Element): string[][] {
  const groups: string[][] = [[]];
  const walker = container.ownerDocument.createTreeWalker(container, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as Element;
    if (el.tagName === 'HR') {
      if (groups[groups.length - 1]!.length > 0) groups.push([]);
      continue;
    }
    if (el.tagName !== 'P' || el.querySelector('p') || el.closest('button')) continue;
    const text = clean(el.textContent);
    if (text) groups[groups.length - 1]!.push(text);
  }
  const entries = groups.filter((g) => g.length > 0);
  // One block with no rule that opens with the empty state's words is no entry.
  if (entries.length === 1 && DETAILS.emptyState.test(entries[0]![0] ?? '')) return [];
  return entries;
}

function unique(values: readonly string[]): string[] {
  return Array.from(new Set(values));
}

function itemsOf(container: Element, section: Section): unknown[] {
  const keyed = detailsEntries(container, section);
  if (keyed.length > 0) {
    switch (section) {
      case 'experiences':
        return keyed.flatMap(readExperienceEntry);
      case 'educations':
        return keyed.flatMap(readEducationEntry);
      case 'skills':
        return unique(keyed.flatMap((e) => splitEntry(e).lines.slice(0, 1)));
      case 'certifications':
        return keyed.flatMap(readCertificationEntry);
      case 'languages':
        return unique(keyed.flatMap(readNameEntry));
    }
  }
  const groups = linesBetweenRules(container);
  switch (section) {
    case 'experiences':
      return []; // experience pages key their entries; unkeyed lines are no roles we can trust
    case 'educations':
      return groups.flatMap((lines) => {
        const e = educationFromLines(lines);
        return e ? [e] : [];
      });
    case 'skills':
    case 'languages':
      return unique(groups.map((lines) => lines[0]!));
    case 'certifications':
      return groups.map((lines): Certification => {
        const [name, issuer] = lines;
        return { name: name!, authority: issuer && !/\d{4}/.test(issuer) ? issuer : null };
      });
  }
}

/** Whom the page names: the pager's vanity and member id, and the owners of skill keys. */
function identityOf(doc: Document, container: Element, who: Whom): DetailsPageRead['identity'] {
  const named: { vanity?: string; memberId?: string }[] = [];
  for (const script of Array.from(doc.querySelectorAll('script, code'))) {
    const text = script.textContent ?? '';
    if (!text.includes(DETAILS.pagerMark)) continue;
    const at = text.indexOf(DETAILS.pagerMark);
    // Only the values next to this page's pager: other people's ids appear elsewhere in the page's data.
    const near = text.slice(Math.max(0, at - 2000), at + 2000);
    const vanity = DETAILS.pagerVanity.exec(near)?.[1];
    const memberId = DETAILS.pagerProfileId.exec(near)?.[1];
    named.push({ ...(vanity ? { vanity } : {}), ...(memberId ? { memberId } : {}) });
  }
  for (const el of Array.from(container.querySelectorAll(DETAILS.skillEntry))) {
    const memberId = DETAILS.skillOwner.exec(el.getAttribute('componentkey') ?? '')?.[1];
    if (memberId) named.push({ memberId });
  }
  let confirmed = false;
  // At a member-id address (/in/ACoA…/) the pager's vanity cannot match the address: the member ids decide.
  const byAddress = !MEMBER_ID_PATTERN.test(who.vanity);
  for (const n of named) {
    if (n.vanity !== undefined && byAddress) {
      if (!sameVanity(n.vanity, who.vanity)) return 'other';
      confirmed = true;
    }
    if (n.memberId !== undefined && who.memberId !== null) {
      if (n.memberId !== who.memberId) return 'other';
      confirmed = true;
    }
  }
  return confirmed ? 'confirmed' : 'unknown';
}

export function readDetailsPage<S extends Section>(doc: Document, section: S, who: Whom): DetailsPageRead<S> {
  const container = detailsContainer(doc, section);
  if (!container) return { recognised: false, items: [], more: false, identity: 'unknown' };
  const items = itemsOf(container, section) as SectionItems[S][];
  return { recognised: true, items, more: detailsMore(doc, section), identity: identityOf(doc, container, who) };
}

/**
 * Whether LinkedIn can give more of this section than the page shows as it arrived: a page of LinkedIn's size with a
 * pager may go on; fewer is the whole list. An empty list the page has not rendered yet (its entries come from the
 * pager) may hold entries too.
 */
export function detailsMore(doc: Document, section: Section): boolean {
  const pager = Array.from(doc.querySelectorAll('script, code')).some((s) => (s.textContent ?? '').includes(DETAILS.pagerMark + SECTION_SOURCES[section].detailsSlug));
  const shown = countDetailsEntries(doc, section);
  return pager && (shown >= DETAILS.pageSize || shown === 0);
}
