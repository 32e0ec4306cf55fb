// The service worker. Issue 2 needs nothing from it yet beyond existing (the popup injects the reader itself);
// vendor calls and keys arrive here with the vendor issues. Listeners must be registered synchronously.
export default defineBackground({
  type: 'module',
  main() {},
});
