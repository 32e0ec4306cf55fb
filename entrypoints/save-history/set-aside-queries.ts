// The history page's hooks about what the outbox set aside (their key and messages: lib/queries.ts). The list follows
// storage (the background rewrites it when it sets something aside or puts it back).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { watchSetAside } from '@/lib/outbox/store';
import { exportSetAsideMutation, invalidate, queryKeys, resendSetAsideMutation, setAsideQuery } from '@/lib/queries';

export function useSetAside() {
  const queryClient = useQueryClient();
  useEffect(() => watchSetAside(() => void invalidate(queryClient, [queryKeys.setAside()])), [queryClient]);
  return useQuery(setAsideQuery());
}

/** Downloads the entry's raw JSON (nothing when the entry is gone). */
export function useExportSetAside() {
  return useMutation({
    ...exportSetAsideMutation(),
    onSuccess: (file) => {
      if (file) download(file.fileName, file.json);
    },
  });
}

export function useResendSetAside() {
  const queryClient = useQueryClient();
  return useMutation(resendSetAsideMutation(queryClient));
}

function download(fileName: string, json: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
