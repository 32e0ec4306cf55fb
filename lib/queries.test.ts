import type { QueryKey } from '@tanstack/react-query';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { appError } from '@/lib/errors';
import { createQueryClient } from '@/lib/query-client';
import { saveDefaults } from '@/lib/storage';
import { sampleProfile } from '@/lib/vendors/leonar/sample-profile';

const sendMessage = vi.fn();
vi.mock('@/lib/messaging', () => ({ sendMessage: (...args: unknown[]) => sendMessage(...args) }));

const {
  appErrorOf,
  historyJobsQuery,
  invalidate,
  loadAllSectionsMutation,
  lookupQuery,
  personJobsQuery,
  queryKeys,
  retryJobMutation,
  seedTargets,
  setAsideQuery,
  resendSetAsideMutation,
  saveDefaultsQuery,
  saveProfileMutation,
  setVendorSettingsMutation,
  shortcutQuery,
  staleAfter,
  tabListQuery,
  tabProfileQuery,
  targetQuery,
  targetsQuery,
  vendorStatusQuery,
} = await import('./queries');

const noTab = () => Promise.resolve(null);
const profile = sampleProfile();
const other = sampleProfile({ profileUrl: 'https://www.linkedin.com/in/someone-else/' });

/** One query of every factory, with the keys as pages use them. */
function everyKey(): QueryKey[] {
  return [
    vendorStatusQuery().queryKey,
    saveDefaultsQuery().queryKey,
    shortcutQuery('save-profile').queryKey,
    historyJobsQuery().queryKey,
    personJobsQuery(profile.profileUrl).queryKey,
    personJobsQuery(other.profileUrl).queryKey,
    setAsideQuery().queryKey,
    targetsQuery('leonar', '').queryKey,
    targetsQuery('leonar', 'backend').queryKey,
    targetsQuery('stardex', '').queryKey,
    targetQuery('leonar', 'p1').queryKey,
    targetQuery('leonar', null).queryKey,
    lookupQuery('leonar', profile, 'p1').queryKey,
    lookupQuery('leonar', profile, null).queryKey,
    lookupQuery('stardex', profile, null).queryKey,
    lookupQuery('leonar', other, 'p1').queryKey,
    tabProfileQuery('page', noTab).queryKey,
    tabProfileQuery('full', noTab).queryKey,
    tabListQuery(noTab).queryKey,
  ];
}

/** Seeds a client with data under every key; returns which keys a function made stale. */
async function staleKeysAfter(run: (client: ReturnType<typeof createQueryClient>) => Promise<unknown>): Promise<string[]> {
  const client = createQueryClient();
  for (const key of everyKey()) client.setQueryData(key, 'cached');
  await run(client);
  return everyKey()
    .filter((key) => client.getQueryState(key)?.isInvalidated)
    .map((key) => JSON.stringify(key));
}

const json = (keys: QueryKey[]) => keys.map((k) => JSON.stringify(k));

describe('query keys', () => {
  it('are the same for the same arguments (a page opened twice shares its cache)', () => {
    expect(everyKey()).toEqual(everyKey());
  });
  it('differ for different queries and arguments', () => {
    const keys = json(everyKey());
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('group families under one prefix (invalidating a family reaches each member)', () => {
    expect(personJobsQuery(profile.profileUrl).queryKey.slice(0, 1)).toEqual(queryKeys.jobs.all());
    expect(historyJobsQuery().queryKey.slice(0, 1)).toEqual(queryKeys.jobs.all());
    expect(lookupQuery('leonar', profile, 'p1').queryKey.slice(0, 3)).toEqual(queryKeys.lookup.person('leonar', profile.profileUrl));
  });
});

describe('query functions', () => {
  beforeEach(() => sendMessage.mockReset());

  it('send their message and give the value of an ok answer', async () => {
    sendMessage.mockResolvedValue({ ok: true, value: [{ id: 'p1', name: 'Backend' }] });
    const client = createQueryClient();
    await expect(client.fetchQuery(targetsQuery('leonar', 'back'))).resolves.toEqual([{ id: 'p1', name: 'Backend' }]);
    expect(sendMessage).toHaveBeenCalledWith('listTargets', { vendor: 'leonar', query: 'back' });
  });
  it('throw a failed answer, whose AppError the page gets back with appErrorOf', async () => {
    const error = appError('vendor-auth', 'bad key', { vendor: 'leonar', status: 401 });
    sendMessage.mockResolvedValue({ ok: false, error });
    const client = createQueryClient();
    const failure = await client.fetchQuery(lookupQuery('leonar', profile, null)).catch((err: unknown) => err);
    expect(appErrorOf(failure)).toEqual(error);
    expect(client.getQueryData(lookupQuery('leonar', profile, null).queryKey)).toBeUndefined();
  });
  it('never ask for a target while none is chosen', () => {
    expect(targetQuery('leonar', null).enabled).toBe(false);
    expect(targetQuery('leonar', 'p1').enabled).toBe(true);
  });
  it('read the tab the page is about, and say so when there is none', async () => {
    const client = createQueryClient();
    await expect(client.fetchQuery(tabProfileQuery('page', noTab))).resolves.toMatchObject({ ok: false, error: { code: 'no-tab' }, tabId: null });
  });
  it('read the list the tab shows under its own key, and say so when there is no tab', async () => {
    expect(tabListQuery(noTab).queryKey).toEqual(queryKeys.tabList());
    expect(tabListQuery(noTab).queryKey).not.toEqual(tabProfileQuery('page', noTab).queryKey);
    const client = createQueryClient();
    await expect(client.fetchQuery(tabListQuery(noTab))).resolves.toEqual({ ok: false, error: { code: 'no-tab', message: 'No active tab' }, tabId: null });
  });
  it('turn anything else thrown into an internal AppError', () => {
    expect(appErrorOf(new Error('no receiver'))).toMatchObject({ code: 'internal', message: 'no receiver' });
  });
});

describe('what a mutation makes stale', () => {
  beforeEach(() => sendMessage.mockReset());

  it('saving a vendor’s settings refreshes the vendor status only, refused or not', async () => {
    for (const answer of [{ ok: true, value: {} }, { ok: false, error: appError('invalid-settings', 'x') }]) {
      sendMessage.mockResolvedValue(answer);
      const stale = await staleKeysAfter((client) =>
        client.getMutationCache().build(client, setVendorSettingsMutation(client, 'leonar')).execute({ apiKey: 'k' }).catch(() => null),
      );
      expect(stale).toEqual(json([vendorStatusQuery().queryKey]));
    }
    expect(sendMessage).toHaveBeenCalledWith('setVendorSettings', { vendor: 'leonar', settings: { apiKey: 'k' } });
  });
  it('saving a person refreshes every job list, nothing else', async () => {
    const stale = await staleKeysAfter((client) => invalidate(client, staleAfter.saveProfile()));
    expect(stale.sort()).toEqual(
      json([historyJobsQuery().queryKey, personJobsQuery(profile.profileUrl).queryKey, personJobsQuery(other.profileUrl).queryKey]).sort(),
    );
  });
  it('a person’s save remembers the chosen tools and targets (an unticked tool keeps its own), queues, and refreshes the job lists', async () => {
    await saveDefaults.setValue({ vendors: ['leonar', 'stardex'], targets: { stardex: { targetId: 'job-9', stageId: null } } });
    sendMessage.mockResolvedValue([]);
    const request = { vendor: 'leonar' as const, targetId: 'p1', stageId: 's1', note: null, contacts: { emails: [], phones: [] }, atsUrls: [], options: {} };
    const stale = await staleKeysAfter((client) => client.getMutationCache().build(client, saveProfileMutation(client)).execute({ profile, requests: [request] }));
    expect(sendMessage).toHaveBeenCalledWith('saveProfile', { profile, requests: [request] });
    expect(await saveDefaults.getValue()).toEqual({
      vendors: ['leonar'],
      targets: { stardex: { targetId: 'job-9', stageId: null }, leonar: { targetId: 'p1', stageId: 's1' } },
    });
    expect(stale.sort()).toEqual(
      json([historyJobsQuery().queryKey, personJobsQuery(profile.profileUrl).queryKey, personJobsQuery(other.profileUrl).queryKey]).sort(),
    );
  });
  it('a saved job refreshes that person’s lookups at that vendor, whatever the target, and nothing else', async () => {
    const stale = await staleKeysAfter((client) => invalidate(client, staleAfter.jobDone('leonar', profile.profileUrl)));
    expect(stale.sort()).toEqual(json([lookupQuery('leonar', profile, 'p1').queryKey, lookupQuery('leonar', profile, null).queryKey]).sort());
  });
  it('loading all sections makes both reads of the tab stale, and only them', async () => {
    const stale = await staleKeysAfter((client) => client.getMutationCache().build(client, loadAllSectionsMutation(client, noTab)).execute());
    expect(stale.sort()).toEqual(json([tabProfileQuery('page', noTab).queryKey, tabProfileQuery('full', noTab).queryKey]).sort());
  });
  it('re-sending a job refreshes the job lists; re-sending a set-aside entry also refreshes Needs attention', async () => {
    sendMessage.mockResolvedValue({ ok: true, value: {} });
    const jobs = json([historyJobsQuery().queryKey, personJobsQuery(profile.profileUrl).queryKey, personJobsQuery(other.profileUrl).queryKey]);
    const afterRetry = await staleKeysAfter((client) => client.getMutationCache().build(client, retryJobMutation(client)).execute('j1'));
    expect(afterRetry.sort()).toEqual([...jobs].sort());
    sendMessage.mockResolvedValue({ kind: 'sent' });
    const afterResend = await staleKeysAfter((client) => client.getMutationCache().build(client, resendSetAsideMutation(client)).execute('a1'));
    expect(afterResend.sort()).toEqual([...jobs, JSON.stringify(setAsideQuery().queryKey)].sort());
  });
});

describe('seedTargets', () => {
  const LIST = [{ id: 'p1', name: 'Backend Engineers', detail: null }];
  const DETAIL = { id: 'p1', name: 'Backend Engineers', stages: [], landingStage: null };
  beforeEach(() => sendMessage.mockReset());

  it("puts the background's copies under the pickers' keys, as stale, so the first use asks again", async () => {
    const client = createQueryClient();
    sendMessage.mockResolvedValueOnce({ ok: true, value: { list: LIST, detail: DETAIL } });
    await seedTargets(client, 'leonar', 'p1');
    expect(sendMessage).toHaveBeenCalledWith('cachedTargets', { vendor: 'leonar', targetId: 'p1' });
    expect(client.getQueryData(targetsQuery('leonar', '').queryKey)).toEqual(LIST);
    expect(client.getQueryData(targetQuery('leonar', 'p1').queryKey)).toEqual(DETAIL);
    expect(client.getQueryState(targetsQuery('leonar', '').queryKey)?.dataUpdatedAt).toBe(0);
  });

  it('never replaces an answer already there, and puts nothing when the background holds nothing or fails', async () => {
    const client = createQueryClient();
    const fresh = [{ id: 'p2', name: 'Designers', detail: null }];
    client.setQueryData(targetsQuery('leonar', '').queryKey, fresh);
    sendMessage.mockResolvedValueOnce({ ok: true, value: { list: LIST, detail: null } });
    await seedTargets(client, 'leonar', 'p1');
    expect(client.getQueryData(targetsQuery('leonar', '').queryKey)).toEqual(fresh);
    expect(client.getQueryData(targetQuery('leonar', 'p1').queryKey)).toBeUndefined();

    sendMessage.mockResolvedValueOnce({ ok: false, error: appError('not-configured', 'no key') });
    await seedTargets(client, 'stardex', 'j1');
    sendMessage.mockRejectedValueOnce(new Error('Could not establish connection'));
    await expect(seedTargets(client, 'stardex', 'j1')).resolves.toBeUndefined();
    expect(client.getQueryData(targetsQuery('stardex', '').queryKey)).toBeUndefined();
  });
});
