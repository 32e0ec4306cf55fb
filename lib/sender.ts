// The only code that decides who sent a message. Every background handler names the senders it accepts.
import { browser } from 'wxt/browser';

/** The parts of chrome.runtime.MessageSender we judge by. */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

export const SENDER_KINDS = ['extension-page', 'linkedin-content'] as const;
export type SenderKind = (typeof SENDER_KINDS)[number];

/** Classifies a sender, or null when it is nobody we talk to. */
export function classifySender(sender: SenderInfo, extensionId: string = browser.runtime.id): SenderKind | null {
  if (sender.id !== extensionId) return null; // another extension or a web page (externally_connectable is off anyway)
  const url = safeUrl(sender.url);
  if (!url) return null;
  if (url.protocol === 'chrome-extension:' && url.host === extensionId) return 'extension-page';
  // Our content script in LinkedIn's top frame. Its world is shared with a page we do not control, so it gets only
  // the verbs that cannot reveal a key or reach an arbitrary host.
  if (url.protocol === 'https:' && url.hostname === 'www.linkedin.com' && sender.frameId === 0 && sender.tab?.id !== undefined) {
    return 'linkedin-content';
  }
  return null;
}

function safeUrl(value: string | undefined): URL | null {
  if (!value) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}
