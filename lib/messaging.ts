// The one protocol map: every message name exists here and nowhere else.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ReadOutcome } from '@/lib/linkedin/read-outcome';

export interface ProtocolMap {
  /** popup → content script of a LinkedIn tab: read the person on screen now. */
  readProfile(): ReadOutcome;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
