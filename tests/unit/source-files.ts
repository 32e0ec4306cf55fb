// The extension's own source files, for the unit tests that check a rule across all of them (the secrets boundary,
// vendors named only in their folder): every non-test .ts/.tsx/.html under the given folders, relative to the root.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const REPO_ROOT = join(import.meta.dirname, '..', '..');
export const EXTENSION_SOURCE_DIRS = ['entrypoints', 'components', 'lib'] as const;

export function sourceFiles(dirs: readonly string[] = EXTENSION_SOURCE_DIRS): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(REPO_ROOT, dir), { withFileTypes: true }).flatMap((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return walk(path);
      return /\.(ts|tsx|html)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
    });
  return dirs.flatMap(walk);
}
