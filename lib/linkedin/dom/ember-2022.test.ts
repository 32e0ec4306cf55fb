import { describe, expect, it } from 'vitest';
import { readEmberPage } from './ember-2022';

const URL_ = new URL('https://www.linkedin.com/in/jane-doe/');
const ID = 'ACoAAAbcdefghijklmnopqrstuvwxyz01234567';
const OTHER_ID = 'ACoAAZyxwvutsrqponmlkjihgfedcba76543210';

function page(body: string): Document {
  return new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');
}

const v = (text: string): string => `<span aria-hidden="true">${text}</span><span class="visually-hidden">${text}</span>`;

const nav = `<header><img class="global-nav__me-photo" src="https://media.licdn.com/viewer.jpg" alt="The Viewer"></header>`;
const topCard = `
<section class="artdeco-card pv-top-card" data-member-id="4242">
  <img class="pv-top-card-profile-picture__image pv-top-card-profile-picture__image--show" src="https://media.licdn.com/jane-400.jpg" alt="Jane Doe">
  <h1 class="inline t-24 v-align-middle break-words">Jane Doe</h1>
  <div class="text-body-medium break-words">Engineer who builds things</div>
  <button aria-label="Current company: Acme. Click to skip to experience card"><span>Acme</span></button>
  <span class="text-body-small inline t-black--light break-words">Lyon, France</span>
  <a href="/in/jane-doe/overlay/contact-info/">Contact info</a>
</section>`;

const experienceSection = (items: string, showAll = ''): string => `
<section class="artdeco-card"><div id="experience" class="pv-profile-card__anchor"></div><h2>${v('Expérience')}</h2>
<ul>${items}</ul>${showAll}</section>`;

const item = (lines: string[], nested = ''): string => `<li><div>${lines.map(v).join('')}</div>${nested}</li>`;

describe('readEmberPage', () => {
  it('reads the owner, not the viewer whose photo is in the navigation bar', () => {
    const { fragment } = readEmberPage(page(nav + `<main>${topCard}</main>`), URL_);
    expect(fragment).toMatchObject({
      publicIdentifier: 'jane-doe',
      numericMemberId: '4242',
      fullName: 'Jane Doe',
      headline: 'Engineer who builds things',
      location: 'Lyon, France',
      photoUrl: 'https://media.licdn.com/jane-400.jpg',
      currentJob: { title: null, company: 'Acme' },
    });
  });

  it('reads visible text once (not the screen-reader copy) and French dates', () => {
    const section = experienceSection(item(['Ingénieure', 'Acme · CDI', 'janv. 2020 - aujourd’hui · 4 ans', 'Lyon, France']));
    const [experience] = readEmberPage(page(`<main>${topCard}${section}</main>`), URL_).fragment?.experiences ?? [];
    expect(experience).toEqual({
      title: 'Ingénieure',
      company: 'Acme',
      location: 'Lyon, France',
      startDate: { year: 2020, month: 1 },
      endDate: null,
      isCurrent: true,
      description: null,
      employmentType: 'CDI',
    });
  });

  it('reads a grouped employer as one experience per role, with the group as company', () => {
    const roles = `<div class="pvs-entity__sub-components"><ul>
      ${item(['Lead', 'Full-time', 'Jun 2023 - Jun 2024 · 1 yr 1 mo'], `<ul><li><div class="inline-show-more-text">${v('Led the team.<br>Shipped.')}</div></li></ul>`)}
      ${item(['Developer', 'May 2021 - Jun 2023 · 2 yrs'])}
    </ul></div>`;
    const section = experienceSection(
      item(['Contoso', '3 yrs 2 mos', 'Berlin, Germany'], roles),
      `<a href="https://www.linkedin.com/in/jane-doe/details/experience?profileUrn=urn%3Ali%3Afsd_profile%3A${ID}">Afficher les 7 expériences</a>`,
    );
    const { fragment } = readEmberPage(page(`<main>${topCard}${section}</main>`), URL_);
    expect(fragment?.experiences?.map((e) => [e.title, e.company, e.employmentType, e.location, e.description])).toEqual([
      ['Lead', 'Contoso', 'Full-time', 'Berlin, Germany', 'Led the team.\nShipped.'],
      ['Developer', 'Contoso', null, 'Berlin, Germany', null],
    ]);
    expect(fragment?.totals).toEqual({ experiences: 7 });
    expect(fragment?.memberId).toBe(ID);
  });

  it('never takes the plain fsd_profile ids of other people in the page as the member id', () => {
    const others = `<a href="https://www.linkedin.com/in/someone-else/details/experience?profileUrn=urn%3Ali%3Afsd_profile%3A${OTHER_ID}">x</a>
      <code>{"entityUrn":"urn:li:fsd_profile:${OTHER_ID}"}</code>`;
    expect(readEmberPage(page(`<main>${topCard}${others}</main>`), URL_).fragment?.memberId).toBeUndefined();
  });

  it('ignores an embedded (bpr) profile of another vanity, uses one of this vanity', () => {
    const bpr = (vanity: string, id: string): string =>
      `<code id="bpr-guid-1">${JSON.stringify({ included: [{ publicIdentifier: vanity, entityUrn: `urn:li:fsd_profile:${id}`, firstName: 'Stale' }] })}</code>`;
    const stale = readEmberPage(page(`<main>${topCard}</main>${bpr('previous-person', OTHER_ID)}`), URL_).fragment;
    expect(stale?.memberId).toBeUndefined();
    expect(stale?.fullName).toBe('Jane Doe');
    const own = readEmberPage(page(`<main>${topCard}</main>${bpr('previous-person', OTHER_ID)}${bpr('jane-doe', ID)}`), URL_);
    expect(own.fragment?.memberId).toBe(ID);
  });

  it('takes the numeric id from the embedded profile of this vanity only, when the top card has none', () => {
    const bpr = (vanity: string, id: string, member: string): string =>
      `<code id="bpr-guid-1">${JSON.stringify({ included: [{ publicIdentifier: vanity, entityUrn: `urn:li:fsd_profile:${id}`, objectUrn: `urn:li:member:${member}` }] })}</code>`;
    const details = new URL('https://www.linkedin.com/in/jane-doe/details/experience/');
    const doc = page(`<main><section><ul><li class="pvs-list__paged-list-item">${v('A')}</li></ul></section></main>${bpr('the-viewer', OTHER_ID, '111')}${bpr('jane-doe', ID, '222')}`);
    expect(readEmberPage(doc, details).fragment).toMatchObject({ memberId: ID, numericMemberId: '222' });
    const onlyViewer = page(`<main><section><ul><li class="pvs-list__paged-list-item">${v('A')}</li></ul></section></main>${bpr('the-viewer', OTHER_ID, '111')}`);
    expect(readEmberPage(onlyViewer, details).fragment?.numericMemberId).toBeUndefined();
    // The top card's own attribute wins over the embedded JSON.
    expect(readEmberPage(page(`<main>${topCard}</main>${bpr('jane-doe', ID, '222')}`), URL_).fragment?.numericMemberId).toBe('4242');
  });

  it('reads the full list of a /details/experience/ page', () => {
    const items = ['A', 'B', 'C']
      .map((t, i) => `<li class="pvs-list__paged-list-item">${v(t)}${v(`Co ${t}`)}${v(`${2010 + i} - ${2011 + i}`)}</li>`)
      .join('');
    const doc = page(`<main><section><ul>${items}</ul></section></main>`);
    const { fragment } = readEmberPage(doc, new URL('https://www.linkedin.com/in/jane-doe/details/experience/'));
    expect(fragment?.experiences?.map((e) => [e.title, e.company, e.startDate?.year, e.endDate?.year])).toEqual([
      ['A', 'Co A', 2010, 2011],
      ['B', 'Co B', 2011, 2012],
      ['C', 'Co C', 2012, 2013],
    ]);
  });

  it('refuses a page whose own links name another member: the previous person, still shown after the address changed', () => {
    const stale = page(`<main>${topCard}</main>`);
    const { fragment, warnings } = readEmberPage(stale, new URL('https://www.linkedin.com/in/john-next/'));
    expect(fragment).toBeNull();
    expect(warnings.map((w) => w.code)).toEqual(['identity-mismatch']);
  });

  it('refuses a page whose canonical link names another member', () => {
    const doc = new DOMParser().parseFromString(
      `<html><head><link rel="canonical" href="https://www.linkedin.com/in/jane-doe/"></head><body><main>${topCard.replace(/<a href[^>]*>Contact info<\/a>/, '')}</main></body></html>`,
      'text/html',
    );
    expect(readEmberPage(doc, new URL('https://www.linkedin.com/in/john-next/')).fragment).toBeNull();
    expect(readEmberPage(doc, URL_).fragment?.publicIdentifier).toBe('jane-doe');
  });

  it('at a member-id address, compares the member id of its own links instead of a vanity', () => {
    const showAll = (id: string) => `<a href="/in/jane-doe/details/experience?profileUrn=urn%3Ali%3Afsd_profile%3A${id}">Show all</a>`;
    const body = (id: string) => `<main>${topCard}${experienceSection(item(['Engineer', 'Acme', '2020 - Present']), showAll(id))}</main>`;
    const byId = new URL(`https://www.linkedin.com/in/${ID}/`);
    expect(readEmberPage(page(body(ID)), byId).fragment?.fullName).toBe('Jane Doe');
    expect(readEmberPage(page(body(OTHER_ID)), byId).fragment).toBeNull();
  });

  it('trusts the links in the page over a canonical link left behind by an in-app navigation', () => {
    const next = topCard.replace(/jane-doe/g, 'john-next').replace(/Jane Doe/g, 'John Next');
    const doc = new DOMParser().parseFromString(
      `<html><head><link rel="canonical" href="https://www.linkedin.com/in/jane-doe/"></head><body><main>${next}</main></body></html>`,
      'text/html',
    );
    expect(readEmberPage(doc, new URL('https://www.linkedin.com/in/john-next/')).fragment?.fullName).toBe('John Next');
    expect(readEmberPage(doc, URL_).fragment).toBeNull();
  });

  it('keeps a page that names nobody, without claiming whom it is about', () => {
    const { fragment } = readEmberPage(page(`<main>${topCard.replace(/<a href[^>]*>Contact info<\/a>/, '')}</main>`), URL_);
    expect(fragment?.fullName).toBe('Jane Doe');
    expect(fragment?.publicIdentifier).toBeUndefined();
  });

  it('returns null on other layouts and on non-profile addresses', () => {
    const sdui = page(`<section componentkey="com.linkedin.sdui.profile.card.ref${ID}Topcard"><h2>X</h2></section>`);
    expect(readEmberPage(sdui, URL_).fragment).toBeNull();
    expect(readEmberPage(page(`<main>${topCard}</main>`), new URL('https://www.linkedin.com/search/results/people/')).fragment).toBeNull();
  });
});
