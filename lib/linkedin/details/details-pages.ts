// The details pages as a source: each missing section's /in/<vanity>/details/<section>/ page, fetched with the
// user's session; where LinkedIn can give more than the first page, followed in the browser (details-loader.ts)
// until the count stops growing. Pure apart from the loader it is handed.
import { detailsPath } from '@/lib/linkedin/sections';
import type { ProfileFragment, ReaderResult } from '@/lib/linkedin/types';
import type { Gap, Section } from '@/lib/profile/profile';
import { detailsContainer, detailsEntryElements, detailsMore, readDetailsPage, type DetailsPageRead } from './details-page';
import { DETAILS } from './details-selectors';
import { moreControl } from './page-loader';

export interface LoadedPage {
  /** HTTP status of the page (after redirects). */
  status: number;
  /** The path the page ended at (a redirect to /authwall or /checkpoint is no details page). */
  path: string;
  doc: Document | null;
}

export interface DetailsLoader {
  /** GET the page with the user's session and parse it, without touching the user's page. */
  fetch(path: string, signal?: AbortSignal): Promise<LoadedPage>;
  /**
   * Opens the page out of sight and lets LinkedIn's own pagination run (scrolling, its "more" control) until
   * `count` stops growing; reads the final document with `read` before closing it. Absent: first pages only.
   */
  follow?<T>(path: string, watch: EntryWatch, read: (doc: Document) => T, signal?: AbortSignal): Promise<T | null>;
}

/** What the loader watches while LinkedIn's pagination runs: the list's region and its entries. */
export interface EntryWatch {
  region(doc: Document): Element | null;
  entries(doc: Document): Element[];
  /** LinkedIn's page size: a page that brings fewer entries was the last. */
  pageSize?: number;
  /** Whether the page as it arrived can give more (its pager and a full page): when not, it is read at once. */
  more?(doc: Document): boolean;
}

export interface DetailsRead {
  /** The sections read (source `details-pages`), null when none was. */
  result: ReaderResult | null;
  /** Why each section that could not be read was not. */
  gaps: Partial<Record<Section, Gap>>;
}

/**
 * Sections opened straight in the loader's frame instead of fetched first. Skills is the list most often longer than
 * LinkedIn's first page of 10 (the sandbox person has 25): fetching its first page and then loading the same page in
 * the frame to follow the pager costs one request more than opening it once. A list that fits one page costs the
 * same single request either way. Frames open one at a time; the other first pages are fetched meanwhile.
 */
export const OPEN_IN_FRAME: readonly Section[] = ['skills'];

const REFUSING_PATHS = /^\/(authwall|checkpoint|uas\/login|login)\b/;

function gapOfPage(page: LoadedPage): Gap | null {
  if (REFUSING_PATHS.test(page.path)) return { reason: 'refused', status: page.status === 200 ? 401 : page.status };
  if (page.status === 401 || page.status === 403 || page.status === 429 || page.status === 999) return { reason: 'refused', status: page.status };
  if (page.status === 410) return { reason: 'retired', status: 410 };
  if (page.status < 200 || page.status >= 300 || !page.doc) return { reason: 'failed', status: page.status };
  return null;
}

function isNetworkError(err: unknown): Gap {
  const name = err instanceof Error ? err.name : '';
  return { reason: name === 'AbortError' || name === 'TimeoutError' ? 'timeout' : 'network' };
}

/** A page read in the frame, with whether LinkedIn's "more" control was still there when it was read. */
type FramedRead = DetailsPageRead & { pending?: boolean };

interface FirstPage {
  section: Section;
  path: string;
  gap: Gap | null;
  read: FramedRead | null;
  /** Read in the frame after LinkedIn's pagination ran (nothing more to follow). */
  followed: boolean;
}

export async function readDetailsPages(input: {
  vanity: string;
  memberId: string | null;
  sections: readonly Section[];
  loader: DetailsLoader;
  signal?: AbortSignal;
}): Promise<DetailsRead> {
  const { vanity, memberId, loader, signal } = input;
  const who = { vanity, memberId };
  const gaps: Partial<Record<Section, Gap>> = {};
  const fragment: ProfileFragment = {};
  const complete: Section[] = [];

  const watch = (section: Section): EntryWatch => ({
    region: (doc) => detailsContainer(doc, section),
    entries: (doc) => detailsEntryElements(doc, section),
    pageSize: DETAILS.pageSize,
    more: (doc) => detailsMore(doc, section),
  });
  // Read at the end of a follow: the list, and whether the "more" control is still there (the pager stalled, or the
  // cap cut it: the list is not whole).
  // Only a full last page can hide more: a list of 23 is whole whatever button follows it.
  const readFramed = (section: Section) => (doc: Document): FramedRead => {
    const w = watch(section);
    const entries = w.entries(doc);
    const control = moreControl(w.region(doc), entries) !== null;
    return { ...readDetailsPage(doc, section, who), pending: control && entries.length % DETAILS.pageSize === 0 };
  };
  const fetchFirst = async (section: Section): Promise<FirstPage> => {
    const path = detailsPath(vanity, section);
    try {
      const page = await loader.fetch(path, signal);
      const gap = gapOfPage(page);
      if (gap || !page.doc) return { section, path, gap: gap ?? { reason: 'failed' as const }, read: null, followed: false };
      return { section, path, gap: null, read: readDetailsPage(page.doc, section, who), followed: false };
    } catch (err) {
      return { section, path, gap: isNetworkError(err), read: null, followed: false };
    }
  };
  /** The section opened in the frame and followed to its end; null when the frame gave nothing readable. */
  const openFramed = async (section: Section): Promise<FirstPage | null> => {
    const path = detailsPath(vanity, section);
    try {
      const read = await loader.follow?.(path, watch(section), readFramed(section), signal);
      return read?.recognised ? { section, path, gap: null, read, followed: true } : null;
    } catch {
      return null;
    }
  };

  // The first pages in parallel, one request each; the sections LinkedIn most often has more of go straight to the
  // frame meanwhile (one at a time), and are fetched like the others if the frame gives nothing.
  const framed = loader.follow ? input.sections.filter((s) => OPEN_IN_FRAME.includes(s)) : [];
  const [fetched, inFrame] = await Promise.all([
    Promise.all(input.sections.filter((s) => !framed.includes(s)).map(fetchFirst)),
    (async () => {
      const out: { section: Section; page: FirstPage | null }[] = [];
      for (const section of framed) out.push({ section, page: signal?.aborted ? null : await openFramed(section) });
      return out;
    })(),
  ]);
  // A frame that showed no list is asked as a fetch, for its status, unless LinkedIn already refused a first page
  // (then it shares that refusal and LinkedIn is not asked again) or the read's deadline has passed.
  const refusal = fetched.find((f) => f.gap?.reason === 'refused')?.gap ?? null;
  const retried = await Promise.all(
    inFrame.map(({ section, page }) => {
      if (page) return page;
      const gap: Gap | null = signal?.aborted ? { reason: 'timeout' } : refusal;
      return gap ? { section, path: detailsPath(vanity, section), gap, read: null, followed: false } : fetchFirst(section);
    }),
  );
  const first = [...fetched, ...retried];

  // Then, one at a time (each is a whole page in the browser), the sections LinkedIn has more of.
  for (const { section, path, gap, read, followed: opened } of first) {
    if (gap || !read) {
      gaps[section] = gap ?? { reason: 'failed' };
      continue;
    }
    let final: FramedRead = read;
    let followed = opened;
    if (!opened && read.recognised && read.identity !== 'other' && read.more && loader.follow && !signal?.aborted) {
      try {
        const more = await loader.follow(path, watch(section), readFramed(section), signal);
        if (more && more.recognised && more.items.length >= read.items.length) {
          final = more;
          followed = true;
        }
      } catch {
        // The first page still counts; the section is reported short below.
      }
    }
    if (!final.recognised) {
      gaps[section] = { reason: 'failed', status: 200 };
      continue;
    }
    if (final.identity === 'other') {
      // Never someone else's list: LinkedIn served another member's page under this address.
      gaps[section] = { reason: 'failed', status: 200 };
      continue;
    }
    if (final.items.length === 0 && (final.more || final.pending)) {
      // A list LinkedIn had not rendered yet (its pager is there, no entry): "not loaded", never "0".
      gaps[section] = signal?.aborted ? { reason: 'timeout' } : { reason: 'not-rendered' };
      continue;
    }
    (fragment as Record<Section, unknown>)[section] = final.items;
    // Followed in the frame, the list is whole when LinkedIn's "more" control is gone; without following, when the
    // first page shows no pager.
    const whole = followed ? !signal?.aborted && !final.pending : !final.more;
    if (whole) complete.push(section);
    else gaps[section] = signal?.aborted ? { reason: 'timeout' } : { reason: 'not-rendered' };
  }

  const any = input.sections.some((s) => fragment[s] !== undefined);
  if (complete.length) fragment.complete = complete;
  return { result: any ? { source: 'details-pages', fragment, warnings: [] } : null, gaps };
}
