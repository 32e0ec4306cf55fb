// Runs only where the real captures are (vitest.config.ts collects *.captures.test.ts when ../shared/linkedin exists):
// no fixture in the repository holds a sentinel string of the real captures (their people's names, ids, addresses).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath, fixturesIndex } from './fixtures-index';

const root = resolve(__dirname, '..', '..');
const sentinelsFile = resolve(root, '..', 'shared', 'linkedin', '.sentinels');

describe('fixtures against the real captures', () => {
  it('contain no sentinel string from the real captures', () => {
    const sentinels = readFileSync(sentinelsFile, 'utf8')
      .split('\n')
      .map((line) => line.trim().toLowerCase())
      .filter((line) => line.length > 0);
    expect(sentinels.length).toBeGreaterThan(0);
    for (const entry of fixturesIndex) {
      const text = readFileSync(join(root, fixturePath(entry.file)), 'utf8').toLowerCase();
      const found = sentinels.filter((sentinel) => text.includes(sentinel));
      expect(found.length, `${entry.file} holds ${found.length} sentinel(s)`).toBe(0);
    }
  });
});
