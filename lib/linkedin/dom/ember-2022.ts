// Reader of the 2022–2025 Ember profile page and its /details/<section>/ pages.
import { MEMBER_ID_PATTERN, type Certification, type Education, type Experience, type Section, type Warning } from '@/lib/profile/profile';
import { sameVanity, vanityFromUrl } from '@/lib/profile/url';
import type { ProfileFragment, ReaderResult } from '@/lib/linkedin/types';
import { experienceFromLines, educationFromLines, readGroupHeader, splitAtDate } from './entry-lines';
import { EMBER } from './ember-2022-selectors';
import { clean, firstInteger, firstMatch, multilineText, outermost, photoUrlOrNull, putName, sectionOfDetailsHref } from './text';

const SOURCE = 'ember-2022' as const;

export function readEmberPage(doc: Document, url: URL): ReaderResult {
  const warnings: Warning[] = [];
  const none: ReaderResult = { source: SOURCE, fragment: null, warnings };
  const vanity = vanityFromUrl(url);
  if (!vanity) return none;
  const detailsSection = /\/in\/[^/]+\/details\/([^/?#]+)/.exec(url.pathname)?.[1];
  // At a profile's own address a details page is not this person's profile: it is what LinkedIn still shows after
  // the address changed (its heading, "Experience", is no name).
  const layout = detailsSection ? [EMBER.detailsItem, ...EMBER.profileLayout] : EMBER.profileLayout;
  if (!firstMatch(doc, layout)) return none;

  const fragment: ProfileFragment = {};
  // One pass over the page's /details/ links serves the vanity check and the member id.
  const detailsLinks = Array.from(doc.querySelectorAll(EMBER.detailsLink));
  const identity = pageIdentity(doc, vanity, detailsLinks);
  if (identity === 'other') {
    // LinkedIn changes the URL before it re-renders: this page still shows the previous person.
    warnings.push({ code: 'identity-mismatch', message: 'The page shows another profile than the address names.' });
    return none;
  }
  if (identity === 'confirmed') fragment.publicIdentifier = vanity;

  const linkedId = memberIdFromLinks(detailsLinks, vanity);
  if (linkedId) fragment.memberId = linkedId;

  if (detailsSection) {
    addIdsFromBpr(doc, vanity, fragment);
    readDetailsPage(doc, detailsSection, fragment);
    return { source: SOURCE, fragment, warnings };
  }

  const topCardCompany = readTopCard(doc, fragment);
  addIdsFromBpr(doc, vanity, fragment);

  const about = readAbout(doc);
  if (about) fragment.about = about;

  const totals: Partial<Record<Section, number>> = {};
  const experienceSection = sectionOf(doc, EMBER.anchors.experiences);
  if (experienceSection) {
    fragment.experiences = listItems(experienceSection).flatMap(readExperienceItem);
    addTotal(experienceSection, 'experiences', totals);
  }
  const educationSection = sectionOf(doc, EMBER.anchors.educations);
  if (educationSection) {
    fragment.educations = listItems(educationSection).flatMap(readEducationItem);
    addTotal(educationSection, 'educations', totals);
  }
  const skillsSection = sectionOf(doc, EMBER.anchors.skills);
  if (skillsSection) {
    fragment.skills = firstLines(skillsSection);
    addTotal(skillsSection, 'skills', totals);
  }
  const languagesSection = sectionOf(doc, EMBER.anchors.languages);
  if (languagesSection) fragment.languages = firstLines(languagesSection);
  const certificationsSection = sectionOf(doc, EMBER.anchors.certifications);
  if (certificationsSection) fragment.certifications = listItems(certificationsSection).flatMap(readCertification);
  if (Object.keys(totals).length > 0) fragment.totals = totals;

  const currentJob = readCurrentJob(fragment.experiences ?? [], topCardCompany);
  if (currentJob) fragment.currentJob = currentJob;
  return { source: SOURCE, fragment, warnings };
}

function absolute(href: string): string {
  return href.startsWith('/') ? `https://www.linkedin.com${href}` : href.trim();
}

/**
 * Whom the page says it is about, from the owner's own links: the "Show all" details pages and the contact overlay
 * in its body, else the canonical link (which may lag behind an in-app navigation). `confirmed` when they name the
 * URL's vanity, `other` when they name only someone else (the previous person of an in-app navigation), `unknown`
 * when the page has none of them. At a member-id address (/in/ACoA…/) the links' profileUrn ids are compared.
 */
function pageIdentity(doc: Document, vanity: string, detailsLinks: readonly Element[]): 'confirmed' | 'other' | 'unknown' {
  if (MEMBER_ID_PATTERN.test(vanity)) {
    const ids = detailsLinks.map((a) => EMBER.profileUrnParam.exec(a.getAttribute('href') ?? '')?.[1]).filter((id): id is string => Boolean(id));
    if (ids.includes(vanity)) return 'confirmed';
    return ids.length > 0 ? 'other' : 'unknown';
  }
  const body = [...detailsLinks, ...Array.from(doc.querySelectorAll(EMBER.contactInfoLink))]
    .map((a) => vanityFromUrl(absolute(a.getAttribute('href') ?? '')))
    .filter((v): v is string => v !== null);
  if (body.length > 0) return body.some((v) => sameVanity(v, vanity)) ? 'confirmed' : 'other';
  const canonical = (doc.head ?? doc).querySelector(EMBER.canonical)?.getAttribute('href');
  const named = canonical ? vanityFromUrl(canonical) : null;
  if (named) return sameVanity(named, vanity) ? 'confirmed' : 'other';
  return 'unknown';
}

/** `profileUrn=…fsd_profile:<id>` on the owner's "Show all" links; the page's other fsd_profile ids are other people. */
function memberIdFromLinks(detailsLinks: readonly Element[], vanity: string): string | null {
  for (const a of detailsLinks) {
    const href = a.getAttribute('href') ?? '';
    const m = EMBER.profileUrnParam.exec(href);
    if (!m?.[1]) continue;
    const linked = vanityFromUrl(absolute(href));
    if (linked && sameVanity(linked, vanity)) return m[1];
  }
  return null;
}

interface BprIds {
  memberId: string;
  numericMemberId: string | null;
}

/** Completes the ids the page's links and top card did not give from the embedded JSON entity of this person. */
function addIdsFromBpr(doc: Document, vanity: string, fragment: ProfileFragment): void {
  if (fragment.memberId && fragment.numericMemberId) return;
  const ids = idsFromBpr(doc, vanity);
  // An entity whose id contradicts the owner's own links is not trusted for the numeric id either.
  if (!ids || (fragment.memberId && fragment.memberId !== ids.memberId)) return;
  fragment.memberId ??= ids.memberId;
  if (ids.numericMemberId) fragment.numericMemberId ??= ids.numericMemberId;
}

/**
 * The embedded JSON holds the viewer and, after in-app navigation, whoever was loaded first: only an entity whose
 * publicIdentifier is the URL's vanity is this person.
 */
function idsFromBpr(doc: Document, vanity: string): BprIds | null {
  for (const code of Array.from(doc.querySelectorAll(EMBER.bprCode))) {
    const text = code.textContent ?? '';
    if (!text.includes('"publicIdentifier"')) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      continue;
    }
    const included = isRecord(parsed) && Array.isArray(parsed.included) ? (parsed.included as unknown[]) : [];
    for (const entity of included) {
      if (!isRecord(entity)) continue;
      const id = typeof entity.publicIdentifier === 'string' ? entity.publicIdentifier : null;
      const urn = typeof entity.entityUrn === 'string' ? entity.entityUrn : '';
      const m = EMBER.bprProfileUrn.exec(urn);
      if (!id || !m?.[1] || !sameVanity(id, vanity)) continue;
      const objectUrn = typeof entity.objectUrn === 'string' ? entity.objectUrn : '';
      return { memberId: m[1], numericMemberId: EMBER.bprMemberUrn.exec(objectUrn)?.[1] ?? null };
    }
  }
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Fills name, headline, location, photo and numeric id; returns the current company shown in the top card. */
function readTopCard(doc: Document, fragment: ProfileFragment): string | null {
  const topCard = firstMatch(doc, EMBER.topCard) ?? doc.querySelector('main') ?? doc.body;
  const name = clean(topCard.querySelector(EMBER.name)?.textContent ?? doc.querySelector(`main ${EMBER.name}`)?.textContent);
  putName(fragment, name);
  const headline = clean(topCard.querySelector(EMBER.headline)?.textContent);
  if (headline) fragment.headline = headline;
  const location = clean(topCard.querySelector(EMBER.location)?.textContent);
  if (location) fragment.location = location;
  const photoUrl = photoUrlOrNull(topCard.querySelector(EMBER.photo)?.getAttribute('src'));
  if (photoUrl) fragment.photoUrl = photoUrl;
  const numeric = topCard.getAttribute(EMBER.memberIdAttribute) ?? topCard.querySelector(`[${EMBER.memberIdAttribute}]`)?.getAttribute(EMBER.memberIdAttribute);
  if (numeric && /^\d+$/.test(numeric)) fragment.numericMemberId = numeric;
  return clean(topCard.querySelector(EMBER.currentCompany)?.textContent) || null;
}

function sectionOf(doc: Document, anchorId: string): Element | null {
  return doc.getElementById(anchorId)?.closest('section') ?? null;
}

function readAbout(doc: Document): string | null {
  const section = sectionOf(doc, EMBER.anchors.about);
  const span = section?.querySelector(EMBER.aboutText);
  const text = span ? multilineText(span) : '';
  return text || null;
}

/** The section's entries: the items of its first list. */
function listItems(section: Element): Element[] {
  const list = section.querySelector('ul');
  return list ? Array.from(list.children).filter((el) => el.tagName === 'LI') : [];
}

/** The visible lines an item prints itself (not those of its nested lists). */
function ownLines(item: Element): string[] {
  const spans = outermost(Array.from(item.querySelectorAll(EMBER.visibleText)));
  return spans
    .filter((span) => span.closest('li') === item || (item.tagName !== 'LI' && !span.closest('li')))
    .map((span) => clean(span.textContent))
    .filter(Boolean);
}

/** Nested items that are roles of their own: a title and a date line. */
function rolesOf(item: Element): Element[] {
  return Array.from(item.querySelectorAll('li')).filter((li) => {
    const lines = ownLines(li);
    return lines.length >= 2 && splitAtDate(lines).date !== null;
  });
}

/** The item's description: its "see more" text, else (details pages) the first text of its nested list. */
function descriptionOf(item: Element): string | null {
  const candidates = [
    ...Array.from(item.querySelectorAll(EMBER.descriptionText)),
    ...outermost(Array.from(item.querySelectorAll(`li ${EMBER.visibleText}`))),
  ];
  for (const span of candidates) {
    if (span.closest('a')) continue; // media thumbnails and skill links
    if (span.closest('li') === item) continue; // the item's own lines
    const text = multilineText(span);
    if (text) return text;
  }
  return null;
}

function readExperienceItem(item: Element): Experience[] {
  const roles = rolesOf(item);
  if (roles.length === 0) {
    const experience = experienceFromLines(ownLines(item), descriptionOf(item), null);
    return experience ? [experience] : [];
  }
  const header = readGroupHeader(ownLines(item));
  return roles.flatMap((role) => {
    const experience = experienceFromLines(ownLines(role), descriptionOf(role), header);
    return experience ? [experience] : [];
  });
}

function readEducationItem(item: Element): Education[] {
  const education = educationFromLines(ownLines(item));
  return education ? [education] : [];
}

function readCertification(item: Element): Certification[] {
  const [name, authority] = ownLines(item);
  return name ? [{ name, authority: authority ?? null }] : [];
}

function firstLines(section: Element): string[] {
  const values = listItems(section)
    .map((li) => ownLines(li)[0] ?? '')
    .filter(Boolean);
  return Array.from(new Set(values));
}

function addTotal(section: Element, name: Section, totals: Partial<Record<Section, number>>): void {
  for (const link of Array.from(section.querySelectorAll(EMBER.detailsLink))) {
    if (sectionOfDetailsHref(link.getAttribute('href') ?? '') !== name) continue;
    const n = firstInteger(link.textContent);
    if (n !== null) {
      totals[name] = n;
      return;
    }
  }
}

/** /in/<vanity>/details/<section>/: the full list of one section, nothing else. */
function readDetailsPage(doc: Document, section: string, fragment: ProfileFragment): void {
  const main = doc.querySelector('main') ?? doc.body;
  const items = outermost(Array.from(main.querySelectorAll(EMBER.detailsItem)));
  if (section === 'experience') fragment.experiences = items.flatMap(readExperienceItem);
  else if (section === 'education') fragment.educations = items.flatMap(readEducationItem);
  else if (section === 'skills') {
    fragment.skills = Array.from(new Set(items.map((li) => ownLines(li)[0] ?? '').filter(Boolean)));
  } else if (section === 'languages') {
    fragment.languages = Array.from(new Set(items.map((li) => ownLines(li)[0] ?? '').filter(Boolean)));
  }
}

function readCurrentJob(
  experiences: readonly Experience[],
  company: string | null,
): { title: string | null; company: string | null } | null {
  const current = experiences.filter((e) => e.isCurrent);
  const match =
    current.find((e) => company !== null && e.company !== null && clean(e.company).toLowerCase() === company.toLowerCase()) ??
    current[0];
  if (!company && !match) return null;
  return { title: match?.title ?? null, company: company ?? match?.company ?? null };
}
