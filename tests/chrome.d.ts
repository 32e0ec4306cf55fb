// `chrome` as seen by code that Playwright runs inside the extension (sw.evaluate / popup.evaluate).
// Declared for the test harness only; the extension's own code uses `browser` from wxt/browser.
declare const chrome: typeof import('@wxt-dev/browser').Browser;
