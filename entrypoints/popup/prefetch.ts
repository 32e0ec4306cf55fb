// What the popup asks for as it opens, all at once: the page's read of the person, the tools and the remembered
// targets. Without this the asks run one after another as components mount (person → save panel → tools → target
// picker → its project list), each a message round trip to the background.
import type { QueryClient } from '@tanstack/react-query';
import { openPanelsQuery, saveDefaultsQuery, seedTargets, tabProfileQuery, targetQuery, targetsQuery, vendorStatusQuery } from '@/lib/queries';

type FindTab = () => Promise<number | null>;

/**
 * A User Timing mark (DevTools' Performance panel shows them; `npm run bench` reads them to say where the popup's time
 * goes): "popup:asked" when the first reads leave, "popup:person" when the page's read answered, "popup:targets" when
 * the target lists are in (the remembered target shows), "popup:stages" when the remembered targets' details are in.
 */
function mark(name: 'asked' | 'person' | 'targets' | 'stages'): void {
  performance.mark(`popup:${name}`);
}

/**
 * Starts every read the popup's first screen needs. Each uses the same query options as the component that shows it,
 * so the component finds the answer (or the ask in flight) under the same key and asks nothing twice. Failures are
 * left to the components (prefetch never throws here): they show them with their own retry.
 */
export async function prefetchPopup(queryClient: QueryClient, findTab: FindTab): Promise<void> {
  mark('asked');
  const reads: Promise<unknown>[] = [queryClient.prefetchQuery(tabProfileQuery('full', findTab)), queryClient.prefetchQuery(openPanelsQuery())];
  const pageRead = queryClient
    .fetchQuery(tabProfileQuery('page', findTab))
    .catch(() => null)
    .finally(() => mark('person'));
  const statusRead = queryClient.fetchQuery(vendorStatusQuery()).catch(() => null);
  const defaultsRead = queryClient.fetchQuery(saveDefaultsQuery()).catch(() => null);
  // While the page reads the person: the background's copy of each tool's targets (it asks no vendor), so the
  // remembered target shows with the person.
  const seeded = Promise.all([statusRead, defaultsRead]).then(([status, defaults]) =>
    Promise.all(
      (status ?? []).filter((s) => s.configured).map((s) => seedTargets(queryClient, s.vendor, defaults?.targets[s.vendor]?.targetId ?? null)),
    ),
  );
  const [page, status, defaults] = await Promise.all([pageRead, statusRead, defaultsRead]);
  // The target pickers of the tools set up, only when the tab shows a person: a popup on any other page asks no
  // vendor anything. The first page of targets (no search typed) and the remembered one, after the copies above are
  // in (an answer is never overwritten by an older copy).
  if (page?.ok && status && defaults) {
    await seeded;
    const lists: Promise<unknown>[] = [];
    const details: Promise<unknown>[] = [];
    for (const { vendor, configured } of status) {
      if (!configured) continue;
      lists.push(queryClient.prefetchQuery(targetsQuery(vendor, '')));
      const targetId = defaults.targets[vendor]?.targetId ?? null;
      if (targetId !== null) details.push(queryClient.prefetchQuery(targetQuery(vendor, targetId)));
    }
    reads.push(Promise.all(lists).then(() => mark('targets')), Promise.all(details).then(() => mark('stages')));
  }
  await Promise.all(reads);
}
