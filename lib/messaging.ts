// The senders' side of the protocol. Every message is declared once, in its receiver's table
// (entrypoints/background/messages.ts, entrypoints/linkedin.content/messages.ts); the map below is derived from those
// tables, so `sendMessage('verb', input)` is typed by the verb's schema and its handler's answer. Answers are plain
// data, errors included (never thrown across contexts, except a refusal: sender not allowed or input malformed).
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { backgroundMessages } from '@/entrypoints/background/messages';
import type { readerMessages } from '@/entrypoints/linkedin.content/messages';
import type { ProtocolOf } from '@/lib/message-table';

export type ProtocolMap = ProtocolOf<typeof backgroundMessages & typeof readerMessages>;

export const { sendMessage } = defineExtensionMessaging<ProtocolMap>();
