import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileSchema } from '@/lib/profile/profile';
import { fixturePath, fixtureText, fixturesIndex, loadFixtureIndex } from './fixtures-index';

const root = resolve(__dirname, '..', '..');

describe('fixtures index', () => {
  it('lists every fixture once, and each file exists', () => {
    const files = fixturesIndex.map((entry) => entry.file);
    expect(new Set(files).size).toBe(files.length);
    expect(files.length).toBeGreaterThanOrEqual(11);
    for (const file of files) expect(existsSync(join(root, fixturePath(file))), file).toBe(true);
  });

  it('gives each fixture’s text, as many bytes as the index says', () => {
    const entries = loadFixtureIndex();
    expect(entries.map((entry) => entry.file)).toEqual(fixturesIndex.map((entry) => entry.file));
    for (const entry of entries) expect(Buffer.byteLength(fixtureText(entry.file)), entry.file).toBe(entry.bytes);
  });

  it('marks search and Sales Navigator pages as not profiles, with no expected Profile', () => {
    for (const entry of fixturesIndex) {
      const readable = entry.kind === 'profile' || entry.kind === 'details' || entry.kind === 'voyager-json';
      expect(entry.notProfile !== undefined, entry.file).toBe(!readable);
      if (!readable) expect(entry.expected, entry.file).toBeNull();
    }
  });

  it('has expected files that are valid Profiles for the URL the index gives', () => {
    for (const entry of fixturesIndex) {
      if (entry.expected === null) continue;
      const path = join(root, fixturePath(entry.expected));
      expect(existsSync(path), entry.expected).toBe(true);
      const profile = profileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
      const vanity = /\/in\/([^/?#]+)/.exec(entry.url)?.[1];
      expect(profile.publicIdentifier, entry.file).toBe(vanity);
      expect(profile.profileUrl, entry.file).toBe(`https://www.linkedin.com/in/${vanity}/`);
      expect(profile.warnings, entry.file).toEqual([]);
    }
  });

  it('pairs the Voyager JSON with the 2026 page of the same invented person', () => {
    const pairs = fixturesIndex.filter((entry) => entry.pairedWith !== undefined);
    expect(pairs.length).toBeGreaterThanOrEqual(2);
    for (const entry of pairs) {
      const other = fixturesIndex.find((candidate) => candidate.file === entry.pairedWith);
      expect(other?.pairedWith, entry.file).toBe(entry.file);
      expect(other?.url, entry.file).toBe(entry.url);
    }
  });
});
