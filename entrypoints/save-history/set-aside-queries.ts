// The history page's queries about what the outbox set aside: the one place their key is spelled. The list follows
// storage (the background rewrites it when it sets something aside or puts it back).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { sendMessage } from '@/lib/messaging';
import { watchSetAside } from '@/lib/outbox/store';

const SET_ASIDE_KEY = ['history-set-aside'] as const;

export function useSetAside() {
  const queryClient = useQueryClient();
  useEffect(() => watchSetAside(() => void queryClient.invalidateQueries({ queryKey: SET_ASIDE_KEY })), [queryClient]);
  return useQuery({ queryKey: SET_ASIDE_KEY, queryFn: () => sendMessage('listSetAside', undefined) });
}

/** Downloads the entry's raw JSON; resolves false when the entry is gone. */
export function useExportSetAside() {
  return useMutation({
    mutationFn: async (id: string) => {
      const file = await sendMessage('exportSetAside', { id });
      if (!file) return false;
      download(file.fileName, file.json);
      return true;
    },
  });
}

export function useResendSetAside() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => sendMessage('resendSetAside', { id }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: SET_ASIDE_KEY }),
  });
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
