// What the popup asks for as it opens, all at once: the page's read of the person, the tools and the remembered
// targets. Without this the asks run one after another as components mount (person → save panel → tools → target
// picker → its project list), each a message round trip to the background.
import type { QueryClient } from '@tanstack/react-query';
import { openPanelsQuery, saveDefaultsQuery, tabProfileQuery, targetQuery, targetsQuery, vendorStatusQuery } from '@/lib/queries';

type FindTab = () => Promise<number | null>;

/**
 * Starts every read the popup's first screen needs. Each uses the same query options as the component that shows it,
 * so the component finds the answer (or the ask in flight) under the same key and asks nothing twice. Failures are
 * left to the components (prefetch never throws here): they show them with their own retry.
 */
export async function prefetchPopup(queryClient: QueryClient, findTab: FindTab): Promise<void> {
  const reads: Promise<unknown>[] = [queryClient.prefetchQuery(tabProfileQuery('full', findTab)), queryClient.prefetchQuery(openPanelsQuery())];
  const [page, status, defaults] = await Promise.all([
    queryClient.fetchQuery(tabProfileQuery('page', findTab)).catch(() => null),
    queryClient.fetchQuery(vendorStatusQuery()).catch(() => null),
    queryClient.fetchQuery(saveDefaultsQuery()).catch(() => null),
  ]);
  // The target pickers of the tools set up, only when the tab shows a person: a popup on any other page asks no
  // vendor anything. The first page of targets (no search typed) and the remembered one.
  if (page?.ok && status && defaults) {
    for (const { vendor, configured } of status) {
      if (!configured) continue;
      reads.push(queryClient.prefetchQuery(targetsQuery(vendor, '')));
      const targetId = defaults.targets[vendor]?.targetId ?? null;
      if (targetId !== null) reads.push(queryClient.prefetchQuery(targetQuery(vendor, targetId)));
    }
  }
  await Promise.all(reads);
}
