// The DetailsLoader of the content script: details pages fetched from the page's own origin with the user's session
// (nothing leaves the tab), and, where LinkedIn paginates, opened in an invisible same-origin frame so that LinkedIn's
// own code loads the next entries: the frame is scrolled and its "more" control pressed until the count stops growing.
// The user's page is neither moved nor changed (the frame is out of sight, takes no input and is removed after).
import type { DetailsLoader, LoadedPage } from './details-pages';

export const DETAILS_FETCH_TIMEOUT_MS = 6000;
/** A frame that has not loaded by then is given up (the first page still counts). */
export const FRAME_LOAD_TIMEOUT_MS = 8000;
/** How long one nudge waits for new entries before it counts as "no growth". */
export const GROWTH_WAIT_MS = 1200;
/** The count must stay the same this many nudges in a row to be final. */
export const STABLE_NUDGES = 2;
/** Whatever happens, a frame is closed after this long. */
export const FOLLOW_CAP_MS = 20_000;

export interface PageLoaderOptions {
  fetch?: typeof fetch;
  origin?: string;
  /** The document frames are added to (tests: happy-dom). */
  host?: Document;
}

function combinedSignal(signal: AbortSignal | undefined, ms: number): { signal: AbortSignal; done(): void } {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException('timed out', 'TimeoutError')), ms);
  const onAbort = () => controller.abort(signal?.reason);
  // A signal that has already fired fires no event: the deadline that passed ends this at once.
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    },
  };
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}

/** Resolves when `count(doc)` passes `than`, or after `ms`. */
function grown(doc: Document, count: (doc: Document) => number, than: number, ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const view = doc.defaultView;
    const Observer = view?.MutationObserver ?? MutationObserver;
    const observer = new Observer(() => {
      if (count(doc) > than) finish();
    });
    const timer = setTimeout(finish, ms);
    function finish() {
      clearTimeout(timer);
      observer.disconnect();
      resolve();
    }
    observer.observe(doc.documentElement, { childList: true, subtree: true });
    signal?.addEventListener('abort', finish, { once: true });
  });
}

/**
 * The control that asks for more entries: a button after the last entry, inside the list's own region or just
 * around it (LinkedIn's "Show more results"), found by structure, not by its words (the UI may be in any language).
 * Buttons inside an entry (Endorse…) and form, navigation or dialog buttons are never pressed.
 */
export function moreControl(region: Element | null, entries: readonly Element[]): HTMLElement | null {
  const last = entries.at(-1);
  if (!region || !last) return null;
  // The region and up to two wrappers around it: the pager sits after the list, in the same card.
  let scope: Element = region;
  for (let i = 0; i < 2 && scope.parentElement && scope.parentElement.tagName !== 'MAIN' && scope.parentElement.tagName !== 'BODY'; i++) {
    scope = scope.parentElement;
  }
  // And the few elements right after the list's region (LinkedIn's "Show more results" follows the list).
  const siblings: Element[] = [];
  for (let next = scope.nextElementSibling; next && siblings.length < 3; next = next.nextElementSibling) siblings.push(next);
  const buttons = [...Array.from(scope.querySelectorAll('button')), ...siblings.flatMap((el) => (el.tagName === 'BUTTON' ? [el] : Array.from(el.querySelectorAll('button'))))];
  const after = buttons.filter(
    (b) =>
      last.compareDocumentPosition(b) & 4 /* FOLLOWING */ &&
      !entries.some((e) => e.contains(b)) &&
      !b.closest('form, nav, header, [role="dialog"]') &&
      !(b as HTMLButtonElement).disabled,
  );
  return (after[0] as HTMLElement | undefined) ?? null;
}

export function createPageDetailsLoader(options: PageLoaderOptions = {}): DetailsLoader {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const origin = options.origin ?? location.origin;

  return {
    async fetch(path, signal): Promise<LoadedPage> {
      const timed = combinedSignal(signal, DETAILS_FETCH_TIMEOUT_MS);
      try {
        const response = await doFetch(new URL(path, origin), { credentials: 'include', redirect: 'follow', signal: timed.signal });
        const finalPath = response.url ? new URL(response.url).pathname : path;
        const text = await response.text();
        // Parsed in this (isolated) world into an inert document: no script of it runs, nothing is added to the page.
        const doc = text ? new DOMParser().parseFromString(text, 'text/html') : null;
        return { status: response.status, path: finalPath, doc };
      } finally {
        timed.done();
      }
    },

    async follow(path, watch, read, signal) {
      const count = (doc: Document) => watch.entries(doc).length;
      const host = options.host ?? document;
      const frame = host.createElement('iframe');
      frame.setAttribute('aria-hidden', 'true');
      frame.setAttribute('tabindex', '-1');
      frame.setAttribute('loading', 'eager');
      // In the viewport (LinkedIn loads more when its list end comes into view) but invisible and inert.
      frame.setAttribute(
        'style',
        'position:fixed;top:0;left:0;width:1000px;height:900px;border:0;opacity:0;pointer-events:none;z-index:-2147483647;',
      );
      const cap = combinedSignal(signal, FOLLOW_CAP_MS);
      try {
        const loaded = new Promise<boolean>((resolve) => {
          const timer = setTimeout(() => resolve(false), FRAME_LOAD_TIMEOUT_MS);
          frame.addEventListener('load', () => {
            clearTimeout(timer);
            resolve(true);
          }, { once: true });
          cap.signal.addEventListener('abort', () => resolve(false), { once: true });
        });
        frame.src = new URL(path, origin).href;
        host.documentElement.appendChild(frame);
        if (!(await loaded)) return null;
        const doc = frame.contentDocument;
        if (!doc) return null;
        // The page as it arrived shows the whole list (no pager, or fewer entries than a page): nothing to wait for.
        if (watch.more && !watch.more(doc)) return read(doc);
        let last = -1;
        let stable = 0;
        while (!cap.signal.aborted) {
          const n = count(doc);
          const control = moreControl(watch.region(doc), watch.entries(doc));
          if (n === last) {
            // No growth after a nudge: the end, once no "more" control is left or after a second try.
            if (!control || ++stable >= STABLE_NUDGES) break;
          } else {
            stable = 0;
            // A page shorter than LinkedIn's page size was the last one.
            if (last >= 0 && watch.pageSize && n % watch.pageSize !== 0) break;
            last = n;
          }
          const scroller = doc.scrollingElement ?? doc.documentElement;
          scroller.scrollTop = scroller.scrollHeight;
          const main = doc.querySelector('main');
          if (main) main.scrollTop = main.scrollHeight;
          control?.click();
          await grown(doc, count, n, GROWTH_WAIT_MS, cap.signal);
          // Let LinkedIn finish rendering what arrived before counting again.
          await sleep(50, cap.signal);
        }
        return read(doc);
      } finally {
        cap.done();
        frame.remove();
      }
    },
  };
}
