// The 2026 details pages, written here by hand from the public descriptions (docs/ARCHITECTURE.md cites them): the
// experience page's keyed entries, the September 2026 LazyColumn of `<hr>`-separated entries, skills keyed by owner.
import { describe, expect, it } from 'vitest';
import { countDetailsEntries, detailsEntryElements, readDetailsPage } from './details-page';

const ID = 'ACoAAB' + 'adaQuill0123456789abcdefghijklmnop'.slice(0, 33);
const OTHER = 'ACoAAC' + 'viewerVic9876543210zyxwvutsrqponml'.slice(0, 33);
const ADA = { vanity: 'ada-quill', memberId: ID };

function doc(html: string): Document {
  return new DOMParser().parseFromString(`<!DOCTYPE html><html><body><main>${html}</main></body></html>`, 'text/html');
}

function pager(slug: string, profileId = ID, vanity = 'ada-quill'): string {
  return `<script type="application/json">{"pagerId":"com.linkedin.sdui.pagers.profile.details.${slug}","requestedArguments":{"payload":{"vanityName":"${vanity}","profileId":"${profileId}","start":10,"count":10}}}</script>`;
}

function role(title: string, company: string, dates: string, place = 'Lyon, France · Hybrid'): string {
  return `<div componentkey="entity-collection-item-${title.length}${company.length}"><a href="https://www.linkedin.com/company/1/"><p>${title}</p><p>${company} · Full-time</p><p>${dates}</p><p>${place}</p></a></div>`;
}

function experiencePage(n: number, withPager: boolean): Document {
  const roles = Array.from({ length: n }, (_, i) => role(`Role ${i + 1}`, `Company ${i + 1}`, `Jan ${2020 - i} – Dec ${2020 - i}`)).join('');
  return doc(`<section data-testid="profile_ExperienceDetailsSection_1a2b">${roles}</section>${withPager ? '<button>Show more results</button>' + pager('experience') : ''}`);
}

function lazyColumn(screen: string, entries: string[][], extra = ''): Document {
  const body = entries.map((lines) => `<div><div>${lines.map((l) => `<p>${l}</p>`).join('')}</div><div><button><span>Endorse</span></button></div></div>`).join('<div><hr></div>');
  return doc(`<div data-sdui-screen="com.linkedin.sdui.flagshipnav.profile.Profile${screen}Details"><div data-component-type="LazyColumn">${body}</div></div>${extra}`);
}

describe('readDetailsPage: experience', () => {
  it('reads each keyed entry as a role, and a short page as the whole list', () => {
    const read = readDetailsPage(experiencePage(4, false), 'experiences', ADA);
    expect(read).toMatchObject({ recognised: true, more: false, identity: 'unknown' });
    expect(read.items).toHaveLength(4);
    expect(read.items[0]).toMatchObject({ title: 'Role 1', company: 'Company 1', location: 'Lyon, France', employmentType: 'Full-time' });
  });

  it('says more may come when a full page of 10 has LinkedIn’s pager, and whose list it is', () => {
    const read = readDetailsPage(experiencePage(10, true), 'experiences', ADA);
    expect(read).toMatchObject({ more: true, identity: 'confirmed' });
    expect(read.items).toHaveLength(10);
  });

  it('reads grouped roles under their employer', () => {
    const grouped = doc(`<section data-testid="profile_ExperienceDetailsSection_x"><div componentkey="entity-collection-item-g1">
      <a href="https://www.linkedin.com/company/7/"><p>Contoso</p><p>Full-time · 5 yrs</p><p>Berlin, Germany</p></a>
      <ul><li><p>Senior Engineer</p><p>Jan 2022 – Present · 3 yrs</p></li><li><p>Engineer</p><p>Jan 2020 – Dec 2021 · 2 yrs</p></li></ul>
    </div></section>`);
    const read = readDetailsPage(grouped, 'experiences', ADA);
    expect(read.items.map((e) => [e.title, e.company, e.isCurrent, e.location])).toEqual([
      ['Senior Engineer', 'Contoso', true, 'Berlin, Germany'],
      ['Engineer', 'Contoso', false, 'Berlin, Germany'],
    ]);
  });

  it('is not recognised on a page without the section (an authwall, another details page)', () => {
    expect(readDetailsPage(doc('<h1>Sign in</h1>'), 'experiences', ADA)).toMatchObject({ recognised: false, items: [] });
    expect(readDetailsPage(experiencePage(3, false), 'educations', ADA).recognised).toBe(false);
  });
});

describe('readDetailsPage: the September 2026 LazyColumn pages', () => {
  it('reads educations separated by <hr>, leaving the buttons out', () => {
    const page = lazyColumn('Education', [
      ['Université Lumière', 'Master, Computer Science', '2014 – 2016'],
      ['Lycée du Parc', '2011 – 2014'],
    ]);
    const read = readDetailsPage(page, 'educations', ADA);
    expect(read.items).toEqual([
      { school: 'Université Lumière', degree: 'Master', field: 'Computer Science', startDate: { year: 2014 }, endDate: { year: 2016 } },
      { school: 'Lycée du Parc', degree: null, field: null, startDate: { year: 2011 }, endDate: { year: 2014 } },
    ]);
    expect(countDetailsEntries(page, 'educations')).toBe(2);
    expect(detailsEntryElements(page, 'educations')).toHaveLength(2);
  });

  it('reads certifications (name, issuer) and languages (name only)', () => {
    const certs = readDetailsPage(lazyColumn('Certification', [['Cloud Architect', 'Skyward', 'Issued Mar 2024'], ['Scrum Master', 'Issued 2021']]), 'certifications', ADA);
    expect(certs.items).toEqual([
      { name: 'Cloud Architect', authority: 'Skyward' },
      { name: 'Scrum Master', authority: null },
    ]);
    const languages = readDetailsPage(lazyColumn('Language', [['French', 'Native or bilingual proficiency'], ['English', 'Full professional proficiency']]), 'languages', ADA);
    expect(languages.items).toEqual(['French', 'English']);
  });

  it('reads skills keyed by their owner, and refuses a list whose keys name someone else', () => {
    const skills = (owner: string) =>
      doc(`<div data-sdui-screen="com.linkedin.sdui.flagshipnav.profile.ProfileSkillDetails"><div data-component-type="LazyColumn">
        ${['TypeScript', 'Kafka', 'PostgreSQL'].map((s, i) => `<div componentkey="com.linkedin.sdui.profile.skill(${owner}, ${i + 1})"><p>${s}</p><p>3 endorsements</p><button>Endorse</button></div><hr>`).join('')}
      </div></div>`);
    expect(readDetailsPage(skills(ID), 'skills', ADA)).toMatchObject({ items: ['TypeScript', 'Kafka', 'PostgreSQL'], identity: 'confirmed' });
    expect(readDetailsPage(skills(OTHER), 'skills', ADA).identity).toBe('other');
  });

  it('treats an empty LazyColumn with a pager as "more may come", never as an empty section', () => {
    const read = readDetailsPage(lazyColumn('Language', [], pager('languages')), 'languages', ADA);
    expect(read).toMatchObject({ recognised: true, items: [], more: true });
  });

  it('names another member when the pager’s vanity differs', () => {
    expect(readDetailsPage(lazyColumn('Language', [['French']], pager('languages', ID, 'viewer-vic')), 'languages', ADA).identity).toBe('other');
  });
});
