// The 2026 server-driven LinkedIn pages of the sandbox, rendered for an invented person (FakePerson): the profile
// page (top card, About, lazy section containers below Activity) and the details pages
// /in/<vanity>/details/{experience,education,skills,certifications,languages}/ (10 entries, then a pager), plus the
// sandbox's own scripts that fill lazy containers and page details lists the way LinkedIn's client does.
//
// The markup is written for this project. Its STRUCTURE (nesting without classes, componentkeys, hrefs, <p> lines)
// follows these public references; no text, id or name of theirs is used:
// - santhoshguduri/linkedin-profile-api server/tests/fixtures/rendered-profile.html and rendered-grouped-roles.html
//   @d5c89aa9c931b1e6d8ffe478cb19f94dba5eaa62 (~2026-08-30; our ../shared/linkedin captures 16 and 17): card
//   componentkeys, container order, name <h2> in ProfileVerificationTriggerRef-<vanity>, photo hook, entry keys,
//   <hr> separators, grouped roles as ul > li;
// - reyyanxahmed/linkedin-profile-api docs/REVERSE_ENGINEERING.md @d4ce1c2dcee7a8e7321be257a6ea3b08d31dbf65 and
//   app/linkedin/strategies/flagship_web.py @0da88e1d933fe534cc5efc2d7929be7d94fdc09a: the component POST and its body;
// - wyattowalsh/linkedin-profile-exporter apps/extension/entrypoints/linkedin.content.ts
//   @56792af03de078837aff94db55b269af50a7de7c (2026-08-21): skill keys `com.linkedin.sdui.profile.skill(<id>, <n>)`,
//   pagination POSTs captured in the page;
// - stickerdaniel/linkedin-mcp-server linkedin_mcp_server/scraping/extractor.py @9bc9cf226d219e162bcf338c70aef58ce3696023
//   (2026-08-22): details pages page with a "Show more" button inside <main>;
// - Sanskar84/tross-linkedin-profile-api src/tross_linkedin_api/parsers/como.py @316543834af74e275af046fb286db074130ed4e7:
//   PaginationRequest descriptors embedded in the page;
// - code found in the public search index without a repository name (ids in our research note
//   /work/research/linkedin-2026-sources.md §3–§4): 68358428988 / 68542633646 (details pages, 2026-09:
//   data-sdui-screen, LazyColumn, <hr>, "Endorse" rows, single/grouped experience lines), 59551716132 (pager body,
//   page size 10, "Nothing to see for now" past the end), 70368963501 (pronouns and "· 2nd" on the name row),
//   65727642328 ("Top skills" <p> and its sibling), 69385973420 (name <h2> in a plain keyed <div>, 2026-09-13).
// INFERRED (no public capture shows it): the exact nesting depth and wrappers; the empty-state wording of a details
// page with no entries; the Sept-2026 top card beyond the name wrapper; the "Show all <things>" aria-labels of
// section cards; that the pager counts entries (an employer with grouped roles is one entry); the descriptor's
// place in a JSON <script> (LinkedIn embeds it in a rehydration script); and that LinkedIn answers an rsc-action POST
// with HTML (it answers a React Flight stream: the sandbox simplifies).
import type { YearMonth } from '@/lib/profile/profile';
import { createHash } from 'node:crypto';
import { escapeHtml as h } from './http';
import {
  companyIdOf,
  earliest,
  LANGUAGE_PROFICIENCY_TEXT,
  latestEnd,
  numericMemberIdOf,
  PHOTO_WIDTHS,
  photoUrl,
  positionGroups,
  schoolIdOf,
  type FakeCertification,
  type FakeEducation,
  type FakePerson,
  type PositionGroup,
} from './voyager-data';

/** The sandbox's "today": what "Present" durations are counted to. */
export const SANDBOX_TODAY: YearMonth = { year: 2026, month: 12 };

export const DETAILS_SLUGS = ['experience', 'education', 'skills', 'certifications', 'languages'] as const;
export type DetailsSlug = (typeof DETAILS_SLUGS)[number];

/** Entries per details page, and per pagination answer (LinkedIn's web client asks for 10). */
export const DETAILS_PAGE_SIZE = 10;
/** Entries a profile-page card shows before its "Show all" link (skills: 2). */
export const CARD_LIMIT = 5;
export const SKILLS_CARD_LIMIT = 2;

export const PAGER_PREFIX = 'com.linkedin.sdui.pagers.profile.details.';
export const COMPONENT_PREFIX = 'com.linkedin.sdui.generated.profile.dsl.impl.';
export const CARD_KEY_PREFIX = 'com.linkedin.sdui.profile.card.ref';
export const COMPONENT_ACTION_PATH = '/flagship-web/rsc-action/actions/component';
export const PAGINATION_ACTION_PATH = '/flagship-web/rsc-action/actions/pagination';
export const SANDBOX_LAZY_PATH = '/__sandbox/lazy.js';
export const SANDBOX_PAGER_PATH = '/__sandbox/pager.js';
/** Sandbox-only answer header of the pagination action: how many entries the fragment holds (0 past the end). */
export const ITEM_COUNT_HEADER = 'x-sandbox-item-count';

/** The transparent 1×1 GIF LinkedIn's lazy images carry before they load (no public source: see the header). */
export const PHOTO_PLACEHOLDER = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

/** The empty state of a details list, and of a pagination answer past the end. */
export const EMPTY_STATE_TITLE = 'Nothing to see for now';

/**
 * The CSP of the sandbox's 2026 pages: LinkedIn enforces Trusted Types, so a string assigned to innerHTML or given
 * to DOMParser in the page's own world throws. The sandbox scripts share one policy, `linkedin-sandbox`.
 */
export const LINKEDIN_PAGE_CSP =
  "require-trusted-types-for 'script'; trusted-types linkedin-sandbox 'allow-duplicates'; script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'";

/** The lazy containers below Activity, in page order (capture 16); the experience one first. */
export const LAZY_CONTAINERS = [
  'profileCardsExperienceOnly',
  'profileCardsBelowActivityPart1WithoutExp',
  'profileCardsBelowActivityPart7',
  'profileCardsBelowActivityPart2',
  'profileCardsBelowActivityPart3',
  'profileCardsBelowActivityPart4',
  'profileCardsBelowActivityPart5',
  'profileCardsBelowActivityPart6',
] as const;
export type LazyContainer = (typeof LAZY_CONTAINERS)[number];

export function isLazyContainer(name: string): name is LazyContainer {
  return (LAZY_CONTAINERS as readonly string[]).includes(name);
}

/** Which screen each details page is (`data-sdui-screen="com.linkedin.sdui.flagshipnav.profile.Profile<X>Details"`). */
const SCREEN: Record<DetailsSlug, string> = {
  experience: 'Experience',
  education: 'Education',
  skills: 'Skill',
  certifications: 'Certification',
  languages: 'Language',
};

const HEADING: Record<DetailsSlug, string> = {
  experience: 'Experience',
  education: 'Education',
  skills: 'Skills',
  certifications: 'Licenses & certifications',
  languages: 'Languages',
};

/** The "Show all …" aria-label of a section card (2026 links carry no count). */
const SHOW_ALL_LABEL: Record<DetailsSlug, string> = {
  experience: 'Show all experiences',
  education: 'Show all educations',
  skills: 'Show all skills',
  certifications: 'Show all licenses & certifications',
  languages: 'Show all languages',
};

export interface ProfilePageOptions {
  /** Every container below Activity is served empty and filled by /__sandbox/lazy.js when it scrolls into view. */
  lazy?: boolean;
  /** `link` (capture 16): the name <h2> inside a[componentkey="ProfileVerificationTriggerRef-<vanity>"]; `plain-div`
   * (Sept 2026): the <h2> in a plain <div> with that componentkey. Neither has an <h1>. */
  nameMarkup?: 'link' | 'plain-div';
  /** Show the person's pronouns on the name row (default: when the person has some). */
  pronouns?: boolean;
  /** Show the About card's "Top skills" line (default: when the person has some). */
  topSkills?: boolean;
  /** `srcset` (default with a photo): media.licdn.com 100/200/400/800; `placeholder`: the 1×1 data: GIF, no srcset. */
  photo?: 'srcset' | 'placeholder' | 'none';
  /** The viewer's connection degree, shown as "· 2nd" (1st: Message instead of Connect, so no numeric member id). */
  degree?: '1st' | '2nd' | '3rd+';
  /** Unread notifications, shown in the title as "(N) Name | LinkedIn" (0: none). */
  notifications?: number;
  /** "More profiles for you": other people's links after <main>. */
  alsoViewed?: readonly FakePerson[];
  today?: YearMonth;
}

export interface DetailsPageOptions {
  /** `server` (default): the first 10 entries are in the HTML; `client`: the list is served empty and the pager
   * script asks for the first page at once (LinkedIn sometimes streams the section in after load). */
  firstPage?: 'server' | 'client';
  notifications?: number;
  today?: YearMonth;
}

// ---- small helpers ----

function digestHex(label: string): string {
  return createHash('sha256').update(label).digest('hex');
}

function uuid(label: string): string {
  const x = digestHex(label);
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-4${x.slice(13, 16)}-a${x.slice(17, 20)}-${x.slice(20, 32)}`;
}

function itemKey(label: string): string {
  return `entity-collection-item-${digestHex(label).slice(0, 8)}`;
}

export function profileUrl(person: FakePerson): string {
  return `https://www.linkedin.com/in/${encodeURIComponent(person.vanity)}/`;
}

export function detailsUrl(person: FakePerson, slug: DetailsSlug): string {
  return `${profileUrl(person)}details/${slug}/`;
}

export function cardKey(person: FakePerson, card: string): string {
  return `${CARD_KEY_PREFIX}${person.memberId}${card}`;
}

export function fullName(person: FakePerson): string {
  return `${person.firstName} ${person.lastName}`;
}

function logoUrl(kind: 'company' | 'school', name: string): string {
  const hash = digestHex(`${kind}-logo:${name}`);
  const slugged = name.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
  return `https://media.licdn.com/dms/image/v2/C4E0BAQ${hash.slice(0, 12)}/company-logo_100_100/company-logo_100_100/0/1630000000000/${slugged}_logo?e=1766016000&v=beta&t=fake`;
}

function companyHref(name: string): string {
  return `https://www.linkedin.com/company/${companyIdOf(name)}/`;
}

function schoolHref(name: string): string {
  return `https://www.linkedin.com/school/${schoolIdOf(name)}/`;
}

function multiline(text: string): string {
  return text.split('\n').map(h).join('<br>');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function formatDate(d: YearMonth): string {
  return d.month ? `${MONTHS[d.month - 1]} ${d.year}` : String(d.year);
}

/** LinkedIn's own arithmetic: both months counted ("Jan 2020 – Dec 2020" is 1 yr). */
export function durationText(start: YearMonth, end: YearMonth | undefined, today: YearMonth): string | null {
  const until = end ?? today;
  if (!start.month || !until.month) return null;
  const months = until.year * 12 + until.month - (start.year * 12 + start.month) + 1;
  if (months <= 0) return null;
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const parts = [years ? `${years} yr${years > 1 ? 's' : ''}` : '', rest ? `${rest} mo${rest > 1 ? 's' : ''}` : ''].filter(Boolean);
  return parts.join(' ');
}

/** "Mar 2022 – Present · 4 yrs 10 mos", "2019 – 2021" (en dash, as on the 2026 pages). */
export function dateLine(start: YearMonth | undefined, end: YearMonth | undefined, today: YearMonth, withDuration = true): string | null {
  if (!start) return end ? formatDate(end) : null;
  const range = `${formatDate(start)} – ${end ? formatDate(end) : 'Present'}`;
  const duration = withDuration ? durationText(start, end, today) : null;
  return duration ? `${range} · ${duration}` : range;
}

function p(text: string | null | undefined): string {
  return text ? `<p>${h(text)}</p>` : '';
}

function placeLine(location: string | undefined, workplace: string | undefined): string | null {
  const parts = [location, workplace].filter((x): x is string => !!x);
  return parts.length ? parts.join(' · ') : null;
}

function showAllLink(person: FakePerson, slug: DetailsSlug): string {
  return `<div><a href="${h(detailsUrl(person, slug))}" aria-label="${h(SHOW_ALL_LABEL[slug])}"><span><span>Show all</span></span></a></div>`;
}

function endorsements(person: FakePerson, skillIndex: number): string | null {
  if (skillIndex >= 12) return null;
  const n = (parseInt(digestHex(`${person.vanity}:endorse:${skillIndex}`).slice(0, 4), 16) % 60) + 1;
  return n === 1 ? '1 endorsement' : `${n} endorsements`;
}

// ---- entries (shared by profile cards, details pages and pagination answers) ----

/** One employer entry: a single role (4 lines: title / "Company · Type" / dates / place), or grouped roles. */
function experienceEntry(person: FakePerson, g: PositionGroup, withRule: boolean, today: YearMonth): string {
  const company = g.company;
  const href = h(companyHref(company));
  const key = itemKey(`${person.vanity}:experience:${g.positions[0]?.index ?? 0}`);
  const rule = withRule ? '<hr>' : '';
  const logo = `<a href="${href}"><figure><img alt="${h(company)} logo" src="${h(logoUrl('company', company))}"></figure></a>`;
  const description = (text: string | undefined) => (text ? `<div><p>${multiline(text)}</p></div>` : '');

  const first = g.positions[0];
  if (g.positions.length === 1 && first) {
    const role = first.p;
    const companyLine = role.employmentType ? `${company} · ${role.employmentType}` : company;
    return (
      `<div componentkey="${key}">${rule}<div><div><div>${logo}<div>` +
      `<a href="${href}"><div><div><div><p>${h(role.title)}</p><p>${h(companyLine)}</p></div></div>` +
      `${p(dateLine(role.start, role.end, today))}${p(placeLine(role.location, role.workplace))}</div></a>` +
      `${description(role.description)}</div></div></div></div></div>`
    );
  }

  const roles = g.positions.map(({ p: role }) => role);
  const types = new Set(roles.map((r) => r.employmentType ?? ''));
  const sharedType = types.size === 1 ? roles[0]?.employmentType : undefined;
  const places = new Set(roles.map((r) => placeLine(r.location, r.workplace) ?? ''));
  const sharedPlace = places.size === 1 ? placeLine(roles[0]?.location, roles[0]?.workplace) : null;
  const start = earliest(roles.map((r) => r.start));
  const total = start ? durationText(start, latestEnd(roles), today) : null;
  const meta = [sharedType, total].filter(Boolean).join(' · ');
  const items = roles
    .map((role) => {
      const lines =
        p(role.title) +
        (sharedType === undefined ? p(role.employmentType) : '') +
        p(dateLine(role.start, role.end, today)) +
        (sharedPlace === null ? p(placeLine(role.location, role.workplace)) : '');
      return `<li><div><div></div></div><div><div>${lines}</div>${description(role.description)}</div></li>`;
    })
    .join('');
  return (
    `<div componentkey="${key}">${rule}<div><div><div>${logo}<div>` +
    `<a href="${href}"><div><div><div><p>${h(company)}</p>${p(meta)}</div></div>${p(sharedPlace)}</div></a>` +
    `</div></div></div></div><ul>${items}</ul></div>`
  );
}

function educationLines(e: FakeEducation, today: YearMonth): string {
  const degree = [e.degree, e.field].filter(Boolean).join(', ');
  const href = h(schoolHref(e.school));
  return (
    `<div><div><div><a href="${href}"><figure><img alt="${h(e.school)} logo" src="${h(logoUrl('school', e.school))}"></figure></a>` +
    `<div><a href="${href}"><div><div><div><p>${h(e.school)}</p>${p(degree)}</div></div>` +
    `${p(dateLine(e.start, e.end, today, false))}</div></a></div></div></div></div>`
  );
}

function certificationLines(c: FakeCertification): string {
  const issuer = c.authority;
  const logo = issuer
    ? `<a href="${h(companyHref(issuer))}"><figure><img alt="${h(issuer)} logo" src="${h(logoUrl('company', issuer))}"></figure></a>`
    : '';
  const credential = c.url
    ? `<div><a href="${h(c.url)}" aria-label="Show credential: ${h(c.name)}"><span>Show credential</span></a></div>`
    : '';
  return (
    `<div><div>${logo}<div><div>${p(c.name)}${p(issuer)}${p(c.issued ? `Issued ${formatDate(c.issued)}` : null)}` +
    `${p(c.credentialId ? `Credential ID ${c.credentialId}` : null)}</div>${credential}</div></div></div>`
  );
}

function languageLines(person: FakePerson, name: string): string {
  const proficiency = person.languageProficiencies?.[name];
  return `<div><div><div>${p(name)}${p(proficiency ? LANGUAGE_PROFICIENCY_TEXT[proficiency] : null)}</div></div></div>`;
}

function skillDetailsEntry(person: FakePerson, name: string, index: number): string {
  return (
    `<div componentkey="com.linkedin.sdui.profile.skill(${person.memberId}, ${index + 1})"><div><div><div>${p(name)}</div>` +
    `<div>${p(endorsements(person, index))}</div></div>` +
    `<div><button type="button" aria-label="Endorse ${h(name)}"><span>Endorse</span></button></div></div></div>`
  );
}

/** How many entries the section's details list has (an employer with grouped roles is one entry). */
export function detailsEntryCount(person: FakePerson, slug: DetailsSlug): number {
  switch (slug) {
    case 'experience':
      return positionGroups(person.positions).length;
    case 'education':
      return person.educations?.length ?? 0;
    case 'skills':
      return person.skills?.length ?? 0;
    case 'certifications':
      return person.certifications?.length ?? 0;
    case 'languages':
      return person.languages?.length ?? 0;
  }
}

/**
 * Entries `start`…`start+count-1` of a details list, as the list holds them: experience entries keyed
 * `entity-collection-item-…` (each after the first opening with <hr>); the others separated by <hr> (for skills each
 * rule in its own <div>, each skill keyed `com.linkedin.sdui.profile.skill(<id>, <n>)`). `count` says how many came.
 */
export function renderDetailsEntries(
  person: FakePerson,
  slug: DetailsSlug,
  start: number,
  count: number,
  today: YearMonth = SANDBOX_TODAY,
): { html: string; count: number } {
  const from = Math.max(0, start);
  const to = Math.min(detailsEntryCount(person, slug), from + Math.max(0, count));
  const parts: string[] = [];
  for (let i = from; i < to; i++) {
    const rule = i > 0;
    switch (slug) {
      case 'experience': {
        const g = positionGroups(person.positions)[i];
        if (g) parts.push(experienceEntry(person, g, rule, today));
        break;
      }
      case 'education': {
        const e = person.educations?.[i];
        if (e) parts.push(`${rule ? '<hr>' : ''}${educationLines(e, today)}`);
        break;
      }
      case 'skills': {
        const s = person.skills?.[i];
        if (s !== undefined) parts.push(`${rule ? '<div><hr></div>' : ''}${skillDetailsEntry(person, s, i)}`);
        break;
      }
      case 'certifications': {
        const c = person.certifications?.[i];
        if (c) parts.push(`${rule ? '<hr>' : ''}${certificationLines(c)}`);
        break;
      }
      case 'languages': {
        const l = person.languages?.[i];
        if (l !== undefined) parts.push(`${rule ? '<hr>' : ''}${languageLines(person, l)}`);
        break;
      }
    }
  }
  return { html: parts.join(''), count: Math.max(0, to - from) };
}

const EMPTY_NOUN: Record<DetailsSlug, string> = {
  experience: 'Experience',
  education: 'Education',
  skills: 'Skills',
  certifications: 'Licenses & certifications',
  languages: 'Languages',
};

/** The empty state: what a details list with no entries shows, and what the pager answers past the end. */
export function emptyStateHtml(person: FakePerson, slug: DetailsSlug): string {
  return `<div><div><p>${h(EMPTY_STATE_TITLE)}</p><p>${h(`${EMPTY_NOUN[slug]} that ${person.firstName} adds will appear here.`)}</p></div></div>`;
}

// ---- profile page cards ----

function card(person: FakePerson, name: string, inner: string): string {
  const key = cardKey(person, name);
  return `<div componentkey="${key}"><div><section componentkey="${key}"><div>${inner}</div></section></div></div>`;
}

function emptyCard(person: FakePerson, name: string): string {
  return `<div componentkey="${cardKey(person, name)}"></div>`;
}

/** A section card's list: entries separated by <hr>, each keyed by a UUID (education, skills…), as in capture 16. */
function uuidList(person: FakePerson, label: string, entries: string[]): string {
  return entries.map((e, i) => `${i > 0 ? '<hr>' : ''}<div componentkey="${uuid(`${person.vanity}:${label}:${i}`)}">${e}<div></div></div>`).join('');
}

function experienceCard(person: FakePerson, today: YearMonth): string {
  const groups = positionGroups(person.positions);
  if (groups.length === 0) return emptyCard(person, 'ExperienceTopLevelSection');
  const shown = groups.slice(0, CARD_LIMIT).map((g, i) => experienceEntry(person, g, i > 0, today)).join('');
  const more = groups.length > CARD_LIMIT ? showAllLink(person, 'experience') : '';
  return card(
    person,
    'ExperienceTopLevelSection',
    `<div><div componentkey="Profile_Top_Level_ExperienceTopLevelSection${h(person.vanity)}"></div></div>` +
      `<div><div><div><h2 componentkey="ProfileNullStateCardAnchor_Experience">Experience</h2></div><div>${shown}</div><hr>${more}</div></div>`,
  );
}

function educationCard(person: FakePerson, today: YearMonth): string {
  const educations = person.educations ?? [];
  if (educations.length === 0) return emptyCard(person, 'EducationTopLevelSection');
  const shown = uuidList(person, 'education', educations.slice(0, CARD_LIMIT).map((e) => educationLines(e, today)));
  const more = educations.length > CARD_LIMIT ? showAllLink(person, 'education') : '';
  return card(
    person,
    'EducationTopLevelSection',
    `<div><div componentkey="profile_education_top_anchor_${h(person.vanity)}"></div></div>` +
      `<div><div><div><h2 componentkey="ProfileNullStateCardAnchor_Education">Education</h2></div><div><div>${shown}</div></div>${more}</div></div>`,
  );
}

function certificationsCard(person: FakePerson): string {
  const certifications = person.certifications ?? [];
  if (certifications.length === 0) return emptyCard(person, 'CertificationTopLevel');
  const shown = uuidList(person, 'certification', certifications.slice(0, CARD_LIMIT).map(certificationLines));
  const more = certifications.length > CARD_LIMIT ? showAllLink(person, 'certifications') : '';
  return card(person, 'CertificationTopLevel', `<div><div><div><h2>Licenses &amp; certifications</h2></div><div><div>${shown}</div></div>${more}</div></div>`);
}

function skillsCard(person: FakePerson): string {
  const skills = person.skills ?? [];
  if (skills.length === 0) return emptyCard(person, 'Skills');
  const shown = uuidList(
    person,
    'skill',
    skills.slice(0, SKILLS_CARD_LIMIT).map((s, i) => `<div><div>${p(s)}</div><div>${p(endorsements(person, i))}</div></div>`),
  );
  const more = skills.length > SKILLS_CARD_LIMIT ? showAllLink(person, 'skills') : '';
  return card(person, 'Skills', `<div><div><div><h2>Skills</h2></div><div><div>${shown}</div></div>${more}</div></div>`);
}

function languagesCard(person: FakePerson): string {
  const languages = person.languages ?? [];
  if (languages.length === 0) return emptyCard(person, 'LanguageTopLevel');
  const shown = uuidList(person, 'language', languages.slice(0, CARD_LIMIT).map((l) => languageLines(person, l)));
  const more = languages.length > CARD_LIMIT ? showAllLink(person, 'languages') : '';
  return card(person, 'LanguageTopLevel', `<div><div><div><h2>Languages</h2></div><div><div>${shown}</div></div>${more}</div></div>`);
}

function interestsCard(person: FakePerson): string {
  const companies = [...new Set(person.positions.map((x) => x.company))].slice(0, 2);
  if (companies.length === 0) return '<div><div></div></div>';
  const items = companies
    .map(
      (c) =>
        `<li><a href="${h(companyHref(c))}"><figure><img alt="${h(c)} logo" src="${h(logoUrl('company', c))}"></figure><div><p>${h(c)}</p><p>${h(`${(1000 + (companyIdOf(c) % 9000)).toLocaleString('en-US')} followers`)}</p></div></a></li>`,
    )
    .join('');
  return (
    `<div><div><section componentkey="${uuid(`${person.vanity}:interests`)}"><div><div><h2 componentkey="ProfileNullStateCardAnchor_Interests">Interests</h2></div>` +
    `<div role="tablist"><button type="button" role="tab" aria-selected="true">Companies</button><button type="button" role="tab" aria-selected="false">Groups</button></div>` +
    `<ul>${items}</ul><div><a href="${h(profileUrl(person))}details/interests/?initialTabId=COMPANIES" aria-label="Show all companies"><span><span>Show all</span></span></a></div>` +
    `</div></section></div></div>`
  );
}

/** The content a lazy container holds once filled (the whole answer of its rsc-action component POST). */
export function renderContainerContent(person: FakePerson, container: LazyContainer, options: ProfilePageOptions = {}): string {
  const today = options.today ?? SANDBOX_TODAY;
  const wrap = (cards: string) => `<div><div>${cards}</div></div>`;
  switch (container) {
    case 'profileCardsExperienceOnly':
      return `<div>${experienceCard(person, today)}</div>`;
    case 'profileCardsBelowActivityPart1WithoutExp':
      return wrap(
        educationCard(person, today) +
          emptyCard(person, 'ConnectedAccountsTopLevel') +
          certificationsCard(person) +
          emptyCard(person, 'Projects') +
          emptyCard(person, 'VolunteerExperienceTopLevel'),
      );
    case 'profileCardsBelowActivityPart7':
      return wrap(skillsCard(person));
    case 'profileCardsBelowActivityPart2':
      return `<div>${emptyCard(person, 'RecommendationsTopLevel')}</div>`;
    case 'profileCardsBelowActivityPart3':
      return wrap(
        ['PublicationTopLevelSection', 'Patents', 'CourseTopLevelSection', 'HonorsTopLevel', 'TestScoresTopLevel'].map((n) => emptyCard(person, n)).join(''),
      );
    case 'profileCardsBelowActivityPart4':
      return wrap(languagesCard(person) + emptyCard(person, 'Organizations'));
    case 'profileCardsBelowActivityPart5':
      return interestsCard(person);
    case 'profileCardsBelowActivityPart6':
      return wrap(emptyCard(person, 'Causes') + emptyCard(person, 'SupportedLocales'));
  }
}

function aboutCard(person: FakePerson, showTopSkills: boolean): string {
  const topSkills = showTopSkills ? (person.topSkills ?? []) : [];
  if (!person.summary && topSkills.length === 0) return emptyCard(person, 'About');
  const text = person.summary
    ? `<div><div data-testid="expandable-text-box"><span>${multiline(person.summary)}</span><button type="button"><span>… more</span></button></div></div>`
    : '';
  const skills = topSkills.length ? `<div><div><div><p>Top skills</p><p>${h(topSkills.join(' • '))}</p></div></div></div>` : '';
  return card(person, 'About', `<div><div><div><h2>About</h2></div>${text}${skills}</div></div>`);
}

function photoBlock(person: FakePerson, mode: 'srcset' | 'placeholder' | 'none'): string {
  const url = photoUrl(person, 200);
  let img = '';
  if (mode === 'placeholder') img = `<img alt="" src="${PHOTO_PLACEHOLDER}">`;
  else if (mode === 'srcset' && url) {
    const srcset = PHOTO_WIDTHS.map((w) => `${photoUrl(person, w)} ${w}w`).join(', ');
    img = `<img alt="" src="${h(url)}" srcset="${h(srcset)}" sizes="152px">`;
  }
  const cover = person.photoRoot
    ? `<div><div><figure><img alt="Cover photo" src="${h(person.photoRoot.replace('profile-displayphoto-shrink_', 'profile-displaybackgroundimage-shrink_'))}200_800/0/1700000000000?e=1766016000&amp;v=beta&amp;t=fake"></figure></div></div>`
    : '';
  return (
    `${cover}<a href="${h(profileUrl(person))}" componentkey="topcard-logo-image-referencekey">` +
    `<div componentkey="topcard-logo-image-referencekey" aria-label="Profile photo"><div><figure>${img}</figure></div></div></a>`
  );
}

function topCard(person: FakePerson, options: ProfilePageOptions): string {
  const name = fullName(person);
  const ref = `ProfileVerificationTriggerRef-${h(person.vanity)}`;
  const nameBlock =
    options.nameMarkup === 'plain-div'
      ? `<div componentkey="${ref}"><h2>${h(name)}</h2></div>`
      : `<a href="${h(profileUrl(person))}" componentkey="${ref}"><div componentkey="${ref}"><div><h2>${h(name)}</h2></div></div></a>`;
  const pronouns = (options.pronouns ?? true) && person.pronouns ? p(person.pronouns) : '';
  const degree = options.degree ?? '2nd';
  const current = person.positions.find((x) => !x.end)?.company.trim();
  const school = person.educations?.[0]?.school;
  const companySchool = [current, school].filter(Boolean).join(' · ');
  const location = person.location
    ? `<div><p>${h(person.location)}</p><p>·</p><p><a href="${h(profileUrl(person))}overlay/contact-info/">Contact info</a></p></div>`
    : `<div><p><a href="${h(profileUrl(person))}overlay/contact-info/">Contact info</a></p></div>`;
  const followers = person.followers ?? 100 + (parseInt(digestHex(`${person.vanity}:followers`).slice(0, 4), 16) % 900);
  const numeric = numericMemberIdOf(person);
  const connect =
    degree === '1st'
      ? ''
      : `<div><div componentkey="${uuid(`${person.vanity}:connect`)}"><div><a href="/preload/custom-invite/?vanityName=${encodeURIComponent(person.vanity)}" componentkey="ConnectButtonstate:invitation:urn:li:member:${numeric}_connect" aria-label="Invite ${h(name)} to connect"><span><span>Connect</span></span></a></div></div></div>`;
  const message = `<div><a href="https://www.linkedin.com/messaging/compose/?recipient=${encodeURIComponent(person.memberId)}" componentkey="${uuid(`${person.vanity}:message`)}" aria-label="Message ${h(name)}"><span><span>Message</span></span></a></div>`;
  const inner =
    `<div><div><div>${photoBlock(person, options.photo ?? (person.photoRoot ? 'srcset' : 'none'))}</div></div>` +
    `<div><div><div><div>${nameBlock}${pronouns}<p>· ${degree}</p></div></div>` +
    `${p(person.headline)}${p(companySchool)}${location}</div></div>` +
    `<div><p>${h(followers.toLocaleString('en-US'))} followers</p><p>500+ connections</p></div>` +
    `<div><div>${connect}${message}<div><button type="button" componentkey="${uuid(`${person.vanity}:more`)}" aria-label="More"><span></span></button></div></div></div></div>`;
  const key = cardKey(person, 'Topcard');
  return `<div componentkey="${key}"><div><section componentkey="${key}">${inner}</section></div></div>`;
}

const POSTS = [
  'Three things I learned moving a busy service to a new database without downtime.',
  'We are hiring! Message me if you like building things that stay up.',
  'Great conversations at the regional meetup this week. Slides are in the comments.',
];

function activityCard(person: FakePerson): string {
  const posts = POSTS.map(
    (text, i) =>
      `<li><div><p>${h(fullName(person))} posted this • ${i + 1}w</p><div><p><span>${h(text)}</span></p></div></div></li>`,
  ).join('');
  return (
    `<div componentkey="${CARD_KEY_PREFIX}${h(person.vanity)}Activity"><div><div><section componentkey="${uuid(`${person.vanity}:activity`)}"><div>` +
    `<div><h2>Activity</h2></div><ul>${posts}</ul>` +
    `<div><a href="${h(profileUrl(person))}recent-activity/all/" aria-label="Show all posts"><span><span>Show all</span></span></a></div>` +
    `</div></section></div></div></div>`
  );
}

function globalNav(): string {
  return (
    `<header><nav aria-label="Primary Navigation"><a href="https://www.linkedin.com/feed/">Home</a> <a href="https://www.linkedin.com/mynetwork/">My Network</a> ` +
    `<a href="https://www.linkedin.com/jobs/">Jobs</a> <a href="https://www.linkedin.com/messaging/">Messaging</a> <button type="button" aria-label="Me">Me</button></nav></header>`
  );
}

function alsoViewedAside(people: readonly FakePerson[]): string {
  if (people.length === 0) return '';
  const items = people
    .map((o) => `<li><a href="${h(profileUrl(o))}"><div><p>${h(fullName(o))}</p></div></a>${p(o.headline)}</li>`)
    .join('');
  return `<aside aria-label="More profiles for you"><h2>More profiles for you</h2><ul>${items}</ul></aside>`;
}

function htmlComment(kind: string): string {
  return `<!--
  LinkedIn sandbox: ${kind} of an invented person, in markup written for this project (tests/fakes/sdui-2026-pages.ts).
  Structure after santhoshguduri/linkedin-profile-api server/tests/fixtures/rendered-profile.html and
  rendered-grouped-roles.html at d5c89aa9c931b1e6d8ffe478cb19f94dba5eaa62 (about 2026-08-30), reyyanxahmed/linkedin-profile-api
  docs/REVERSE_ENGINEERING.md at d4ce1c2dcee7a8e7321be257a6ea3b08d31dbf65, wyattowalsh/linkedin-profile-exporter at
  56792af03de078837aff94db55b269af50a7de7c (2026-08-21), stickerdaniel/linkedin-mcp-server at 9bc9cf226d219e162bcf338c70aef58ce3696023
  (2026-08-22) and unnamed public parsers dated 2026-09 (see the module header).
  Inferred: wrapper depth, empty states, Show-all labels, pager page = entries, descriptor in a JSON script,
  HTML instead of LinkedIn's React Flight answers.
-->`;
}

function pageShell(title: string, kind: string, style: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${h(title)}</title>
${htmlComment(kind)}
<style>body{font:14px/1.4 system-ui,sans-serif;margin:0 auto;max-width:900px;padding:0 16px}hr{border:0;border-top:1px solid #ddd}img{max-width:96px}${style}</style>
</head>
<body>${body}</body></html>`;
}

function titleOf(person: FakePerson, notifications: number, prefix = ''): string {
  return `${notifications > 0 ? `(${notifications}) ` : ''}${prefix}${fullName(person)} | LinkedIn`;
}

/** The 2026 profile page /in/<vanity>/ (see ProfilePageOptions). */
export function renderProfilePage(person: FakePerson, options: ProfilePageOptions = {}): string {
  const vanity = h(person.vanity);
  const container = (name: LazyContainer) =>
    `<div componentkey="${name}${vanity}">${options.lazy ? '' : renderContainerContent(person, name, options)}</div>`;
  const above =
    `<div componentkey="profileCardsAboveActivityTopcardOnly${vanity}"><div><div>` +
    emptyCard(person, 'SalesInsightsOrHighlights') +
    emptyCard(person, 'SuggestedForYou') +
    aboutCard(person, options.topSkills ?? true) +
    emptyCard(person, 'Services') +
    emptyCard(person, 'Featured') +
    `</div></div></div>`;
  const [experienceOnly, part1, ...rest] = LAZY_CONTAINERS;
  const main =
    `<main><div><div><section aria-label="Primary content"><div><div componentkey="${uuid(`${person.vanity}:page`)}">` +
    topCard(person, options) +
    `<div componentkey="ProfilePostConnectDrawer_${vanity}"></div>` +
    above +
    activityCard(person) +
    `<div><div componentkey="profile_top_card_experience_lazy_anchor_${vanity}"></div></div>` +
    container(experienceOnly) +
    `<div><div componentkey="profile_top_card_education_lazy_anchor_${vanity}"></div></div>` +
    container(part1) +
    rest.map(container).join('') +
    `</div></div></section></div></div></main>`;
  // Empty containers get height (LinkedIn reserves room for its skeletons), so they come into view one by one.
  const style =
    `[componentkey^="profileCardsBelowActivityPart"]:empty,[componentkey^="profileCardsExperienceOnly"]:empty{display:block;min-height:360px}` +
    `[componentkey="${CARD_KEY_PREFIX}${vanity}Activity"]{display:block;min-height:900px}`;
  const scripts = options.lazy ? `<script src="${SANDBOX_LAZY_PATH}"></script>` : '';
  return pageShell(
    titleOf(person, options.notifications ?? 2),
    'the 2026 profile page',
    style,
    `${globalNav()}${main}${alsoViewedAside(options.alsoViewed ?? [])}${scripts}`,
  );
}

/** The PaginationRequest a details page embeds for its pager (`start`: the next entry to ask for). */
export function pagerDescriptor(person: FakePerson, slug: DetailsSlug, start: number): Record<string, unknown> {
  const pagerId = `${PAGER_PREFIX}${slug}`;
  const requestedArguments = {
    $type: 'proto.sdui.actions.requests.RequestedArguments',
    requestedStateKeys: [],
    payload: {
      vanityName: person.vanity,
      profileId: person.memberId,
      start,
      count: DETAILS_PAGE_SIZE,
      ...(slug === 'skills' ? { filter: 'ProfileSkillCategory_ALL' } : {}),
    },
    requestMetadata: { $type: 'proto.sdui.common.RequestMetadata' },
    states: [],
    screenId: `com.linkedin.sdui.flagshipnav.profile.Profile${SCREEN[slug]}Details`,
    knownTemplateIds: [],
  };
  return {
    $type: 'proto.sdui.actions.requests.PaginationRequest',
    pagerId,
    trigger: { $case: 'itemDistanceTrigger', itemDistanceTrigger: { preloadDistance: 3, preloadLength: 250 } },
    retryCount: 2,
    requestedArguments,
  };
}

function jsonScript(value: unknown): string {
  return `<script type="application/json">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`;
}

/**
 * A 2026 details page /in/<vanity>/details/<slug>/: the first 10 entries, the pager descriptor (inline JSON, not
 * executed), a "Show more results" button after the list and /__sandbox/pager.js, which loads 10 more on a click or
 * when the list's end comes within 250 px of the viewport on scroll. Fewer than 10 entries: no button; none: the
 * empty state and no pager.
 */
export function renderDetailsPage(person: FakePerson, slug: DetailsSlug, options: DetailsPageOptions = {}): string {
  const today = options.today ?? SANDBOX_TODAY;
  const total = detailsEntryCount(person, slug);
  const clientFirst = options.firstPage === 'client' && total > 0;
  const first = clientFirst ? { html: '', count: 0 } : renderDetailsEntries(person, slug, 0, DETAILS_PAGE_SIZE, today);
  const more = clientFirst || total > DETAILS_PAGE_SIZE;
  const listHtml = total === 0 ? emptyStateHtml(person, slug) : first.html;
  const list =
    slug === 'experience'
      ? `<section data-testid="profile_ExperienceDetailsSection_${digestHex(`${person.memberId}:experience`).slice(0, 8)}">${listHtml}</section>`
      : `<div data-component-type="LazyColumn">${listHtml}</div>`;
  const button = more ? `<button type="button"><span>Show more results</span></button>` : '';
  const header =
    `<div><div><a href="${h(profileUrl(person))}" aria-label="${h(`Back to ${fullName(person)}’s profile`)}"><span></span></a>` +
    `<h2>${h(HEADING[slug])}</h2></div>` +
    (slug === 'skills'
      ? `<div role="tablist"><button type="button" role="tab" aria-selected="true">All</button><button type="button" role="tab" aria-selected="false">Industry Knowledge</button><button type="button" role="tab" aria-selected="false">Tools &amp; Technologies</button><button type="button" role="tab" aria-selected="false">Interpersonal Skills</button></div>`
      : '') +
    `</div>`;
  const screen = `com.linkedin.sdui.flagshipnav.profile.Profile${SCREEN[slug]}Details`;
  const body =
    `${globalNav()}<main><div data-sdui-screen="${screen}">${header}` +
    (slug === 'experience' ? `<div>${list}${button}</div>` : `${list}${button}`) +
    `</div></main>` +
    (total > 0 ? jsonScript({ screenId: screen, pagination: [pagerDescriptor(person, slug, first.count)] }) : '') +
    (total > 0 ? `<script src="${SANDBOX_PAGER_PATH}"></script>` : '');
  return pageShell(titleOf(person, options.notifications ?? 2, `${HEADING[slug]} | `), `the 2026 ${slug} details page`, '', body);
}

// ---- the sandbox's page scripts (served as files: the page CSP allows no inline script) ----

/** Trusted Types policy shared by the sandbox scripts (LinkedIn's pages require one for every HTML sink). */
export const SANDBOX_POLICY_SNIPPET = `const policy = window.__sandboxPolicy || (window.__sandboxPolicy = window.trustedTypes
    ? window.trustedTypes.createPolicy('linkedin-sandbox', { createHTML: (s) => s, createScriptURL: (s) => s })
    : { createHTML: (s) => s, createScriptURL: (s) => s });
  const csrf = () => { const m = /(?:^|;\\s*)JSESSIONID="?([^";]+)"?/.exec(document.cookie); return m ? m[1] : ''; };
  const fragment = (html) => { const t = document.createElement('template'); t.innerHTML = policy.createHTML(html); return t.content; };`;

/**
 * Fills each empty lazy container when it scrolls into view: one POST to the component action per container, with the
 * body LinkedIn's client sends (vanity and member id read from the page's own keys), the answer put in place.
 * A container whose request failed stays empty.
 */
export const SANDBOX_LAZY_SCRIPT = `(() => {
  if (window.__sandboxLazy) return;
  window.__sandboxLazy = true;
  ${SANDBOX_POLICY_SNIPPET}
  const CONTAINER = /^(profileCardsExperienceOnly|profileCardsBelowActivityPart\\d+(?:WithoutExp)?)(.+)$/;
  const TOP = ${JSON.stringify(CARD_KEY_PREFIX)};
  const seen = new WeakSet();
  const memberId = () => {
    const top = document.querySelector('[componentkey^="' + TOP + '"][componentkey$="Topcard"]');
    const key = top ? top.getAttribute('componentkey') : '';
    return key.slice(TOP.length, key.length - 'Topcard'.length);
  };
  async function fill(el) {
    const m = CONTAINER.exec(el.getAttribute('componentkey') || '');
    if (!m) return;
    const id = ${JSON.stringify(COMPONENT_PREFIX)} + m[1];
    const vanityName = m[2];
    const body = {
      clientArguments: {
        $type: 'proto.sdui.actions.requests.RequestedArguments',
        payload: {
          isSelfView: false,
          vanityName,
          replaceableSectionArgs: { vanityName, vieweeProfileId: memberId(), isSelfView: false, isSelfViewResolved: true, hideCardsForGoldenGate: false, shouldSetupReplaceableComponent: true },
        },
        requestedStateKeys: [],
        states: [],
        requestMetadata: { $type: 'proto.sdui.common.RequestMetadata' },
        screenId: 'com.linkedin.sdui.flagshipnav.profile.Profile',
        knownTemplateIds: [],
      },
    };
    try {
      const res = await fetch(${JSON.stringify(COMPONENT_ACTION_PATH)} + '?componentId=' + encodeURIComponent(id) + '&sduiid=' + encodeURIComponent(id), {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json', 'csrf-token': csrf() },
        body: JSON.stringify(body),
      });
      if (!res.ok) return;
      const html = await res.text();
      if (el.childElementCount === 0) el.replaceChildren(fragment(html));
    } catch (e) {
      // no answer: the container stays empty, as LinkedIn's does
    }
  }
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      fill(entry.target);
    }
  });
  function scan() {
    for (const el of document.querySelectorAll('[componentkey^="profileCards"]')) {
      if (seen.has(el) || el.childElementCount > 0 || !CONTAINER.test(el.getAttribute('componentkey') || '')) continue;
      seen.add(el);
      observer.observe(el);
    }
  }
  document.addEventListener('sandbox:navigated', scan);
  scan();
})();
`;

/**
 * Pages a details list: on a click of the button after the list, or when the list's end comes within 250 px of the
 * viewport on scroll, POSTs the embedded PaginationRequest with the next start and appends the answer. An answer of
 * fewer entries than asked (none past the end) removes the button and stops.
 */
export const SANDBOX_PAGER_SCRIPT = `(() => {
  if (window.__sandboxPager) return;
  window.__sandboxPager = true;
  ${SANDBOX_POLICY_SNIPPET}
  const MARK = ${JSON.stringify(PAGER_PREFIX)};
  let state = null;
  function findDescriptor(value) {
    if (!value || typeof value !== 'object') return null;
    if (value.$type === 'proto.sdui.actions.requests.PaginationRequest' && String(value.pagerId || '').startsWith(MARK)) return value;
    for (const child of Object.values(value)) {
      const found = findDescriptor(child);
      if (found) return found;
    }
    return null;
  }
  function setup() {
    state = null;
    let descriptor = null;
    for (const s of document.querySelectorAll('script[type="application/json"]')) {
      if (!(s.textContent || '').includes(MARK)) continue;
      try { descriptor = findDescriptor(JSON.parse(s.textContent)); } catch (e) { descriptor = null; }
      if (descriptor) break;
    }
    const list = document.querySelector('main [data-component-type="LazyColumn"], main section[data-testid^="profile_ExperienceDetailsSection_"]');
    if (!descriptor || !list) return;
    const next = list.nextElementSibling;
    const button = next && next.tagName === 'BUTTON' ? next : null;
    const payload = descriptor.requestedArguments.payload;
    state = { descriptor, list, button, start: payload.start, count: payload.count || 10, loading: false, done: !button, failures: 0 };
    if (button) button.addEventListener('click', () => load(true));
    if (payload.start === 0) load(true);
  }
  async function load(byUser) {
    const s = state;
    if (!s || s.loading || s.done || (!byUser && s.failures > 2)) return;
    s.loading = true;
    const args = JSON.parse(JSON.stringify(s.descriptor.requestedArguments));
    args.payload.start = s.start;
    args.payload.count = s.count;
    const body = { pagerId: s.descriptor.pagerId, clientArguments: args, paginationRequest: Object.assign({}, s.descriptor, { requestedArguments: args }) };
    try {
      const res = await fetch(${JSON.stringify(PAGINATION_ACTION_PATH)} + '?sduiid=' + encodeURIComponent(s.descriptor.pagerId), {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json', 'csrf-token': csrf() },
        body: JSON.stringify(body),
      });
      if (!res.ok) throw new Error('HTTP ' + res.status);
      const n = Number(res.headers.get(${JSON.stringify(ITEM_COUNT_HEADER)}) || '0');
      const html = await res.text();
      if (n > 0) {
        s.list.append(fragment(html));
        s.start += n;
      }
      if (n < s.count) {
        s.done = true;
        if (s.button) s.button.remove();
      }
      s.failures = 0;
    } catch (e) {
      s.failures += 1;
    } finally {
      s.loading = false;
    }
  }
  window.addEventListener('scroll', () => {
    if (!state || state.done || state.loading) return;
    if (state.list.getBoundingClientRect().bottom - window.innerHeight <= 250) load(false);
  }, { capture: true, passive: true });
  document.addEventListener('sandbox:navigated', setup);
  setup();
})();
`;
