// The non-profile pages of the LinkedIn sandbox, written for these fakes (no LinkedIn markup copied): the guest
// authwall, the security checkpoint, the sign-in page, "This page doesn't exist", plus the sandbox's own navigation
// bar and script. Titles, paths and the visible sentences are the ones LinkedIn shows, so a reader that detects
// these pages by URL, title or heading sees what it would see on linkedin.com.
import { escapeHtml } from './http';

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
${body}
</body>
</html>`;
}

export function authwallPage(sessionRedirect: string | null): string {
  const who = sessionRedirect ? ` to view this profile` : '';
  return page(
    'Sign Up | LinkedIn',
    `<main class="authwall">
  <h1>Sign in${escapeHtml(who)}</h1>
  <p>You’re signed out. Sign in or join LinkedIn to view this profile.</p>
  <form action="/uas/login-submit" method="post">
    <label>Email or phone <input name="session_key" type="text" autocomplete="username"></label>
    <label>Password <input name="session_password" type="password" autocomplete="current-password"></label>
    <button type="submit">Sign in</button>
  </form>
  <p>New to LinkedIn? <a href="/signup">Join now</a></p>
</main>`,
  );
}

export function loginPage(): string {
  return page(
    'LinkedIn Login, Sign in | LinkedIn',
    `<main class="login">
  <h1>Sign in</h1>
  <p>Stay updated on your professional world</p>
  <form action="/checkpoint/lg/login-submit" method="post">
    <label>Email or phone <input id="username" name="session_key" type="text"></label>
    <label>Password <input id="password" name="session_password" type="password"></label>
    <button type="submit">Sign in</button>
  </form>
</main>`,
  );
}

export function checkpointPage(): string {
  return page(
    'Security Verification | LinkedIn',
    `<main class="checkpoint">
  <h1>Let’s do a quick security check</h1>
  <p>We want to make sure it’s really you. Solve the puzzle to continue.</p>
  <div id="captcha-internal" role="img" aria-label="Security puzzle"></div>
  <button type="button">Verify</button>
</main>`,
  );
}

export function notFoundPage(): string {
  return page(
    'Page Not Found | LinkedIn',
    `<main class="not-found">
  <h1>This page doesn’t exist</h1>
  <p>Please check your URL or return to LinkedIn home.</p>
  <a href="/feed/">Go to your feed</a>
</main>`,
  );
}

export function feedPage(): string {
  return page('Feed | LinkedIn', `<main class="feed"><h1>Feed</h1><p>Start a post</p></main>`);
}

export const SANDBOX_NAV_PATH = '/__sandbox/nav.js';

/**
 * The sandbox bar: a fixed strip outside the profile markup with links to the other sandbox profiles. With the
 * script below, a click loads the next profile the way LinkedIn's single-page app does (no reload), so the tests can
 * exercise "navigated in-app to another person".
 */
export function sandboxBar(vanities: readonly string[]): string {
  const links = vanities
    .map((v) => `<a href="/in/${encodeURIComponent(v)}/" data-sandbox-nav="${escapeHtml(v)}">${escapeHtml(v)}</a>`)
    .join(' ');
  return `<nav id="sandbox-bar" aria-label="Sandbox navigation" style="position:fixed;right:0;bottom:0;z-index:2147483647;background:#fffbe6;border:1px solid #d4b106;padding:4px 8px;font:12px sans-serif">Sandbox: ${links}</nav>
<script src="${SANDBOX_NAV_PATH}"></script>`;
}

/**
 * Served as a file (not inline), so a page CSP without 'unsafe-inline' still runs it. Under the 2026 pages' Trusted
 * Types CSP, DOMParser.parseFromString and script.src are sinks: the script goes through the sandbox's policy. After
 * the swap it starts the sandbox scripts the new page lists that this document has not run yet (scripts adopted from
 * a parsed document never run), and tells the running ones to look at the new page (`sandbox:navigated`).
 */
export const SANDBOX_NAV_SCRIPT = `(() => {
  if (window.__sandboxNav) return;
  window.__sandboxNav = true;
  const policy = window.__sandboxPolicy || (window.__sandboxPolicy = window.trustedTypes
    ? window.trustedTypes.createPolicy('linkedin-sandbox', { createHTML: (s) => s, createScriptURL: (s) => s })
    : { createHTML: (s) => s, createScriptURL: (s) => s });
  document.addEventListener('click', async (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-sandbox-nav]') : null;
    if (!link) return;
    event.preventDefault();
    const response = await fetch(link.href, { credentials: 'include' });
    const next = new DOMParser().parseFromString(policy.createHTML(await response.text()), 'text/html');
    document.title = next.title;
    document.body.replaceWith(document.adoptNode(next.body));
    history.pushState({ sandbox: true }, '', response.url || link.href);
    const running = new Set(Array.from(document.head.querySelectorAll('script[src]'), (s) => s.getAttribute('src')));
    for (const old of document.body.querySelectorAll('script[src^="/__sandbox/"]')) {
      const src = old.getAttribute('src');
      if (running.has(src) || src === '${SANDBOX_NAV_PATH}') continue;
      const script = document.createElement('script');
      script.src = policy.createScriptURL(src);
      document.head.append(script);
    }
    document.dispatchEvent(new Event('sandbox:navigated'));
  });
})();
`;

/** Puts the sandbox bar just before </body> (or at the end of a fragment), leaving the profile markup untouched. */
export function withSandboxBar(html: string, otherVanities: readonly string[]): string {
  const bar = sandboxBar(otherVanities);
  const at = html.lastIndexOf('</body>');
  return at === -1 ? `${html}\n${bar}` : `${html.slice(0, at)}${bar}\n${html.slice(at)}`;
}

// ─── List pages: a people search (2026 markup), Sales Navigator lead pages and a Sales Navigator search ───────────
// Invented people, laid out in the markup the list readers read (lib/linkedin/list/*-selectors.ts). The viewer of the
// sandbox (voyager-data.ts VIEWER) is in the navigation and never one of the people.

/** One invented person as a list page shows them. */
export interface SandboxListPerson {
  name: string;
  /** The decoded vanity of the public /in/ link; absent: the page does not link the public profile. */
  vanity?: string;
  headline?: string;
  location?: string;
  title?: string;
  company?: string;
  /** Sales Navigator: the lead id (`ACwAA…`, 39 characters). */
  leadId?: string;
}

export const SANDBOX_VIEWER = { name: 'Vic Viewer', vanity: 'viewer-vic' } as const;

/** The 10 people of the sandbox's people search (`/search/results/people/`, any query). */
export const SANDBOX_SEARCH_PEOPLE: readonly SandboxListPerson[] = [
  { name: 'Ines Albuquerque', vanity: 'ines-albuquerque-7', headline: 'Backend Engineer at Bluefin Payments', location: 'Porto, Portugal' },
  // An emoji vanity: the link is %-encoded, the reader gives it decoded.
  { name: 'Ravi Kulkarni 🦊', vanity: '🦊-ravi-kulkarni', headline: 'Site Reliability Engineer · Kubernetes', location: 'Pune, Maharashtra, India' },
  { name: 'Sofia Lindqvist', vanity: 'sofia-lindqvist-22', headline: 'Engineering Manager, Platform', location: 'Stockholm, Sweden' },
  // No headline: an empty headline line, then the location.
  { name: 'Tobias Hartmann', vanity: 'tobias-hartmann', location: 'Munich, Bavaria, Germany' },
  { name: 'Amaka Obi', vanity: 'amaka-obi', headline: 'Data Engineer at Northwind Logistics', location: 'Lagos, Nigeria' },
  { name: 'Lucas Moreau', vanity: 'lucas-moreau-dev', headline: 'Développeur Go', location: 'Nantes, Pays de la Loire, France' },
  { name: 'Hana Sato', vanity: 'hana-sato-88', headline: 'Staff Engineer · Distributed Systems', location: 'Osaka, Japan' },
  { name: 'Diego Fuentes', vanity: 'diego-fuentes', headline: 'Senior Software Engineer at Harbor Analytics', location: 'Santiago, Chile' },
  { name: 'Émilie Caron', vanity: 'émilie-caron', headline: 'Tech Lead, Payments', location: 'Montréal, Quebec, Canada' },
  { name: 'Kwame Boateng', vanity: 'kwame-boateng-3', headline: 'Platform Engineer · Go, PostgreSQL', location: 'Kumasi, Ghana' },
];

/** A 39-character Sales Navigator lead id (`ACwAA` and 34 invented characters) from a seed. */
export function sandboxLeadId(seed: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let id = 'ACwAA';
  let state = seed * 2654435761 + 97;
  while (id.length < 39) {
    state = (state * 16807) % 2147483647;
    id += alphabet[state % alphabet.length];
  }
  return id;
}

/** The two Sales Navigator lead pages: the first links the public profile, the second does not. */
export const SANDBOX_LEADS: readonly [SandboxListPerson, SandboxListPerson] = [
  {
    name: 'Priya Raman',
    vanity: 'priya-raman-41',
    headline: 'Head of Engineering at Tailspin Toys',
    location: 'Bengaluru, Karnataka, India',
    title: 'Head of Engineering',
    company: 'Tailspin Toys',
    leadId: sandboxLeadId(1),
  },
  {
    name: 'Oskar Nyberg',
    headline: 'Principal Engineer · Data platforms',
    location: 'Oslo, Norway',
    title: 'Principal Engineer',
    company: 'Litware',
    leadId: sandboxLeadId(2),
  },
];

/** `/sales/lead/<lead id>,NAME_SEARCH,abcd`: where the sandbox serves a lead's page. */
export function sandboxLeadPath(lead: SandboxListPerson): string {
  return `/sales/lead/${lead.leadId ?? ''},NAME_SEARCH,abcd`;
}

const FIRST = ['Aiko', 'Bruno', 'Carmen', 'Dmitri', 'Esi', 'Farid', 'Greta', 'Hugo', 'Ife', 'Jana', 'Kenji', 'Leila', 'Mateo'];
const LAST = ['Arendt', 'Bakker', 'Costa', 'Dahl', 'Eze', 'Fischer', 'Gomez', 'Haas', 'Ito', 'Jovanovic', 'Keller', 'Lund'];
const TITLES = ['Engineering Manager', 'Senior Backend Engineer', 'VP Engineering', 'Staff Engineer', 'CTO'];
const COMPANIES = ['Contoso', 'Fabrikam', 'Adventure Works', 'Wide World Importers', 'Proseware'];
const PLACES = ['Madrid, Spain', 'Utrecht, Netherlands', 'Vienna, Austria', 'Dublin, Ireland', 'Warsaw, Poland'];

/** The 25 people of the sandbox's Sales Navigator search (`/sales/search/people`): lead links only, no public URL. */
export const SANDBOX_SALES_SEARCH_PEOPLE: readonly SandboxListPerson[] = Array.from({ length: 25 }, (_, i) => ({
  name: `${FIRST[i % FIRST.length]} ${LAST[(i * 5) % LAST.length]}`,
  title: TITLES[i % TITLES.length],
  company: COMPANIES[(i * 3) % COMPANIES.length],
  location: PLACES[(i * 2) % PLACES.length],
  leadId: sandboxLeadId(100 + i),
}));

function publicHref(vanity: string): string {
  return `https://www.linkedin.com/in/${encodeURIComponent(vanity)}/`;
}

/** The global navigation, with the viewer's own profile link (a list must leave the viewer out). */
function flagshipNav(): string {
  return `<header id="global-nav"><nav aria-label="Primary">
  <a href="/feed/">Home</a> <a href="/mynetwork/">My Network</a>
  <a href="${publicHref(SANDBOX_VIEWER.vanity)}" aria-label="Me">${escapeHtml(SANDBOX_VIEWER.name)}</a>
</nav></header>`;
}

function searchCard(person: SandboxListPerson, index: number): string {
  const href = `${publicHref(person.vanity ?? '')}?trk=sandbox-search`;
  // Each line keeps its slot: no headline is an empty headline line (the location stays second).
  const line = (text: string | undefined) => `\n        <p>${escapeHtml(text ?? '')}</p>`;
  return `    <div role="listitem">
      <div data-view-name="people-search-result" componentkey="sandbox-result-${index}">
        <a href="${escapeHtml(href)}" tabindex="-1" aria-hidden="true"><figure><img alt="${escapeHtml(person.name)}" src="data:,"></figure></a>
        <p><a data-view-name="search-result-lockup-title" href="${escapeHtml(href)}">${escapeHtml(person.name)}</a><span aria-hidden="true"> • 2nd</span></p>${line(person.headline)}${line(person.location)}
        <button type="button" aria-label="Invite ${escapeHtml(person.name)} to connect">Connect</button>
      </div>
    </div>`;
}

/** A people search in the 2026 server-driven markup (search-2026 reader), the viewer in the navigation. */
export function peopleSearchPage(people: readonly SandboxListPerson[] = SANDBOX_SEARCH_PEOPLE): string {
  return page(
    'Search | LinkedIn',
    `${flagshipNav()}
<main>
  <div data-testid="lazy-column">
    <h2>People</h2>
    <div role="list">
${people.map(searchCard).join('\n')}
    </div>
  </div>
</main>`,
  );
}

/** Sales Navigator's chrome: the seat holder's JSON (the viewer) and its own navigation (no /in/ link). */
function salesChrome(): string {
  return `<code style="display: none" id="bpr-guid-1">{"memberResolutionResult":{"objectUrn":"urn:li:member:90000009","fullName":"${escapeHtml(SANDBOX_VIEWER.name)}"}}</code>
<header class="global-nav"><nav><a href="/sales/home">Home</a> <a href="/sales/lists/people">Lists</a></nav></header>`;
}

/**
 * A Sales Navigator lead page. With a public vanity: the lead's own JSON (`fs_salesProfile`, `flagshipProfileUrl`)
 * and a "View LinkedIn profile" link; without: only the top card (`data-anonymize` marks), no /in/ link at all.
 */
export function salesLeadPage(lead: SandboxListPerson): string {
  const id = lead.leadId ?? '';
  const json = lead.vanity
    ? `<code style="display: none" id="bpr-guid-2">${escapeHtml(
        JSON.stringify({
          entityUrn: `urn:li:fs_salesProfile:(${id},NAME_SEARCH,abcd)`,
          objectUrn: 'urn:li:member:41000001',
          fullName: lead.name,
          headline: lead.headline,
          location: lead.location,
          flagshipProfileUrl: publicHref(lead.vanity),
          positions: [{ current: true, title: lead.title, companyName: lead.company }],
        }),
      )}</code>`
    : '';
  const link = lead.vanity ? `\n    <a href="${publicHref(lead.vanity)}" target="_blank">View LinkedIn profile</a>` : '';
  return page(
    `${lead.name} | Sales Navigator`,
    `${salesChrome()}
${json}
<main id="content-main">
  <section class="lead-top-card">
    <h1 data-anonymize="person-name">${escapeHtml(lead.name)}</h1>
    <div data-anonymize="headline">${escapeHtml(lead.headline ?? '')}</div>
    <div data-anonymize="location">${escapeHtml(lead.location ?? '')}</div>${link}
  </section>
</main>`,
  );
}

function salesRow(person: SandboxListPerson, index: number): string {
  return `    <li class="artdeco-list__item">
      <div class="artdeco-entity-lockup">
        <div class="artdeco-entity-lockup__title"><a href="/sales/lead/${person.leadId ?? ''},NAME_SEARCH,s${index}"><span data-anonymize="person-name">${escapeHtml(person.name)}</span></a></div>
        <div class="artdeco-entity-lockup__subtitle"><span data-anonymize="title">${escapeHtml(person.title ?? '')}</span> · <a data-anonymize="company-name" href="/sales/company/${2000 + index}">${escapeHtml(person.company ?? '')}</a></div>
        <div class="artdeco-entity-lockup__caption"><span data-anonymize="location">${escapeHtml(person.location ?? '')}</span></div>
      </div>
    </li>`;
}

/** A Sales Navigator people search (salesnav-search reader): rows link leads, never public profiles. */
export function salesSearchPage(people: readonly SandboxListPerson[] = SANDBOX_SALES_SEARCH_PEOPLE): string {
  return page(
    'Sales Navigator',
    `${salesChrome()}
<main id="content-main">
  <ol class="artdeco-list">
${people.map(salesRow).join('\n')}
  </ol>
</main>`,
  );
}
