// The reader in a tab: asked at once when it is there, injected only when it is not (or the tab still loads); its answer
// is parsed and nothing it answers is thrown.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const sendMessage = vi.fn();
vi.mock('@/lib/messaging', () => ({ sendMessage: (...args: unknown[]) => sendMessage(...args) }));

const { readListInTab, readProfileInTab } = await import('./read-tab');

const SEARCH = 'https://www.linkedin.com/search/results/people/?keywords=engineer';
const page = { kind: 'people-search', layout: 'search-2026', people: [{ fullName: 'Ana Lee', profileUrl: 'https://www.linkedin.com/in/ana-lee/' }] };

async function tabAt(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id ?? -1;
}

beforeEach(() => {
  fakeBrowser.reset();
  sendMessage.mockReset();
  vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async (id: number) => ({ id, url: SEARCH, status: 'complete' }) as Awaited<ReturnType<typeof fakeBrowser.tabs.get>>);
  Object.assign(fakeBrowser, { scripting: { executeScript: vi.fn(async () => []) } });
});

describe('readListInTab', () => {
  it('answers the page the reader read, checked', async () => {
    sendMessage.mockResolvedValue({ ok: true, page });
    const tabId = await tabAt(SEARCH);
    await expect(readListInTab(tabId)).resolves.toEqual({ ok: true, page });
    expect(sendMessage).toHaveBeenCalledWith('readList', undefined, tabId);
  });

  it('an answer of another shape is an error result, never thrown nor passed on', async () => {
    sendMessage.mockResolvedValue({ ok: true, page: { ...page, people: [{ fullName: 'x', profileUrl: 'javascript:alert(1)' }] } });
    await expect(readListInTab(await tabAt(SEARCH))).resolves.toMatchObject({ ok: false, error: { code: 'bad-answer' } });
  });

  it('a reader that does not answer is page-unreachable', async () => {
    sendMessage.mockRejectedValue(new Error('Could not establish connection'));
    await expect(readListInTab(await tabAt(SEARCH))).resolves.toMatchObject({ ok: false, error: { code: 'page-unreachable' } });
  });

  it('a tab that is not LinkedIn is not a list, and nothing is asked', async () => {
    vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async (id: number) => ({ id, url: 'https://example.com/', status: 'complete' }) as Awaited<ReturnType<typeof fakeBrowser.tabs.get>>);
    await expect(readListInTab(await tabAt('https://example.com/'))).resolves.toMatchObject({ ok: false, error: { code: 'not-a-list' } });
    expect(sendMessage).not.toHaveBeenCalled();
  });
});

describe('the reader is injected only when the tab has none', () => {
  const PROFILE = 'https://www.linkedin.com/in/ana-lee/';
  const executeScript = () => (fakeBrowser as unknown as { scripting: { executeScript: ReturnType<typeof vi.fn> } }).scripting.executeScript;
  const tabState = (status: string) =>
    vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async (id: number) => ({ id, url: PROFILE, status }) as Awaited<ReturnType<typeof fakeBrowser.tabs.get>>);

  it('a loaded LinkedIn tab whose reader answers is asked once, with nothing injected', async () => {
    tabState('complete');
    sendMessage.mockResolvedValue({ ok: false, error: { code: 'not-profile', message: 'x' } });
    await readProfileInTab(await tabAt(PROFILE), { depth: 'page' });
    expect(executeScript()).not.toHaveBeenCalled();
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });

  it('a tab without a reader gets it injected, then is asked again', async () => {
    tabState('complete');
    sendMessage.mockRejectedValueOnce(new Error('No response'));
    sendMessage.mockResolvedValueOnce({ ok: false, error: { code: 'not-profile', message: 'x' } });
    await readProfileInTab(await tabAt(PROFILE), { depth: 'page' });
    expect(executeScript()).toHaveBeenCalledTimes(1);
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });

  it('a tab still loading is not asked before the reader is injected into its new document', async () => {
    tabState('loading');
    const tabId = await tabAt(PROFILE);
    // The new document finishes loading a moment later.
    setTimeout(() => void fakeBrowser.tabs.onUpdated.trigger(tabId, { status: 'complete' }, { id: tabId, url: PROFILE } as Parameters<typeof fakeBrowser.tabs.onUpdated.trigger>[2]), 20);
    let injectedBeforeAsk = false;
    sendMessage.mockImplementation(async () => {
      injectedBeforeAsk = executeScript().mock.calls.length > 0;
      return { ok: false, error: { code: 'not-profile', message: 'x' } };
    });
    await readProfileInTab(tabId, { depth: 'page' });
    expect(injectedBeforeAsk).toBe(true);
  });

  it('any other failure is page-unreachable, without injecting', async () => {
    tabState('complete');
    sendMessage.mockRejectedValue(new Error('Frame with ID 0 was removed.'));
    await expect(readProfileInTab(await tabAt(PROFILE), { depth: 'page' })).resolves.toMatchObject({ ok: false, error: { code: 'page-unreachable' } });
    expect(executeScript()).not.toHaveBeenCalled();
  });
});
