// The sandbox's 2026 pages must carry the hooks the reader is written against (componentkeys, hrefs, <p> lines,
// the lazy containers, the details pages' pager), for an invented person, and agree with LinkedIn's JSON for the
// same person (company and school ids, skill numbers, photo URLs).
import { describe, expect, it } from 'vitest';
import { JONAH, MAYA, THEO } from './sandbox-people';
import {
  CARD_KEY_PREFIX,
  DETAILS_PAGE_SIZE,
  EMPTY_STATE_TITLE,
  LAZY_CONTAINERS,
  LINKEDIN_PAGE_CSP,
  PHOTO_PLACEHOLDER,
  renderContainerContent,
  renderDetailsEntries,
  renderDetailsPage,
  renderProfilePage,
  SANDBOX_LAZY_PATH,
  SANDBOX_PAGER_PATH,
  type DetailsSlug,
  type ProfilePageOptions,
} from './sdui-2026-pages';
import { companyIdOf, numericMemberIdOf, photoUrl, schoolIdOf, type FakePerson } from './voyager-data';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The leaf <p> lines of an element, in order (what LinkedIn prints). */
const lines = (el: Element | null | undefined) =>
  Array.from(el?.querySelectorAll('p') ?? [])
    .filter((p) => !p.querySelector('p'))
    .map(text)
    .filter(Boolean);

function profile(person: FakePerson = MAYA, options: ProfilePageOptions = {}): Document {
  return parse(renderProfilePage(person, options));
}

function container(doc: Document, name: string, person: FakePerson = MAYA): Element {
  const el = doc.querySelector(`[componentkey="${name}${person.vanity}"]`);
  if (!el) throw new Error(`no ${name}`);
  return el;
}

function cardOf(doc: Document, name: string, person: FakePerson = MAYA): Element | null {
  return doc.querySelector(`section[componentkey="${CARD_KEY_PREFIX}${person.memberId}${name}"]`);
}

describe('renderProfilePage: top card', () => {
  const doc = profile(MAYA);
  const top = cardOf(doc, 'Topcard');

  it('keys the top card by member id, the name <h2> inside the verification link, and has no <h1>', () => {
    expect(top).not.toBeNull();
    expect(doc.querySelector('h1')).toBeNull();
    const link = top?.querySelector(`a[componentkey="ProfileVerificationTriggerRef-${MAYA.vanity}"]`);
    expect(link?.getAttribute('href')).toBe(`https://www.linkedin.com/in/${MAYA.vanity}/`);
    expect(text(link?.querySelector('h2'))).toBe('Maya Ellingsworth');
    expect(doc.title).toBe('(2) Maya Ellingsworth | LinkedIn');
  });

  it('prints the name row [pronouns, · 2nd], then headline, "Company · School", location · Contact info', () => {
    const topLines = lines(top);
    expect(topLines.slice(0, 7)).toEqual([
      'She/Her',
      '· 2nd',
      MAYA.headline,
      'Harbor Analytics · Lakeshore State University',
      'Portland, Oregon, United States',
      '·',
      'Contact info',
    ]);
    const contact = top?.querySelector('a[href$="/overlay/contact-info/"]');
    expect(contact?.getAttribute('href')).toBe(`https://www.linkedin.com/in/${MAYA.vanity}/overlay/contact-info/`);
    expect(text(contact?.closest('p')?.previousElementSibling)).toBe('·');
    expect(text(contact?.closest('p')?.previousElementSibling?.previousElementSibling)).toBe('Portland, Oregon, United States');
  });

  it('shows the photo with a srcset of 100/200/400/800 on media.licdn.com, the same URLs as the JSON', () => {
    const img = top?.querySelector('a[componentkey="topcard-logo-image-referencekey"] div[aria-label="Profile photo"] img');
    expect(img?.getAttribute('alt')).toBe('');
    expect(img?.getAttribute('src')).toBe(photoUrl(MAYA, 200));
    const srcset = (img?.getAttribute('srcset') ?? '').split(', ');
    expect(srcset).toEqual([100, 200, 400, 800].map((w) => `${photoUrl(MAYA, w)} ${w}w`));
    expect(srcset.every((s) => s.startsWith('https://media.licdn.com/dms/image/v2/'))).toBe(true);
  });

  it('carries the numeric member id only in the Connect key, and the member id only in keys and links', () => {
    expect(doc.querySelector(`[componentkey="ConnectButtonstate:invitation:urn:li:member:${numericMemberIdOf(MAYA)}_connect"]`)).not.toBeNull();
    expect(doc.documentElement.outerHTML).not.toContain('urn:li:fsd_profile:');
  });

  it('variants: plain-div name wrapper, lazy placeholder photo, no pronouns, 1st degree', () => {
    const v = profile(MAYA, { nameMarkup: 'plain-div', photo: 'placeholder', pronouns: false, degree: '1st' });
    expect(v.querySelector('h1')).toBeNull();
    expect(v.querySelector('a[componentkey^="ProfileVerificationTriggerRef-"]')).toBeNull();
    const wrapper = v.querySelector(`div[componentkey="ProfileVerificationTriggerRef-${MAYA.vanity}"]`);
    expect(wrapper?.firstElementChild?.tagName).toBe('H2');
    expect(text(wrapper)).toBe('Maya Ellingsworth');
    const img = v.querySelector('[aria-label="Profile photo"] img');
    expect(img?.getAttribute('src')).toBe(PHOTO_PLACEHOLDER);
    expect(img?.hasAttribute('srcset')).toBe(false);
    expect(lines(cardOf(v, 'Topcard')).slice(0, 2)).toEqual(['· 1st', MAYA.headline]);
    expect(v.querySelector('[componentkey^="ConnectButtonstate:"]')).toBeNull();
  });

  it('a person without photo, about or pronouns gets an empty photo frame and an empty About card', () => {
    const j = profile(JONAH);
    expect(j.querySelector('[aria-label="Profile photo"] img')).toBeNull();
    expect(j.querySelector(`div[componentkey="${CARD_KEY_PREFIX}${JONAH.memberId}About"]`)?.childElementCount).toBe(0);
    expect(lines(cardOf(j, 'Topcard', JONAH))[0]).toBe('· 2nd');
  });
});

describe('renderProfilePage: About and section cards', () => {
  const doc = profile(MAYA);

  it('About: the text in expandable-text-box, then "Top skills" and its sibling "A • B • C"', () => {
    const about = cardOf(doc, 'About');
    const box = about?.querySelector('[data-testid="expandable-text-box"]');
    expect(box?.innerHTML).toContain('<br>');
    expect(text(box)).toContain('Backend engineer who likes boring, reliable systems.');
    const label = Array.from(about?.querySelectorAll('p') ?? []).find((p) => text(p) === 'Top skills');
    expect(text(label?.nextElementSibling)).toBe('Go • Distributed Systems • PostgreSQL • Kafka • System Design');
    expect(profile(MAYA, { topSkills: false }).body.textContent).not.toContain('Top skills');
  });

  it('puts the containers in capture 16’s order, each filled with its cards', () => {
    const keys = Array.from(doc.querySelectorAll('[componentkey^="profileCards"]')).map((e) => e.getAttribute('componentkey')?.replace(MAYA.vanity, ''));
    expect(keys).toEqual(['profileCardsAboveActivityTopcardOnly', ...LAZY_CONTAINERS]);
    expect(container(doc, 'profileCardsExperienceOnly').querySelector('[componentkey$="ExperienceTopLevelSection"]')).not.toBeNull();
    expect(container(doc, 'profileCardsBelowActivityPart1WithoutExp').querySelector('[componentkey$="EducationTopLevelSection"]')).not.toBeNull();
    expect(container(doc, 'profileCardsBelowActivityPart1WithoutExp').querySelector('section[componentkey$="CertificationTopLevel"]')).not.toBeNull();
    expect(container(doc, 'profileCardsBelowActivityPart7').querySelector('section[componentkey$="Skills"]')).not.toBeNull();
    expect(container(doc, 'profileCardsBelowActivityPart4').querySelector('section[componentkey$="LanguageTopLevel"]')).not.toBeNull();
    expect(container(doc, 'profileCardsBelowActivityPart5').querySelector('h2[componentkey="ProfileNullStateCardAnchor_Interests"]')).not.toBeNull();
    for (const name of LAZY_CONTAINERS) expect(container(doc, name).innerHTML).toBe(parse(renderContainerContent(MAYA, name)).body.innerHTML);
  });

  it('Experience: 5 employer entries, grouped roles as ul > li, company links, en-dash dates, "Show all" without count', () => {
    const card = cardOf(doc, 'ExperienceTopLevelSection');
    expect(card?.querySelector('h2[componentkey="ProfileNullStateCardAnchor_Experience"]')).not.toBeNull();
    const entries = Array.from(card?.querySelectorAll('div[componentkey^="entity-collection-item-"]') ?? []);
    expect(entries).toHaveLength(5);
    const harbor = entries[0]!;
    expect(harbor.querySelector(`a[href="https://www.linkedin.com/company/${companyIdOf('Harbor Analytics')}/"]`)).not.toBeNull();
    expect(harbor.querySelectorAll('ul > li')).toHaveLength(3);
    expect(harbor.querySelector('ul li [componentkey]')).toBeNull();
    expect(lines(harbor).slice(0, 3)).toEqual(['Harbor Analytics', 'Full-time · 8 yrs 7 mos', 'Portland, Oregon, United States · Hybrid']);
    expect(lines(harbor.querySelector('li'))).toEqual([
      'Senior Backend Engineer',
      'Mar 2022 – Present · 4 yrs 10 mos',
      'Own the ingestion and query services of the reporting platform (Go, PostgreSQL, Kafka).Lead the on-call rotation of six engineers.',
    ]);
    const bluefin = entries[2]!;
    expect(lines(bluefin)).toEqual([
      'Software Engineer',
      'Bluefin Payments · Full-time',
      'Sep 2014 – Jan 2016 · 1 yr 5 mos',
      'San Francisco, California, United States',
      'Payment reconciliation jobs and the ledger export service.',
    ]);
    expect(entries.slice(1).every((e) => e.firstElementChild?.tagName === 'HR')).toBe(true);
    const showAll = card?.querySelector('a[aria-label^="Show all"]');
    expect(showAll?.getAttribute('href')).toBe(`https://www.linkedin.com/in/${MAYA.vanity}/details/experience/`);
    expect(showAll?.getAttribute('aria-label')).toBe('Show all experiences');
    expect(text(showAll)).toBe('Show all');
  });

  it('Education: UUID-keyed entries separated by <hr>, school links; no "Show all" when it fits', () => {
    const card = cardOf(doc, 'EducationTopLevelSection');
    const keyed = Array.from(card?.querySelectorAll('[componentkey]') ?? []).filter((e) => /^[0-9a-f-]{36}$/.test(e.getAttribute('componentkey') ?? ''));
    expect(keyed).toHaveLength(3);
    expect(card?.querySelectorAll('hr')).toHaveLength(2);
    expect(lines(keyed[0])).toEqual(['Lakeshore State University', 'Master of Science - MS, Computer Science', '2007 – 2009']);
    expect(keyed[0]?.querySelector(`a[href="https://www.linkedin.com/school/${schoolIdOf('Lakeshore State University')}/"]`)).not.toBeNull();
    expect(card?.querySelector('a[href*="/details/"]')).toBeNull();
  });

  it('Skills: 2 shown and a link to /details/skills/; certifications and languages print their lines', () => {
    const skills = cardOf(doc, 'Skills');
    expect(lines(skills).filter((l) => !/endorsement/.test(l))).toEqual(['Go', 'PostgreSQL']);
    expect(skills?.querySelector(`a[href="https://www.linkedin.com/in/${MAYA.vanity}/details/skills/"]`)?.getAttribute('aria-label')).toBe('Show all skills');
    expect(lines(cardOf(doc, 'CertificationTopLevel')).slice(0, 4)).toEqual([
      'Kubernetes Application Developer',
      'Cloud Native Skills Board',
      'Issued Mar 2024',
      'Credential ID KAD-2403-18842',
    ]);
    expect(lines(cardOf(doc, 'LanguageTopLevel'))).toEqual([
      'English',
      'Native or bilingual proficiency',
      'Spanish',
      'Professional working proficiency',
      'Swedish',
      'Elementary proficiency',
    ]);
  });

  it('empty sections are empty card refs (THEO has no certifications or languages)', () => {
    const t = profile(THEO);
    expect(t.querySelector(`div[componentkey="${CARD_KEY_PREFIX}${THEO.memberId}CertificationTopLevel"]`)?.childElementCount).toBe(0);
    expect(t.querySelector(`div[componentkey="${CARD_KEY_PREFIX}${THEO.memberId}LanguageTopLevel"]`)?.childElementCount).toBe(0);
  });
});

describe('renderProfilePage: lazy', () => {
  const doc = profile(MAYA, { lazy: true });

  it('renders the top card and About, and leaves the experience container and the 7 Part containers empty', () => {
    expect(cardOf(doc, 'Topcard')).not.toBeNull();
    expect(cardOf(doc, 'About')).not.toBeNull();
    const parts = Array.from(doc.querySelectorAll('[componentkey^="profileCardsBelowActivityPart"]'));
    expect(parts).toHaveLength(7);
    for (const el of [...parts, container(doc, 'profileCardsExperienceOnly')]) expect(el.childNodes.length).toBe(0);
    expect(doc.querySelector('[componentkey^="entity-collection-item-"]')).toBeNull();
    expect(doc.querySelector('[componentkey$="EducationTopLevelSection"]')).toBeNull();
    expect(doc.querySelector(`script[src="${SANDBOX_LAZY_PATH}"]`)).not.toBeNull();
    expect(doc.querySelector('script:not([src])')).toBeNull();
  });

  it('cites its references in a comment', () => {
    expect(renderProfilePage(MAYA, { lazy: true })).toMatch(/<!--[\s\S]*santhoshguduri\/linkedin-profile-api[\s\S]*d5c89aa9c931b1e6d8ffe478cb19f94dba5eaa62[\s\S]*Inferred:[\s\S]*-->/);
  });
});

describe('renderDetailsPage', () => {
  function details(person: FakePerson, slug: DetailsSlug, options = {}) {
    return parse(renderDetailsPage(person, slug, options));
  }
  function pager(doc: Document): Record<string, unknown> | null {
    const script = Array.from(doc.querySelectorAll('script[type="application/json"]')).find((s) => (s.textContent ?? '').includes('com.linkedin.sdui.pagers.profile.details.'));
    return script ? (JSON.parse(script.textContent ?? '') as Record<string, unknown>) : null;
  }
  const moreButton = (doc: Document) => Array.from(doc.querySelectorAll('main button')).find((b) => text(b) === 'Show more results') ?? null;

  it('experience, page 1 of 2: 10 keyed entries in the ExperienceDetailsSection, a pager descriptor and a button after the list', () => {
    const doc = details(THEO, 'experience');
    const section = doc.querySelector('main section[data-testid^="profile_ExperienceDetailsSection_"]');
    expect(doc.querySelector('[data-sdui-screen="com.linkedin.sdui.flagshipnav.profile.ProfileExperienceDetails"]')?.contains(section ?? null)).toBe(true);
    const entries = section?.querySelectorAll(':scope > div[componentkey^="entity-collection-item-"]');
    expect(entries).toHaveLength(DETAILS_PAGE_SIZE);
    expect(lines(entries?.[0])).toEqual(['Product Designer', 'Willow & Finch Studio · Freelance', 'Jun 2026 – Present · 7 mos', 'Remote']);
    expect(lines(entries?.[3])).toEqual(['Product Designer', 'Larkspur Fitness · Freelance', 'Jan 2025 – May 2025 · 5 mos', 'Austin, Texas, United States · Hybrid']);
    expect(moreButton(doc)).toBe(section?.nextElementSibling);
    const json = JSON.stringify(pager(doc));
    expect(json).toContain('"pagerId":"com.linkedin.sdui.pagers.profile.details.experience"');
    expect(json).toContain(`"profileId":"${THEO.memberId}"`);
    expect(json).toContain(`"vanityName":"${THEO.vanity}"`);
    expect(json).toContain('"start":10');
    expect(doc.querySelector(`script[src="${SANDBOX_PAGER_PATH}"]`)).not.toBeNull();
    expect(doc.title).toBe('(2) Experience | Theo Marchetti | LinkedIn');
  });

  it('experience, page 2: the remaining 4 entries, each opening with <hr>; past the end: none', () => {
    const second = renderDetailsEntries(THEO, 'experience', 10, 10);
    expect(second.count).toBe(4);
    const frag = parse(`<main><section>${second.html}</section></main>`);
    const entries = frag.querySelectorAll('section > [componentkey^="entity-collection-item-"]');
    expect(entries).toHaveLength(4);
    expect(Array.from(entries).every((e) => e.firstElementChild?.tagName === 'HR')).toBe(true);
    expect(lines(entries[3])[0]).toBe('Junior UX Designer');
    expect(renderDetailsEntries(THEO, 'experience', 14, 10)).toEqual({ html: '', count: 0 });
  });

  it('experience with grouped roles: the employer header [company, type · total, place] then ul > li roles', () => {
    const doc = details(MAYA, 'experience');
    const entries = doc.querySelectorAll('section[data-testid^="profile_ExperienceDetailsSection_"] > [componentkey^="entity-collection-item-"]');
    expect(entries).toHaveLength(9);
    expect(moreButton(doc)).toBeNull();
    const cedar = entries[3]!;
    expect(lines(cedar).slice(0, 3)).toEqual(['Cedar Health Systems', 'Full-time · 2 yrs 2 mos', 'Boise, Idaho, United States']);
    expect(Array.from(cedar.querySelectorAll('ul > li')).map(lines)).toEqual([
      ['Software Developer', 'Jun 2013 – Aug 2014 · 1 yr 3 mos'],
      ['Junior Software Developer', 'Jul 2012 – May 2013 · 11 mos'],
    ]);
  });

  it('skills (Sept 2026 form): LazyColumn of keyed skills with Endorse rows, rules in their own <div>, 10 then a pager', () => {
    const doc = details(MAYA, 'skills');
    const column = doc.querySelector('[data-sdui-screen="com.linkedin.sdui.flagshipnav.profile.ProfileSkillDetails"] > [data-component-type="LazyColumn"]');
    const skills = column?.querySelectorAll(':scope > [componentkey^="com.linkedin.sdui.profile.skill("]');
    expect(skills).toHaveLength(10);
    expect(skills?.[2]?.getAttribute('componentkey')).toBe(`com.linkedin.sdui.profile.skill(${MAYA.memberId}, 3)`);
    expect(lines(skills?.[0])[0]).toBe('Go');
    expect(skills?.[0]?.querySelector('button[aria-label="Endorse Go"]')).not.toBeNull();
    expect(column?.querySelectorAll(':scope > div > hr')).toHaveLength(9);
    expect(moreButton(doc)).toBe(column?.nextElementSibling);
    expect(JSON.stringify(pager(doc))).toContain('"filter":"ProfileSkillCategory_ALL"');
    expect(renderDetailsEntries(MAYA, 'skills', 20, 10).count).toBe(5);
  });

  it('education, certifications, languages: <hr>-separated line groups in a LazyColumn, fewer than 10 → no button', () => {
    const groupsOf = (doc: Document) => {
      const column = doc.querySelector('[data-component-type="LazyColumn"]');
      return column ? column.innerHTML.split('<hr>').map((chunk) => lines(parse(`<div>${chunk}</div>`).body)) : [];
    };
    const education = details(MAYA, 'education');
    expect(education.querySelector('[data-sdui-screen="com.linkedin.sdui.flagshipnav.profile.ProfileEducationDetails"]')).not.toBeNull();
    expect(groupsOf(education)[1]).toEqual(['Westbridge Institute of Technology', 'Bachelor of Science - BS, Software Engineering', '2003 – 2007']);
    expect(moreButton(education)).toBeNull();
    expect(groupsOf(details(MAYA, 'certifications'))[2]).toEqual(['PostgreSQL Performance Specialist', 'Open Database Guild', 'Issued Jun 2021']);
    expect(groupsOf(details(MAYA, 'languages'))).toEqual([
      ['English', 'Native or bilingual proficiency'],
      ['Spanish', 'Professional working proficiency'],
      ['Swedish', 'Elementary proficiency'],
    ]);
  });

  it('no entries: the empty state, no pager, no button, no script', () => {
    const doc = details(THEO, 'certifications');
    expect(lines(doc.querySelector('[data-component-type="LazyColumn"]'))[0]).toBe(EMPTY_STATE_TITLE);
    expect(pager(doc)).toBeNull();
    expect(moreButton(doc)).toBeNull();
    expect(doc.querySelector('script[src]')).toBeNull();
  });

  it('client first page: an empty list, a button and a descriptor starting at 0', () => {
    const doc = details(MAYA, 'skills', { firstPage: 'client' });
    expect(doc.querySelector('[data-component-type="LazyColumn"]')?.childElementCount).toBe(0);
    expect(moreButton(doc)).not.toBeNull();
    expect(JSON.stringify(pager(doc))).toContain('"start":0');
  });
});

describe('LINKEDIN_PAGE_CSP', () => {
  it('enforces Trusted Types and allows no inline script', () => {
    expect(LINKEDIN_PAGE_CSP).toContain("require-trusted-types-for 'script'");
    expect(LINKEDIN_PAGE_CSP).toContain("script-src 'self'");
  });
});
