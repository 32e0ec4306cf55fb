// The trust boundaries, proved in Chromium on the production build: a Leonar key configured through the options page
// cannot be obtained from the LinkedIn page's own world nor from the content-script world of that tab (storage,
// messages, DOM, console); forged and malformed messages are refused and leave the worker healthy; a full save logs
// no key and no profile content; the built manifest passes the manifest policy.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ConsoleMessage, Page, Worker } from '@playwright/test';
import { manifestProblems, type ManifestUnderReview } from '@/lib/manifest-policy';
import { profileSchema, type Profile } from '@/lib/profile/profile';
import { EXTENSION_DIR } from '../fakes/browser';
import { asCollectiveFake, COLLECTIVE_SANDBOX_KEY } from '@/lib/vendors/collective/fake';
import { leonarControls, LEONAR_PROJECTS, LEONAR_TEST_KEY } from '@/lib/vendors/leonar/fake';
import { sandboxFixture } from '../fakes/sandbox-profiles';
import { asStardexFake, STARDEX_DEFAULT_JOBS, STARDEX_TEST_KEY } from '@/lib/vendors/stardex/fake';
import { connectTools } from '../fakes/connect-vendors';
import { expect, test } from './fixtures';

const PERSON = 'sdui-2026-profile';

/** Every verb of the protocol, read from the receivers' tables so that a new verb is probed without editing this file. */
function protocolVerbs(): string[] {
  const tables = ['../../entrypoints/background/messages.ts', '../../entrypoints/linkedin.content/messages.ts'];
  const verbs = tables.flatMap((path) => {
    const source = readFileSync(resolve(import.meta.dirname, path), 'utf8');
    return [...source.matchAll(/^ {2}(\w+): message\(/gm)].map((m) => m[1]!);
  });
  if (verbs.length < 5) throw new Error('Could not read the verbs of the message tables');
  return verbs;
}

/**
 * Verbs the content-script world may send: the in-page button's. They take no profile, URL, target or host from the
 * message (the background reads the sender's own tab and uses the remembered targets), answer with the tab's save
 * state in words, and open only our own options or history page. Adding one must be a conscious edit here, and such
 * a verb must still never answer with a key.
 */
const CONTENT_WORLD_VERBS: readonly string[] = ['saveThisProfile', 'getTabSaveState', 'openFixPage'];
/** Verbs the extension sends TO the reader in a LinkedIn tab: no background handler exists for them. */
const TAB_VERBS: readonly string[] = ['readProfile', 'loadAllSections', 'readList'];

/** Inputs that pass the verb's schema, so that a refusal can only come from the sender check. */
function validInputs(profile: Profile): Record<string, unknown> {
  const request = {
    vendor: 'leonar',
    targetId: LEONAR_PROJECTS.backend,
    stageId: null,
    note: null,
    contacts: { emails: [], phones: [] },
    atsUrls: [],
    options: {},
  };
  return {
    readProfile: undefined,
    loadAllSections: undefined,
    readList: undefined,
    getVendorStatus: undefined,
    setVendorSettings: { vendor: 'leonar', settings: { apiKey: 'leo_attacker_key_0000ffff' } },
    clearVendorSettings: { vendor: 'leonar' },
    checkVendor: { vendor: 'leonar' },
    listTargets: { vendor: 'leonar', query: '' },
    getTarget: { vendor: 'leonar', targetId: LEONAR_PROJECTS.backend },
    lookupProfile: { vendor: 'leonar', profile, targetId: null },
    revealContacts: { vendor: 'leonar', profile, request: { dataTypes: ['work_email'] } },
    saveProfile: { profile, requests: [request] },
    saveMany: { items: [{ profile, requests: [request] }] },
    saveThisProfile: undefined,
    getTabSaveState: undefined,
    openFixPage: { page: 'history' },
  };
}

interface WireMessage {
  type: string;
  data: unknown;
}

/** What came back for one message: @webext-core answers `{res}` or `{err}`; no listener leaves `undefined`. */
interface Answer {
  type: string;
  answered: boolean;
  accepted: boolean;
  text: string;
}

async function popupProfile(popup: Page): Promise<Profile> {
  return profileSchema.parse(JSON.parse((await popup.getByTestId('profile-json').textContent()) ?? 'null'));
}

/** Console output of every page of the context and of the service worker, from now on. */
function collectConsole(context: { on(event: 'console', l: (m: ConsoleMessage) => void): unknown }, sw: Worker): string[] {
  const lines: string[] = [];
  const push = (m: ConsoleMessage) => lines.push(`[${m.type()}] ${m.text()}`);
  context.on('console', push);
  sw.on('console', push);
  return lines;
}

/** Sends messages in @webext-core's wire format from an extension page, as our own UI would. */
async function sendFromExtensionPage(page: Page, messages: WireMessage[]): Promise<Answer[]> {
  return page.evaluate(async (list) => {
    const out: { type: string; answered: boolean; accepted: boolean; text: string }[] = [];
    for (const m of list) {
      const wire = { id: Math.floor(Math.random() * 1e9), type: m.type, data: m.data, timestamp: Date.now() };
      let answer: unknown;
      try {
        answer = await chrome.runtime.sendMessage(wire);
      } catch (err) {
        answer = { transportError: String(err) };
      }
      const accepted = typeof answer === 'object' && answer !== null && 'res' in answer;
      out.push({ type: m.type, answered: answer !== undefined, accepted, text: JSON.stringify(answer ?? null) });
    }
    return out;
  }, messages);
}

test('the built manifest asks for nothing beyond the policy', () => {
  const manifest = JSON.parse(readFileSync(resolve(EXTENSION_DIR, 'manifest.json'), 'utf8')) as ManifestUnderReview;
  expect(manifestProblems(manifest)).toEqual([]);
  expect(manifest.web_accessible_resources).toBeUndefined();
  expect(manifest.externally_connectable).toBeUndefined();
});

test('a configured key cannot be obtained from the LinkedIn page nor from the content-script world', async ({
  server,
  sandbox,
  extensionId,
  context,
  sw,
  openProfile,
  openPopupFor,
  tabIdOf,
}) => {
  const consoleLines = collectConsole(context, sw);
  const fake = leonarControls(server.vendors.leonar);
  const options = await context.newPage();
  await connectTools(options, extensionId, ['leonar']);

  const page = await openProfile(sandboxFixture(sandbox, PERSON).vanity);
  // The popup injects the reader: the probes below then share the world our content script really runs in.
  const popup = await openPopupFor(page);
  const profile = await popupProfile(popup);
  const tabId = await tabIdOf(page);
  const verbs = protocolVerbs();
  const inputs = validInputs(profile);
  const messages: WireMessage[] = verbs.map((type) => ({ type, data: Object.hasOwn(inputs, type) ? inputs[type] : {} }));

  // Positive control: the same wire messages from our own page are understood (so refusals below mean something).
  const fromOurPage = await sendFromExtensionPage(options, [{ type: 'getVendorStatus', data: undefined }]);
  expect(fromOurPage[0]?.accepted).toBe(true);
  expect(fromOurPage[0]?.text).toContain('…1a2b');
  expect(fromOurPage[0]?.text).not.toContain(LEONAR_TEST_KEY);

  const vendorRequestsBefore = fake.requests.length;

  // 1. LinkedIn's own (main) world.
  const main = await page.evaluate(
    async ({ id, key, list }) => {
      const g = globalThis as unknown as { chrome?: { runtime?: { sendMessage?: unknown }; storage?: unknown } };
      const runtime = g.chrome?.runtime;
      const answers: string[] = [];
      if (runtime && typeof runtime.sendMessage === 'function') {
        const send = runtime.sendMessage as (id: string, message: unknown) => Promise<unknown>;
        for (const m of list) {
          try {
            answers.push(JSON.stringify((await send(id, { id: 1, type: m.type, data: m.data, timestamp: Date.now() })) ?? null));
          } catch (err) {
            answers.push(`error: ${String(err)}`);
          }
        }
      }
      // LinkedIn fingerprints extensions by fetching their resources: nothing of ours may be reachable.
      const probes: string[] = [];
      for (const path of ['manifest.json', 'popup.html', 'options.html', 'icon-16.png', 'content-scripts/linkedin.js']) {
        try {
          const res = await fetch(`chrome-extension://${id}/${path}`);
          probes.push(`${path}: ${res.status}`);
        } catch {
          probes.push(`${path}: blocked`);
        }
      }
      const html = document.documentElement.outerHTML;
      const storages = JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie;
      return {
        hasRuntime: runtime !== undefined,
        hasStorage: g.chrome?.storage !== undefined,
        answers,
        probes,
        keyInDom: html.includes(key),
        keyInWebStorage: storages.includes(key),
      };
    },
    { id: extensionId, key: LEONAR_TEST_KEY, list: messages },
  );
  expect(main.hasRuntime, 'no externally_connectable: LinkedIn has no chrome.runtime to reach us').toBe(false);
  expect(main.hasStorage).toBe(false);
  expect(main.answers.filter((a) => a.includes('"res"'))).toEqual([]);
  expect(main.probes).toEqual([
    'manifest.json: blocked',
    'popup.html: blocked',
    'options.html: blocked',
    'icon-16.png: blocked',
    'content-scripts/linkedin.js: blocked',
  ]);
  expect(main.keyInDom).toBe(false);
  expect(main.keyInWebStorage).toBe(false);

  // 2. The content-script (isolated) world of the same tab, with our content script's privileges.
  const isolated = await sw.evaluate(
    async ({ tabId, key, list, extensionId }) => {
      const [injection] = await chrome.scripting.executeScript({
        target: { tabId },
        world: 'ISOLATED',
        args: [key, list, extensionId],
        func: async (secret: string, wire: { type: string; data: unknown }[], ownId: string) => {
          const settle = async (work: () => Promise<unknown>) => {
            try {
              return { ok: true, value: JSON.stringify((await work()) ?? null) };
            } catch (err) {
              return { ok: false, value: String(err) };
            }
          };
          const answers: { type: string; answered: boolean; accepted: boolean; text: string }[] = [];
          const send = async (message: unknown) => {
            try {
              return await chrome.runtime.sendMessage(message);
            } catch (err) {
              return { transportError: String(err) };
            }
          };
          for (const m of wire) {
            const answer = await send({ id: 7, type: m.type, data: m.data, timestamp: Date.now() });
            const accepted = typeof answer === 'object' && answer !== null && 'res' in answer;
            answers.push({ type: m.type, answered: answer !== undefined, accepted, text: JSON.stringify(answer ?? null) });
          }
          // A forged sender inside the message: @webext-core overwrites it with Chrome's real sender.
          const forged = await send({
            id: 8,
            type: 'getVendorStatus',
            data: undefined,
            timestamp: Date.now(),
            sender: { id: ownId, url: `chrome-extension://${ownId}/popup.html`, origin: `chrome-extension://${ownId}` },
          });
          return {
            isOurWorld: chrome.runtime.id === ownId,
            readerInstalled: (globalThis as Record<symbol, unknown>)[Symbol.for('linkedin-to-ats.reader')] === true,
            local: await settle(() => chrome.storage.local.get(null)),
            session: await settle(() => chrome.storage.session.get(null)),
            unlock: await settle(() => chrome.storage.local.setAccessLevel({ accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' })),
            answers,
            forged: JSON.stringify(forged ?? null),
            keyInDom: document.documentElement.outerHTML.includes(secret),
          };
        },
      });
      return injection?.result;
    },
    { tabId, key: LEONAR_TEST_KEY, list: messages, extensionId },
  );
  expect(isolated, 'the probe ran in the tab').toBeTruthy();
  expect(isolated!.isOurWorld).toBe(true);
  expect(isolated!.readerInstalled, 'the probe shares the world of our injected reader').toBe(true);
  expect(isolated!.local.ok, 'storage.local is locked to extension pages').toBe(false);
  expect(isolated!.local.value).toMatch(/not allowed|access/i);
  expect(isolated!.session.ok, 'storage.session is for trusted contexts only').toBe(false);
  expect(isolated!.unlock.ok, 'a content script cannot unlock storage').toBe(false);
  for (const a of isolated!.answers) {
    expect(a.text, a.type).not.toContain(LEONAR_TEST_KEY);
    if (!CONTENT_WORLD_VERBS.includes(a.type)) expect(a.accepted, `${a.type} must be refused from the content-script world`).toBe(false);
  }
  // Background verbs are answered with a refusal (not silence): the sender check ran.
  // readProfile and loadAllSections are the reader's own verbs (answered in the tab, never by the background).
  const background = isolated!.answers.filter((a) => !TAB_VERBS.includes(a.type));
  expect(background.length).toBeGreaterThanOrEqual(9);
  for (const a of background) {
    if (CONTENT_WORLD_VERBS.includes(a.type)) expect(a.accepted, `${a.type} is the in-page button's: answered`).toBe(true);
    else expect(a.text, a.type).toContain('sender not allowed');
  }
  expect(isolated!.forged).toContain('sender not allowed');
  expect(isolated!.keyInDom).toBe(false);

  // Nothing the probes sent reached Leonar, and the stored key is unchanged (no clear, no attacker key).
  expect(fake.requests.slice(vendorRequestsBefore)).toEqual([]);
  const after = await sendFromExtensionPage(options, [{ type: 'getVendorStatus', data: undefined }]);
  expect(after[0]?.text).toContain('"configured":true');
  expect(after[0]?.text).toContain('…1a2b');
  const stored = await sw.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)));
  expect(stored).toContain(LEONAR_TEST_KEY);
  expect(stored).not.toContain('leo_attacker_key');

  // Neither the popup, the options page nor the LinkedIn page shows the key; no console line carries it.
  for (const p of [popup, options, page]) expect(await p.content()).not.toContain(LEONAR_TEST_KEY);
  await sw.evaluate(() => console.log('console-collector-check'));
  await expect.poll(() => consoleLines.some((l) => l.includes('console-collector-check'))).toBe(true);
  expect(consoleLines.filter((l) => l.includes(LEONAR_TEST_KEY))).toEqual([]);
});

test('forged and malformed messages from our own page are refused, and the worker stays healthy', async ({ server, extensionId, context, sw }) => {
  const fake = leonarControls(server.vendors.leonar);
  const options = await context.newPage();
  await connectTools(options, extensionId, ['leonar']);
  const requestsBefore = fake.requests.length;

  const huge = 'x'.repeat(5_000_000);
  const malformed: WireMessage[] = [
    { type: 'checkVendor', data: { vendor: 'evil' } },
    { type: 'checkVendor', data: 'leonar' },
    { type: 'checkVendor', data: null },
    { type: 'checkVendor', data: { vendor: 'leonar', extra: true } },
    { type: 'listTargets', data: { vendor: 'leonar', query: huge } },
    { type: 'listTargets', data: { vendor: 'leonar' } },
    { type: 'getTarget', data: { vendor: 'leonar', targetId: '' } },
    { type: 'getVendorStatus', data: { please: 'the keys' } },
    { type: 'setVendorSettings', data: { vendor: 'leonar', settings: { apiKey: 42 } } },
    { type: 'clearVendorSettings', data: { vendor: ['leonar'] } },
    { type: 'saveProfile', data: { profile: { fullName: 'Nobody' }, requests: [] } },
    { type: 'saveProfile', data: { profile: null, requests: [{ vendor: 'leonar' }] } },
    { type: 'lookupProfile', data: { vendor: 'leonar', profile: { profileUrl: 'javascript:alert(1)' }, targetId: null } },
    { type: 'revealContacts', data: { vendor: 'leonar', profile: {}, request: { dataTypes: [] } } },
    { type: 'listJobs', data: { profileUrl: huge } },
    { type: 'listJobs', data: { limit: 1e9 } },
    { type: 'listJobs', data: 'all' },
    { type: 'retryJob', data: { id: 42 } },
    { type: 'retryJob', data: {} },
    { type: 'clearHistory', data: { everything: true } },
  ];
  const answers = await sendFromExtensionPage(options, malformed);
  for (const [i, a] of answers.entries()) {
    expect(a.accepted, `${a.type} #${i} must be refused`).toBe(false);
    expect(a.text, `${a.type} #${i}`).toContain('malformed input');
  }

  // An absurd key (5 MB) is refused by the message schema itself (settings values are capped): nothing stored.
  const [absurdKey] = await sendFromExtensionPage(options, [{ type: 'setVendorSettings', data: { vendor: 'leonar', settings: { apiKey: huge } } }]);
  expect(absurdKey?.accepted).toBe(false);
  expect(absurdKey?.text).toContain('malformed input');

  // Prototype pollution through a JSON "__proto__" key.
  const polluted = await options.evaluate(async () => {
    const data: unknown = JSON.parse('{"vendor":"leonar","__proto__":{"polluted":"yes"}}');
    const answer: unknown = await chrome.runtime.sendMessage({ id: 1, type: 'checkVendor', data, timestamp: Date.now() });
    return JSON.stringify(answer ?? null);
  });
  expect(await sw.evaluate(() => (({}) as Record<string, unknown>).polluted ?? null)).toBeNull();
  expect(polluted).not.toContain(LEONAR_TEST_KEY);

  // Unknown verbs and anything not in the wire format get no answer at all.
  const ignored = await options.evaluate(async (big) => {
    const out: string[] = [];
    const shapes: unknown[] = [
      { id: 1, type: 'getApiKey', data: { vendor: 'leonar' }, timestamp: Date.now() },
      { id: 1, type: 'fetchUrl', data: { url: 'https://evil.example/' }, timestamp: Date.now() },
      { id: 1, type: 'bulk', data: big, timestamp: Date.now() },
      { type: 'getVendorStatus' },
      { type: 42, timestamp: Date.now() },
      'getVendorStatus',
      null,
      [1, 2, 3],
    ];
    for (const s of shapes) {
      try {
        const answer: unknown = await chrome.runtime.sendMessage(s);
        out.push(JSON.stringify(answer ?? null));
      } catch (err) {
        out.push(`error: ${String(err)}`);
      }
    }
    return out;
  }, huge);
  for (const a of ignored) {
    expect(a).not.toContain('"res"');
    expect(a).not.toContain(LEONAR_TEST_KEY);
  }

  // @webext-core looks verbs up in a plain object: Object.prototype's names reach no handler of ours, but
  // `constructor` and `toString` are called as if they were listeners and echo the sender's own message back.
  // Nothing of the background's comes out: no handler runs, no key, no vendor call.
  const prototypeNames = await options.evaluate(async () => {
    const out: Record<string, string> = {};
    for (const type of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      try {
        const answer: unknown = await chrome.runtime.sendMessage({ id: 1, type, data: { probe: type }, timestamp: Date.now() });
        out[type] = JSON.stringify(answer ?? null);
      } catch (err) {
        out[type] = `error: ${String(err)}`;
      }
    }
    return out;
  });
  for (const [type, answer] of Object.entries(prototypeNames)) {
    expect(answer, type).not.toContain(LEONAR_TEST_KEY);
    expect(answer, type).not.toMatch(/keyHint|configured|apiKey/);
    if (answer.includes('"res"')) expect(answer, type).toMatch(/^\{"res":("\[object (Object|Undefined)\]"|\{"id":1,"type":"(constructor|toString)","data":\{"probe":)/);
  }

  // No vendor call came out of any of it, and the worker still answers and still holds the key.
  expect(fake.requests.slice(requestsBefore)).toEqual([]);
  const health = await sendFromExtensionPage(options, [
    { type: 'getVendorStatus', data: undefined },
    { type: 'checkVendor', data: { vendor: 'leonar' } },
  ]);
  expect(health.map((h) => h.accepted)).toEqual([true, true]);
  expect(health[0]?.text).toContain('"configured":true');
  expect(health[1]?.text).toContain('"ok":true');
  expect(health.map((h) => h.text).join('')).not.toContain(LEONAR_TEST_KEY);
});

test('a full save to the three tools logs no key and no profile content anywhere', async ({ server, sandbox, extensionId, context, sw, openProfile, openPopupFor }) => {
  test.setTimeout(45_000);
  const consoleLines = collectConsole(context, sw);
  const fake = leonarControls(server.vendors.leonar);
  const stardex = asStardexFake(server.vendors.stardex);
  const collective = asCollectiveFake(server.vendors.collective);
  const options = await context.newPage();
  await connectTools(options, extensionId, ['leonar', 'stardex', 'collective']);
  const popup = await openPopupFor(await openProfile(sandboxFixture(sandbox, PERSON).vanity));
  const profile = await popupProfile(popup);

  // Three tools and no remembered choice: nothing is ticked yet.
  for (const tool of ['leonar', 'stardex', 'collective']) await popup.getByTestId(`vendor-toggle-${tool}`).check();
  await expect(popup.locator(`[data-testid="target-select-leonar"] option[value="${LEONAR_PROJECTS.backend}"]`)).toHaveCount(1);
  await popup.getByTestId('target-select-leonar').selectOption(LEONAR_PROJECTS.backend);
  await expect(popup.getByTestId('duplicate-leonar')).toHaveAttribute('data-state', 'new');
  const job = STARDEX_DEFAULT_JOBS[0]!;
  await expect(popup.locator(`[data-testid="target-select-stardex"] option[value="${job.id}"]`)).toHaveCount(1);
  await popup.getByTestId('target-select-stardex').selectOption(job.id);
  await popup.getByTestId('save-button').click();
  await expect(popup.getByTestId('save-result-leonar')).toHaveAttribute('data-status', 'added');
  await expect(popup.getByTestId('save-result-stardex')).toHaveAttribute('data-state', 'done');
  await expect(popup.getByTestId('save-result-collective')).toHaveAttribute('data-state', 'done');
  expect(fake.entriesIn(LEONAR_PROJECTS.backend)).toHaveLength(1);

  // A failing save too, at each tool: errors are where content would most likely be logged.
  fake.injectError({ code: 'validation_error', path: '/sourcing/add-to-project', message: 'profiles.0: invalid' });
  stardex.failNext('any', { status: 400, message: 'linkedin_url: invalid', times: 5 });
  collective.fail({ status: 400, body: { message: 'fullName: invalid' }, method: 'POST' });
  await popup.getByTestId('save-button').click();
  for (const vendor of ['leonar', 'stardex', 'collective']) {
    await expect(popup.getByTestId(`save-result-${vendor}`)).toHaveAttribute('data-status', 'error');
  }

  // The collector hears both the worker and the pages (else an empty log would pass).
  await sw.evaluate(() => console.log('collector-check-worker'));
  await popup.evaluate(() => console.log('collector-check-popup'));
  await expect.poll(() => ['worker', 'popup'].filter((w) => consoleLines.some((l) => l.includes(`collector-check-${w}`)))).toEqual(['worker', 'popup']);

  const secrets = [
    LEONAR_TEST_KEY,
    STARDEX_TEST_KEY,
    COLLECTIVE_SANDBOX_KEY,
    profile.fullName,
    profile.firstName,
    profile.lastName,
    profile.headline,
    profile.about?.slice(0, 40),
    profile.memberId,
    profile.currentJob?.company,
    ...profile.experiences.slice(0, 3).map((e) => e.description?.slice(0, 40)),
  ].filter((s): s is string => typeof s === 'string' && s.trim().length >= 4);
  expect(secrets.length).toBeGreaterThanOrEqual(5);
  const leaks = consoleLines.filter((line) => secrets.some((s) => line.includes(s)));
  expect(leaks).toEqual([]);
});
