import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { message, noInput, receive, RefusedMessage } from './message-table';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const PAGE = { id: ID, url: `chrome-extension://${ID}/options.html` };
const CONTENT = { id: ID, url: 'https://www.linkedin.com/in/someone/', frameId: 0, tab: { id: 7 } };

describe('receive: sender first, then input, then the handler', () => {
  const handle = vi.fn(async ({ vendor }: { vendor: string }) => ({ asked: vendor }));
  const pagesOnly = message({ senders: ['extension-page'], input: z.strictObject({ vendor: z.string() }), handle });

  it('answers an allowed sender with the handler result for the parsed input', async () => {
    await expect(receive('probe', pagesOnly, { vendor: 'leonar' }, PAGE, ID)).resolves.toEqual({ asked: 'leonar' });
  });
  it('refuses a sender the message does not name, before reading its input', async () => {
    handle.mockClear();
    await expect(receive('probe', pagesOnly, { vendor: 'leonar' }, CONTENT, ID)).rejects.toThrow(RefusedMessage);
    await expect(receive('probe', pagesOnly, { vendor: 'leonar' }, { ...PAGE, id: 'other' }, ID)).rejects.toThrow('sender not allowed');
    expect(handle).not.toHaveBeenCalled();
  });
  it('refuses malformed input, extra fields included, without calling the handler', async () => {
    handle.mockClear();
    await expect(receive('probe', pagesOnly, { vendor: 1 }, PAGE, ID)).rejects.toThrow('malformed input');
    await expect(receive('probe', pagesOnly, { vendor: 'x', host: 'evil.example' }, PAGE, ID)).rejects.toThrow('malformed input');
    expect(handle).not.toHaveBeenCalled();
  });
  it('gives the handler Chrome’s sender (the one-click verbs take their tab from it)', async () => {
    const tabOf = message({ senders: ['linkedin-content'], input: noInput, handle: async (_input, sender) => sender.tab?.id });
    await expect(receive('probe', tabOf, undefined, CONTENT, ID)).resolves.toBe(7);
    await expect(receive('probe', tabOf, { tabId: 1 }, CONTENT, ID)).rejects.toThrow('malformed input');
  });
});
