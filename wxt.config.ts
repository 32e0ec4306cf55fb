import { defineConfig } from 'wxt';
import tailwindcss from '@tailwindcss/vite';

// The vendor API origins and LinkedIn are the only hosts the extension talks to.
export const VENDOR_ORIGINS = [
  'https://app.leonar.app/*',
  'https://api.stardex.ai/*',
  'https://api.collective.work/*',
] as const;
export const LINKEDIN_ORIGINS = ['https://www.linkedin.com/*'] as const;

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  srcDir: '.',
  // Explicit imports everywhere: a reader of any file sees where each name comes from.
  imports: false,
  outDir: '.output',
  vite: () => ({
    plugins: [tailwindcss()],
  }),
  manifest: {
    // Chrome shows the name and description in the browser's language (locales/<lang>.yml).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Tailwind 4's CSS (cascade layers, color-mix, @property) needs Chrome 111; the sender's documentId is 106.
    minimum_chrome_version: '111',
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'alarms', 'contextMenus'],
    host_permissions: [...LINKEDIN_ORIGINS, ...VENDOR_ORIGINS],
    // One-click save from the keyboard; users change the keys at chrome://extensions/shortcuts.
    commands: {
      'save-profile': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_oneClick_command__',
      },
    },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'",
    },
  },
});
