// Issue 6, one click: the in-page button saves the person on screen with the remembered targets (several tools at
// once, each with its own result), says "already saved" from the history, follows LinkedIn's in-app navigation, and
// adds nothing at all to LinkedIn's page when it is turned off; the keyboard shortcut does the same save; the toolbar
// badge shows the outcome per tab; a tool failing leaves the others saved and is re-sent from the history.
// The button lives in a closed shadow root: the page (and Playwright's locators) cannot see into it, so the test reads
// and clicks it through DevTools' DOM, which pierces closed roots, and a real (trusted) mouse click.
import { chromium, type CDPSession, type Page, type Worker } from '@playwright/test';
import { COMMAND_TEST_HOOK } from '@/lib/protocol';
import { findChromium } from '../fakes/browser';
import { asCollectiveFake } from '@/lib/vendors/collective/fake';
import { leonarControls, LEONAR_PROJECTS } from '@/lib/vendors/leonar/fake';
import { LINKEDIN_ORIGIN, sandboxPerson } from '../fakes/linkedin';
import { SANDBOX_LEADS, sandboxLeadPath } from '../fakes/linkedin-pages';
import { MAYA, THEO } from '../fakes/sandbox-people';
import { sandboxFixture } from '../fakes/sandbox-profiles';
import { asStardexFake, STARDEX_DEFAULT_JOBS } from '@/lib/vendors/stardex/fake';
import { connectTools } from '../fakes/connect-vendors';
import { expect, test } from './fixtures';

const PERSON = 'sdui-2026-profile';

const BACKEND_JOB = STARDEX_DEFAULT_JOBS[0]!;

// Someone else, invented, whose every section LinkedIn's JSON gives: saved whole, nothing "without".
test.beforeEach(({ server }) => {
  server.linkedin.addProfile(sandboxPerson(THEO));
});

type Tool = 'leonar' | 'stardex' | 'collective';

/** What the popup remembers after a save (lib/storage saveDefaults), written from an extension page. */
async function seedDefaults(page: Page, vendors: Tool[], targets: Partial<Record<Tool, { targetId: string | null; stageId: string | null }>>): Promise<void> {
  await page.evaluate(async (value) => chrome.storage.local.set({ 'save-defaults': value, 'save-defaults$': { v: 1 } }), { vendors, targets });
}

interface ButtonView {
  /** Elements under <body> carrying a closed shadow root (ours is the only one on the sandbox's pages). */
  hosts: number;
  state: string | null;
  label: string;
  lines: string;
  fix: string | null;
  saveNode: number | null;
  fixNode: number | null;
}

/** The parts of DevTools' DOM.Node read here. */
interface DomNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  shadowRootType?: string;
}

function textOf(node: DomNode): string {
  if (node.nodeType === 3) return node.nodeValue;
  return (node.children ?? []).map(textOf).join(node.nodeName === 'P' ? '\n' : '');
}

function findAll(node: DomNode, match: (n: DomNode) => boolean, out: DomNode[] = []): DomNode[] {
  if (match(node)) out.push(node);
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) findAll(child, match, out);
  return out;
}

function attr(node: DomNode, name: string): string | null {
  const list = node.attributes ?? [];
  for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1] ?? null;
  return null;
}

async function viewButton(page: Page): Promise<ButtonView & { cdp: CDPSession }> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as { root: DomNode };
  const hosts = findAll(root, (n) => (n.shadowRoots ?? []).some((s) => s.shadowRootType === 'closed'));
  const shadow = hosts[0]?.shadowRoots?.find((s) => s.shadowRootType === 'closed');
  const byClass = (cls: string) => (shadow ? findAll(shadow, (n) => attr(n, 'class') === cls)[0] : undefined);
  const save = byClass('save');
  const lines = byClass('lines');
  const fix = byClass('fix');
  return {
    cdp,
    hosts: hosts.length,
    state: save ? attr(save, 'data-state') : null,
    label: save ? textOf(save) : '',
    lines: lines && attr(lines, 'hidden') === null ? textOf(lines) : '',
    fix: fix && attr(fix, 'hidden') === null ? textOf(fix) : null,
    saveNode: save?.nodeId ?? null,
    fixNode: fix?.nodeId ?? null,
  };
}

async function button(page: Page): Promise<ButtonView> {
  const { cdp, ...view } = await viewButton(page);
  await cdp.detach();
  return view;
}

/** A real mouse click in the middle of the button's part (trusted, as a user's). */
async function clickPart(page: Page, part: 'saveNode' | 'fixNode'): Promise<void> {
  const view = await viewButton(page);
  const nodeId = view[part];
  if (nodeId === null) throw new Error(`no ${part} in the in-page button`);
  const { model } = await view.cdp.send('DOM.getBoxModel', { nodeId });
  await view.cdp.detach();
  const [x1, y1, , , x3, y3] = model.content;
  await page.mouse.click(((x1 ?? 0) + (x3 ?? 0)) / 2, ((y1 ?? 0) + (y3 ?? 0)) / 2);
}

/**
 * Alt+Shift+S in the tab: headless Chromium never routes keys to extension commands, so the command is dispatched as
 * the onCommand listener would, with the tab it was pressed in.
 */
async function pressShortcut(sw: Worker, tabId: number): Promise<void> {
  await sw.evaluate(
    ([hook, id]) => (globalThis as unknown as Record<string, (command: string, tabId: number) => Promise<void>>)[hook]!('save-profile', id),
    [COMMAND_TEST_HOOK, tabId] as const,
  );
}

async function badgeOf(sw: Worker, tabId: number): Promise<string> {
  return sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** LinkedIn's in-app navigation: the URL changes through the History API, the document stays. */
async function navigateInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((p) => history.pushState({}, '', p), path);
}

test('one click saves to Leonar, Stardex and Collective at once with the remembered targets; "already saved" after a reload', async ({
  server,
  sandbox,
  extensionId,
  context,
  sw,
  openProfile,
  openPopupFor,
  tabIdOf,
}) => {
  test.setTimeout(90_000);
  const leonar = leonarControls(server.vendors.leonar);
  const stardex = asStardexFake(server.vendors.stardex);
  const collective = asCollectiveFake(server.vendors.collective);
  const options = await context.newPage();
  await connectTools(options, extensionId, ['leonar', 'stardex', 'collective']);

  // The popup, used once on someone else, remembers the three tools and their targets.
  const first = await openProfile(sandboxFixture(sandbox, PERSON).vanity);
  const popup = await openPopupFor(first);
  for (const tool of ['leonar', 'stardex', 'collective'] as const) await popup.getByTestId(`vendor-toggle-${tool}`).check();
  await popup.getByTestId('target-search-leonar').fill('backend');
  await expect(popup.locator(`[data-testid="target-select-leonar"] option[value="${LEONAR_PROJECTS.backend}"]`)).toHaveCount(1);
  await popup.getByTestId('target-select-leonar').selectOption(LEONAR_PROJECTS.backend);
  await expect(popup.getByTestId('target-select-stardex').locator(`option[value="${BACKEND_JOB.id}"]`)).toHaveCount(1);
  await popup.getByTestId('target-select-stardex').selectOption(BACKEND_JOB.id);
  await popup.getByTestId('save-button').click();
  for (const tool of ['leonar', 'stardex', 'collective'] as const) {
    await expect(popup.getByTestId(`save-result-${tool}`)).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
  }
  await popup.close();
  const before = { leonar: leonar.requests.length, stardex: stardex.requests.length, collective: collective.requests.length };

  const page = await openProfile(THEO.vanity);
  await expect.poll(async () => (await button(page)).state).toBe('idle');
  expect((await button(page)).label).toBe('Save to Leonar, Stardex, Collective');
  await clickPart(page, 'saveNode');

  await expect.poll(async () => (await button(page)).state, { timeout: 30_000 }).toBe('saved');
  const view = await button(page);
  expect(view.label).toBe('Saved ✓');
  expect(view.lines).toContain('Saved to Leonar · Backend Engineers ✓');
  expect(view.lines).toContain(`Saved to Stardex · ${BACKEND_JOB.name}`);
  expect(view.lines).toContain('Saved to Collective ✓');

  // What each fake received for this one click: one save per tool, for this person, into the remembered target.
  const otherVanity = THEO.vanity;
  const leonarNew = leonar.requests.slice(before.leonar).filter((r) => r.method === 'POST');
  expect(leonarNew.map((r) => r.path)).toEqual(['/api/v1/sourcing/add-to-project']);
  expect(JSON.stringify(leonarNew[0]?.body)).toContain(LEONAR_PROJECTS.backend);
  expect(JSON.stringify(leonarNew[0]?.body)).toContain(otherVanity);
  expect(leonar.entriesIn(LEONAR_PROJECTS.backend)).toHaveLength(2);
  expect(stardex.personCount()).toBe(2);
  const otherPerson = stardex.persons.find((p) => p.linkedin_url.includes(otherVanity));
  expect(otherPerson, 'Stardex created the person of the clicked profile').toBeTruthy();
  expect(stardex.candidatesOf(otherPerson!.id).map((c) => c.job_id)).toEqual([BACKEND_JOB.id]);
  const imports = collective.imports('sandbox').slice(-1);
  expect(collective.requests.length - before.collective).toBe(1);
  expect(JSON.stringify(imports[0]?.body)).toContain(otherVanity);

  // The toolbar badge, per tab: ✓ on this tab, nothing on the tab of the popup's save.
  await expect.poll(() => tabIdOf(page).then((id) => badgeOf(sw, id))).toBe('✓');
  expect(await badgeOf(sw, await tabIdOf(first))).toBe('');

  // Reloaded: the history knows this person.
  await page.reload();
  await expect.poll(async () => (await button(page)).state).toBe('already');
  expect((await button(page)).label).toBe('Already saved ✓');
  expect((await button(page)).lines).toContain('Saved before to Leonar · Backend Engineers');
});

test('the button follows LinkedIn’s in-app navigation and shows only on profiles', async ({ sandbox, extensionId, context, openProfile }) => {
  const options = await context.newPage();
  await connectTools(options, extensionId, ['leonar']);
  await seedDefaults(options, ['leonar'], { leonar: { targetId: LEONAR_PROJECTS.backend, stageId: null } });

  const page = await openProfile(sandboxFixture(sandbox, PERSON).vanity);
  await expect.poll(async () => (await button(page)).state).toBe('idle');
  expect((await button(page)).label).toBe('Save to Leonar');

  await navigateInApp(page, '/feed/');
  await expect.poll(async () => (await button(page)).hosts).toBe(0);

  await navigateInApp(page, `/in/${encodeURIComponent(THEO.vanity)}/`);
  await expect.poll(async () => (await button(page)).state).toBe('idle');
  expect((await button(page)).hosts).toBe(1);

  await page.goBack();
  await page.goBack();
  await expect.poll(() => new URL(page.url()).pathname).toBe(`/in/${encodeURIComponent(sandboxFixture(sandbox, PERSON).vanity)}/`);
  await expect.poll(async () => (await button(page)).hosts).toBe(1);
});

test('the keyboard shortcut saves the profile in the tab, and the button and the badge follow', async ({
  server,
  sandbox,
  extensionId,
  context,
  sw,
  openProfile,
  tabIdOf,
}) => {
  const leonar = leonarControls(server.vendors.leonar);
  const options = await context.newPage();
  await connectTools(options, extensionId, ['leonar']);
  await seedDefaults(options, ['leonar'], { leonar: { targetId: LEONAR_PROJECTS.backend, stageId: null } });
  const commands = await options.evaluate(() => chrome.commands.getAll());
  expect(commands.find((c) => c.name === 'save-profile')?.shortcut).toBe('Alt+Shift+S');
  await expect(options.getByTestId('shortcut-text')).toContainText('Alt+Shift+S');

  const page = await openProfile(sandboxFixture(sandbox, PERSON).vanity);
  await expect.poll(async () => (await button(page)).state).toBe('idle');
  // Alt+Shift+S is Chrome's binding for the command (above).
  const tabId = await tabIdOf(page);
  await pressShortcut(sw, tabId);

  await expect.poll(() => leonar.entriesIn(LEONAR_PROJECTS.backend).length, { timeout: 20_000 }).toBe(1);
  await expect.poll(async () => (await button(page)).state, { timeout: 20_000 }).toBe('saved');
  await expect.poll(() => badgeOf(sw, tabId)).toBe('✓');
});

test('one tool failing leaves the others saved; the failure is shown with a link and re-sent from the history', async ({
  server,
  sandbox,
  extensionId,
  context,
  sw,
  openProfile,
  openPopupFor,
  tabIdOf,
}) => {
  test.setTimeout(60_000);
  const leonar = leonarControls(server.vendors.leonar);
  const stardex = asStardexFake(server.vendors.stardex);
  const options = await context.newPage();
  await connectTools(options, extensionId, ['leonar', 'stardex']);
  await seedDefaults(options, ['leonar', 'stardex'], {
    leonar: { targetId: LEONAR_PROJECTS.backend, stageId: null },
    stardex: { targetId: BACKEND_JOB.id, stageId: null },
  });
  stardex.failNext('persons.create', { status: 400, code: 'VALIDATION_ERROR', message: 'linkedin_url: Invalid url' });

  const page = await openProfile(sandboxFixture(sandbox, PERSON).vanity);
  await expect.poll(async () => (await button(page)).state).toBe('idle');
  await clickPart(page, 'saveNode');
  await expect.poll(async () => (await button(page)).state, { timeout: 30_000 }).toBe('error');
  const view = await button(page);
  expect(view.label).toBe('Partly saved');
  expect(view.lines).toContain('Saved to Leonar · Backend Engineers ✓');
  expect(view.lines).toContain(
    'Stardex: Stardex refused the data. Stardex said: “linkedin_url: Invalid url (VALIDATION_ERROR)”. Correct the field it names and save again; nothing you typed was lost.',
  );
  expect(view.fix).toBe('Open the history to send it again');
  expect(leonar.entriesIn(LEONAR_PROJECTS.backend)).toHaveLength(1);
  expect(stardex.personCount()).toBe(0);
  await expect.poll(() => tabIdOf(page).then((id) => badgeOf(sw, id))).toBe('!');

  // The failure still waits for the user after a reload, on the button and in the popup.
  await page.reload();
  await expect.poll(async () => (await button(page)).state).toBe('error');
  expect((await button(page)).label).toBe('Partly saved');
  expect((await button(page)).fix).toBe('Open the history to send it again');
  const popup = await openPopupFor(page);
  await expect(popup.getByTestId('save-result-stardex')).toHaveAttribute('data-state', 'failed');
  await expect(popup.getByTestId('save-result-stardex')).toContainText('Stardex refused the data.');
  await popup.close();

  const [history] = await Promise.all([context.waitForEvent('page'), clickPart(page, 'fixNode')]);
  await expect(history).toHaveURL(`chrome-extension://${extensionId}/save-history.html`);
  const stardexRow = history.getByTestId('history-row').and(history.locator('[data-vendor="stardex"]'));
  await expect(stardexRow).toHaveAttribute('data-state', 'failed');
  await stardexRow.getByTestId('history-retry').click();
  await expect(stardexRow).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
  expect(stardex.personCount()).toBe(1);
  expect(leonar.entriesIn(LEONAR_PROJECTS.backend)).toHaveLength(1);
  // The badge follows the re-sent job too.
  await expect.poll(() => tabIdOf(page).then((id) => badgeOf(sw, id))).toBe('✓');
});

test('a tool that is down: the button says why and when it tries again, then saved, once', async ({ server, sandbox, extensionId, context, openProfile }) => {
  test.setTimeout(45_000);
  const stardex = asStardexFake(server.vendors.stardex);
  const options = await context.newPage();
  await connectTools(options, extensionId, ['stardex']);
  await seedDefaults(options, ['stardex'], { stardex: { targetId: BACKEND_JOB.id, stageId: null } });
  stardex.failNext('persons.create', { status: 503 });

  const page = await openProfile(sandboxFixture(sandbox, PERSON).vanity);
  await expect.poll(async () => (await button(page)).state).toBe('idle');
  await clickPart(page, 'saveNode');
  await expect.poll(async () => (await button(page)).lines, { timeout: 15_000 }).toMatch(/Stardex: Stardex had a problem on its side \(503\).* Trying again by itself at \d{2}:\d{2}:\d{2}/);
  expect((await button(page)).state).toBe('saving');
  await expect.poll(async () => (await button(page)).state, { timeout: 15_000 }).toBe('saved');
  expect(stardex.personCount()).toBe(1);
});

test('LinkedIn refuses its JSON and the details pages: one click waits at most 4 s, saves, and says what it saved without', async ({
  server,
  extensionId,
  context,
  openProfile,
}) => {
  test.setTimeout(45_000);
  const collective = asCollectiveFake(server.vendors.collective);
  const options = await context.newPage();
  await connectTools(options, extensionId, ['collective']);
  await seedDefaults(options, ['collective'], {});
  server.linkedin.addProfile(sandboxPerson(MAYA, { page: { lazy: true } }));
  server.linkedin.setFault({ kind: 'status', status: 429 }, { vanity: MAYA.vanity, endpoint: 'profiles' });
  // The details pages never answer: the one-click read ends at its deadline and saves what it has.
  server.linkedin.setFault({ kind: 'hang' }, { vanity: MAYA.vanity, endpoint: 'details' });

  const page = await openProfile(MAYA.vanity);
  await expect.poll(async () => (await button(page)).state).toBe('idle');
  const clicked = Date.now();
  await clickPart(page, 'saveNode');
  await expect.poll(async () => collective.imports('sandbox').length, { timeout: 15_000 }).toBe(1);
  // Read and queued within the 4 s bound (plus the click and the first request).
  expect(Date.now() - clicked).toBeLessThan(8_000);
  await expect.poll(async () => (await button(page)).state, { timeout: 15_000 }).toBe('saved');
  expect((await button(page)).lines).toBe('Saved to Collective without Experience, Education, Skills, Licenses & certifications, and Languages ✓');
});

test('the address changed but the page still shows the previous person: one click saves nobody', async ({ server, sandbox, extensionId, context, openProfile }) => {
  const leonar = leonarControls(server.vendors.leonar);
  const options = await context.newPage();
  await connectTools(options, extensionId, ['leonar']);
  await seedDefaults(options, ['leonar'], { leonar: { targetId: LEONAR_PROJECTS.backend, stageId: null } });
  const adds = () => leonar.count('POST', '/sourcing/add-to-project');
  // Both page generations: the 2026 page and the 2022–2025 one, each served at someone else's address.
  for (const id of ['sdui-2026-profile', 'ember-2024-profile']) {
    const previous = sandbox.fixtures.find((f) => f.id === id);
    if (!previous?.profile.html || !previous.expected) throw new Error(`${id} needs a page and an expected Profile`);
    const next = `one-click-next-after-${id}`;
    server.linkedin.addPage(`/in/${next}/`, previous.profile.html);
    const page = await openProfile(next);
    await expect.poll(async () => (await button(page)).state).toBe('idle');
    await clickPart(page, 'saveNode');
    await expect.poll(async () => (await button(page)).state, { timeout: 15_000 }).toBe('error');
    expect((await button(page)).lines, id).toContain('This page still shows another person than its address names, so nothing can be saved.');
    expect((await button(page)).lines, id).not.toContain(previous.expected.fullName);
    await page.close();
  }
  expect(adds()).toBe(0);
  expect(leonar.entriesIn(LEONAR_PROJECTS.backend)).toHaveLength(0);
});

test('a missing remembered project is refused before anything is read or sent', async ({ server, sandbox, extensionId, context, openProfile }) => {
  const leonar = leonarControls(server.vendors.leonar);
  const options = await context.newPage();
  await connectTools(options, extensionId, ['leonar']);
  const before = leonar.requests.length;
  const page = await openProfile(sandboxFixture(sandbox, PERSON).vanity);
  await expect.poll(async () => (await button(page)).state).toBe('idle');
  await clickPart(page, 'saveNode');
  await expect.poll(async () => (await button(page)).state).toBe('error');
  expect((await button(page)).lines).toContain('Choose a Leonar project once');
  expect(leonar.requests.slice(before)).toEqual([]);
});

test('with the button off, nothing at all is added to LinkedIn’s page', async ({ server, sandbox, extensionId, context, sw, openProfile }) => {
  test.setTimeout(60_000);
  const url = `${LINKEDIN_ORIGIN}/in/${encodeURIComponent(sandboxFixture(sandbox, PERSON).vanity)}/`;
  const snapshot = (page: Page) =>
    page.evaluate(() => ({ count: document.querySelectorAll('*').length, html: document.documentElement.outerHTML }));

  // The same page in the same Chromium without the extension.
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium');
  const plain = await chromium.launch({ executablePath, headless: true, args: server.chromiumArgs });
  let baseline: { count: number; html: string };
  try {
    const page = await (await plain.newContext({ ignoreHTTPSErrors: true })).newPage();
    await page.goto(url);
    await page.waitForTimeout(1_000);
    baseline = await snapshot(page);
  } finally {
    await plain.close();
  }

  // Positive control: on, the button is one element more.
  const withButton = await openProfile(sandboxFixture(sandbox, PERSON).vanity);
  await expect.poll(async () => (await button(withButton)).hosts).toBe(1);
  expect((await snapshot(withButton)).count).toBe(baseline.count + 1);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const toggle = options.getByTestId('in-page-button-toggle');
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await expect.poll(() => sw.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length)).toBe(0);
  // The open tab loses it at once, with everything it added.
  await expect.poll(async () => (await button(withButton)).hosts).toBe(0);
  expect(await snapshot(withButton)).toEqual(baseline);

  const page = await openProfile(sandboxFixture(sandbox, PERSON).vanity);
  await page.waitForTimeout(1_500);
  expect(await snapshot(page)).toEqual(baseline);
  expect((await button(page)).hosts).toBe(0);

  // On again: registered again, and the button is back on the next page.
  await options.bringToFront();
  await toggle.check();
  await expect.poll(() => sw.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id))).toEqual(['linkedin-button']);
  const again = await openProfile(sandboxFixture(sandbox, PERSON).vanity);
  await expect.poll(async () => (await button(again)).hosts).toBe(1);
});

test('on a Sales Navigator lead page the shortcut saves the lead; with no public URL Leonar takes the member id, Stardex is not sent and the badge says why', async ({
  server,
  extensionId,
  context,
  sw,
  tabIdOf,
}) => {
  test.setTimeout(60_000);
  const leonar = leonarControls(server.vendors.leonar);
  const stardex = asStardexFake(server.vendors.stardex);
  const adds = () => leonar.requests.filter((r) => r.path.endsWith('/sourcing/add-to-project'));
  const options = await context.newPage();
  await connectTools(options, extensionId, ['leonar', 'stardex']);
  await seedDefaults(options, ['leonar', 'stardex'], {
    leonar: { targetId: LEONAR_PROJECTS.backend, stageId: null },
    stardex: { targetId: BACKEND_JOB.id, stageId: null },
  });
  const [linked, unlinked] = SANDBOX_LEADS;
  const page = await context.newPage();
  await page.goto(`${LINKEDIN_ORIGIN}${sandboxLeadPath(unlinked)}`);
  const tabId = await tabIdOf(page);
  const title = () => sw.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);

  await pressShortcut(sw, tabId);
  await expect.poll(() => adds().length, { timeout: 20_000 }).toBe(1);
  const body = adds()[0]!.body as { profiles: { profile_id?: string; linkedin_url?: string; first_name?: string }[] };
  expect(body.profiles).toHaveLength(1);
  expect(body.profiles[0]).toMatchObject({ profile_id: unlinked.leadId, first_name: unlinked.name.split(' ')[0] });
  expect(body.profiles[0]?.linkedin_url).toBeUndefined();
  // Saved to Leonar, not to Stardex: "partly", with Stardex's reason in the badge's tooltip; nothing reached Stardex.
  await expect.poll(() => badgeOf(sw, tabId), { timeout: 20_000 }).toBe('!');
  expect(await title()).toContain('Saved to Leonar');
  expect(await title()).toContain('public LinkedIn URL');
  // The tooltip names whom it is about (LinkedIn moves to another person without reloading the tab).
  expect((await title()).split('\n')[0]).toBe(unlinked.name);
  expect(stardex.requests.filter((r) => r.path === '/v1/persons')).toHaveLength(0);

  // A lead whose page links the public profile: both tools, by that URL.
  await page.goto(`${LINKEDIN_ORIGIN}${sandboxLeadPath(linked)}`);
  await pressShortcut(sw, tabId);
  await expect.poll(() => stardex.personCount(), { timeout: 20_000 }).toBe(1);
  await expect.poll(() => adds().length, { timeout: 20_000 }).toBe(2);
  const second = adds()[1]!.body as { profiles: { linkedin_url?: string }[] };
  expect(second.profiles[0]?.linkedin_url).toBe(`https://www.linkedin.com/in/${linked.vanity}`);
  await expect.poll(() => badgeOf(sw, tabId), { timeout: 20_000 }).toBe('✓');

  // Each lead is one person in the history.
  const history = await context.newPage();
  await history.goto(`chrome-extension://${extensionId}/save-history.html`);
  await expect(history.getByTestId('history-row')).toHaveCount(3);
  await expect(history.getByTestId('history-row').filter({ hasText: unlinked.name })).toHaveCount(1);
});
