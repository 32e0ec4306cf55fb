// The service worker: holds the keys and makes every vendor call. Listeners are registered synchronously at start
// (a worker woken by a message must find them); each message's sender is checked first, then its input
// (lib/message-table.ts `listen`, over the table in messages.ts).
import { defineBackground } from 'wxt/utils/define-background';
import { listen } from '@/lib/message-table';
import { lockStorageToExtensionPages } from '@/lib/secrets';
import { backgroundMessages } from './messages';
import { startButtonScript } from './button-script';
import { startFirstRun } from './first-run';
import { startOneClickTriggers } from './one-click-triggers';
import { startOutbox } from './outbox';

export default defineBackground({
  type: 'module',
  main() {
    void lockStorageToExtensionPages();
    listen(backgroundMessages);
    startFirstRun();
    startOutbox();
    startOneClickTriggers();
    startButtonScript();
  },
});
