import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'wxt';
import tailwindcss from '@tailwindcss/vite';

export const LINKEDIN_ORIGINS = ['https://www.linkedin.com/*'] as const;

/**
 * The vendor API origins: each vendor folder's meta.ts (a file with no imports, so this config can load it) names its
 * hosts. The registry (lib/vendors/index.ts) is the list of vendors; lib/manifest.test.ts checks both agree.
 */
async function vendorOrigins(): Promise<string[]> {
  const root = join(import.meta.dirname, 'lib', 'vendors');
  const hosts: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const file = join(root, entry.name, 'meta.ts');
    if (!entry.isDirectory() || !existsSync(file)) continue;
    const { meta } = (await import(file)) as { meta: { hosts: readonly string[] } };
    hosts.push(...meta.hosts);
  }
  return hosts.sort();
}

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  srcDir: '.',
  // Explicit imports everywhere: a reader of any file sees where each name comes from.
  imports: false,
  outDir: '.output',
  vite: () => ({
    plugins: [tailwindcss()],
  }),
  manifest: async () => ({
    // Chrome shows the name and description in the browser's language (locales/<lang>.yml).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Tailwind 4's CSS (cascade layers, color-mix, @property) needs Chrome 111; the sender's documentId is 106.
    minimum_chrome_version: '111',
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'alarms', 'contextMenus'],
    host_permissions: [...LINKEDIN_ORIGINS, ...(await vendorOrigins())],
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
  }),
});
