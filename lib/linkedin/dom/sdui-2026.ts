// Reader of the 2026 server-driven profile page (hashed classes; stable componentkeys, hrefs and headings).
import { MEMBER_ID_PATTERN, type Education, type Experience, type Section, type Warning, type Website } from '@/lib/profile/profile';
import { sameVanity, vanityFromUrl } from '@/lib/profile/url';
import type { ProfileFragment, ReaderResult } from '@/lib/linkedin/types';
import { SDUI } from './sdui-2026-selectors';
import {
  educationEntries,
  experienceEntries,
  readCertificationEntry,
  readEducationEntry,
  readExperienceEntry,
  readNameEntry,
  splitEntry,
} from './sdui-entries';
import { clean, firstInteger, hasText, multilineText, photoUrlOrNull, putName, sectionOfDetailsHref } from './text';

const SOURCE = 'sdui-2026' as const;

export function readSduiPage(doc: Document, url: URL): ReaderResult {
  const warnings: Warning[] = [];
  const none: ReaderResult = { source: SOURCE, fragment: null, warnings };
  const vanity = vanityFromUrl(url);
  if (!vanity) return none;
  // One scan finds every profile card (none: not this layout); cards are then looked up by name in it.
  const cards = indexCards(doc);
  if (cards.size === 0) return none;

  const nameLink = nameTrigger(doc, cards, vanity);
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
    fragment.educations = educationEntries(educationCard).flatMap(readEducationEntry);
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

  const certificationsCard = firstCardWithEntries(cards, SDUI.certificationsCardName, educationEntries);
  if (certificationsCard) {
    fragment.certifications = educationEntries(certificationsCard).flatMap(readCertificationEntry);
    addTotal(certificationsCard, 'certifications', totals, warnings);
  } else if (sectionPlaceholderExists(doc, cards, 'certifications', SDUI.certificationsCardName)) {
    notLoaded.push('certifications');
  }

  const languagesCard = firstCardWithEntries(cards, SDUI.languagesCardName, educationEntries);
  if (languagesCard) {
    fragment.languages = unique(educationEntries(languagesCard).flatMap(readNameEntry));
    addTotal(languagesCard, 'languages', totals, warnings);
  } else if (sectionPlaceholderExists(doc, cards, 'languages', SDUI.languagesCardName)) {
    notLoaded.push('languages');
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

/**
 * The name's verification trigger (`ProfileVerificationTriggerRef-<vanity>`, a link or, since September 2026, a plain
 * wrapper of the `<h2>`): the one in the top card, else the one naming the address's vanity (a sidebar card may carry
 * its own trigger earlier in the page), else the first.
 */
function nameTrigger(doc: Document, cards: CardIndex, vanity: string): Element | null {
  const triggers = Array.from(doc.querySelectorAll(SDUI.nameLink));
  const topCard = cardsNamed(cards, SDUI.topCardName).find(hasText);
  return (
    triggers.find((t) => topCard?.contains(t)) ??
    triggers.find((t) => sameVanity((t.getAttribute('componentkey') ?? '').slice(SDUI.nameLinkPrefix.length), vanity)) ??
    triggers[0] ??
    null
  );
}

/** "He/Him", "She/Her", "Il/Lui", "They/Them/Theirs": pronouns shown on the name row, never a headline. */
function isPronouns(text: string): boolean {
  return text.length <= 32 && /^\p{L}+(?:\s*\/\s*\p{L}+){1,2}$/u.test(text);
}

/** Fills the top-card fields; returns the "Company · School" line for the current job. */
function readTopCard(topCard: Element, nameLink: Element | null, fragment: ProfileFragment): string | null {
  const inCard = nameLink && topCard.contains(nameLink) ? nameLink : null;
  // The name is an <h2> (there is no <h1> on 2026 pages): inside its trigger, else the top card's first heading.
  const heading = inCard?.querySelector(SDUI.nameHeading) ?? (nameLink ? null : topCard.querySelector(SDUI.nameHeading));
  // No heading, no name here: the orchestrator falls back to the tab title (page-title.ts) for every layout.
  const name = clean(heading?.textContent);
  putName(fragment, name);
  const nameBlock = inCard ?? heading;

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
    if (nameBlock && !(nameBlock.compareDocumentPosition(p) & 4 /* FOLLOWING */)) continue;
    if (nameBlock?.contains(p)) continue;
    if (locationP && (p === locationP || locationP.compareDocumentPosition(p) & 4)) break;
    if (p.querySelector('p')) continue;
    const text = clean(p.textContent);
    // The name row also holds the pronouns and the degree ("· 2nd"): neither is the headline.
    if (!text || text.startsWith('·') || (lines.length === 0 && isPronouns(text))) continue;
    lines.push(text);
    if (lines.length === (locationP ? 2 : 1)) break;
  }
  if (lines[0]) fragment.headline = lines[0];
  // Only a line after the headline is the "Company · School" line: the headline itself is never a company.
  if (lines[1] !== undefined && lines[1] === lines[0]) lines.pop();

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

/**
 * The About card's "Top skills" line: a label followed by a sibling listing skills separated by "•". It is a summary
 * of the Skills section, neither About text nor the section itself (found by its shape, not its words).
 */
function topSkillsLines(card: Element): Set<Element> {
  const out = new Set<Element>();
  for (const el of Array.from(card.querySelectorAll('p, span, div'))) {
    if (el.querySelector('p, div') || el.closest(SDUI.expandableText)) continue;
    const parts = clean(el.textContent).split(/\s*•\s*/).filter(Boolean);
    const label = el.previousElementSibling;
    const labelText = clean(label?.textContent);
    if (parts.length < 2 || !label || !labelText || labelText.length > 40 || labelText.includes('•') || label.querySelector('p, div')) continue;
    out.add(el);
    out.add(label);
  }
  return out;
}

function readAbout(cards: CardIndex): string | null {
  for (const card of cardsNamed(cards, SDUI.aboutCardName)) {
    const box = card.querySelector(SDUI.expandableText);
    const topSkills = topSkillsLines(card);
    const text = box
      ? multilineText(box)
      : multilineText(card, (el) => /^H[1-6]$/.test(el.tagName) || topSkills.has(el));
    const cleaned = text.replace(/\s*…\s*$/u, '').trim();
    if (cleaned) return cleaned;
  }
  return null;
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
  if (SDUI.lazyMarkers[section].some((selector) => doc.querySelector(selector) !== null)) return true;
  return Array.from(doc.querySelectorAll(SDUI.lazyContainer)).some((container) => !hasText(container));
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
