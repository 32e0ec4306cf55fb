// readListInTab: the reader is injected as for a profile, and its answer is parsed; nothing it answers is thrown.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const sendMessage = vi.fn();
vi.mock('@/lib/messaging', () => ({ sendMessage: (...args: unknown[]) => sendMessage(...args) }));

const { readListInTab } = await import('./read-tab');

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
