// The in-page save button: an unlisted script the background registers for LinkedIn pages only while the option is
// on (entrypoints/background/button-script.ts). Unlisted rather than a WXT content script: WXT's content-script
// wrapper dispatches a "content script started" event on LinkedIn's document, which the page could listen for.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startButton } from './button';

export default defineUnlistedScript(() => startButton());
