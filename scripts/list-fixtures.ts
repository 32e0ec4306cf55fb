// The list-page fixtures that no capture exists for, built from invented people laid out as public references
// describe each layout (INFERRED: see docs/ARCHITECTURE.md, "List pages"). No capture is read: every name, id and
// link here is made up. scripts/make-fixtures.ts writes them with the capture-derived fixtures, lists them in
// tests/fixtures/index.json and checks them for real data like the others.

/** One person as the page shows them, and what a correct reader gives (`expected: null` = must not be read). */
export interface InventedPerson {
  name: string;
  /** The href as LinkedIn writes it (%-encoded vanity, tracking parameters, relative or absolute). */
  href: string;
  headline?: string;
  location?: string;
  title?: string;
  company?: string;
  /** Sales Navigator rows: the public /in/ link the row may carry (most do not). */
  publicHref?: string;
}

export interface ListFixture {
  file: string;
  url: string;
  kind: 'search' | 'sales-navigator';
  layout: 'sdui-2026' | 'salesnav-2025';
  list: 'people-search' | 'salesnav-search' | 'salesnav-list';
  html: string;
}

/** A 39-character member id from a seed: `ACoAA` (flagship) or `ACwAA` (Sales Navigator) and 34 invented characters. */
export function inventedMemberId(form: 'ACoAA' | 'ACwAA', seed: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
  let out = form;
  let state = seed * 7919 + 17;
  while (out.length < 39) {
    state = (state * 48271) % 2147483647;
    out += alphabet[state % alphabet.length];
  }
  return out;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A hashed-looking class, as LinkedIn's 2026 pages carry (deterministic, meaningless). */
function hashClass(seed: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let out = '_';
  let state = seed * 104729 + 3;
  for (let i = 0; i < 8; i++) {
    state = (state * 48271) % 2147483647;
    out += letters[state % letters.length];
  }
  return out;
}

// ─── 2026 people search (server-driven UI) ────────────────────────────────────────────────────────────────────────

export const SEARCH_2026_VIEWER = { name: 'Tomás Ferreira-Lund', vanity: 'tomas-ferreira-lund' };

const SEARCH_2026_PEOPLE: InventedPerson[] = [
  {
    name: 'Mira Okonkwo-Hale',
    href: 'https://www.linkedin.com/in/%F0%9F%A6%8A-mira-okonkwo/?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3A' + inventedMemberId('ACoAA', 1),
    headline: 'Platform Engineer · Kubernetes & Go',
    location: 'Lagos, Lagos State, Nigeria',
  },
  {
    name: 'Jonas Åberg',
    href: 'https://www.linkedin.com/in/jonas-%C3%A5berg-4821?trk=people-search-result&lipi=urn%3Ali%3Apage%3Ad_flagship3_search_srp_people',
    headline: 'Head of Data at Fabrikam Tåg',
    location: 'Göteborg, Västra Götaland County, Sweden',
  },
  {
    // The viewer, found by their own search: never offered as someone to save.
    name: SEARCH_2026_VIEWER.name,
    href: `https://www.linkedin.com/in/${SEARCH_2026_VIEWER.vanity}/`,
    headline: 'Talent Partner',
    location: 'Lisbon, Portugal',
  },
  {
    name: 'Lena Vogt',
    href: '/in/lena-vogt-b3/',
    headline: 'Staff Designer — design systems',
    location: 'Berlin, Germany',
  },
  {
    name: 'Yuki Tanabe',
    href: 'https://www.linkedin.com/in/%E7%94%B0%E8%BE%BA-%E3%82%86%E3%81%8D/',
    headline: 'プロダクトマネージャー',
    location: '東京都, 日本',
  },
  {
    // Out of the viewer's network: the link names the member id, not a vanity.
    name: 'Kofi Mensah',
    href: `https://www.linkedin.com/in/${inventedMemberId('ACoAA', 6)}?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3A${inventedMemberId('ACoAA', 6)}`,
    headline: 'Founder, Contoso Cocoa',
    location: 'Accra, Greater Accra Region, Ghana',
  },
];

function search2026Card(person: InventedPerson, index: number, mutual?: InventedPerson): string {
  const c = (n: number) => hashClass(index * 10 + n);
  const line = (text: string | undefined, n: number) => (text ? `<p class="${c(n)}">${escapeHtml(text)}</p>` : '');
  return `<div role="listitem" class="${c(0)}">
  <div data-view-name="people-search-result" componentkey="${hashClass(index + 500).slice(1)}-${index}" class="${c(1)}">
    <a href="${escapeHtml(person.href)}" tabindex="-1" aria-hidden="true"><figure class="${c(2)}"><img src="https://media.licdn.com/dms/image/v2/invented${index}/profile-displayphoto-shrink_100_100/0/1" alt="${escapeHtml(person.name)}"></figure></a>
    <div class="${c(3)}">
      <p class="${c(4)}"><a data-view-name="search-result-lockup-title" href="${escapeHtml(person.href)}">${escapeHtml(person.name)}</a><span aria-hidden="true"> • 2nd</span></p>
      ${line(person.headline, 5)}
      ${line(person.location, 6)}
      ${mutual ? `<p class="${c(7)}"><a href="${escapeHtml(mutual.href)}"><strong>${escapeHtml(mutual.name)}</strong></a> is a mutual connection</p>` : ''}
    </div>
    <div class="${c(8)}"><button aria-label="Invite ${escapeHtml(person.name)} to connect"><span>Connect</span></button></div>
  </div>
</div>`;
}

function search2026Html(): string {
  const people = SEARCH_2026_PEOPLE;
  const mutual: InventedPerson = { name: 'Rui Salgado', href: 'https://www.linkedin.com/in/rui-salgado-44/' };
  const cards = [
    search2026Card(people[0]!, 0, mutual),
    search2026Card(people[1]!, 1),
    // A promoted card between results: no people-search-result, no person.
    `<div role="listitem"><div data-view-name="search-promo-card" class="${hashClass(90)}"><p>Promoted</p><a href="https://www.linkedin.com/company/northwind-traders/">Northwind Traders</a></div></div>`,
    search2026Card(people[2]!, 2),
    search2026Card(people[3]!, 3),
    search2026Card(people[4]!, 4),
    // The same person again (the list re-rendered while scrolling).
    search2026Card(people[3]!, 5),
    search2026Card(people[5]!, 6, mutual),
  ];
  return `<!DOCTYPE html>
<!--
  INFERRED FIXTURE: LinkedIn people search, 2026 server-driven layout. No capture of this page exists; the markup
  is built by scripts/list-fixtures.ts from invented people, following public extractors that read this page
  (code corpus, file ids): a NestJS "LinkedInHtmlParserService" (58470472293: cards [data-view-name=
  "people-search-result"], name and link a[data-view-name="search-result-lockup-title"], then <p> lines in order
  headline, location, "Current:" and mutual-connection lines); a Selenium SearchScraper (6701087193: same card and
  title hooks, headline and location as the following <p>s); an XPath selectors module (51934619013: result cards
  also under [role=list] [role=listitem], the results column [data-testid="lazy-column"]); a synthetic SRP test
  fixture (61534578723: "• 3rd+" badge beside the name, the avatar repeating the name as alt text, a
  percent-encoded non-Latin profile slug). Classes are invented hashes. Verify against a real capture when one exists.
-->
<html lang="en"><head><meta charset="utf-8"><title>Search | LinkedIn</title></head>
<body>
<header class="${hashClass(1)}"><nav aria-label="Primary" class="${hashClass(2)}">
  <a href="https://www.linkedin.com/feed/">Home</a>
  <a href="https://www.linkedin.com/mynetwork/">My Network</a>
  <a href="https://www.linkedin.com/in/${SEARCH_2026_VIEWER.vanity}/" aria-label="Me"><img src="https://media.licdn.com/dms/image/v2/viewer/profile-displayphoto-shrink_100_100/0/1" alt="${escapeHtml(SEARCH_2026_VIEWER.name)}"></a>
</nav></header>
<main class="${hashClass(3)}">
  <div data-testid="lazy-column" class="${hashClass(4)}">
    <div class="${hashClass(5)}"><h2>People</h2></div>
    <div role="list" class="${hashClass(6)}">
${cards.join('\n')}
    </div>
  </div>
  <aside class="${hashClass(7)}">
    <section><h2>People also viewed</h2>
      <a href="https://www.linkedin.com/in/ines-carvalho-9/"><p>Inês Carvalho</p></a>
      <a href="https://www.linkedin.com/in/amara-diallo/"><p>Amara Diallo</p></a>
    </section>
  </aside>
</main>
</body></html>
`;
}

// ─── Sales Navigator search results and lead lists (Ember, data-anonymize) ────────────────────────────────────────

const SALES_PEOPLE: InventedPerson[] = [
  {
    name: 'Aroha Ngata',
    href: `/sales/lead/${inventedMemberId('ACwAA', 11)},NAME_SEARCH,Xk3q?_ntb=invented`,
    title: 'VP Engineering',
    company: 'Tailspin Toys',
    location: 'Wellington, New Zealand',
  },
  {
    name: 'Bastien Lefèvre',
    href: `/sales/lead/${inventedMemberId('ACwAA', 12)},NAME_SEARCH,p0Lw`,
    title: 'Directeur technique',
    company: 'Wide World Importers',
    location: 'Lyon, Auvergne-Rhône-Alpes, France',
    // The row carries the public link (rare in Sales Navigator): an emoji vanity, %-encoded.
    publicHref: 'https://www.linkedin.com/in/%F0%9F%8C%8A-bastien-lefevre?trk=sales-nav',
  },
  {
    name: 'Chidi Eze',
    href: `/sales/lead/${inventedMemberId('ACwAA', 13)},OUT_OF_NETWORK,Zz9a`,
    title: 'Head of Talent',
    company: 'Adventure Works',
    location: 'Nairobi County, Kenya',
  },
  {
    name: 'Dana Whitcombe',
    href: `https://www.linkedin.com/sales/lead/${inventedMemberId('ACwAA', 14)},NAME_SEARCH,Qq1e`,
    title: 'Senior Recruiter',
    company: 'Litware',
    location: 'Halifax, Nova Scotia, Canada',
  },
];

function salesSearchRow(person: InventedPerson, index: number, companyAsText: boolean): string {
  const company = companyAsText
    ? `\n            ${escapeHtml(person.company ?? '')}`
    : `<a class="ember-view" data-anonymize="company-name" data-control-name="view_company_via_profile_lockup" href="/sales/company/${1000 + index}">${escapeHtml(person.company ?? '')}</a>`;
  return `<li class="artdeco-list__item pl3 pv3">
  <div class="flex" data-x-search-result="LEAD">
    <div class="artdeco-entity-lockup artdeco-entity-lockup--size-4 ember-view">
      <div class="artdeco-entity-lockup__image"><img alt="${escapeHtml(person.name)}" src="https://media.licdn.com/dms/image/v2/invented-sn${index}/0/1"></div>
      <div class="artdeco-entity-lockup__content ember-view">
        <div class="artdeco-entity-lockup__title ember-view">
          <a class="ember-view" data-control-name="view_lead_panel_via_search_lead_name" href="${escapeHtml(person.href)}"><span data-anonymize="person-name">${escapeHtml(person.name)}</span></a>
          <span class="artdeco-entity-lockup__degree">· 2nd</span>
        </div>
        <div class="artdeco-entity-lockup__subtitle ember-view t-14">
          <span data-anonymize="title">${escapeHtml(person.title ?? '')}</span>
          <span aria-hidden="true" class="separator--middot"></span>${company}
          <button aria-expanded="false" aria-label="See more about ${escapeHtml(person.company ?? '')}" class="entity-hovercard__a11y-trigger p0 b0" type="button"></button>
        </div>
        <div class="artdeco-entity-lockup__caption ember-view"><span class="t-12" data-anonymize="location">${escapeHtml(person.location ?? '')}</span></div>
        <div class="artdeco-entity-lockup__metadata ember-view" data-anonymize="job-title">2 years 3 months in role<span aria-hidden="true" class="separator--pipe"></span>4 years in company</div>
        ${person.publicHref ? `<a class="ember-view" href="${escapeHtml(person.publicHref)}" target="_blank">View LinkedIn profile</a>` : ''}
      </div>
    </div>
  </div>
</li>`;
}

function salesChrome(title: string): string {
  // The seat holder (the viewer) in Sales Navigator's embedded chrome JSON.
  return `<head><meta charset="utf-8"><title>${title}</title></head>
<body class="ember-application">
<code style="display: none" id="bpr-guid-900001">{"memberResolutionResult":{"objectUrn":"urn:li:member:90000001","fullName":"Seat Holder"},"seatRoles":["SALES_SEAT_TIER1"]}</code>
<code style="display: none" id="datalet-bpr-guid-900001">{"request":"/sales-api/salesApiNavChrome","status":200,"body":"bpr-guid-900001"}</code>
<header class="global-nav"><nav><a href="/sales/home">Home</a><a href="/sales/lists/people">Lists</a></nav></header>`;
}

function salesSearchHtml(): string {
  const rows = [
    salesSearchRow(SALES_PEOPLE[0]!, 0, false),
    salesSearchRow(SALES_PEOPLE[1]!, 1, true),
    // A result shown twice (virtual list overlap while scrolling).
    salesSearchRow(SALES_PEOPLE[1]!, 2, true),
    salesSearchRow(SALES_PEOPLE[2]!, 3, false),
    salesSearchRow(SALES_PEOPLE[3]!, 4, false),
  ];
  return `<!DOCTYPE html>
<!--
  INFERRED FIXTURE: Sales Navigator people search (/sales/search/people), Ember layout as of 2025. No capture of
  this page exists; built by scripts/list-fixtures.ts from invented people, following
  aristotle-malichetty/salesnav-scrape SELECTORS_REFERENCE.md (commit c6aa69932950bd25be11de868c497e96b851a737,
  "Last Updated: 2025-11-18"): li.artdeco-list__item rows; a[data-control-name="view_lead_panel_via_search_lead_name"]
  to /sales/lead/<ACwAA id>,NAME_SEARCH,<token> around span[data-anonymize="person-name"];
  .artdeco-entity-lockup__subtitle holding span[data-anonymize="title"], a middot and the company (a text node, or
  a[data-anonymize="company-name"]); span[data-anonymize="location"]; .artdeco-entity-lockup__metadata
  [data-anonymize="job-title"] holding the time in role (not a title); the public /in/ URL only behind a menu.
  The seat holder's JSON mirrors capture 14's Sales Navigator chrome block. Verify against a real capture.
-->
<html lang="en">${salesChrome('Sales Navigator')}
<main id="content-main">
  <div class="search-results__result-container">
    <ol class="artdeco-list background-color-white">
${rows.join('\n')}
    </ol>
  </div>
</main>
</body></html>
`;
}

function salesListRow(person: InventedPerson, index: number): string {
  return `<tr class="artdeco-models-table-row ember-view" data-x--people-list--row="">
  <td class="list-people-detail-header__entity">
    <div class="artdeco-entity-lockup artdeco-entity-lockup--size-3 ember-view">
      <div class="artdeco-entity-lockup__image"><img alt="${escapeHtml(person.name)}" src="https://media.licdn.com/dms/image/v2/invented-sl${index}/0/1"></div>
      <div class="artdeco-entity-lockup__content ember-view">
        <div class="artdeco-entity-lockup__title ember-view"><a class="ember-view" href="${escapeHtml(person.href)}"><span data-anonymize="person-name">${escapeHtml(person.name)}</span></a></div>
        <div class="artdeco-entity-lockup__subtitle ember-view"><span data-anonymize="title">${escapeHtml(person.title ?? '')}</span></div>
        ${person.publicHref ? `<a href="${escapeHtml(person.publicHref)}" target="_blank">View LinkedIn profile</a>` : ''}
      </div>
    </div>
  </td>
  <td class="list-people-detail-header__account"><a class="ember-view" data-anonymize="company-name" href="/sales/company/${2000 + index}">${escapeHtml(person.company ?? '')}</a></td>
  <td class="list-people-detail-header__geography"><span data-anonymize="location">${escapeHtml(person.location ?? '')}</span></td>
  <td class="list-people-detail-header__date-added">3 days ago</td>
</tr>`;
}

function salesListHtml(): string {
  const rows = [
    salesListRow(SALES_PEOPLE[3]!, 0),
    salesListRow(SALES_PEOPLE[0]!, 1),
    salesListRow(SALES_PEOPLE[1]!, 2),
    salesListRow(SALES_PEOPLE[0]!, 3),
    salesListRow(SALES_PEOPLE[2]!, 4),
  ];
  return `<!DOCTYPE html>
<!--
  INFERRED FIXTURE: Sales Navigator lead list (/sales/lists/people/<id>), Ember layout. No capture of this page
  exists; built by scripts/list-fixtures.ts from invented people. Public references (code corpus, file ids): a
  Sales Navigator export extension README (68287155535: lead lists and people searches share /sales/lead/… links
  and data-anonymize attributes); a scraper that tells a lead list from a search by its <table> (the
  "scrapeVisible" script: isListView = document.querySelector('table')); an exporter listing the list's fields as
  "same as salesnav_search" with no public URL (59740568065). Row and cell classes are invented. Verify against a
  real capture.
-->
<html lang="en">${salesChrome('Lead list | Sales Navigator')}
<main id="content-main">
  <table class="artdeco-models-table">
    <thead><tr><th>Name</th><th>Account</th><th>Geography</th><th>Date added</th></tr></thead>
    <tbody>
${rows.join('\n')}
    </tbody>
  </table>
</main>
</body></html>
`;
}

export function listFixtures(): ListFixture[] {
  return [
    {
      file: 'search-2026-sdui.html',
      url: 'https://www.linkedin.com/search/results/people/?keywords=platform%20engineer&origin=SWITCH_SEARCH_VERTICAL&sid=x1Y',
      kind: 'search',
      layout: 'sdui-2026',
      list: 'people-search',
      html: search2026Html(),
    },
    {
      file: 'salesnav-2025-search.html',
      url: 'https://www.linkedin.com/sales/search/people?query=(recentSearchParam%3A(doLogHistory%3Atrue)%2Ckeywords%3Aengineering)&sessionId=inv3nted',
      kind: 'sales-navigator',
      layout: 'salesnav-2025',
      list: 'salesnav-search',
      html: salesSearchHtml(),
    },
    {
      file: 'salesnav-2025-list.html',
      url: 'https://www.linkedin.com/sales/lists/people/7100000000000000001?sortCriteria=CREATED_TIME&sortOrder=DESCENDING',
      kind: 'sales-navigator',
      layout: 'salesnav-2025',
      list: 'salesnav-list',
      html: salesListHtml(),
    },
  ];
}
