import type { ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { rememberPanel } from '@/lib/popup/open-panels';
import { openPanelsQuery } from '@/lib/queries';

/**
 * A `<details>` whose open state outlives the popup. Its content is rendered only while open, so what it needs (a
 * vendor's own fields, loaded on demand) is fetched the first time it is opened, not at every popup.
 */
export function Disclosure(props: { id: string; summary: string; testId: string; children: () => ReactNode; className?: string }) {
  const queryClient = useQueryClient();
  const panels = useQuery(openPanelsQuery());
  // Until the remembered state is read (a few ms), nothing: a click then could be undone by the late read.
  if (!panels.data) return null;
  const open = panels.data[props.id] ?? false;
  return (
    <details
      data-testid={props.testId}
      open={open}
      onToggle={(e) => {
        const next = e.currentTarget.open;
        if (next === open) return;
        queryClient.setQueryData(openPanelsQuery().queryKey, (old) => ({ ...old, [props.id]: next }));
        void rememberPanel(props.id, next);
      }}
      className={props.className}
    >
      <summary className="cursor-pointer select-none rounded text-xs text-slate-600 focus-visible:outline-2 focus-visible:outline-blue-600 dark:text-slate-400">
        {props.summary}
      </summary>
      {open && <div className="mt-1 space-y-2">{props.children()}</div>}
    </details>
  );
}
