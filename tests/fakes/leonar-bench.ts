// Leonar save benchmark for `npm run bench` (scripts/bench.ts calls benchLeonarSave): in Chromium with the
// production build, the time from the click on Save to the add-to-project reaching the fake (local HTTPS, so
// "reaching" ≈ "leaving"), and how many requests each save and each popup make (goal: 1 add-to-project per save;
// 1 duplicate lookup when the popup shows the project, then 1 after each save that went through, so the tool's state
// line says what Leonar now knows instead of "Not in Leonar yet").
import { launchWithExtension, openPopupFor, waitForPopupResult } from './browser';
import { connectInNewPage } from './connect-vendors';
import { leonarControls, LEONAR_PROJECTS } from '@/lib/vendors/leonar/fake';
import { LINKEDIN_ORIGIN } from './linkedin';
import { loadSandbox } from './sandbox-profiles';
import { startFakeServer } from './server';

export interface LeonarBenchResult {
  saves: number;
  clickToRequestMs: { median: number; p90: number; max: number };
  /** Requests Leonar received between each click and its result, besides the state's refresh (goal: 1, the add-to-project). */
  requestsPerSave: number[];
  addToProjectPerSave: number[];
  /** Duplicate lookups over the whole popup session, for one project (goal: 1 + one per save). */
  lookupsPerPopup: number;
  ok: boolean;
}

const LOOKUP_PATH = '/api/v1/sourcing/contacts/search';
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

export async function benchLeonarSave(saves = Number(process.env.BENCH_LEONAR_SAVES ?? 10), fixtureId = 'sdui-2026-profile'): Promise<LeonarBenchResult> {
  const sandbox = await loadSandbox();
  const fixture = sandbox.fixtures.find((f) => f.id === fixtureId) ?? sandbox.fixtures[0];
  if (!fixture) throw new Error('no profile fixture in tests/fixtures');
  const server = await startFakeServer({ profiles: sandbox.profiles, pages: sandbox.pages });
  const fake = leonarControls(server.vendors.leonar);
  const browser = await launchWithExtension(server);
  try {
    await connectInNewPage(browser.context, browser.extensionId, ['leonar']);

    const page = await browser.context.newPage();
    await page.goto(`${LINKEDIN_ORIGIN}/in/${encodeURIComponent(fixture.vanity)}/`);
    const popup = await openPopupFor(browser, page);
    await waitForPopupResult(popup);
    await popup.getByTestId('target-search-leonar').fill('backend');
    await popup.locator(`[data-testid="target-select-leonar"] option[value="${LEONAR_PROJECTS.backend}"]`).waitFor({ state: 'attached' });
    await popup.getByTestId('target-select-leonar').selectOption(LEONAR_PROJECTS.backend);
    await popup.locator('[data-testid="duplicate-leonar"][data-state]').waitFor();

    const times: number[] = [];
    const requestsPerSave: number[] = [];
    const addsPerSave: number[] = [];
    for (let i = 0; i < saves; i++) {
      fake.contacts.length = 0; // each save adds the person anew
      const before = fake.requests.length;
      const clickedAt = await popup.evaluate(() => {
        const button = document.querySelector<HTMLButtonElement>('[data-testid="save-button"]');
        const at = Date.now();
        button?.click();
        return at;
      });
      // The previous result stays on screen: wait for this save's request, then for the popup to finish with it.
      const deadline = Date.now() + 15_000;
      while (!fake.requests.slice(before).some((r) => r.path === '/api/v1/sourcing/add-to-project') && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 2));
      }
      await popup.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-testid="save-button"]')?.disabled);
      await popup.locator('[data-testid="save-result-leonar"][data-status="added"]').waitFor();
      const during = fake.requests.slice(before);
      const add = during.find((r) => r.path === '/api/v1/sourcing/add-to-project');
      if (add) times.push(add.at - clickedAt);
      requestsPerSave.push(during.filter((r) => r.path !== LOOKUP_PATH).length);
      addsPerSave.push(during.filter((r) => r.path === '/api/v1/sourcing/add-to-project').length);
    }
    const sorted = [...times].sort((a, b) => a - b);
    // The last save's refresh of the duplicate state follows its result: give it up to 2 s to arrive before counting
    // (on a loaded machine it came after the count, which then read 10 for 11).
    const until = Date.now() + 2_000;
    while (fake.count('POST', '/sourcing/contacts/search') < 1 + saves && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    const lookupsPerPopup = fake.count('POST', '/sourcing/contacts/search');
    return {
      saves,
      clickToRequestMs: { median: quantile(sorted, 0.5), p90: quantile(sorted, 0.9), max: sorted[sorted.length - 1] ?? Number.NaN },
      requestsPerSave,
      addToProjectPerSave: addsPerSave,
      lookupsPerPopup,
      ok: requestsPerSave.every((n) => n === 1) && addsPerSave.every((n) => n === 1) && lookupsPerPopup === 1 + saves,
    };
  } finally {
    await browser.context.close();
    await server.close();
  }
}

export function formatLeonarBench(r: LeonarBenchResult): string {
  return [
    `Leonar save (${r.saves} saves in one popup):`,
    `  click → add-to-project at Leonar: median ${r.clickToRequestMs.median} ms, p90 ${r.clickToRequestMs.p90} ms, max ${r.clickToRequestMs.max} ms`,
    `  requests per save: ${[...new Set(r.requestsPerSave)].join('/')} (add-to-project: ${[...new Set(r.addToProjectPerSave)].join('/')}; the state's refresh apart); duplicate lookups per popup: ${r.lookupsPerPopup} (1 at open + 1 per save)  ${r.ok ? 'OK' : 'NOT AS DESIGNED'}`,
  ].join('\n');
}

export interface LeonarListBenchResult {
  people: number;
  /** Milliseconds each Leonar answer waited (the fake's delay: a network's and Leonar's own time). */
  latencyMs: number;
  /** Click on "Save 25 people to 1 tool" → the last person's result on screen. */
  clickToLastResultMs: number;
  addToProjectCalls: number;
  /** Click → the add-to-project reaching the fake: the popup, the message and the outbox storing 25 jobs. */
  clickToRequestMs: number;
  /** Any other Leonar request between the click and the last result (lookups): goal 0. */
  otherRequests: number;
  otherPaths: string[];
  ok: boolean;
}

/**
 * A Sales Navigator search of 25 (the sandbox's) saved to one Leonar project from the popup, in Chromium with the
 * production build: requests sent (goal: 1 add-to-project, no lookups) and click → last result time.
 */
export async function benchLeonarList(latencyMs = 150): Promise<LeonarListBenchResult> {
  const sandbox = await loadSandbox();
  const server = await startFakeServer({ profiles: sandbox.profiles, pages: sandbox.pages });
  const fake = leonarControls(server.vendors.leonar);
  const browser = await launchWithExtension(server);
  try {
    await connectInNewPage(browser.context, browser.extensionId, ['leonar']);
    const page = await browser.context.newPage();
    await page.goto(`${LINKEDIN_ORIGIN}/sales/search/people?query=(keywords%3Aengineer)`);
    const popup = await openPopupFor(browser, page);
    await popup.getByTestId('list-panel').waitFor({ timeout: 15_000 });
    await popup.getByTestId('vendor-toggle-leonar').check();
    await popup.locator(`[data-testid="target-select-leonar"] option[value="${LEONAR_PROJECTS.backend}"]`).waitFor({ state: 'attached' });
    await popup.getByTestId('target-select-leonar').selectOption(LEONAR_PROJECTS.backend);
    // The project's details (where people land) are asked once it is chosen: not part of the save.
    await popup.getByTestId('target-stage-leonar').waitFor();
    const people = await popup.locator('[data-testid^="list-tick-"]').count();
    fake.delayMs = latencyMs;
    const before = fake.requests.length;
    const clickedAt = await popup.evaluate(() => {
      const at = Date.now();
      document.querySelector<HTMLButtonElement>('[data-testid="save-button"]')?.click();
      return at;
    });
    await popup.locator('[data-testid^="list-result-"][data-state="done"]').nth(people - 1).waitFor({ timeout: 60_000 });
    const doneAt = await popup.evaluate(() => Date.now());
    const during = fake.requests.slice(before);
    const addRequests = during.filter((r) => r.path === '/api/v1/sourcing/add-to-project');
    const adds = addRequests.length;
    return {
      people,
      latencyMs,
      clickToLastResultMs: doneAt - clickedAt,
      clickToRequestMs: (addRequests[0]?.at ?? Number.NaN) - clickedAt,
      addToProjectCalls: adds,
      otherRequests: during.length - adds,
      otherPaths: during.filter((r) => r.path !== '/api/v1/sourcing/add-to-project').map((r) => `${r.method} ${r.path}`),
      ok: adds === 1 && during.length === 1,
    };
  } finally {
    await browser.context.close();
    await server.close();
  }
}

export function formatLeonarListBench(r: LeonarListBenchResult): string {
  return [
    `Leonar list save (${r.people} people from a Sales Navigator search, Leonar answering after ${r.latencyMs} ms):`,
    `  click → add-to-project at Leonar: ${r.clickToRequestMs} ms; click → last person's result: ${r.clickToLastResultMs} ms`,
    `  add-to-project calls: ${r.addToProjectCalls}; other requests: ${r.otherRequests}${r.otherPaths.length ? ` (${r.otherPaths.join(', ')})` : ''}  ${r.ok ? 'OK' : 'NOT AS DESIGNED'}`,
  ].join('\n');
}
