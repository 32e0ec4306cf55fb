// The popup's first asks: the remembered target and the first page of targets go out once the page's read shows a
// person, and no vendor is asked on any other page.
import { QueryClient } from '@tanstack/react-query';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const asked: string[] = [];
/** The full read never answers in these tests; the page's read answers what `pageAnswer` says. */
const never = new Promise<never>(() => undefined);
let pageAnswer: { ok: boolean } = { ok: true };

vi.mock('@/lib/queries', () => ({
  tabProfileQuery: (depth: string) => ({
    queryKey: ['tab-profile', depth],
    queryFn: () => (asked.push(`read:${depth}`), depth === 'page' ? Promise.resolve(pageAnswer) : never),
  }),
  openPanelsQuery: () => ({ queryKey: ['open-panels'], queryFn: async () => ({}) }),
  vendorStatusQuery: () => ({
    queryKey: ['vendor-status'],
    queryFn: async () => [
      { vendor: 'leonar', configured: true },
      { vendor: 'stardex', configured: true },
      { vendor: 'collective', configured: false },
    ],
  }),
  saveDefaultsQuery: () => ({
    queryKey: ['save-defaults'],
    queryFn: async () => ({ vendors: ['leonar', 'stardex'], targets: { leonar: { targetId: 'p-backend', stageId: null } } }),
  }),
  targetsQuery: (vendor: string, q: string) => ({ queryKey: ['targets', vendor, q], queryFn: async () => (asked.push(`targets:${vendor}`), []) }),
  targetQuery: (vendor: string, id: string) => ({ queryKey: ['target', vendor, id], queryFn: async () => (asked.push(`target:${vendor}:${id}`), null) }),
}));

const { prefetchPopup } = await import('./prefetch');

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
  await new Promise((r) => setTimeout(r, 0));
}

beforeEach(() => {
  asked.length = 0;
  pageAnswer = { ok: true };
});

describe('prefetchPopup', () => {
  it('starts both reads at once, and once the page shows a person asks every set-up tool for its targets and the remembered one', async () => {
    void prefetchPopup(new QueryClient(), async () => 7);
    await settle();
    expect(asked.slice(0, 2).sort()).toEqual(['read:full', 'read:page']);
    expect(asked).toEqual(expect.arrayContaining(['targets:leonar', 'target:leonar:p-backend', 'targets:stardex']));
    expect(asked.some((a) => a.includes('collective'))).toBe(false);
  });

  it('when the page shows nobody (sign-in wall, not a profile), asks no vendor anything', async () => {
    pageAnswer = { ok: false };
    void prefetchPopup(new QueryClient(), async () => 7);
    await settle();
    expect(asked.filter((a) => a.startsWith('target'))).toEqual([]);
  });
});
