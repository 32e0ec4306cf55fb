// A LinkedIn Recruiter profile (`/talent/profile/<AEMAA id>`, or opened over a project or search) read as one person:
// the top card (name, headline, location), the public /in/ URL where the page links it, summary, experience,
// education and skills, from Recruiter's `data-test-*` hooks (recruiter-selectors.ts; INFERRED from public references,
// docs/ARCHITECTURE.md). Only what the page shows: nothing is clicked, opened or fetched. Without a public link the
// person is saved under their Recruiter address and the profile says so.
import { clean, firstInteger, multilineText, outermost, photoUrlOrNull } from '@/lib/linkedin/dom/text';
import { dotSegments, isDuration, isWorkplaceType } from '@/lib/linkedin/dom/entry-lines';
import { parseDateRange, type DateRange } from '@/lib/profile/dates';
import { splitName } from '@/lib/profile/name';
import {
  RECRUITER_PROFILE_ID_PATTERN,
  SECTIONS,
  profileSchema,
  type Education,
  type Experience,
  type Profile,
  type Section,
  type SectionCompleteness,
  type SourceId,
  type Warning,
} from '@/lib/profile/profile';
import { recruiterProfileUrl, vanityFromUrl } from '@/lib/profile/url';
import { identityFromHref } from './person-link';
import { RECRUITER } from './recruiter-selectors';

/** The source a Recruiter profile is credited to ("Read from the Recruiter page"). */
export const RECRUITER_SOURCE: SourceId = 'recruiter';

export const RECRUITER_LAYOUT = 'recruiter-profile';

/** What the page shows of a section: whether its card was there, and whether it shows only part of the list. */
export interface RecruiterSection<T> {
  items: T[];
  /** The section's card (or its entries) is on the page. */
  seen: boolean;
  /** A "Show all" of the card has not been used: the card shows part of its list. */
  partial: boolean;
  /** The count the unused "Show all" prints, when it is more than was read. */
  total: number | null;
}

export interface RecruiterRead {
  layout: typeof RECRUITER_LAYOUT;
  fullName: string;
  headline: string | null;
  location: string | null;
  photoUrl: string | null;
  about: string | null;
  /** The top card's current employer, for a profile whose experience shows no current role. */
  currentEmployer: string | null;
  /** `https://www.linkedin.com/in/<vanity>/` from the page's public-profile link, else null. */
  publicUrl: string | null;
  /** Recruiter profile ids the top card links to: the person the card shows (empty when it links none). */
  linkedIds: string[];
  experiences: RecruiterSection<Experience>;
  educations: RecruiterSection<Education>;
  skills: RecruiterSection<string>;
}

function inList(el: Element): boolean {
  return el.closest(RECRUITER.listRow) !== null;
}

function outsideList(elements: Iterable<Element>): Element[] {
  return Array.from(elements).filter((el) => !inList(el));
}

/** An element's text without what is never the person's (hover content, screen-reader copies, buttons). */
function textOf(el: Element | null | undefined, drop?: string): string {
  if (!el) return '';
  const copy = el.cloneNode(true) as Element;
  for (const n of Array.from(copy.querySelectorAll(drop ? `${RECRUITER.notText}, ${drop}` : RECRUITER.notText))) n.remove();
  return clean(copy.textContent);
}

function orNull(text: string): string | null {
  return text ? text : null;
}

/** The location as printed, without the separator Recruiter puts in front of it ("· Lyon"). */
function place(text: string): string {
  return text.replace(/^[·•|,\s]+/, '').trim();
}

/** The profile's container: the drawer over a list first, then the full page's, else the whole document. */
function profileRoot(doc: Document): ParentNode {
  return doc.querySelector(RECRUITER.drawerRoot) ?? outsideList(doc.querySelectorAll(RECRUITER.root))[0] ?? doc;
}

/**
 * One entry's scope inside a card: the list item of its anchor (a role's title, a skill's name) when that item holds
 * no other entry's anchor, else the largest ancestor that holds none.
 */
function entryScope(anchor: Element, card: Element, anchors: string): Element {
  const item = anchor.closest('li');
  if (item && card.contains(item) && item !== card && item.querySelectorAll(anchors).length === 1) return item;
  let scope = anchor;
  while (scope.parentElement && scope.parentElement !== card && scope.parentElement.querySelectorAll(anchors).length === 1) {
    scope = scope.parentElement;
  }
  return scope;
}

/** An unused "Show all" of the card itself (not one inside an entry, such as a role's own "show skills"). */
function cardExpander(card: Element, scopes: readonly Element[]): { partial: boolean; total: number | null } {
  const own = Array.from(card.querySelectorAll(RECRUITER.collapsed)).filter((b) => !scopes.some((s) => s.contains(b)));
  const counts = own.map((b) => firstInteger(b.textContent)).filter((n): n is number => n !== null);
  return { partial: own.length > 0, total: counts.length > 0 ? Math.max(...counts) : null };
}

function rangeOf(el: Element | null): DateRange | null {
  // The duration ("2 yrs 3 mos") has a hook of its own; it is LinkedIn's arithmetic, not a date.
  return el ? parseDateRange(textOf(el, '[data-test-position-entity-duration], [data-test-grouped-position-entity-duration]')) : null;
}

/**
 * The employer a grouped role belongs to, and the group's employment type: printed once, on the group that holds the
 * role (a type printed inside another role is that role's).
 */
function groupOf(title: Element, card: Element): { company: string | null; employmentType: string | null } | null {
  for (let group = title.parentElement; group && group !== card; group = group.parentElement) {
    const company = group.querySelector(RECRUITER.groupCompany);
    if (!company) continue;
    const status = Array.from(group.querySelectorAll(RECRUITER.groupStatus)).find((el) => {
      const item = el.closest('li');
      return !item || !group.contains(item) || item.querySelector(RECRUITER.groupedTitle) === null;
    });
    return { company: orNull(textOf(company)), employmentType: orNull(textOf(status)) };
  }
  return null;
}

function readRole(title: Element, scope: Element, card: Element): Experience | null {
  const name = textOf(title);
  if (!name) return null;
  const field = (f: Parameters<typeof RECRUITER.positionField>[0]) => scope.querySelector(RECRUITER.positionField(f));
  // "Company · Contract": the company, then the employment type (when the role has no status of its own).
  const printed = dotSegments(textOf(field('company-link')) || textOf(field('company-name')));
  const group = title.matches(RECRUITER.groupedTitle) ? groupOf(title, card) : null;
  const company = group?.company ?? printed[0] ?? null;
  const status = textOf(field('employment-status'));
  const employmentType = status || printed.slice(1).find((s) => !isDuration(s) && !isWorkplaceType(s)) || group?.employmentType || null;
  const range = rangeOf(field('date-range'));
  const descriptionEl = field('description');
  const description = descriptionEl ? multilineText(descriptionEl, (el) => el.matches(RECRUITER.notText)) : '';
  return {
    title: name,
    company,
    location: orNull(place(textOf(field('location')))),
    startDate: range?.start ?? null,
    endDate: range?.isCurrent ? null : (range?.end ?? null),
    isCurrent: range?.isCurrent ?? false,
    description: orNull(description),
    employmentType,
  };
}

function readExperiences(root: ParentNode): RecruiterSection<Experience> {
  const card = outsideList(root.querySelectorAll(RECRUITER.backgroundCard))[0];
  if (!card) return { items: [], seen: false, partial: false, total: null };
  const titles = outermost(Array.from(card.querySelectorAll(RECRUITER.positionTitle)));
  const scopes = titles.map((t) => entryScope(t, card, RECRUITER.positionTitle));
  const items = titles.map((t, i) => readRole(t, scopes[i] ?? t, card)).filter((e): e is Experience => e !== null);
  return { items, seen: items.length > 0, ...cardExpander(card, scopes) };
}

function readEducations(root: ParentNode): RecruiterSection<Education> {
  const items: Education[] = [];
  for (const item of outermost(outsideList(root.querySelectorAll(RECRUITER.educationItem)))) {
    const school = textOf(item.querySelector(RECRUITER.school));
    if (!school) continue;
    const range = rangeOf(item.querySelector(RECRUITER.educationDates));
    items.push({
      school,
      degree: orNull(textOf(item.querySelector(RECRUITER.degree))),
      field: orNull(textOf(item.querySelector(RECRUITER.field))),
      startDate: range?.start ?? null,
      endDate: range?.isCurrent ? null : (range?.end ?? null),
    });
  }
  return { items, seen: items.length > 0, partial: false, total: null };
}

function readSkills(root: ParentNode): RecruiterSection<string> {
  const card = outsideList(root.querySelectorAll(RECRUITER.skillsCard))[0];
  const names = outermost(outsideList((card ?? root).querySelectorAll(RECRUITER.skill)));
  const items: string[] = [];
  const seen = new Set<string>();
  for (const el of names) {
    const skill = textOf(el);
    if (!skill || seen.has(skill.toLowerCase())) continue;
    seen.add(skill.toLowerCase());
    items.push(skill);
  }
  const expander = card ? cardExpander(card, names.map((n) => entryScope(n, card, RECRUITER.skill))) : { partial: false, total: null };
  return { items, seen: items.length > 0, ...expander };
}

/** The public /in/ URL the page links (the Personal information card, the "Public profile" hovercard), else null. */
function publicUrlOf(root: ParentNode): string | null {
  for (const a of outsideList(root.querySelectorAll(RECRUITER.publicProfileLink))) {
    const url = identityFromHref(a.getAttribute('href'))?.profileUrl;
    if (url) return url;
  }
  for (const el of outsideList(root.querySelectorAll(RECRUITER.publicProfileText))) {
    const url = identityFromHref(clean(el.textContent))?.profileUrl;
    if (url) return url;
  }
  return null;
}

function pathOf(href: string | null): string {
  try {
    return new URL(href ?? '', 'https://www.linkedin.com/').pathname;
  } catch {
    return '';
  }
}

function linkedIdsOf(topCard: Element): string[] {
  const ids = new Set<string>();
  for (const a of Array.from(topCard.querySelectorAll(RECRUITER.profileLink))) {
    const id = /\/profile\/([^/]+)\/?$/.exec(pathOf(a.getAttribute('href')))?.[1];
    if (id && RECRUITER_PROFILE_ID_PATTERN.test(id)) ids.add(id);
  }
  return [...ids];
}

/** The person a Recruiter profile shows, or null when the page has no top card with a name (not rendered yet). */
export function readRecruiterPage(doc: Document): RecruiterRead | null {
  const root = profileRoot(doc);
  // The top card names the person; without one, only a real profile container may be read (never the list behind).
  const topCard = outsideList(root.querySelectorAll(RECRUITER.topCard))[0] ?? (root === doc ? null : (root as Element));
  if (!topCard) return null;
  const fullName = textOf(outsideList(topCard.querySelectorAll(RECRUITER.name))[0]);
  if (!fullName) return null;
  const summary = root.querySelector(RECRUITER.summary);
  return {
    layout: RECRUITER_LAYOUT,
    fullName,
    headline: orNull(textOf(topCard.querySelector(RECRUITER.headline))),
    location: orNull(place(textOf(topCard.querySelector(RECRUITER.location)))),
    photoUrl: photoUrlOrNull(topCard.querySelector(RECRUITER.photo)?.getAttribute('src')),
    about: summary ? orNull(multilineText(summary, (el) => el.matches(RECRUITER.notText))) : null,
    currentEmployer: orNull(textOf(topCard.querySelector(RECRUITER.currentEmployer))),
    publicUrl: publicUrlOf(root),
    linkedIds: linkedIdsOf(topCard),
    experiences: readExperiences(root),
    educations: readEducations(root),
    skills: readSkills(root),
  };
}

function completenessOf<T>(section: RecruiterSection<T>): SectionCompleteness {
  if (!section.seen) return { read: 0, total: null, loaded: false, gap: { reason: 'not-rendered' } };
  const read = section.items.length;
  const base: SectionCompleteness = { read, total: null, loaded: true, from: RECRUITER_SOURCE };
  if (!section.partial) return base;
  // Part of the list: short of the count the "Show all" prints, or (no count) marked as cut.
  return { ...base, total: section.total !== null && section.total > read ? section.total : null, gap: { reason: 'not-rendered' } };
}

export const NO_PUBLIC_URL_MESSAGE =
  'The public LinkedIn URL (linkedin.com/in/…) is not on this Recruiter page: the person is saved under their Recruiter address, and tools that need the public URL leave them out.';

/**
 * A Recruiter profile as a Profile: the public /in/ URL when the page links it, else the Recruiter address of the
 * URL's id (with a warning that says so). Null when the page gives no name the Profile accepts.
 */
export function recruiterReadToProfile(read: RecruiterRead, recruiterId: string): Profile | null {
  const name = splitName(read.fullName);
  if (!name.fullName || name.isPlaceholder) return null;
  const vanity = read.publicUrl ? vanityFromUrl(read.publicUrl) : null;
  const address =
    read.publicUrl && vanity
      ? { profileUrl: read.publicUrl, publicIdentifier: vanity }
      : { profileUrl: recruiterProfileUrl(recruiterId), publicIdentifier: recruiterId };
  const current = read.experiences.items.find((e) => e.isCurrent);
  const notRead: SectionCompleteness = { read: 0, total: null, loaded: false, gap: { reason: 'no-source' } };
  const completeness = Object.fromEntries(SECTIONS.map((s) => [s, notRead])) as Record<Section, SectionCompleteness>;
  completeness.experiences = completenessOf(read.experiences);
  completeness.educations = completenessOf(read.educations);
  completeness.skills = completenessOf(read.skills);
  const warnings: Warning[] = vanity ? [] : [{ code: 'field-missing', message: NO_PUBLIC_URL_MESSAGE }];
  const candidate: Profile = {
    ...address,
    memberId: null,
    numericMemberId: null,
    fullName: name.fullName,
    firstName: name.firstName,
    lastName: name.lastName,
    headline: read.headline,
    location: read.location,
    photoUrl: read.photoUrl,
    about: read.about,
    currentJob: current
      ? { title: current.title, company: current.company }
      : read.currentEmployer
        ? { title: null, company: read.currentEmployer }
        : null,
    experiences: read.experiences.items,
    educations: read.educations.items,
    skills: read.skills.items,
    languages: [],
    certifications: [],
    websites: [],
    completeness,
    warnings,
    sources: [RECRUITER_SOURCE],
  };
  const parsed = profileSchema.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}
