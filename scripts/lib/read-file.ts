// Shared by the command-line tools (read-profile, payload): a saved LinkedIn page or Voyager response → the Profile,
// through the extension's own readProfile, with happy-dom standing in for the browser (read-list uses parsePage).
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { readProfile, type ReadProfileResult } from '@/lib/linkedin/read-profile';
import type { VoyagerClient } from '@/lib/linkedin/voyager/fetch-profile';
import { canonicalProfileUrl, vanityFromUrl } from '@/lib/profile/url';

function newWindow(url: string): Window {
  return new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
    },
  });
}

export function parsePage(html: string, url: string): { window: Window; document: Document } {
  const window = newWindow(url);
  window.document.write(html);
  return { window, document: window.document as unknown as Document };
}

/** The profile a saved page shows: its canonical / og:url, else the /in/ vanity its links name most often. */
function guessProfileUrl(doc: Document): string | null {
  const declared = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const href of declared) {
    const canonical = href ? canonicalProfileUrl(href) : null;
    if (canonical) return canonical;
  }
  // Only the person on screen has their own "Show all" (/details/) and contact-info (/overlay/) links; other /in/
  // links are the viewer (header) and "people also viewed" cards.
  const counts = new Map<string, number>();
  const own = new Map<string, number>();
  for (const a of doc.querySelectorAll('a[href*="/in/"]')) {
    if (a.closest('header, nav, #global-nav')) continue;
    const href = (a.getAttribute('href') ?? '').trim();
    const absolute = href.startsWith('/') ? `https://www.linkedin.com${href}` : href;
    const vanity = vanityFromUrl(absolute);
    if (!vanity) continue;
    counts.set(vanity, (counts.get(vanity) ?? 0) + 1);
    if (/\/in\/[^/]+\/(details|overlay)\//.test(absolute)) own.set(vanity, (own.get(vanity) ?? 0) + 1);
  }
  const mostOwn = [...own].sort((a, b) => b[1] - a[1])[0];
  if (mostOwn) return `https://www.linkedin.com/in/${mostOwn[0]}/`;
  // Only a clear majority names the person: a search page links many people about equally.
  const all = [...counts.values()].reduce((a, b) => a + b, 0);
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best && best[1] * 2 > all ? `https://www.linkedin.com/in/${best[0]}/` : null;
}

/** The vanity of the Profile at the root of a dash-profile response, for a JSON file given without --url. */
function vanityOfResponse(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return null;
  const { data, included } = body as { data?: { '*elements'?: unknown }; included?: unknown };
  const root = Array.isArray(data?.['*elements']) ? data['*elements'][0] : undefined;
  if (!Array.isArray(included)) return null;
  for (const e of included) {
    if (typeof e !== 'object' || e === null) continue;
    const entity = e as { entityUrn?: unknown; publicIdentifier?: unknown };
    if (entity.entityUrn === root && typeof entity.publicIdentifier === 'string') return entity.publicIdentifier;
  }
  return null;
}

/** Answers the dash-profile request with the saved response and 404 for everything else (completions included). */
function fileVoyagerClient(body: unknown): VoyagerClient {
  return {
    async get(path) {
      return path.startsWith('/identity/dash/profiles?') ? { status: 200, body } : { status: 404, body: null };
    },
  };
}

export async function readProfileFromFile(args: { file: string; url: string | null }): Promise<ReadProfileResult | string> {
  let text: string;
  try {
    text = readFileSync(args.file, 'utf8');
  } catch (err) {
    return `cannot read ${args.file}: ${err instanceof Error ? err.message : String(err)}`;
  }

  if (/\.json$/i.test(args.file)) {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return `${args.file} is not JSON`;
    }
    const vanity = vanityOfResponse(body);
    const url = args.url ?? (vanity ? `https://www.linkedin.com/in/${encodeURIComponent(vanity)}/` : null);
    if (!url) return 'no --url given and the JSON names no profile at its root';
    const { window, document } = parsePage('<!DOCTYPE html><html><head></head><body></body></html>', url);
    try {
      return await readProfile({ url, document, voyager: fileVoyagerClient(body) });
    } finally {
      await window.happyDOM.close();
    }
  }

  let url = args.url;
  if (!url) {
    const probe = parsePage(text, 'https://www.linkedin.com/');
    url = guessProfileUrl(probe.document);
    await probe.window.happyDOM.close();
    if (!url) return 'no --url given and the page does not say whose profile it is (no canonical, og:url or dominant /in/ link): pass --url';
  }
  const { window, document } = parsePage(text, url);
  try {
    return await readProfile({ url, document });
  } finally {
    await window.happyDOM.close();
  }
}

