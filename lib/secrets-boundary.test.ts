// Keys are read in the background only: no other file may import lib/secrets.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');
const SCANNED = ['entrypoints', 'components', 'lib'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the secrets boundary', () => {
  it('lets only the background import lib/secrets', () => {
    const importers = SCANNED.flatMap((d) => sourceFiles(join(ROOT, d)))
      .filter((file) => /from ['"](@\/lib\/secrets|\.\.?\/(\.\.\/)*secrets)['"]/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    expect(importers.length).toBeGreaterThan(0);
    for (const file of importers) expect(file).toMatch(/^entrypoints\/background\//);
  });
});
