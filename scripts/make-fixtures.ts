// `npm run fixtures [-- --captures <dir>]`: turns the real LinkedIn captures (kept outside the repository) into the
// anonymised fixtures under tests/fixtures, writes tests/fixtures/index.json, then checks that nothing real survived.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  Anonymiser,
  KEPT_WORDS,
  anonymiseHtml,
  anonymiseJsonDocument,
  anonymiseTokens,
  decodeVanity,
  findMemberIds,
  findNumericMemberIds,
  findVanities,
  sweepWords,
} from './anonymise';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fixturesDir = join(projectRoot, 'tests', 'fixtures');

type FixtureKind = 'profile' | 'details' | 'search' | 'sales-navigator' | 'voyager-json';
type FixtureLayout =
  | 'ember-2022'
  | 'ember-2024'
  | 'ember-2025'
  | 'sdui-2026'
  | 'public-2024'
  | 'public-2016'
  | 'salesnav-2019'
  | 'voyager';

/** Where the page's own vanity is found in the capture (to write the anonymised page URL). */
type UrlSource =
  | { from: 'details-links'; path: string }
  | { from: 'canonical' }
  | { from: 'json-identifier'; path: string }
  | { from: 'verification-ref'; path: string }
  | { from: 'sales-profile' }
  | { from: 'fixed'; url: string }
  | { from: 'same-as'; file: string; path: string };

interface CaptureSpec {
  /** The capture's number prefix (`02-…`): captures are matched by number only. */
  number: string;
  file: string;
  kind: FixtureKind;
  layout: FixtureLayout;
  url: UrlSource;
  expected: boolean;
  expectedWarnings: string[];
  notProfile?: 'search' | 'sales-navigator';
  pairedWith?: string;
  samePersonAs?: string;
}

const SPECS: readonly CaptureSpec[] = [
  { number: '02', file: 'ember-2022-profile.html', kind: 'profile', layout: 'ember-2022', url: { from: 'details-links', path: '' }, expected: true, expectedWarnings: ['section-truncated'], samePersonAs: 'ember-2022-details-experience.html' },
  { number: '03', file: 'ember-2022-details-experience.html', kind: 'details', layout: 'ember-2022', url: { from: 'same-as', file: 'ember-2022-profile.html', path: 'details/experience/' }, expected: true, expectedWarnings: [], samePersonAs: 'ember-2022-profile.html' },
  { number: '05', file: 'ember-2024-profile.html', kind: 'profile', layout: 'ember-2024', url: { from: 'details-links', path: '' }, expected: true, expectedWarnings: ['section-truncated'], samePersonAs: 'public-2024-jsonld.html' },
  { number: '07', file: 'public-2024-jsonld.html', kind: 'profile', layout: 'public-2024', url: { from: 'canonical' }, expected: true, expectedWarnings: [], samePersonAs: 'ember-2024-profile.html' },
  { number: '09', file: 'ember-2025-profile.html', kind: 'profile', layout: 'ember-2025', url: { from: 'details-links', path: '' }, expected: true, expectedWarnings: ['section-truncated'] },
  { number: '11', file: 'search-2025.html', kind: 'search', layout: 'ember-2025', url: { from: 'fixed', url: 'https://www.linkedin.com/search/results/people/?network=%5B%22F%22%5D&origin=FACETED_SEARCH' }, expected: false, expectedWarnings: [], notProfile: 'search' },
  { number: '12', file: 'voyager-2025-dash-profile.json', kind: 'voyager-json', layout: 'voyager', url: { from: 'json-identifier', path: '' }, expected: true, expectedWarnings: [], pairedWith: 'sdui-2026-profile.html' },
  { number: '14', file: 'salesnav-2019-lead.html', kind: 'sales-navigator', layout: 'salesnav-2019', url: { from: 'sales-profile' }, expected: false, expectedWarnings: [], notProfile: 'sales-navigator' },
  { number: '15', file: 'public-2016-profile.html', kind: 'profile', layout: 'public-2016', url: { from: 'canonical' }, expected: true, expectedWarnings: [] },
  { number: '16', file: 'sdui-2026-profile.html', kind: 'profile', layout: 'sdui-2026', url: { from: 'verification-ref', path: '' }, expected: true, expectedWarnings: [], pairedWith: 'voyager-2025-dash-profile.json' },
  { number: '17', file: 'sdui-2026-grouped-roles.html', kind: 'profile', layout: 'sdui-2026', url: { from: 'details-links', path: '' }, expected: true, expectedWarnings: ['section-truncated'] },
];

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  const value = index >= 0 ? process.argv[index + 1] : undefined;
  return value ?? fallback;
}

function fail(message: string): never {
  console.error(`make-fixtures: ${message}`);
  process.exit(1);
}

function expectedName(spec: CaptureSpec): string {
  return spec.file.replace(/\.(html|json)$/, '.expected.json');
}

function mostFrequent(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return Array.from(counts.entries()).sort((a, b) => b[1] - a[1])[0]?.[0];
}

const inputsByFile = new Map<string, { spec: CaptureSpec; content: string }>();

/** The page URL as it was, in the capture's own (real) tokens; mapped afterwards. */
function realPageUrl(spec: CaptureSpec, content: string): { url: string; vanity?: string } {
  const source = spec.url;
  const profileUrl = (vanity: string, path: string) => ({ url: `https://www.linkedin.com/in/${vanity}/${path}`, vanity });
  switch (source.from) {
    case 'fixed':
      return { url: source.url };
    case 'same-as': {
      const other = inputsByFile.get(source.file);
      if (!other) fail(`capture ${spec.number}: ${source.file} is not a known fixture`);
      const vanity = realPageUrl(other.spec, other.content).vanity;
      if (!vanity) fail(`capture ${spec.number}: ${source.file} names no vanity`);
      return profileUrl(vanity, source.path);
    }
    case 'details-links': {
      const vanity = mostFrequent(Array.from(content.matchAll(/\/in\/([^/?#"'\s<>&\\]+)\/details\//g), (m) => m[1] ?? ''));
      if (!vanity) fail(`capture ${spec.number}: no /details/ link to find the page's vanity`);
      return profileUrl(decodeVanity(vanity), source.path);
    }
    case 'json-identifier': {
      const identifiers = Array.from(content.matchAll(/"publicIdentifier"\s*:\s*"([^"]+)"/g), (m) => m[1] ?? '');
      // Pages embed the viewer too; the viewed member is the identifier the page's own JSON names last.
      const vanity = spec.kind === 'voyager-json' ? identifiers[0] : identifiers[identifiers.length - 1];
      if (!vanity) fail(`capture ${spec.number}: no publicIdentifier`);
      return profileUrl(vanity, source.path);
    }
    case 'verification-ref': {
      const vanity = /ProfileVerificationTriggerRef-([^"']+)["']/.exec(content)?.[1];
      if (!vanity) fail(`capture ${spec.number}: no verification componentkey`);
      return profileUrl(decodeVanity(vanity), source.path);
    }
    case 'canonical': {
      const href = /<link[^>]*rel="canonical"[^>]*href="([^"]+)"/.exec(content)?.[1];
      const match = href ? /^(https:\/\/[a-z]+\.linkedin\.com\/in\/)([^/?#]+)/.exec(href) : null;
      if (!match?.[1] || !match[2]) fail(`capture ${spec.number}: no canonical profile link`);
      return { url: `${match[1]}${decodeVanity(match[2])}`, vanity: decodeVanity(match[2]) };
    }
    case 'sales-profile': {
      const match = /salesApiProfiles\/\(profileId:(AC[A-Za-z0-9_-]+),authType:([A-Z_]+),authToken:([A-Za-z0-9_-]+)\)/.exec(content);
      if (!match) fail(`capture ${spec.number}: no salesApiProfiles request`);
      return { url: `https://www.linkedin.com/sales/people/${match[1]},${match[2]},${match[3]}` };
    }
  }
}

function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, ' ').replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/\s+/g, ' ').trim();
}

/** False for UI phrases ("Sales Navigator", "Search") that are made of kept words only. */
function isMeaningful(phrase: string): boolean {
  return phrase.split(/\s+/).some((w) => w.length > 0 && !KEPT_WORDS.has(w.toLowerCase()));
}

/** Names the capture shows for people (h1, title, JSON names): none may survive in any fixture. */
function extractNames(content: string): { phrases: string[]; words: string[] } {
  const phrases = new Set<string>();
  const words = new Set<string>();
  for (const match of content.matchAll(/<h1\b[^>]*>([\s\S]*?)<\/h1>/g)) {
    const text = stripTags(match[1] ?? '');
    if (text.length >= 3 && text.length <= 80 && isMeaningful(text)) phrases.add(text);
  }
  const title = /<title>([^<]*)<\/title>/.exec(content)?.[1];
  if (title) {
    for (const segment of stripTags(title).replace(/^\(\S+\)\s*/, '').split(/ \| | - /)) {
      if (segment.length >= 3 && isMeaningful(segment)) phrases.add(segment.trim());
    }
  }
  const jsonName = /(?:"|&quot;)(firstName|lastName|publicIdentifier)(?:"|&quot;)\s*:\s*(?:"|&quot;)(.+?)(?:"|&quot;)/g;
  for (const match of content.matchAll(jsonName)) {
    const value = match[2] ?? '';
    if (value.length >= 3) phrases.add(value);
    if (match[1] !== 'publicIdentifier') {
      for (const word of value.split(/[\s,.]+/)) if (word.length >= 4 && !KEPT_WORDS.has(word.toLowerCase())) words.add(word);
    }
  }
  return { phrases: Array.from(phrases), words: Array.from(words) };
}

function mask(text: string): string {
  return `${text.slice(0, 2)}${'*'.repeat(Math.max(0, text.length - 2))}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function main(): void {
  const capturesDir = resolve(projectRoot, argument('--captures', '../shared/linkedin/captures'));
  if (!existsSync(capturesDir)) fail(`no captures folder at ${capturesDir}`);
  const captureFiles = readdirSync(capturesDir).sort();
  const anonymiser = new Anonymiser();

  const inputs = SPECS.map((spec) => {
    const name = captureFiles.find((file) => file.startsWith(`${spec.number}-`));
    if (!name) fail(`no capture numbered ${spec.number} in ${capturesDir}`);
    return { spec, content: readFileSync(join(capturesDir, name), 'utf8') };
  });
  for (const input of inputs) inputsByFile.set(input.spec.file, input);
  for (const file of captureFiles) {
    if (!SPECS.some((spec) => file.startsWith(`${spec.number}-`))) console.warn(`make-fixtures: capture ${file.slice(0, 3)}… has no fixture spec, skipped`);
  }

  // Collected over every capture first, so a token met in one file is replaced in all of them.
  const known = {
    vanities: Array.from(new Set(inputs.flatMap(({ content }) => findVanities(content)))),
    numericIds: Array.from(new Set(inputs.flatMap(({ content }) => findNumericMemberIds(content)))),
  };

  const nameWords = Array.from(
    new Set(inputs.flatMap(({ content }) => {
      const names = extractNames(content);
      return [...names.words, ...names.phrases.flatMap((phrase) => phrase.split(/[\s,.()|]+/))];
    })),
  );
  anonymiser.reserve(inputs.flatMap(({ content }) => content.match(/[\p{L}\p{M}]+/gu) ?? []));

  const outputs: { spec: CaptureSpec; output: string }[] = [];
  const index: Record<string, unknown>[] = [];
  for (const { spec, content } of inputs) {
    const anonymised = spec.kind === 'voyager-json'
      ? anonymiseJsonDocument(content, known, anonymiser)
      : anonymiseHtml(content, known, anonymiser);
    const output = sweepWords(anonymised, nameWords, anonymiser);
    writeFileSync(join(fixturesDir, spec.file), output);
    outputs.push({ spec, output });

    const real = realPageUrl(spec, content);
    const url = real.vanity ? real.url.replace(real.vanity, anonymiser.vanity(real.vanity)) : anonymiseTokens(real.url, known, anonymiser);
    index.push({
      file: spec.file,
      url,
      kind: spec.kind,
      layout: spec.layout,
      // Listed only once written (by hand, from CAPTURES.md and the fixture): the index never names a missing file.
      expected: spec.expected && existsSync(join(fixturesDir, expectedName(spec))) ? expectedName(spec) : null,
      expectedWarnings: spec.expectedWarnings,
      ...(spec.notProfile ? { notProfile: spec.notProfile } : {}),
      ...(spec.pairedWith ? { pairedWith: spec.pairedWith } : {}),
      ...(spec.samePersonAs ? { samePersonAs: spec.samePersonAs } : {}),
      bytes: Buffer.byteLength(output),
    });
  }
  writeFileSync(join(fixturesDir, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);

  verify(inputs, outputs, capturesDir);
  for (const entry of index) console.log(`${String(entry.file).padEnd(36)} ${String(entry.bytes).padStart(8)} B  ${String(entry.url)}`);
}

function verify(
  inputs: readonly { spec: CaptureSpec; content: string }[],
  outputs: readonly { spec: CaptureSpec; output: string }[],
  capturesDir: string,
): void {
  const problems: string[] = [];
  const everything = outputs.map(({ spec, output }) => ({ file: spec.file, output, lower: output.toLowerCase() }));


  const sentinelsFile = join(capturesDir, '..', '.sentinels');
  if (existsSync(sentinelsFile)) {
    const sentinels = readFileSync(sentinelsFile, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
    for (const sentinel of sentinels) {
      for (const { file, lower } of everything) {
        if (lower.includes(sentinel.toLowerCase())) problems.push(`${file}: sentinel ${mask(sentinel)} survived`);
      }
    }
  } else {
    console.warn(`make-fixtures: no sentinels file at ${sentinelsFile}; only the self-extracted names are checked`);
  }

  for (const { spec, content } of inputs) {
    const names = extractNames(content);
    const ids = findMemberIds(content);
    const numbers = findNumericMemberIds(content).filter((n) => n.length >= 5);
    for (const { file, output, lower } of everything) {
      for (const phrase of names.phrases) {
        // Long names and vanities are searched as substrings: SDUI glues vanities into componentkeys.
        const survived = phrase.length >= 8
          ? lower.includes(phrase.toLowerCase())
          : new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(phrase)}(?![\\p{L}\\d])`, 'iu').test(output);
        if (survived) problems.push(`${file}: name ${mask(phrase)} from capture ${spec.number} survived`);
      }
      for (const word of names.words) {
        if (new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, 'u').test(output)) {
          problems.push(`${file}: name word ${mask(word)} from capture ${spec.number} survived`);
        }
      }
      for (const id of ids) if (output.includes(id)) problems.push(`${file}: member id ${mask(id)} from capture ${spec.number} survived`);
      for (const n of numbers) {
        if (new RegExp(`(?<!\\d)${n}(?!\\d)`).test(output)) problems.push(`${file}: member number ${mask(n)} from capture ${spec.number} survived`);
      }
    }
  }
  if (problems.length > 0) {
    fail(`real data survived anonymisation (${problems.length}):\n  ${Array.from(new Set(problems)).join('\n  ')}`);
  }
}

main();
