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
    expect(client.getDefaultOptions().queries).toMatchObject({ refetchOnWindowFocus: true, networkMode: 'always' });
  });

  it('asks a read again when the worker was stopping as the page asked (the history opened right after an update)', async () => {
    const client = createQueryClient();
    let asked = 0;
    const queryFn = () => {
      asked++;
      return asked === 1 ? Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')) : Promise.resolve(['set aside']);
    };
    await expect(client.fetchQuery({ queryKey: ['set-aside'], queryFn, retry: client.getDefaultOptions().queries?.retry })).resolves.toEqual(['set aside']);
    expect(asked).toBe(2);
  });

  it('never asks again after any other error, nor more than twice after the worker was gone', async () => {
    const client = createQueryClient();
    let asked = 0;
    const fail = (message: string) => () => {
      asked++;
      return Promise.reject(new Error(message));
    };
    const retry = client.getDefaultOptions().queries?.retry;
    await expect(client.fetchQuery({ queryKey: ['a'], queryFn: fail('Leonar answered 500'), retry })).rejects.toThrow('500');
    expect(asked).toBe(1);
    asked = 0;
    await expect(client.fetchQuery({ queryKey: ['b'], queryFn: fail('The message port closed before a response was received.'), retry })).rejects.toThrow('port closed');
    expect(asked).toBe(3);
  });
});
