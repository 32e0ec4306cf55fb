// Which of the popup's disclosures (each tool's "More", "Emails and phones") the user left open: the next popup opens
// them again. Not secret, small, per browser.
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

export const openPanelsSchema = z.record(z.string(), z.boolean());
export type OpenPanels = z.infer<typeof openPanelsSchema>;

export const openPanels = storage.defineItem<OpenPanels>('local:popup-open-panels', { fallback: {}, version: 1 });

/** What storage holds, or nothing open when it holds something else (an older or damaged value). */
export async function readOpenPanels(): Promise<OpenPanels> {
  const parsed = openPanelsSchema.safeParse(await openPanels.getValue());
  return parsed.success ? parsed.data : {};
}

export async function rememberPanel(id: string, open: boolean): Promise<OpenPanels> {
  const next = { ...(await readOpenPanels()), [id]: open };
  await openPanels.setValue(next);
  return next;
}
