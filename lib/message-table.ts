// How a receiver declares its messages: one table of verb → { senders, input, handle }. The protocol types that
// senders see (lib/messaging.ts) and the receiver's registration loop (`listen`) are both derived from that table.
import { defineExtensionMessaging } from '@webext-core/messaging';
import { z } from 'zod';
import { classifySender, type SenderInfo, type SenderKind } from '@/lib/sender';

/** Chrome's sender, as the receiver gets it (`documentId` tells one page load of a tab from the next). */
export type MessageSender = SenderInfo & { documentId?: string };

export interface MessageSpec<Schema extends z.ZodType, Output> {
  /** Who may send it (lib/sender.ts decides who a sender is). Keys and vendor reads: our own pages only. */
  senders: readonly SenderKind[];
  /** The message's input as it arrives: parsed before `handle` runs; a message that does not parse is refused. */
  input: Schema;
  /** Runs once the sender is allowed and the input parsed; what it resolves to is the message's answer. */
  handle(input: z.output<Schema>, sender: MessageSender): Promise<Output>;
}

/** Declares one message: the schema's output types `handle`'s input, and `handle`'s result types the answer. */
export function message<Schema extends z.ZodType, Output>(spec: MessageSpec<Schema, Output>): MessageSpec<Schema, Output> {
  return spec;
}

/** No input: the message carries nothing (senders write `sendMessage('verb')`). */
export const noInput = z.undefined();

/** Any receiver's table, seen by the registration loop: every input unknown until its schema has parsed it. */
export type MessageTable = Readonly<Record<string, MessageSpec<z.ZodType, unknown>>>;

/** The @webext-core/messaging protocol map of one or more tables: (what senders pass) => what they get back. */
export type ProtocolOf<Table> = {
  [Verb in keyof Table]: Table[Verb] extends MessageSpec<infer Schema, infer Output> ? (input: z.input<Schema>) => Output : never;
};

/** Thrown back to a sender that is refused (the sender sees only this text): forged, misrouted or malformed. */
export class RefusedMessage extends Error {}

/** Checks the sender, then parses the input, then calls the handler: the order every receiver follows. */
export async function receive<Schema extends z.ZodType, Output>(
  verb: string,
  spec: MessageSpec<Schema, Output>,
  data: unknown,
  sender: MessageSender,
  extensionId?: string,
): Promise<Output> {
  const kind = classifySender(sender, extensionId);
  // Forged or misrouted: say nothing useful back.
  if (!kind || !spec.senders.includes(kind)) throw new RefusedMessage(`${verb}: sender not allowed`);
  const input = spec.input.safeParse(data);
  if (!input.success) throw new RefusedMessage(`${verb}: malformed input (${input.error.issues.length} problem(s))`);
  return spec.handle(input.data, sender);
}

/**
 * The receiving side of the wire. Inputs are `unknown` here on purpose: whatever arrives is untrusted until the
 * verb's schema has parsed it. (Senders use the typed messenger of lib/messaging.ts; the wire format is the same.)
 */
const wire = defineExtensionMessaging<Record<string, (data: unknown) => unknown>>();

/** Registers every verb of a receiver's table, synchronously (a worker woken by a message must find its listener). */
export function listen(table: MessageTable): void {
  for (const [verb, spec] of Object.entries(table)) {
    wire.onMessage(verb, ({ data, sender }) => receive(verb, spec, data, sender));
  }
}
