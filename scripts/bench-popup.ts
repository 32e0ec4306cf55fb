// Bench section: popup opened → profile and remembered target shown, with Leonar set up and its projects cached
// by the background (as after the first open of the day). Figures are reported, never asserted.
// Beside it, the floor of the machine: an extension page with nothing but one module script that writes one line,
// opened the same way in the same browser (a copy of the build with that page added: the shipped build has none).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { EXTENSION_DIR, launchWithExtension, popupUrl, tabIdOf } from '../tests/fakes/browser';
import { connectTools } from '../tests/fakes/connect-vendors';
import { LEONAR_PROJECTS } from '@/lib/vendors/leonar/fake';
import { asStardexFake, STARDEX_DEFAULT_JOBS } from '@/lib/vendors/stardex/fake';
import { LINKEDIN_ORIGIN } from '../tests/fakes/linkedin';
import { loadSandbox } from '../tests/fakes/sandbox-profiles';
import { startFakeServer } from '../tests/fakes/server';

export const POPUP_OPENS = 21;
export const POPUP_GOAL_MS = 150;

export interface PopupBench {
  opens: number;
  medianMs: number;
  p90Ms: number;
  firstMs: number;
  /** The same measure for an extension page whose one module script writes one line (median of the same count). */
  floorMs: number;
  /**
   * Where the time goes (medians, ms from the popup's navigation start): its HTML received, its scripts received,
   * modules evaluated and the first reads asked (the "popup:asked" mark), the page's read of the person answered
   * ("popup:person"), the remembered targets in ("popup:targets"), person and project shown.
   */
  phases: { html: number; asked: number; person: number; targets: number; stages: number; shown: number };
  /** The JavaScript files the popup loaded by the time it showed the person (what it reads at open). */
  jsAtOpen: { files: number; rawBytes: number; gzipBytes: number };
}

/**
 * The page's time (performance.now(), from its navigation start) at the first frame where `shown`, a JavaScript
 * expression run in the page, is true: watched from the start of the page, frame by frame. A string, not a function:
 * tsx's name-keeping helpers do not exist in the page.
 */
async function shownAtMs(page: Page, shown: string, failure: string, timeoutMs: number): Promise<number> {
  return (await page.evaluate(`new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error(${JSON.stringify(failure)})), ${timeoutMs});
    (function tick() { if (${shown}) resolve(performance.now()); else requestAnimationFrame(tick); })();
  })`)) as number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

/**
 * A browser with the build (or a copy of it in `extensionDir`), `tool` set up with `targetId` remembered (as the popup
 * writes it after a save), and a LinkedIn tab on a sandbox profile: what each popup section opens the popup about.
 */
async function benchBrowser(tool: 'leonar' | 'stardex', targetId: string, extensionDir?: string) {
  const sandbox = await loadSandbox();
  const sample = sandbox.fixtures.find((f) => f.profile.voyager) ?? sandbox.fixtures[0];
  if (!sample) throw new Error('no profile fixture');
  const server = await startFakeServer({ profiles: sandbox.profiles, pages: sandbox.pages });
  const browser = await launchWithExtension(server, { headless: true, ...(extensionDir ? { extensionDir } : {}) });
  try {
    const options = await browser.context.newPage();
    await connectTools(options, browser.extensionId, [tool]);
    await options.evaluate(
      ([id, target]) => chrome.storage.local.set({ 'save-defaults': { vendors: [id], targets: { [id]: { targetId: target, stageId: null } } } }),
      [tool, targetId] as const,
    );
    await options.close();
    const page = await browser.context.newPage();
    await page.goto(`${LINKEDIN_ORIGIN}/in/${encodeURIComponent(sample.vanity)}/`);
    return { server, browser, tabId: await tabIdOf(browser.sw, page) };
  } catch (err) {
    await browser.context.close();
    await server.close();
    throw err;
  }
}

export async function benchPopupOpen(): Promise<PopupBench> {
  const extensionDir = mkdtempSync(join(tmpdir(), 'bench-popup-'));
  cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
  writeFileSync(join(extensionDir, 'bench-floor.html'), '<!doctype html><html><head><meta charset="UTF-8"><script type="module" src="/bench-floor.js"></script></head><body><div id="root"></div></body></html>');
  writeFileSync(join(extensionDir, 'bench-floor.js'), 'document.getElementById("root").innerHTML = \'<p data-testid="floor">Ready</p>\';\n');
  const { server, browser, tabId } = await benchBrowser('leonar', LEONAR_PROJECTS.backend, extensionDir);
  try {
    const times: number[] = [];
    const phases: Record<keyof PopupBench['phases'], number[]> = { html: [], asked: [], person: [], targets: [], stages: [], shown: [] };
    let jsAtOpen = { files: 0, rawBytes: 0, gzipBytes: 0 };
    for (let i = 0; i < POPUP_OPENS; i++) {
      const popup = await browser.context.newPage();
      await popup.goto(popupUrl(browser.extensionId, tabId), { waitUntil: 'commit' });
      const shownAt = await shownAtMs(
        popup,
        `document.querySelector('[data-testid="profile-name"]') && (() => {
          const select = document.querySelector('[data-testid="target-select-leonar"]');
          return select && select.value === ${JSON.stringify(LEONAR_PROJECTS.backend)} && (select.selectedOptions[0]?.textContent ?? '').includes('·');
        })()`,
        'the popup never showed the person and the remembered project',
        15_000,
      );
      times.push(shownAt);
      const marks = (await popup.evaluate(`(() => {
        const mark = (name) => performance.getEntriesByName('popup:' + name, 'mark')[0]?.startTime ?? NaN;
        return { html: performance.getEntriesByType('navigation')[0]?.domInteractive ?? NaN,
          asked: mark('asked'), person: mark('person'), targets: mark('targets'), stages: mark('stages') };
      })()`)) as Omit<PopupBench['phases'], 'shown'>;
      if (i > 0) {
        for (const [k, v] of Object.entries(marks)) phases[k as keyof typeof marks].push(v);
        phases.shown.push(shownAt);
      }
      if (i === POPUP_OPENS - 1) {
        // Every script the page has read so far: the entry and its static imports (the page's script and modulepreload
        // links), and any chunk fetched on demand since (resource timing).
        const urls = (await popup.evaluate(`[...new Set([...performance.getEntriesByType('resource').map((e) => e.name),
          ...[...document.querySelectorAll('script[src], link[rel="modulepreload"]')].map((e) => e.src || e.href)]
          .filter((u) => u.endsWith('.js')))]`)) as string[];
        const bytes = urls.map((u) => readFileSync(join(EXTENSION_DIR, new URL(u).pathname)));
        jsAtOpen = {
          files: bytes.length,
          rawBytes: bytes.reduce((n, b) => n + b.length, 0),
          gzipBytes: bytes.reduce((n, b) => n + gzipSync(b).length, 0),
        };
      }
      await popup.close();
    }
    const floor: number[] = [];
    for (let i = 0; i < POPUP_OPENS; i++) {
      const blank = await browser.context.newPage();
      await blank.goto(`chrome-extension://${browser.extensionId}/bench-floor.html`, { waitUntil: 'commit' });
      floor.push(await shownAtMs(blank, `document.querySelector('[data-testid="floor"]')`, 'the floor page never wrote its line', 15_000));
      await blank.close();
    }
    const [first, ...rest] = times;
    const sorted = [...rest].sort((a, b) => a - b);
    return {
      opens: rest.length,
      medianMs: Math.round(percentile(sorted, 0.5)),
      p90Ms: Math.round(percentile(sorted, 0.9)),
      firstMs: Math.round(first ?? Number.NaN),
      floorMs: Math.round(percentile([...floor.slice(1)].sort((a, b) => a - b), 0.5)),
      phases: Object.fromEntries(
        Object.entries(phases).map(([k, v]) => [k, Math.round(percentile([...v].sort((a, b) => a - b), 0.5))]),
      ) as PopupBench['phases'],
      jsAtOpen,
    };
  } finally {
    await browser.context.close();
    await server.close();
    rmSync(extensionDir, { recursive: true, force: true });
  }
}

export function formatPopupBench(b: PopupBench): string {
  const verdict = b.medianMs <= POPUP_GOAL_MS ? 'OK' : 'OVER GOAL';
  return [
    `Popup opened → person and remembered Leonar project shown (${b.opens} opens after a first one; ms):`,
    `  first ${b.firstMs}, median ${b.medianMs}, p90 ${b.p90Ms} (goal ≤ ${POPUP_GOAL_MS} ms) ${verdict}`,
    `  floor of this machine: an extension page whose one module script writes one line shows it at ${b.floorMs} ms (median); the popup takes ${b.medianMs - b.floorMs} ms more`,
    `  where it goes (medians from navigation start): HTML parsed ${b.phases.html}, modules evaluated and first reads asked ${b.phases.asked}, person answered by the page ${b.phases.person}, shown ${b.phases.shown} (the project from the background's copy), project list asked again by ${b.phases.targets}, remembered project's details by ${b.phases.stages}`,
    `  JavaScript read at open: ${b.jsAtOpen.files} files, ${(b.jsAtOpen.rawBytes / 1024).toFixed(1)} KB raw, ${(b.jsAtOpen.gzipBytes / 1024).toFixed(1)} KB gzip (each tool's "More" fields load when opened)`,
  ].join('\n');
}

export const STARDEX_OPENS = 6;

export interface StardexPopupBench {
  opens: number;
  /** First open of the browser session (nothing kept yet): ms until the remembered job and its stages show. */
  firstMs: number;
  /** The next opens (within a minute of the first): median ms until the remembered job and its stages show. */
  againMedianMs: number;
  /** Requests to Stardex by the first open, and the median of the next ones (besides the person's lookup). */
  firstRequests: Record<string, number>;
  againRequests: Record<string, number>;
}

/**
 * Popup opened with Stardex set up and a remembered job: until the job and its stages show. Stardex is paced (one
 * request a second, its 60 a minute), so every request the popup makes before them costs about a second.
 */
export async function benchStardexOpen(): Promise<StardexPopupBench> {
  const job = STARDEX_DEFAULT_JOBS[0];
  if (!job) throw new Error('no Stardex job in the fake');
  const { server, browser, tabId } = await benchBrowser('stardex', job.id);
  const fake = asStardexFake(server.vendors.stardex);
  try {
    const times: number[] = [];
    const requests: Record<string, number>[] = [];
    for (let i = 0; i < STARDEX_OPENS; i++) {
      // Each open starts with Stardex's pacing clear (as when a recruiter moves to the next profile).
      await new Promise((r) => setTimeout(r, 1_100));
      const before = fake.requests.length;
      const popup = await browser.context.newPage();
      await popup.goto(popupUrl(browser.extensionId, tabId), { waitUntil: 'commit' });
      const shownAt = await shownAtMs(
        popup,
        `document.querySelector('[data-testid="profile-name"]') && document.querySelector('[data-testid="stage-select-stardex"]') && (() => {
          const select = document.querySelector('[data-testid="target-select-stardex"]');
          return select && select.value === ${JSON.stringify(job.id)} && (select.selectedOptions[0]?.textContent ?? '').includes(${JSON.stringify(job.name)});
        })()`,
        'the popup never showed the remembered job and its stages',
        20_000,
      );
      times.push(shownAt);
      // The person's lookup follows the job; let the open's requests settle before counting them.
      await popup.getByTestId('duplicate-stardex').waitFor({ timeout: 20_000 });
      const by: Record<string, number> = {};
      for (const r of fake.requests.slice(before)) by[`${r.method} ${r.path}`] = (by[`${r.method} ${r.path}`] ?? 0) + 1;
      requests.push(by);
      await popup.close();
    }
    const [first, ...again] = times;
    return {
      opens: STARDEX_OPENS,
      firstMs: Math.round(first ?? Number.NaN),
      againMedianMs: Math.round(percentile([...again].sort((a, b) => a - b), 0.5)),
      firstRequests: requests[0] ?? {},
      againRequests: requests[Math.floor(requests.length / 2)] ?? {},
    };
  } finally {
    await browser.context.close();
    await server.close();
  }
}

export function formatStardexPopupBench(b: StardexPopupBench): string {
  const words = (r: Record<string, number>) =>
    Object.entries(r)
      .map(([k, v]) => `${k} × ${v}`)
      .join(', ') || 'none';
  return [
    `Popup opened with Stardex (paced, 1 request a second) → remembered job and its stages shown (${b.opens} opens; ms):`,
    `  first open of the session ${b.firstMs} (requests: ${words(b.firstRequests)})`,
    `  next opens, within the minute: median ${b.againMedianMs} (requests: ${words(b.againRequests)})`,
  ].join('\n');
}
