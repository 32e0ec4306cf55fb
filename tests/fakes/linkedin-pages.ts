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

/** A plain people-search page, used when no search fixture is registered. */
export function minimalSearchPage(): string {
  return page('Search | LinkedIn', `<main class="search"><h1>People</h1><ul><li>No results</li></ul></main>`);
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
