import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['lib/**/*.test.{ts,tsx}', 'entrypoints/**/*.test.ts', 'entrypoints/**/*.test.tsx', 'components/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/fakes/**/*.test.ts'],
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
