// Keys are read in the background only: no other file may import lib/secrets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, sourceFiles } from '@/tests/unit/source-files';

describe('the secrets boundary', () => {
  it('lets only the background import lib/secrets', () => {
    const importers = sourceFiles().filter((file) => /from ['"](@\/lib\/secrets|\.\.?\/(\.\.\/)*secrets)['"]/.test(readFileSync(join(REPO_ROOT, file), 'utf8')));
    expect(importers.length).toBeGreaterThan(0);
    for (const file of importers) expect(file).toMatch(/^entrypoints\/background\//);
  });
});
