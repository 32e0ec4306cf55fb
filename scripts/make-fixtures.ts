// `npm run fixtures [-- --captures <dir>]`: turns the real LinkedIn captures (kept outside the repository) into the
// anonymised fixtures under tests/fixtures, writes tests/fixtures/index.json, then checks that nothing real survived:
// for every capture, every word the anonymiser replaced (4+ letters), every name, vanity, member id, numeric id and
// media asset id it names must be absent from every fixture, case-insensitively, as written, %-decoded (once or
// twice), HTML/JSON-unescaped, without diacritics, as a slug and split at camelCase. Leaks are printed masked.
// Known limit: a name glued in lowercase inside a longer token ("janedoe") is found only when it is a vanity or an
// extracted name (those are searched as substrings), not when it is an ordinary replaced word.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  Anonymiser,
  JSON_TEXT_KEYS,
  camelParts,
  KEPT_WORDS,
  LINKEDIN_PATH_WORDS,
  anonymiseHtml,
  anonymiseJsonDocument,
  anonymiseTokens,
  decodeVanity,
  findMediaAssetIds,
  findMemberEntityIds,
  findMemberIds,
  findNumericMemberIds,
  findVanities,
  foldWord,
  sweepWords,
} from './anonymise';
import { listFixtures } from './list-fixtures';

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
  | 'salesnav-2025'
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
  /** A page of people (or a lead page) the list reader reads. */
  list?: ListSpec;
}

interface ListSpec {
  kind: 'people-search' | 'salesnav-search' | 'salesnav-list' | 'salesnav-lead';
  /** `capture`: derived from a real page; `inferred`: invented people in markup built from public references. */
  source: 'capture' | 'inferred';
}

const SPECS: readonly CaptureSpec[] = [
  { number: '02', file: 'ember-2022-profile.html', kind: 'profile', layout: 'ember-2022', url: { from: 'details-links', path: '' }, expected: true, expectedWarnings: ['section-not-loaded', 'section-truncated'], samePersonAs: 'ember-2022-details-experience.html' },
  { number: '03', file: 'ember-2022-details-experience.html', kind: 'details', layout: 'ember-2022', url: { from: 'same-as', file: 'ember-2022-profile.html', path: 'details/experience/' }, expected: true, expectedWarnings: ['section-not-loaded'], samePersonAs: 'ember-2022-profile.html' },
  { number: '05', file: 'ember-2024-profile.html', kind: 'profile', layout: 'ember-2024', url: { from: 'details-links', path: '' }, expected: true, expectedWarnings: ['section-truncated'], samePersonAs: 'public-2024-jsonld.html' },
  { number: '07', file: 'public-2024-jsonld.html', kind: 'profile', layout: 'public-2024', url: { from: 'canonical' }, expected: true, expectedWarnings: ['section-not-loaded'], samePersonAs: 'ember-2024-profile.html' },
  { number: '09', file: 'ember-2025-profile.html', kind: 'profile', layout: 'ember-2025', url: { from: 'details-links', path: '' }, expected: true, expectedWarnings: ['section-not-loaded', 'section-truncated'] },
  { number: '11', file: 'search-2025.html', kind: 'search', layout: 'ember-2025', url: { from: 'fixed', url: 'https://www.linkedin.com/search/results/people/?network=%5B%22F%22%5D&origin=FACETED_SEARCH' }, expected: false, expectedWarnings: [], notProfile: 'search', list: { kind: 'people-search', source: 'capture' } },
  { number: '12', file: 'voyager-2025-dash-profile.json', kind: 'voyager-json', layout: 'voyager', url: { from: 'json-identifier', path: '' }, expected: true, expectedWarnings: [], pairedWith: 'sdui-2026-profile.html' },
  { number: '14', file: 'salesnav-2019-lead.html', kind: 'sales-navigator', layout: 'salesnav-2019', url: { from: 'sales-profile' }, expected: false, expectedWarnings: [], notProfile: 'sales-navigator', list: { kind: 'salesnav-lead', source: 'capture' } },
  { number: '15', file: 'public-2016-profile.html', kind: 'profile', layout: 'public-2016', url: { from: 'canonical' }, expected: true, expectedWarnings: [] },
  { number: '16', file: 'sdui-2026-profile.html', kind: 'profile', layout: 'sdui-2026', url: { from: 'verification-ref', path: '' }, expected: true, expectedWarnings: ['section-not-loaded'], pairedWith: 'voyager-2025-dash-profile.json' },
  { number: '17', file: 'sdui-2026-grouped-roles.html', kind: 'profile', layout: 'sdui-2026', url: { from: 'details-links', path: '' }, expected: true, expectedWarnings: ['section-not-loaded', 'section-truncated'] },
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
    numericIds: Array.from(new Set(inputs.flatMap(({ content }) => [...findNumericMemberIds(content), ...findMemberEntityIds(content)]))),
    mediaIds: Array.from(new Set(inputs.flatMap(({ content }) => findMediaAssetIds(content)))),
  };

  const nameWords = Array.from(
    new Set(inputs.flatMap(({ content }) => {
      const names = extractNames(content);
      return [...names.words, ...names.phrases.flatMap((phrase) => phrase.split(/[\s,.()|]+/))];
    })),
  );
  anonymiser.reserve(inputs.flatMap(({ content }) => content.match(/[\p{L}\p{M}]+/gu) ?? []));

  const outputs: { spec: CaptureSpec; output: string }[] = [];
  const replacedWords = new Map<string, Set<string>>();
  const index: Record<string, unknown>[] = [];
  for (const { spec, content } of inputs) {
    // The real words this capture's anonymisation replaced: the self-check looks for every one of them.
    replacedWords.set(spec.number, anonymiser.record());
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
      ...(spec.list ? { list: spec.list } : {}),
      bytes: Buffer.byteLength(output),
    });
  }
  // List layouts no capture exists for: invented people, no capture read; checked for real data with the others.
  for (const fixture of listFixtures()) {
    writeFileSync(join(fixturesDir, fixture.file), fixture.html);
    outputs.push({ spec: { number: 'inferred', file: fixture.file, kind: fixture.kind, layout: fixture.layout, url: { from: 'fixed', url: fixture.url }, expected: false, expectedWarnings: [] }, output: fixture.html });
    index.push({
      file: fixture.file,
      url: fixture.url,
      kind: fixture.kind,
      layout: fixture.layout,
      expected: null,
      expectedWarnings: [],
      notProfile: fixture.kind === 'search' ? 'search' : 'sales-navigator',
      list: { kind: fixture.list, source: 'inferred' },
      bytes: Buffer.byteLength(fixture.html),
    });
  }
  writeFileSync(join(fixturesDir, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);

  verify(inputs, outputs, replacedWords, capturesDir);
  for (const entry of index) console.log(`${String(entry.file).padEnd(36)} ${String(entry.bytes).padStart(8)} B  ${String(entry.url)}`);
}

/** HTML entities, JSON escapes and %-escapes undone (three rounds, for values encoded twice inside JSON). */
function decodedView(text: string): string {
  let out = text;
  for (let round = 0; round < 3; round += 1) {
    out = out
      .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
      .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number.parseInt(dec, 10)))
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
      .replace(/&[a-z]+;/gi, ' ')
      .replace(/\\"/g, '"')
      .replace(/\\u([0-9a-f]{4})/gi, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
      .replace(/\\\//g, '/')
      .replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
        try {
          return decodeURIComponent(run);
        } catch {
          return run;
        }
      });
  }
  return out;
}

/** Every word of a text as a separate atom: letter runs, also split where camelCase glues two words. */
function atoms(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of text.match(/[\p{L}\p{M}]+/gu) ?? []) {
    out.add(foldWord(run));
    for (const part of camelParts(run)) out.add(foldWord(part));
  }
  return out;
}

/** A phrase as LinkedIn writes it into URLs: lowercase, no diacritics, hyphen-separated (and glued). */
function slugForms(phrase: string): string[] {
  const words = foldWord(phrase).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  return [words.join('-'), words.join('')];
}

/** Values of the keys the anonymiser treats as a person's words, from parsed JSON. */
function jsonTexts(value: unknown, out: string[], key = ''): void {
  if (typeof value === 'string') {
    if (JSON_TEXT_KEYS.has(key) || (/\s/.test(value.trim()) && !/^(?:urn:|https?:|\/|\{|\[)/.test(value))) out.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) jsonTexts(item, out, key);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, item] of Object.entries(value)) jsonTexts(item, out, k);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** What a page says: text nodes, text attributes (alt, title, aria-label…) and JSON texts (names, headlines, prose). */
function contentView(file: string, text: string): string {
  const parts: string[] = [];
  if (file.endsWith('.json')) {
    jsonTexts(parseJson(text), parts);
    return decodedView(parts.join('\n'));
  }
  for (const m of text.matchAll(/<(code|script)\b[^>]*>([\s\S]*?)<\/\1>/g)) {
    jsonTexts(parseJson(decodedView((m[2] ?? '').replace(/^\s*<!--|-->\s*$/g, ''))), parts);
  }
  const html = text.replace(/<(code|script|style)\b[^>]*>[\s\S]*?<\/\1>/g, ' ');
  for (const tag of html.match(TAG) ?? []) {
    for (const m of tag.matchAll(/\s([\w:.-]+)\s*=\s*"([^"]*)"/g)) if (TEXT_ATTRIBUTE.test(m[1] ?? '')) parts.push(m[2] ?? '');
  }
  parts.push(html.replace(TAG, '\n'));
  return decodedView(parts.join('\n'));
}

/** JSON keys whose one-token values are a person's (a first name, a vanity), never LinkedIn's vocabulary. */
const PERSONAL_KEYS: ReadonlySet<string> = new Set([...JSON_TEXT_KEYS, 'publicIdentifier', 'vanityName', 'universalName', 'url', 'sameAs']);

/**
 * LinkedIn's own vocabulary: the path words kept in LinkedIn URLs, and the words of the captures' machinery (tag
 * and attribute names, classes, ids, JSON keys, one-token attribute values, one-token JSON values of non-personal
 * keys). A replaced word that is also one of these ("header", "done", "offline") may stay in that machinery, so it
 * is looked for in what the page says only.
 */
function linkedInVocabulary(contents: readonly string[]): Set<string> {
  const words = new Set<string>(LINKEDIN_PATH_WORDS);
  const add = (text: string) => {
    for (const atom of atoms(text)) words.add(atom);
  };
  for (const content of contents) {
    for (const m of content.matchAll(/<\/?([A-Za-z][\w:-]*)/g)) add(m[1] ?? '');
    for (const m of content.matchAll(/\s([\w:.-]+)\s*=\s*"([^"]*)"/g)) {
      const name = m[1] ?? '';
      const value = m[2] ?? '';
      add(name);
      if (/^(?:class|id)$/i.test(name)) add(value);
      else if (!TEXT_ATTRIBUTE.test(name) && !/^(?:href|src|content|srcset)$/i.test(name) && !/%|https?:/i.test(value)) add(value);
    }
    for (const m of decodedView(content).matchAll(/[?&]([\w.-]+)=/g)) add(m[1] ?? '');
    for (const m of decodedView(content).matchAll(/"([\w$*@.-]+)"\s*:\s*(?:"((?:[^"\\]|\\.)*)")?/g)) {
      add(m[1] ?? '');
      const value = m[2] ?? '';
      // One-token values of LinkedIn's keys, and what the anonymiser leaves as code: JSON in a string, i18n templates.
      if (!PERSONAL_KEYS.has(m[1] ?? '') && !/https?:/.test(value) && (!/\s/.test(value) || /^[{[]/.test(value))) add(value);
    }
  }
  return words;
}

const TAG = /<[A-Za-z/!?](?:"[^"]*"|'[^']*'|[^'">])*>/g;
const TEXT_ATTRIBUTE = /^(?:alt|title|aria-label|aria-description|aria-valuetext|placeholder|label)$/i;

interface OutputView {
  file: string;
  /** Built from invented people without reading a capture (scripts/list-fixtures.ts). */
  inferred: boolean;
  /** Raw, decoded, and decoded without diacritics; all lowercase. */
  views: string[];
  /** Every word of the decoded output. */
  atoms: Set<string>;
  /** Every word of its content (markup vocabulary left out). */
  contentAtoms: Set<string>;
}

function verify(
  inputs: readonly { spec: CaptureSpec; content: string }[],
  outputs: readonly { spec: CaptureSpec; output: string }[],
  replacedWords: ReadonlyMap<string, ReadonlySet<string>>,
  capturesDir: string,
): void {
  const problems: string[] = [];
  const everything: OutputView[] = outputs.map(({ spec, output }) => {
    const decoded = decodedView(output);
    return {
      file: spec.file,
      inferred: spec.number === 'inferred',
      views: Array.from(new Set([output.toLowerCase(), decoded.toLowerCase(), foldWord(decoded)])),
      atoms: atoms(decoded),
      contentAtoms: atoms(contentView(spec.file, output)),
    };
  });

  const sentinelsFile = join(capturesDir, '..', '.sentinels');
  if (existsSync(sentinelsFile)) {
    const sentinels = readFileSync(sentinelsFile, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
    for (const sentinel of sentinels) {
      for (const { file, views } of everything) {
        if (views.some((view) => view.includes(sentinel.toLowerCase()))) problems.push(`${file}: sentinel ${mask(sentinel)} survived`);
      }
    }
  } else {
    console.warn(`make-fixtures: no sentinels file at ${sentinelsFile}; only the self-extracted names are checked`);
  }

  const markup = linkedInVocabulary(inputs.map(({ content }) => content));
  console.log('self-check: capture  replaced words >=4 (anywhere + content only)  name/vanity forms  ids');
  for (const { spec, content } of inputs) {
    const names = extractNames(content);
    // Every real word replaced in this capture, as a whole word (camelCase parts count as words).
    const words = Array.from(replacedWords.get(spec.number) ?? []).map(foldWord).filter((w) => w.length >= 4);
    const uniqueWords = Array.from(new Set(words));
    // Names and vanities as substrings too: SDUI glues vanities into componentkeys, slugs glue names.
    // A vanity made of UI words only (`a-person` in the already anonymised capture) names nobody.
    const vanities = findVanities(content).filter((vanity) => isMeaningful(vanity.replace(/[-_.]+/g, ' ')));
    const phrases = Array.from(new Set([...names.phrases, ...names.words, ...vanities]))
      .flatMap((phrase) => [phrase.toLowerCase(), encodeURIComponent(phrase).toLowerCase(), ...slugForms(phrase)])
      .filter((form) => form.length >= 4);
    const uniquePhrases = Array.from(new Set(phrases));
    const ids = [...findMemberIds(content), ...findMediaAssetIds(content)].map((id) => id.toLowerCase());
    const numbers = [...findNumericMemberIds(content), ...findMemberEntityIds(content)].filter((n) => n.length >= 5);
    // A replaced word that LinkedIn's machinery also uses ("header", "control") may stay in that machinery only.
    const anywhere = uniqueWords.filter((word) => !markup.has(word));
    const contentOnly = uniqueWords.filter((word) => markup.has(word));
    console.log(`self-check: ${spec.number}       ${String(uniqueWords.length).padStart(5)} (${anywhere.length} + ${contentOnly.length})                     ${String(uniquePhrases.length).padStart(5)}      ${ids.length + numbers.length}`);
    for (const { file, inferred, views, atoms: outputAtoms, contentAtoms } of everything) {
      // An invented page read no capture: a word it shares with one ("engineer", "Berlin") is vocabulary, not a
      // leak. Its names, vanities, ids and numbers are still searched for every capture's, like any fixture's.
      for (const word of inferred ? [] : anywhere) {
        if (outputAtoms.has(word)) problems.push(`${file}: word ${mask(word)} from capture ${spec.number} survived`);
      }
      for (const word of inferred ? [] : contentOnly) {
        if (contentAtoms.has(word)) problems.push(`${file}: word ${mask(word)} from capture ${spec.number} survived in content`);
      }
      for (const phrase of uniquePhrases) {
        const survived = phrase.length >= 6
          ? views.some((view) => view.includes(phrase))
          : views.some((view) => new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(phrase)}(?![\\p{L}\\d])`, 'u').test(view));
        if (survived) problems.push(`${file}: name ${mask(phrase)} from capture ${spec.number} survived`);
      }
      for (const id of ids) if (views.some((view) => view.includes(id))) problems.push(`${file}: id ${mask(id)} from capture ${spec.number} survived`);
      for (const n of numbers) {
        if (views.some((view) => new RegExp(`(?<!\\d)${n}(?!\\d)`).test(view))) problems.push(`${file}: member number ${mask(n)} from capture ${spec.number} survived`);
      }
    }
  }
  if (problems.length > 0) {
    const unique = Array.from(new Set(problems));
    fail(`real data survived anonymisation (${unique.length}):\n  ${unique.join('\n  ')}`);
  }
}

main();
