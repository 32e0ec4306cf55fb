// The service worker: holds the keys and makes every vendor call. Listeners are registered synchronously at start
// (a worker woken by a message must find them); each handler first checks who sent the message, then its input.
import { defineBackground } from 'wxt/utils/define-background';
import { onMessage } from '@/lib/messaging';
import { lockStorageToExtensionPages } from '@/lib/secrets';
import { classifySender } from '@/lib/sender';
import { handlers, type Handler, type Handlers } from './handlers';
import { startButtonScript } from './button-script';
import { startFirstRun } from './first-run';
import { startOneClickTriggers } from './one-click-triggers';
import { startOutbox } from './outbox';

class RefusedMessage extends Error {}

export default defineBackground({
  type: 'module',
  main() {
    void lockStorageToExtensionPages();
    for (const verb of Object.keys(handlers) as (keyof Handlers)[]) {
      const handler = handlers[verb] as unknown as Handler<typeof verb>;
      onMessage(verb, async (message) => {
        const kind = classifySender(message.sender);
        if (!kind || !handler.senders.includes(kind)) {
          // Forged or misrouted: say nothing useful back.
          throw new RefusedMessage(`${verb}: sender not allowed`);
        }
        const input = handler.input.safeParse(message.data);
        if (!input.success) {
          throw new RefusedMessage(`${verb}: malformed input (${input.error.issues.length} problem(s))`);
        }
        // The loop over verbs loses the verb ↔ input correlation for TypeScript; the schema above restores it.
        return handler.handle(input.data as never, message.sender);
      });
    }
    startFirstRun();
    startOutbox();
    startOneClickTriggers();
    startButtonScript();
  },
});
