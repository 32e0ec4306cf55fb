import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Checks against the real LinkedIn captures (never in the repository: ../shared/linkedin) run only where they are;
// elsewhere they are not collected at all, rather than reported as skipped.
const HAS_CAPTURES = existsSync(resolve(import.meta.dirname, '..', 'shared', 'linkedin', 'captures'));

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['lib/**/*.test.{ts,tsx}', 'entrypoints/**/*.test.ts', 'entrypoints/**/*.test.tsx', 'components/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/fakes/**/*.test.ts'],
    exclude: [...configDefaults.exclude, ...(HAS_CAPTURES ? [] : ['**/*.captures.test.ts'])],
    environment: 'happy-dom',
    // Saved LinkedIn pages link LinkedIn's stylesheets and scripts: never fetched, and not worth an error line each.
    environmentOptions: {
      happyDOM: {
        settings: {
          disableCSSFileLoading: true,
          disableJavaScriptFileLoading: true,
          disableJavaScriptEvaluation: true,
          handleDisabledFileLoadingAsSuccess: true,
        },
      },
    },
    setupFiles: ['tests/unit/setup-i18n.ts'],
    testTimeout: 20_000,
  },
});
