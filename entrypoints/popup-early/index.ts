// The popup's early script: a classic script in the popup's <head>, run while the HTML is still being parsed, before
// the popup's modules load. It starts the popup's first asks (lib/popup/early.ts) and nothing else.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startEarlyAsks } from '@/lib/popup/early';

export default defineUnlistedScript(() => startEarlyAsks());
