import { describe, expect, it } from 'vitest';
import { readProfile } from '@/lib/linkedin/read-profile';
import { readSduiPage } from './sdui-2026';

const URL_ = new URL('https://www.linkedin.com/in/jane-doe/');
const ID = 'ACoAAAbcdefghijklmnopqrstuvwxyz01234567';
const card = (name: string): string => `com.linkedin.sdui.profile.card.ref${ID}${name}`;

function page(body: string, title = '(3) Jane Doe | LinkedIn'): Document {
  return new DOMParser().parseFromString(`<html><head><title>${title}</title></head><body>${body}</body></html>`, 'text/html');
}

const topCard = `
<section componentkey="${card('Topcard')}">
  <a href="https://www.linkedin.com/in/jane-doe/" componentkey="topcard-logo-image-referencekey">
    <div componentkey="topcard-logo-image-referencekey" aria-label="Profile photo"><figure><img alt="" src="https://media.licdn.com/jane-100.jpg"></figure></div>
  </a>
  <a href="https://www.linkedin.com/in/jane-doe/" componentkey="ProfileVerificationTriggerRef-jane-doe"><div><h2>Jane Doe</h2></div></a>
  <p>Engineer who builds things</p>
  <p>Acme · Example University</p>
  <div><p>Lyon, Auvergne-Rhône-Alpes, France</p><p>·</p><p><a href="https://www.linkedin.com/in/jane-doe/overlay/contact-info/">Coordonnées</a></p></div>
  <a href="/preload/custom-invite/?vanityName=jane-doe" componentkey="ConnectButtonstate:invitation:urn:li:member:12345_connect"></a>
</section>`;

const experienceCard = (entries: string): string => `
<section componentkey="${card('ExperienceTopLevelSection')}">
  <div componentkey="Profile_Top_Level_ExperienceTopLevelSectionjane-doe"></div>
  <h2 componentkey="ProfileNullStateCardAnchor_Experience">Expérience</h2>
  <div>${entries}</div>
</section>`;

const entry = (key: string, title: string, company: string, dates: string): string => `
<div componentkey="entity-collection-item-${key}"><a href="https://www.linkedin.com/company/1/"><div><div><p>${title}</p><p>${company}</p></div><p>${dates}</p></div></a></div>`;

describe('readSduiPage', () => {
  it('reads the top card of the person the name link names', () => {
    const { fragment } = readSduiPage(page(topCard), URL_);
    expect(fragment).toMatchObject({
      publicIdentifier: 'jane-doe',
      memberId: ID,
      numericMemberId: '12345',
      fullName: 'Jane Doe',
      firstName: 'Jane',
      lastName: 'Doe',
      headline: 'Engineer who builds things',
      location: 'Lyon, Auvergne-Rhône-Alpes, France',
      photoUrl: 'https://media.licdn.com/jane-100.jpg',
      currentJob: { title: null, company: 'Acme' },
    });
  });

  it('takes the member id from the card key by length, never with the card name glued on', () => {
    const { fragment } = readSduiPage(page(topCard), URL_);
    expect(fragment?.memberId).toHaveLength(39);
    expect(fragment?.memberId?.endsWith('Topcard')).toBe(false);
  });

  it('ignores the Connect buttons of other people (people you may know)', () => {
    const pymk = `<aside><a componentkey="ConnectButtonstate:invitation:urn:li:member:999_connect" href="/preload/custom-invite/?vanityName=someone-else"></a></aside>`;
    const { fragment } = readSduiPage(page(pymk + topCard), URL_);
    expect(fragment?.numericMemberId).toBe('12345');
  });

  it('refuses a page still showing the previous person after in-app navigation', () => {
    const result = readSduiPage(page(topCard), new URL('https://www.linkedin.com/in/john-roe/'));
    expect(result.fragment).toBeNull();
    expect(result.warnings.map((w) => w.code)).toContain('identity-mismatch');
  });

  it('refuses a page without its name link whose own details links name the previous person', () => {
    const noNameLink = topCard.replace(/componentkey="ProfileVerificationTriggerRef-jane-doe"/, '');
    const showAll = `<a href="https://www.linkedin.com/in/jane-doe/details/experience/">Show all</a>`;
    const body = noNameLink + experienceCard(entry('a1', 'Engineer', 'Acme', '2020 – Present') + showAll).replace(/Profile_Top_Level_ExperienceTopLevelSectionjane-doe/, 'x');
    const stale = readSduiPage(page(body), new URL('https://www.linkedin.com/in/john-roe/'));
    expect(stale.fragment).toBeNull();
    expect(stale.warnings.map((w) => w.code)).toEqual(['identity-mismatch']);
    expect(readSduiPage(page(body), URL_).fragment?.publicIdentifier).toBe('jane-doe');
  });

  it('at a member-id address, compares the cards’ member id, not the name link’s vanity', () => {
    expect(readSduiPage(page(topCard), new URL(`https://www.linkedin.com/in/${ID}/`)).fragment?.fullName).toBe('Jane Doe');
    const other = `ACoAAZ${'y'.repeat(33)}`;
    expect(readSduiPage(page(topCard), new URL(`https://www.linkedin.com/in/${other}/`)).fragment).toBeNull();
  });

  it('refuses a page without name link or own links whose section keys name the previous person', () => {
    const bare = topCard.replace(/componentkey="ProfileVerificationTriggerRef-jane-doe"/, '').replace(/<a href="https:\/\/www.linkedin.com\/in\/jane-doe\/overlay\/contact-info\/">Coordonnées<\/a>/, '');
    const body = bare + experienceCard(entry('a1', 'Engineer', 'Acme', '2020 – Present'));
    expect(readSduiPage(page(body), new URL('https://www.linkedin.com/in/john-roe/')).fragment).toBeNull();
    expect(readSduiPage(page(body), URL_).fragment?.publicIdentifier).toBe('jane-doe');
  });

  it('leaves a missing name block to the tab title, read once for every layout by readProfile', async () => {
    const noHeading = page(topCard.replace('<h2>Jane Doe</h2>', ''));
    expect(readSduiPage(noHeading, URL_).fragment?.fullName).toBeUndefined();
    const outcome = await readProfile({ url: URL_, document: noHeading });
    expect(outcome).toMatchObject({ ok: true, profile: { fullName: 'Jane Doe', firstName: 'Jane', lastName: 'Doe', sources: ['sdui-2026'] } });
  });

  it('reports a skeleton Experience section as not loaded, never as empty', () => {
    const skeleton = `<div componentkey="profileCardsExperienceOnlyjane-doe"><div><div></div><div></div></div></div>`;
    const result = readSduiPage(page(topCard + skeleton), URL_);
    expect(result.fragment?.experiences).toBeUndefined();
    expect(result.fragment?.notLoaded).toEqual(['experiences']);
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: 'section-not-loaded', section: 'experiences' }));
  });

  it('does not double the entries of a section copied after the footer', () => {
    const entries = entry('a1', 'Engineer', 'Acme', '2020 – Present') + `<hr>` + entry('b2', 'Intern', 'Beta', '2018 – 2019');
    const body = `<main>${topCard}${experienceCard(entries)}<footer aria-label="Footer"></footer>${experienceCard(entries)}</main>`;
    const experiences = readSduiPage(page(body), URL_).fragment?.experiences ?? [];
    expect(experiences.map((e) => e.title)).toEqual(['Engineer', 'Intern']);
  });

  it('reads French dates: "aujourd’hui" is a current role', () => {
    const body = topCard + experienceCard(entry('a1', 'Ingénieure', 'Acme · CDI', 'janv. 2020 - aujourd’hui · 4 ans 2 mois'));
    const [experience] = readSduiPage(page(body), URL_).fragment?.experiences ?? [];
    expect(experience).toMatchObject({
      title: 'Ingénieure',
      company: 'Acme',
      employmentType: 'CDI',
      startDate: { year: 2020, month: 1 },
      endDate: null,
      isCurrent: true,
    });
  });

  it('reads an employer with several roles as one experience per role', () => {
    const group = `
<div componentkey="entity-collection-item-g1">
  <a href="https://www.linkedin.com/company/2/"><div><div><p>Contoso</p><p>Full-time · 3 yrs</p></div><p>Berlin, Germany · Remote</p></div></a>
  <ul>
    <li><a href="#"><div><p>Lead</p><p>Jun 2023 – Jun 2024 · 1 yr 1 mo</p></div></a><div><p>Led the team.</p><p><a href="https://www.linkedin.com/in/jane-doe/overlay/1/skill-associations-details/">Git and +2 skills</a></p></div></li>
    <li><a href="#"><div><p>Developer</p><p>May 2021 – Jun 2023</p><p>On-site</p></div></a></li>
  </ul>
</div>`;
    const experiences = readSduiPage(page(topCard + experienceCard(group)), URL_).fragment?.experiences ?? [];
    expect(experiences).toEqual([
      {
        title: 'Lead',
        company: 'Contoso',
        location: 'Berlin, Germany',
        startDate: { year: 2023, month: 6 },
        endDate: { year: 2024, month: 6 },
        isCurrent: false,
        description: 'Led the team.',
        employmentType: 'Full-time',
      },
      {
        title: 'Developer',
        company: 'Contoso',
        location: 'Berlin, Germany',
        startDate: { year: 2021, month: 5 },
        endDate: { year: 2023, month: 6 },
        isCurrent: false,
        description: null,
        employmentType: 'Full-time',
      },
    ]);
  });

  it('reads about text with its line breaks and without the "… more" button', () => {
    const about = `<section componentkey="${card('About')}"><h2>Infos</h2><div data-testid="expandable-text-box">First line.<br>Second line.<button>… voir plus</button></div></section>`;
    expect(readSduiPage(page(topCard + about), URL_).fragment?.about).toBe('First line.\nSecond line.');
  });

  it('returns null on other layouts', () => {
    const ember = new DOMParser().parseFromString('<main><section data-member-id="1"><h1>X</h1></section></main>', 'text/html');
    expect(readSduiPage(ember, URL_).fragment).toBeNull();
  });

  it('warns when a "show all" link without a count says the card shows only part of the section', () => {
    const showAll = `<a href="https://www.linkedin.com/in/jane-doe/details/experience/"><span></span></a>`;
    const body = topCard + experienceCard(entry('a1', 'Engineer', 'Acme', '2020 – Present') + showAll);
    const result = readSduiPage(page(body), URL_);
    expect(result.fragment?.totals).toBeUndefined();
    expect(result.warnings).toContainEqual(expect.objectContaining({ code: 'section-truncated', section: 'experiences' }));
    const complete = readSduiPage(page(topCard + experienceCard(entry('a1', 'Engineer', 'Acme', '2020 – Present'))), URL_);
    expect(complete.warnings).toEqual([]);
  });
});

describe('readSduiPage websites', () => {
  it('reads the website of the top card from LinkedIn’s redirect link, ignoring other links', () => {
    const doc = page(`
      <section componentkey="${card('Topcard')}">
        <a componentkey="ProfileVerificationTriggerRef-jane-doe" href="https://www.linkedin.com/in/jane-doe/"><h2>Jane Doe</h2></a>
        <p>Engineer</p>
        <p><a href="https://www.linkedin.com/safety/go/?url=https%3A%2F%2Fjane.example%2Fblog&amp;urlhash=x">https://jane.example/blog</a></p>
        <p><a href="https://www.linkedin.com/safety/go/?url=javascript%3Aalert(1)">bad</a></p>
      </section>`);
    const result = readSduiPage(doc, URL_);
    expect(result.fragment?.websites).toEqual([{ label: null, url: 'https://jane.example/blog' }]);
  });
});

// The 2026 details that read wrong (issue: "every section of a 2026 profile"): pronouns, the name as a bare <h2>,
// "Top skills" in About, certification totals, the lazy photo placeholder, the empty lazy containers.
describe('readSduiPage: 2026 details', () => {
  const withPronouns = topCard.replace('<p>Engineer who builds things</p>', '<p>She/Her</p><p>· 2nd</p><p>Engineer who builds things</p>');

  it('never takes the pronouns for the headline, nor the headline for the company', () => {
    const { fragment } = readSduiPage(page(withPronouns), URL_);
    expect(fragment).toMatchObject({ headline: 'Engineer who builds things', currentJob: { title: null, company: 'Acme' } });
    const noCompanyLine = withPronouns.replace('<p>Acme · Example University</p>', '');
    const { fragment: alone } = readSduiPage(page(noCompanyLine), URL_);
    expect(alone?.headline).toBe('Engineer who builds things');
    expect(alone?.currentJob?.company ?? null).toBeNull();
  });

  it('reads the name from an <h2> in a plain wrapper (September 2026: no <h1>, no link around it)', () => {
    const bare = topCard.replace(
      '<a href="https://www.linkedin.com/in/jane-doe/" componentkey="ProfileVerificationTriggerRef-jane-doe"><div><h2>Jane Doe</h2></div></a>',
      '<div componentkey="ProfileVerificationTriggerRef-jane-doe"><h2>Jane Doe</h2></div>',
    );
    const doc = page(bare);
    expect(doc.querySelector('h1')).toBeNull();
    expect(readSduiPage(doc, URL_).fragment).toMatchObject({ fullName: 'Jane Doe', headline: 'Engineer who builds things', publicIdentifier: 'jane-doe' });
  });

  it('is not misled by a sidebar card’s own verification trigger earlier in the page', () => {
    const sidebar = `<aside><div componentkey="ProfileVerificationTriggerRef-sidebar-person"><h2>Sidebar Person</h2></div></aside>`;
    expect(readSduiPage(page(sidebar + topCard), URL_).fragment).toMatchObject({ fullName: 'Jane Doe', publicIdentifier: 'jane-doe' });
  });

  it('leaves the About card’s "Top skills" line out of About and out of Skills', () => {
    const about = `<section componentkey="${card('About')}"><h2>About</h2><div><p>Builds data platforms.</p></div><div><p>Top skills</p><p>Kafka • PostgreSQL • TypeScript</p></div></section>`;
    const { fragment } = readSduiPage(page(topCard + about), URL_);
    expect(fragment?.about).toBe('Builds data platforms.');
    expect(fragment?.skills).toBeUndefined();
  });

  it('takes the certifications’ total from "Show all N licenses & certifications"', () => {
    const certs = `<section componentkey="${card('CertificationTopLevel')}"><h2>Licenses &amp; certifications</h2>
      <div componentkey="entity-collection-item-c1"><p>Cloud Architect</p><p>Skyward</p><p>Issued Mar 2024</p></div>
      <div componentkey="entity-collection-item-c2"><p>Scrum Master</p><p>Agile Guild</p></div>
      <a href="https://www.linkedin.com/in/jane-doe/details/certifications/">Show all 7 licenses &amp; certifications</a></section>`;
    const { fragment } = readSduiPage(page(topCard + certs), URL_);
    expect(fragment?.certifications).toEqual([
      { name: 'Cloud Architect', authority: 'Skyward' },
      { name: 'Scrum Master', authority: 'Agile Guild' },
    ]);
    expect(fragment?.totals?.certifications).toBe(7);
  });

  it('takes a lazy data: placeholder for no photo', () => {
    const lazy = topCard.replace('src="https://media.licdn.com/jane-100.jpg"', 'src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"');
    expect(readSduiPage(page(lazy), URL_).fragment?.photoUrl).toBeUndefined();
  });

  it('reports every section as not loaded while the containers below Activity are empty, never as 0', () => {
    const parts = [1, 2, 3, 4, 5, 6, 7].map((n) => `<div componentkey="profileCardsBelowActivityPart${n}jane-doe"></div>`).join('');
    const { fragment } = readSduiPage(page(topCard + `<div componentkey="profileCardsExperienceOnlyjane-doe"></div>` + parts), URL_);
    expect(fragment?.notLoaded).toEqual(['experiences', 'educations', 'skills', 'certifications', 'languages']);
    expect(fragment?.experiences).toBeUndefined();
  });
});
