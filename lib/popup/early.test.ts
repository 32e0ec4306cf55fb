// The popup's early asks: started once by the early script, each answer taken once by the popup's modules, and a
// failed early ask leaves the modules to ask as usual.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const sent: { verb: string; data: unknown; tabId?: number }[] = [];
let answers: Record<string, (data: unknown) => Promise<unknown>> = {};

vi.mock('@/lib/messaging', () => ({
  sendMessage: (verb: string, data?: unknown, tabId?: number) => {
    sent.push({ verb, data, tabId });
    const answer = verb === 'readProfile' && tabId === 9 ? answers.readProfileOfFeed : answers[verb];
    return answer?.(data) ?? Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
  },
}));

const tabs: Record<number, { id: number; url?: string; status?: string }> = {};
const stored: Record<string, unknown> = {};
vi.mock('wxt/browser', () => ({
  browser: {
    tabs: {
      get: async (id: number) => tabs[id] ?? Promise.reject(new Error('No tab')),
      query: async () => [tabs[1]].filter(Boolean),
    },
    storage: { local: { get: async (keys: string[]) => Object.fromEntries(keys.filter((k) => k in stored).map((k) => [k, stored[k]])) } },
  },
}));

const early = await import('./early');

const PROFILE = 'https://www.linkedin.com/in/ada-quillfeather/';

beforeEach(() => {
  sent.length = 0;
  for (const k of Object.keys(tabs)) delete tabs[Number(k)];
  for (const k of Object.keys(stored)) delete stored[k];
  answers = {
    readProfile: async (data) => ({ ok: true, asked: data }),
    readProfileOfFeed: async () => ({ ok: false, error: { code: 'not-profile' } }),
    getVendorStatus: async () => [
      { vendor: 'leonar', configured: true },
      { vendor: 'stardex', configured: false },
    ],
    listTargets: async (data) => ({ ok: true, value: [{ id: 'p1', name: 'Backend', for: data }] }),
  };
});
afterEach(() => {
  delete (globalThis as Record<string, unknown>).__linkedinToAtsPopupEarly;
});

describe('early asks', () => {
  it('on a loaded profile, reads the tab at both depths, then asks for the configured tools’ targets, before any module asks', async () => {
    tabs[7] = { id: 7, url: PROFILE, status: 'complete' };
    early.startEarlyAsks('?tabId=7');
    const page = await early.takeEarlyRead(7, 'page');
    expect(page).toMatchObject({ ok: true, value: { ok: true, asked: { depth: 'page', memo: { decoration: null } } } });
    expect(await early.takeEarlyRead(7, 'full')).toMatchObject({ ok: true, value: { asked: { depth: 'full' } } });
    expect(await early.takeEarlyStatus()).toMatchObject({ ok: true });
    expect(await early.takeEarlyTargets('leonar')).toMatchObject({ ok: true, value: { ok: true } });
    expect(await early.takeEarlyTargets('stardex')).toBeNull();
    expect(sent.filter((s) => s.verb === 'readProfile').map((s) => s.tabId)).toEqual([7, 7]);
  });

  it('each answer is taken once: a second read (Read again) asks the tab anew', async () => {
    tabs[7] = { id: 7, url: PROFILE, status: 'complete' };
    early.startEarlyAsks('?tabId=7');
    expect(await early.takeEarlyRead(7, 'page')).not.toBeNull();
    expect(await early.takeEarlyRead(7, 'page')).toBeNull();
    expect(await early.takeEarlyStatus()).not.toBeNull();
    expect(await early.takeEarlyStatus()).toBeNull();
  });

  it('sends the memo this browser stored, and leaves a memo of another version to the modules', async () => {
    tabs[7] = { id: 7, url: PROFILE, status: 'complete' };
    const memo = { decoration: 'FullProfileWithEntities-101', profileRetiredUntil: null, listsRetiredUntil: {}, quiet: null };
    stored['linkedin-json-memo'] = memo;
    early.startEarlyAsks('?tabId=7');
    expect(await early.takeEarlyRead(7, 'page')).toMatchObject({ ok: true, value: { asked: { memo } } });

    stored['linkedin-json-memo$'] = { v: 2 };
    early.startEarlyAsks('?tabId=7');
    expect(await early.takeEarlyRead(7, 'page')).toBeNull();
  });

  it('does not read a tab still loading (the modules wait for it), nor ask for targets before a person is read', async () => {
    tabs[7] = { id: 7, url: PROFILE, status: 'loading' };
    early.startEarlyAsks('?tabId=7');
    expect(await early.takeEarlyRead(7, 'page')).toBeNull();
    expect(await early.takeEarlyTargets('leonar')).toBeNull();
    expect(sent.filter((s) => s.verb === 'listTargets')).toEqual([]);
  });

  it('on another site, reads nothing; on a LinkedIn page whose read shows nobody, asks no vendor anything', async () => {
    tabs[8] = { id: 8, url: 'https://example.com/in/ada/', status: 'complete' };
    tabs[9] = { id: 9, url: 'https://www.linkedin.com/feed/', status: 'complete' };
    early.startEarlyAsks('?tabId=8');
    expect(await early.takeEarlyRead(8, 'page')).toBeNull();
    expect(await early.takeEarlyTargets('leonar')).toBeNull();
    early.startEarlyAsks('?tabId=9');
    expect(await early.takeEarlyRead(9, 'page')).toMatchObject({ ok: true, value: { ok: false } });
    expect(await early.takeEarlyTargets('leonar')).toBeNull();
    expect(sent.filter((s) => s.verb === 'listTargets')).toEqual([]);
  });

  it('a read of another tab than the one asked is not given', async () => {
    tabs[7] = { id: 7, url: PROFILE, status: 'complete' };
    early.startEarlyAsks('?tabId=7');
    expect(await early.takeEarlyRead(8, 'page')).toBeNull();
  });

  it('without the early script, nothing is taken; earlyOr then asks', async () => {
    expect(await early.takeEarlyRead(7, 'page')).toBeNull();
    expect(await early.takeEarlyStatus()).toBeNull();
    expect(await early.earlyOr(early.takeEarlyStatus(), async () => 'asked now' as never)).toBe('asked now');
  });

  it('an early ask that failed (the worker was stopping) is asked again, not shown as an error', async () => {
    tabs[7] = { id: 7, url: PROFILE, status: 'complete' };
    answers.getVendorStatus = () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
    early.startEarlyAsks('?tabId=7');
    expect(await early.earlyOr(early.takeEarlyStatus(), async () => ['asked again'] as never)).toEqual(['asked again']);
  });
});
