// Reader of the 2026 server-driven profile page (hashed classes; stable componentkeys, hrefs and headings).
import { parseDateRange } from '@/lib/profile/dates';
import { MEMBER_ID_PATTERN, type Education, type Experience, type Section, type Warning, type Website } from '@/lib/profile/profile';
import { sameVanity, vanityFromUrl } from '@/lib/profile/url';
import type { ProfileFragment, ReaderResult } from '@/lib/linkedin/types';
import { educationFromLines, experienceFromLines, readGroupHeader } from './entry-lines';
import { SDUI } from './sdui-2026-selectors';
import { clean, firstInteger, hasText, multilineText, outermost, photoUrlOrNull, putName, sectionOfDetailsHref } from './text';

const SOURCE = 'sdui-2026' as const;

export function readSduiPage(doc: Document, url: URL): ReaderResult {
  const warnings: Warning[] = [];
  const none: ReaderResult = { source: SOURCE, fragment: null, warnings };
  const vanity = vanityFromUrl(url);
  if (!vanity) return none;
  // One scan finds every profile card (none: not this layout); cards are then looked up by name in it.
  const cards = indexCards(doc);
  if (cards.size === 0) return none;

  const nameLink = doc.querySelector(SDUI.nameLink);
  const shownVanity = nameLink?.getAttribute('componentkey')?.slice(SDUI.nameLinkPrefix.length) ?? null;
  const memberId = readMemberId(cards);
  // At a member-id address (/in/ACoA…/) the page's vanity cannot match: its cards' member id is compared instead.
  const byMemberId = MEMBER_ID_PATTERN.test(vanity);
  if (!byMemberId && shownVanity && !sameVanity(shownVanity, vanity)) {
    // LinkedIn changes the URL before it re-renders: this page still shows the previous person.
    warnings.push({ code: 'identity-mismatch', message: 'The page shows another profile than the address names.' });
    return none;
  }

  const identity = byMemberId
    ? memberId === null
      ? 'unknown'
      : memberId === vanity
        ? 'confirmed'
        : 'other'
    : shownVanity
      ? 'confirmed'
      : pageIdentity(doc, cards, vanity);
  if (identity === 'other') {
    warnings.push({ code: 'identity-mismatch', message: 'The page’s own links name another profile than the address.' });
    return none;
  }
  const fragment: ProfileFragment = {};
  if (identity === 'confirmed') fragment.publicIdentifier = vanity;

  if (memberId) fragment.memberId = memberId;

  const topCard = firstCard(cards, SDUI.topCardName);
  const topCardCompanyLine = topCard ? readTopCard(topCard, nameLink, fragment) : null;

  const about = readAbout(cards);
  if (about) fragment.about = about;

  const notLoaded: Section[] = [];
  const totals: Partial<Record<Section, number>> = {};

  const experienceCard = firstCardWithEntries(cards, SDUI.experienceCardName, experienceEntries);
  if (experienceCard) {
    fragment.experiences = experienceEntries(experienceCard).flatMap(readExperienceEntry);
    addTotal(experienceCard, 'experiences', totals, warnings);
  } else if (sectionPlaceholderExists(doc, cards, 'experiences', SDUI.experienceCardName)) {
    notLoaded.push('experiences');
  }

  const educationCard = firstCardWithEntries(cards, SDUI.educationCardName, educationEntries);
  if (educationCard) {
    fragment.educations = educationEntries(educationCard).flatMap((entry) => {
      const education = educationFromLines(splitEntry(entry).lines);
      return education ? [education] : [];
    });
    addTotal(educationCard, 'educations', totals, warnings);
  } else if (sectionPlaceholderExists(doc, cards, 'educations', SDUI.educationCardName)) {
    notLoaded.push('educations');
  }

  const skillsCard = firstCardWithEntries(cards, SDUI.skillsCardName, educationEntries);
  if (skillsCard) {
    fragment.skills = unique(educationEntries(skillsCard).map((entry) => splitEntry(entry).lines[0] ?? '').filter(Boolean));
    addTotal(skillsCard, 'skills', totals, warnings);
  } else if (sectionPlaceholderExists(doc, cards, 'skills', SDUI.skillsCardName)) {
    notLoaded.push('skills');
  }

  if (fragment.experiences || topCard) {
    const currentJob = readCurrentJob(fragment.experiences ?? [], fragment.educations ?? [], topCardCompanyLine);
    if (currentJob) fragment.currentJob = currentJob;
  }

  if (Object.keys(totals).length > 0) fragment.totals = totals;
  if (notLoaded.length > 0) {
    fragment.notLoaded = notLoaded;
    for (const section of notLoaded) {
      warnings.push({ code: 'section-not-loaded', section, message: `The ${section} section had not rendered yet.` });
    }
  }
  return { source: SOURCE, fragment, warnings };
}

/** Cards by name (`…ref<member id><Name>`), each list in page order. */
type CardIndex = Map<string, { memberId: string; el: Element }[]>;

function indexCards(doc: Document): CardIndex {
  const index: CardIndex = new Map();
  for (const el of Array.from(doc.querySelectorAll(SDUI.anyCard))) {
    const m = SDUI.cardKeyPattern.exec(el.getAttribute('componentkey') ?? '');
    if (!m?.[1] || !m[2]) continue;
    const list = index.get(m[2]) ?? [];
    list.push({ memberId: m[1], el });
    index.set(m[2], list);
  }
  return index;
}

/** What a vanity looks like after a component key's prefix (anything else there proves nothing about whom). */
const LOOKS_LIKE_VANITY = /^[\p{L}\p{N}%_-]{3,100}$/u;

/**
 * Whom the page's own marks say it is about: `confirmed` when a component key or one of the profile cards' own links
 * (details pages, contact overlay) names the URL's vanity; `other` when they name only someone else (the previous
 * person of an in-app navigation, with its name link gone); `unknown` when nothing names anybody.
 */
function pageIdentity(doc: Document, cards: CardIndex, vanity: string): 'confirmed' | 'other' | 'unknown' {
  let namesOther = false;
  for (const prefix of SDUI.vanityKeyPrefixes) {
    for (const el of Array.from(doc.querySelectorAll(`[componentkey^="${prefix}"]`))) {
      const named = (el.getAttribute('componentkey') ?? '').slice(prefix.length);
      if (sameVanity(named, vanity)) return 'confirmed';
      if (LOOKS_LIKE_VANITY.test(named)) namesOther = true;
    }
  }
  for (const list of cards.values()) {
    for (const { el: card } of list) {
      for (const a of Array.from(card.querySelectorAll(SDUI.ownPageLink))) {
        const linked = vanityFromUrl(absolute(a.getAttribute('href') ?? ''));
        if (linked && sameVanity(linked, vanity)) return 'confirmed';
        if (linked) namesOther = true;
      }
    }
  }
  return namesOther ? 'other' : 'unknown';
}

function absolute(href: string): string {
  return href.startsWith('/') ? `https://www.linkedin.com${href}` : href.trim();
}

function readMemberId(cards: CardIndex): string | null {
  const topCard = cards.get(SDUI.topCardName)?.[0];
  if (topCard) return topCard.memberId;
  for (const list of cards.values()) if (list[0]) return list[0].memberId;
  return null;
}

function cardsNamed(cards: CardIndex, name: string): Element[] {
  return (cards.get(name) ?? []).map((c) => c.el);
}

function firstCard(cards: CardIndex, name: string): Element | null {
  return cardsNamed(cards, name).find(hasText) ?? null;
}

/** The first rendered copy of a card: the page appends copies of some sections after its footer. */
function firstCardWithEntries(cards: CardIndex, name: string, entriesOf: (card: Element) => Element[]): Element | null {
  return cardsNamed(cards, name).find((card) => entriesOf(card).length > 0) ?? null;
}

/** Fills the top-card fields; returns the "Company · School" line for the current job. */
function readTopCard(topCard: Element, nameLink: Element | null, fragment: ProfileFragment): string | null {
  const inCard = nameLink && topCard.contains(nameLink) ? nameLink : null;
  const heading = inCard?.querySelector(SDUI.nameHeading);
  // No heading, no name here: the orchestrator falls back to the tab title (page-title.ts) for every layout.
  const name = clean(heading?.textContent);
  putName(fragment, name);

  const photo = topCard.querySelector(SDUI.photo);
  const photoUrl = photo ? bestImage(photo) : null;
  if (photoUrl) fragment.photoUrl = photoUrl;

  const contactP = topCard.querySelector(SDUI.contactInfoLink)?.closest('p') ?? null;
  const locationP = contactP ? previousTextSibling(contactP) : null;
  const location = clean(locationP?.textContent);
  if (location) fragment.location = location;

  // The <p>s after the name block: headline, then "Company · School", down to the location.
  const lines: string[] = [];
  for (const p of Array.from(topCard.querySelectorAll('p'))) {
    if (inCard && !(inCard.compareDocumentPosition(p) & 4 /* FOLLOWING */)) continue;
    if (inCard?.contains(p)) continue;
    if (locationP && (p === locationP || locationP.compareDocumentPosition(p) & 4)) break;
    if (p.querySelector('p')) continue;
    const text = clean(p.textContent);
    if (!text || text.startsWith('·')) continue;
    lines.push(text);
    if (lines.length === (locationP ? 2 : 1)) break;
  }
  if (lines[0]) fragment.headline = lines[0];

  const websites = readWebsites(topCard);
  if (websites.length > 0) fragment.websites = websites;

  const connect = topCard.querySelector(SDUI.connectButton);
  const numeric = SDUI.numericIdPattern.exec(connect?.getAttribute('componentkey') ?? '');
  if (numeric?.[1]) fragment.numericMemberId = numeric[1];
  return lines[1] ?? null;
}

function readWebsites(topCard: Element): Website[] {
  const out: Website[] = [];
  for (const a of Array.from(topCard.querySelectorAll(SDUI.websiteLink))) {
    let target: string | null = null;
    try {
      target = new URL(a.getAttribute('href') ?? '', 'https://www.linkedin.com').searchParams.get('url');
    } catch {
      target = null;
    }
    if (!target || !/^https?:\/\//i.test(target) || out.some((w) => w.url === target)) continue;
    out.push({ label: null, url: target });
  }
  return out;
}

function previousTextSibling(el: Element): Element | null {
  let cur = el.previousElementSibling;
  while (cur) {
    const text = clean(cur.textContent);
    if (text && text !== '·') return cur;
    cur = cur.previousElementSibling;
  }
  return null;
}

function bestImage(img: Element): string | null {
  const srcset = img.getAttribute('srcset');
  if (srcset) {
    let best: { url: string; width: number } | null = null;
    for (const candidate of srcset.split(',')) {
      const [candidateUrl, size] = candidate.trim().split(/\s+/);
      const width = Number.parseInt(size ?? '0', 10) || 0;
      if (candidateUrl && (!best || width > best.width)) best = { url: candidateUrl, width };
    }
    const url = photoUrlOrNull(best?.url);
    if (url) return url;
  }
  return photoUrlOrNull(img.getAttribute('src'));
}

function readAbout(cards: CardIndex): string | null {
  for (const card of cardsNamed(cards, SDUI.aboutCardName)) {
    const box = card.querySelector(SDUI.expandableText);
    const text = box
      ? multilineText(box)
      : multilineText(card, (el) => /^H[1-6]$/.test(el.tagName));
    const cleaned = text.replace(/\s*…\s*$/u, '').trim();
    if (cleaned) return cleaned;
  }
  return null;
}

function experienceEntries(card: Element): Element[] {
  return outermost(Array.from(card.querySelectorAll(SDUI.entry)));
}

/** Education and skills entries: keyed like experiences, or by plain UUIDs (then separated by <hr>). */
function educationEntries(card: Element): Element[] {
  const keyed = experienceEntries(card);
  if (keyed.length > 0) return keyed;
  const uuidKeyed = Array.from(card.querySelectorAll(SDUI.uuidKeyed)).filter(
    (el) => SDUI.uuidPattern.test(el.getAttribute('componentkey') ?? '') && el.querySelector('p') !== null,
  );
  return outermost(uuidKeyed);
}

/** The text lines of an entry's own block and its description (the <p>s after the block holding the dates). */
function splitEntry(item: Element, excludeNested = false): { lines: string[]; description: string | null } {
  const leaves = Array.from(item.querySelectorAll('p')).filter((p) => {
    if (p.querySelector('p')) return false;
    if (p.querySelector(SDUI.skillAssociationLink) || p.closest('a[href*="skill-associations"]')) return false;
    if (excludeNested && p.closest('ul') && item.contains(p.closest('ul'))) return false;
    return clean(p.textContent) !== '';
  });
  const texts = leaves.map((p) => clean(p.textContent));
  const dateIndex = texts.findIndex((t, i) => i > 0 && parseDateRange(t) !== null);
  if (dateIndex < 0) return { lines: texts, description: null };
  const dateP = leaves[dateIndex];
  const block = dateP?.parentElement ?? null;
  const lines = texts.slice(0, dateIndex + 1);
  const descriptionParts: string[] = [];
  leaves.slice(dateIndex + 1).forEach((p, i) => {
    if (block?.contains(p)) lines.push(texts[dateIndex + 1 + i] ?? '');
    else descriptionParts.push(multilineText(p));
  });
  return { lines, description: descriptionParts.filter(Boolean).join('\n') || null };
}

function readExperienceEntry(entry: Element): Experience[] {
  const roles = outermost(Array.from(entry.querySelectorAll('ul > li')));
  if (roles.length === 0) {
    const { lines, description } = splitEntry(entry);
    const experience = experienceFromLines(lines, description, null);
    return experience ? [experience] : [];
  }
  // An employer with several roles: the keyed entry is the employer, each <li> one role.
  const header = readGroupHeader(splitEntry(entry, true).lines);
  return roles.flatMap((role) => {
    const { lines, description } = splitEntry(role);
    const experience = experienceFromLines(lines, description, header);
    return experience ? [experience] : [];
  });
}

/**
 * LinkedIn's count from the section's "show all" link. A link without a number still says the card shows only part
 * of the section: that is warned here, since no total will let the merge notice it.
 */
function addTotal(card: Element, section: Section, totals: Partial<Record<Section, number>>, warnings: Warning[]): void {
  let showAll = false;
  for (const link of Array.from(card.querySelectorAll(SDUI.detailsLink))) {
    if (sectionOfDetailsHref(link.getAttribute('href') ?? '') !== section) continue;
    showAll = true;
    const n = firstInteger(link.textContent) ?? firstInteger(link.getAttribute('aria-label'));
    if (n !== null) {
      totals[section] = n;
      return;
    }
  }
  if (showAll) {
    warnings.push({ code: 'section-truncated', section, message: `The page shows part of the ${section}; the rest is on its details page.` });
  }
}

/**
 * A section LinkedIn has not rendered yet: its lazy marker or its card is there, with no entry in it. An empty card
 * `<div>` alone (no marker, nothing inside) is a section this person does not have.
 */
function sectionPlaceholderExists(doc: Document, cards: CardIndex, section: Section, cardName: string): boolean {
  if (cardsNamed(cards, cardName).some((card) => card.children.length > 0)) return true;
  return SDUI.lazyMarkers[section].some((selector) => doc.querySelector(selector) !== null);
}

function readCurrentJob(
  experiences: readonly Experience[],
  educations: readonly Education[],
  companyLine: string | null,
): { title: string | null; company: string | null } | null {
  // The top card prints "Company · School" (either may be missing): a lone name that is a school is no company.
  const parts = (companyLine ?? '').split(/\s+·\s+/).map(clean).filter(Boolean);
  let company: string | null = parts[0] ?? null;
  if (company && parts.length === 1 && educations.some((e) => e.school === company)) {
    company = experiences.some((e) => e.isCurrent && e.company === company) ? company : null;
  }
  const current = experiences.filter((e) => e.isCurrent);
  const match = current.find((e) => e.company !== null && company !== null && sameName(e.company, company)) ?? current[0];
  if (!company && !match) return null;
  return { title: match?.title ?? null, company: company ?? match?.company ?? null };
}

function sameName(a: string, b: string): boolean {
  return clean(a).toLowerCase() === clean(b).toLowerCase();
}

function unique(values: readonly string[]): string[] {
  return Array.from(new Set(values));
}
