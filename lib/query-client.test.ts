import { onlineManager } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { createQueryClient } from './query-client';

describe('createQueryClient', () => {
  afterEach(() => onlineManager.setOnline(true));

  it('runs a save (mutation) while the browser is offline: the outbox, not the page, waits for the network', async () => {
    onlineManager.setOnline(false);
    const client = createQueryClient();
    let sent = 0;
    const mutation = client.getMutationCache().build(client, {
      mutationFn: () => {
        sent++;
        return Promise.resolve('queued');
      },
    });
    await expect(mutation.execute(undefined)).resolves.toBe('queued');
    expect(sent).toBe(1);
  });

  it('runs queries offline too, and keeps the page’s own options', async () => {
    onlineManager.setOnline(false);
    const client = createQueryClient({ refetchOnWindowFocus: true });
    await expect(client.fetchQuery({ queryKey: ['jobs'], queryFn: () => Promise.resolve([1]) })).resolves.toEqual([1]);
    expect(client.getDefaultOptions().queries).toMatchObject({ retry: false, refetchOnWindowFocus: true, networkMode: 'always' });
  });
});
