// Deterministic anonymisation of LinkedIn pages: real people's tokens become invented ones of the same shape.
// Every mapping is a pure function of the real token (seeded hash), so the same person stays the same invented
// person across files, and running the script twice gives byte-identical fixtures.
// Consistency of multi-word names: the mapping is per word and ignores case and diacritics, and a camelCase glue
// ("ZorbQuell") is mapped part by part, so "Zorb Rádio", "ZORB RADIO" and "ZorbQuell"/"Zorb Quell" stay one invented
// name. Spellings that differ inside a word ("Zorbquell" vs "Zorb Quell", "Zorb-Net" vs "Zorbnet") cannot be matched
// without a dictionary and get different invented names; the readers never compare employer spellings.

/** FNV-1a, 32 bits. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a tiny seeded generator, enough to spread letters. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick(chars: string, rand: () => number): string {
  return chars.charAt(Math.floor(rand() * chars.length));
}

const CONSONANTS = 'bcdfghjklmnprstvz';
const VOWELS = 'aeiou';
const LETTER = /\p{L}/u;
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** LinkedIn UI vocabulary, date words and common function words: kept as they are. */
export const KEPT_WORDS: ReadonlySet<string> = new Set(
  [
    // sections and buttons
    'about', 'activity', 'experience', 'experiences', 'education', 'educations', 'skills', 'skill', 'show', 'all',
    'see', 'more', 'less', 'present', 'yr', 'yrs', 'mo', 'mos', 'year', 'years', 'month', 'months', 'full', 'time',
    'part', 'self', 'employed', 'freelance', 'contract', 'contractor', 'internship', 'apprenticeship', 'seasonal',
    'temporary', 'remote', 'site', 'hybrid', 'followers', 'follower', 'connections', 'connection', 'connect',
    'follow', 'following', 'message', 'messaging', 'pending', 'open', 'contact', 'info', 'profile', 'profiles',
    'photo', 'cover', 'logo', 'view', 'views', 'viewed', 'people', 'know', 'network', 'home', 'jobs', 'job',
    'notifications', 'me', 'business', 'premium', 'try', 'free', 'sign', 'join', 'licenses', 'license',
    'certifications', 'certification', 'credential', 'issued', 'expires', 'expired', 'languages', 'language',
    'native', 'bilingual', 'proficiency', 'professional', 'working', 'limited', 'elementary', 'volunteering',
    'volunteer', 'honors', 'awards', 'award', 'projects', 'project', 'courses', 'course', 'publications',
    'patents', 'organizations', 'test', 'scores', 'recommendations', 'received', 'given', 'interests',
    'companies', 'groups', 'schools', 'newsletters', 'newsletter', 'top', 'voices', 'voice', 'featured', 'posts',
    'post', 'comments', 'comment', 'reactions', 'like', 'likes', 'repost', 'reposts', 'share', 'send', 'save',
    'report', 'endorse', 'endorsed', 'endorsement', 'endorsements', 'others', 'other', 'mutual', 'degree', 'st',
    'nd', 'rd', 'th', 'grade', 'activities', 'societies', 'associated', 'company', 'school', 'search', 'results',
    'result', 'filters', 'filter', 'current', 'past', 'location', 'locations', 'industry', 'keywords', 'next',
    'previous', 'page', 'title', 'resources', 'analytics', 'dashboard', 'private', 'visible', 'only', 'add',
    'section', 'enhance', 'enhanced', 'edit', 'settings', 'privacy', 'help', 'center', 'learning', 'advertising',
    'ads', 'get', 'app', 'accessibility', 'careers', 'talent', 'solutions', 'marketing', 'sales', 'small',
    'safety', 'community', 'guidelines', 'policy', 'user', 'agreement', 'cookie', 'brand', 'questions', 'manage',
    'preferences', 'corporation', 'linkedin', 'copyright', 'status', 'online', 'reply', 'close', 'dismiss',
    'menu', 'loading', 'skip', 'main', 'content', 'navigation', 'keyboard', 'shortcuts', 'feed', 'video', 'image',
    'play', 'pause', 'seconds', 'minutes', 'hours', 'days', 'weeks', 'ago', 'member', 'members', 'verified',
    'executive', 'lead', 'leads', 'account', 'accounts', 'navigator', 'saved', 'notes', 'note', 'tags',
    'insights', 'similar', 'recent', 'highlights', 'contacts', 'summary', 'public', 'email', 'website',
    'websites', 'phone', 'address', 'birthday', 'connected', 'since', 'click', 'card', 'button', 'link',
    'links', 'new', 'details', 'overview', 'services', 'provided', 'present', 'today', 'now', 'other',
    'person', 'area', 'metropolitan', 'greater', 'region', 'city', 'bachelor', 'master', 'science', 'arts', 'diploma',
    'bs', 'ba', 'ms', 'ma', 'mba', 'phd', 'bsc', 'msc', 'degree', 'https', 'http', 'www', 'com',
    // months
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
    'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    // function words
    'a', 'an', 'the', 'of', 'at', 'in', 'on', 'to', 'for', 'from', 'with', 'by', 'and', 'or', 'as', 'is', 'are',
    'was', 'were', 'be', 'been', 'i', 'my', 'we', 'our', 'it', 'its', 'this', 'that', 'these', 'those', 'he',
    'she', 'they', 'his', 'her', 'their', 'who', 'what', 'where', 'when', 'how', 'not', 'no', 'yes', 'any',
    'some', 'most', 'into', 'over', 'under', 'up', 'down', 'out', 'here', 'there', 'so', 'if', 'then', 'than',
    'but', 'also', 'just', 'can', 'will', 'would', 'should', 'has', 'have', 'had', 'do', 'does', 'did', 'am',
    'you', 'your', 'us', 'via', 'per', 'etc', 'ex', 's', 't', 'll', 've', 're',
    // the few French UI words
    'et', 'de', 'plus', 'en', 'la', 'le', 'les', 'des', 'du', 'ans', 'an', 'mois', 'aujourd', 'hui', 'afficher',
    'tout', 'voir', 'tous',
  ],
);

/**
 * LinkedIn's own path words, kept in LinkedIn URLs only (the readers look for some: `/overlay/contact-info`,
 * `skill-associations`, `/redir/redirect`); in free text the same words are a person's and are replaced.
 */
export const LINKEDIN_PATH_WORDS: ReadonlySet<string> = new Set([
  'overlay', 'redir', 'redirect', 'go', 'urn', 'li', 'fsd', 'fs', 'pub', 'edu', 'uas', 'login', 'signup', 'checkpoint',
  'lg', 'voyager', 'api', 'identity', 'dash', 'miniprofile', 'skill', 'associations', 'forms', 'position', 'feed',
  'update', 'pulse', 'posts', 'events', 'groups', 'recent', 'endorsers', 'mynetwork', 'messaging', 'notifications',
  'psettings', 'legal', 'request', 'password', 'reset', 'flagship', 'sales', 'talent', 'recruiter', 'people',
]);

/** File extensions, kept in any URL. */
const FILE_EXTENSIONS: ReadonlySet<string> = new Set(['pdf', 'html', 'htm', 'jpg', 'jpeg', 'png', 'gif', 'svg', 'php', 'aspx']);

/** Applies the case of `model` (position by position) to `lowerFake`. */
function applyCase(model: string, lowerFake: string): string {
  const modelChars = Array.from(model);
  const fakeChars = Array.from(lowerFake);
  return fakeChars
    .map((ch, i) => {
      const m = modelChars[i] ?? '';
      return m !== m.toLowerCase() ? ch.toUpperCase() : ch;
    })
    .join('');
}

/**
 * An invented lowercase word with the same length: letters become pronounceable ASCII letters, anything else
 * (digits, apostrophes, hyphens) stays where it was.
 */
export function inventWord(lowerWord: string, salt = 0): string {
  const rand = seededRandom(hashString(`${salt}:${lowerWord}`));
  let vowelNext = rand() < 0.35;
  let out = '';
  for (const ch of lowerWord) {
    if (LETTER.test(ch)) {
      out += vowelNext ? pick(VOWELS, rand) : pick(CONSONANTS, rand);
      vowelNext = vowelNext ? rand() < 0.2 : rand() < 0.85;
    } else {
      out += ch;
    }
  }
  return out;
}

/** Same length, same character class at each position (upper/lower/digit), other characters kept. */
export function scrambleToken(token: string, salt = 'token'): string {
  const rand = seededRandom(hashString(`${salt}:${token}`));
  let out = '';
  for (const ch of token) {
    if (ch >= 'A' && ch <= 'Z') out += pick('ABCDEFGHIJKLMNOPQRSTUVWXYZ', rand);
    else if (ch >= 'a' && ch <= 'z') out += pick('abcdefghijklmnopqrstuvwxyz', rand);
    else if (ch >= '0' && ch <= '9') out += pick('0123456789', rand);
    else out += ch;
  }
  return out;
}

/** `ACoAA…` / `ACwAA…` ids: keep the 5-character prefix and the length, invent the rest in base64url. */
export function inventMemberId(id: string): string {
  const prefix = id.slice(0, 5);
  const rand = seededRandom(hashString(`member-id:${id}`));
  let out = prefix;
  for (let i = prefix.length; i < id.length; i += 1) out += pick(BASE64URL, rand);
  return out === id ? inventMemberId(`${id}!`).slice(0, id.length) : out;
}

/** Numeric ids: same number of digits, no leading zero, never the same number. */
export function inventDigits(digits: string): string {
  const rand = seededRandom(hashString(`digits:${digits}`));
  let out = '';
  for (let i = 0; i < digits.length; i += 1) out += pick(i === 0 ? '123456789' : '0123456789', rand);
  return out === digits && digits.length > 0 ? inventDigits(`${digits}0`).slice(0, digits.length) : out;
}

const MEMBER_ID = /AC[ow]AA[A-Za-z0-9_-]{34}/g;
// Apostrophes split words, so "O'Neil", "O&#39;Neil" and "O'Neil’s" all map "Neil" the same way.
const TEXT_TOKEN = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|&lt;\/?[A-Za-z][A-Za-z0-9-]*\s*\/?&gt;|&#?[A-Za-z0-9]+;|https?:\/\/[^\s"'<>]+|[\p{L}\p{M}]+/gu;
const OPAQUE_RUN = /[A-Za-z0-9_-]+/g;
const MEDIA_URL =
  /https?:(?:\/\/|\\\/\\\/|\\u002F\\u002F)media(?:-exp\d+)?\.licdn\.com(?:(?!&quot;|&amp;quot;)[^"'\s<>)\]\\])*/g;

export function decodeVanity(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Lowercase without diacritics: "Zorbación" and "Zorbacion" are one word to the mapping. */
export function foldWord(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
}

/**
 * "ZorbQuell" → "Zorb" + "Quell": a name glued in camelCase maps like the same name spaced. Split only where a
 * lowercase letter meets a capital, and only into parts of 3+ letters, so "APIs", "iPhone" or "McKay" stay
 * one word (a 2-letter part could be a kept word like "ms" and survive).
 */
export function camelParts(word: string): string[] {
  const parts = word.split(/(?<=[\p{Ll}\p{M}])(?=\p{Lu})/u);
  return parts.length > 1 && parts.every((part) => part.length >= 3) ? parts : [word];
}

const HOST_KEPT = /(?:^|\.)(?:linkedin\.com|licdn\.com)$/i;
const MEDIA_HOST = /^media(?:-exp\d+)?\.licdn\.com$/i;
const URL_SPLIT = /^([A-Za-z][A-Za-z0-9+.-]*:)?(\/\/[^/?#\\]*)?([^?#]*)(\?[^#]*)?(#.*)?$/s;
const ID_OR_WORD = /AC[ow]AA[A-Za-z0-9_-]{34}|[\p{L}\p{M}\d]+/gu;

/** Strict percent-encoding (RFC 3986 unreserved kept): apostrophes and parentheses are encoded too. */
function encodeStrict(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

function decodeOnce(text: string): string {
  if (!/%[0-9A-Fa-f]{2}/.test(text)) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The stateless mapping plus the list of real tokens it was asked about (for the leak check). */
export class Anonymiser {
  private readonly words = new Map<string, string>();
  private readonly produced = new Set<string>();
  private readonly producedTokens = new Set<string>();
  private readonly vanities = new Map<string, string>();
  private readonly reserved = new Set<string>();
  private recording: Set<string> | undefined;

  /** Real words an invented word must never equal (so a kept "already invented" word is never a real one). */
  reserve(words: Iterable<string>): void {
    for (const word of words) this.reserved.add(word.toLowerCase());
  }

  /** Starts collecting the real words replaced from now on (lowercase, as met and folded); returns the set. */
  record(): Set<string> {
    this.recording = new Set<string>();
    return this.recording;
  }

  /** One word: kept when it is UI/date vocabulary, otherwise an invented word of the same shape. */
  word(word: string): string {
    const lower = word.toLowerCase();
    if (!LETTER.test(word) || KEPT_WORDS.has(lower)) return word;
    const key = foldWord(word);
    // A word already mapped is real, even when a short invented word happens to be spelled the same.
    if (!this.words.has(key) && this.produced.has(lower)) return word;
    const parts = camelParts(word);
    if (parts.length > 1) return parts.map((part) => this.word(part)).join('');
    if (KEPT_WORDS.has(key) || (!this.words.has(key) && this.produced.has(key))) return word;
    this.recording?.add(lower).add(key);
    let fake = this.words.get(key);
    if (fake === undefined) {
      let salt = 0;
      fake = inventWord(key, salt);
      // Short words cannot always avoid every real word: after a few tries only "not itself" matters.
      while (fake === key || ((KEPT_WORDS.has(fake) || this.reserved.has(fake)) && salt < 40)) {
        salt += 1;
        fake = inventWord(key, salt);
      }
      this.words.set(key, fake);
      this.produced.add(fake);
    }
    return applyCase(word, fake);
  }

  /** Free text (a name, a headline, an about text): every word through `word`, entities and layout kept. */
  text(text: string): string {
    return text.replace(TEXT_TOKEN, (token) => {
      if (token.startsWith('&')) return token;
      // Markup inside a string (JSON-LD descriptions hold `<br>`): tag names are HTML, not words.
      if (token.startsWith('<')) return token.replace(/(=\s*)("[^"]*"|'[^']*')/g, (_a, eq: string, v: string) => `${eq}${v.charAt(0)}${this.text(v.slice(1, -1))}${v.charAt(0)}`);
      if (/^https?:/i.test(token)) return this.url(token);
      return this.word(token);
    });
  }

  /**
   * Any URL (absolute, protocol-relative or relative): every path segment, query value and fragment is
   * anonymised word by word, after percent-decoding (twice-encoded values and nested URLs included), and
   * written back encoded as it came. LinkedIn hosts stay; other hosts' labels are words too. Query keys stay.
   */
  url(url: string): string {
    const parts = URL_SPLIT.exec(url);
    if (!parts) return this.urlComponent(url, false);
    const [, scheme = '', authority = '', path = '', query = '', fragment = ''] = parts;
    const host = authority.slice(2).replace(/:\d+$/, '');
    // media*.licdn.com URLs were rewritten by `mediaUrl` (their ids scrambled) before any URL pass.
    if (MEDIA_HOST.test(host)) return url;
    const linkedin = authority === '' || HOST_KEPT.test(host);
    const outAuthority = linkedin ? authority : `//${this.urlComponent(authority.slice(2), true)}`;
    const outPath = path.split('/').map((segment) => this.urlComponent(segment, !linkedin)).join('/');
    const outQuery = query === '' ? '' : `?${query
      .slice(1)
      .split(/(&amp;|&)/)
      .map((pair) => {
        if (pair === '&' || pair === '&amp;') return pair;
        const eq = pair.indexOf('=');
        return eq < 0 ? this.urlComponent(pair, !linkedin) : `${pair.slice(0, eq + 1)}${this.urlComponent(pair.slice(eq + 1), !linkedin)}`;
      })
      .join('')}`;
    const outFragment = fragment === '' ? '' : `#${this.urlComponent(fragment.slice(1), !linkedin)}`;
    return `${scheme}${outAuthority}${outPath}${outQuery}${outFragment}`;
  }

  /** One URL component: decoded one level at a time, a nested URL anonymised as a URL, re-encoded. */
  urlComponent(raw: string, external: boolean): string {
    if (raw === '') return raw;
    const decoded = decodeOnce(raw);
    if (decoded !== raw) {
      const inner = /^(?:https?:\/\/|\/\/|\/)/i.test(decoded) ? this.url(decoded) : this.urlComponent(decoded, external);
      return inner === decoded ? raw : encodeStrict(inner);
    }
    return this.slug(raw, external);
  }

  /**
   * A slug, file name or handle: letters word by word, digit runs of 5+ (ids inside slugs and file names) and
   * mixed letter/digit tokens (hashes, opaque ids) replaced. Bare numbers in LinkedIn URLs (company, school and
   * geo ids) are LinkedIn's own and stay; so do 1-2 letter tokens (`in`, `v2`, `h`).
   */
  slug(text: string, external: boolean): string {
    const hasLetters = /\p{L}/u.test(text);
    return text.replace(ID_OR_WORD, (token) => {
      if (/^AC[ow]AA/.test(token) && token.length === 39) return token;
      if (this.producedTokens.has(token)) return token;
      const letters = /\p{L}/u.test(token);
      const digits = /\d/.test(token);
      if (letters && digits) {
        if (token.length < 4 && !external) return token;
        return this.opaque(token);
      }
      if (digits) {
        if (token.length < 5 || (!external && !hasLetters)) return token;
        return this.opaqueDigits(token);
      }
      const lower = token.toLowerCase();
      if (!external && (token.length <= 2 || LINKEDIN_PATH_WORDS.has(lower))) return token;
      if (FILE_EXTENSIONS.has(lower) && text.endsWith(`.${token}`)) return token;
      return this.word(token);
    });
  }

  /** A mixed letter/digit token (hash, opaque id): same shape, invented, remembered as invented. */
  opaque(token: string): string {
    const fake = scrambleToken(token, 'url');
    this.producedTokens.add(fake);
    return fake;
  }

  /** A digit run that is an id: same number of digits, remembered as invented. */
  opaqueDigits(digits: string): string {
    const fake = inventDigits(digits);
    this.producedTokens.add(fake);
    return fake;
  }

  /** A vanity (`jane-doe-12345`, possibly %-encoded): letters through `word`, digit runs through `inventDigits`. */
  vanity(raw: string): string {
    const decoded = decodeVanity(raw);
    const known = this.vanities.get(decoded);
    if (known !== undefined) return known;
    const fake = decoded
      .replace(/\d+/g, (digits) => this.opaqueDigits(digits))
      .replace(/[\p{L}\p{M}]+/gu, (letters) => this.word(letters.normalize('NFC')))
      .normalize('NFD')
      .replace(/[^\x20-\x7e]/g, '');
    this.vanities.set(decoded, fake);
    this.produced.add(fake.toLowerCase());
    return fake;
  }

  memberId(id: string): string {
    return inventMemberId(id);
  }

  numericId(digits: string): string {
    return this.opaqueDigits(digits);
  }

  /** A media asset id (`C4D03AQ…`): scrambled exactly as inside a media URL, so both stay one image. */
  mediaAssetId(id: string): string {
    const fake = scrambleToken(id, 'media');
    this.producedTokens.add(fake);
    return fake;
  }

  /** media*.licdn.com URLs: host normalised to media.licdn.com, every opaque path/query token scrambled. */
  mediaUrl(url: string): string {
    return this.mediaPath(url.replace(/media-exp\d+\.licdn\.com/, 'media.licdn.com'));
  }

  /** A media URL or the tail of one (Voyager's `fileIdentifyingUrlPathSegment`). */
  mediaPath(fragment: string): string {
    // The file name after the timestamp spells the company or article (`acme_corp_logo`).
    return scrambleOpaque(fragment).replace(/(\/\d+\/)([A-Za-z0-9_.-]*[A-Za-z][A-Za-z0-9_.-]*)(?=\?|&|$)/, (_all, before: string, name: string) =>
      `${before}${name.replace(/[A-Za-z]+/g, (w) => this.word(w))}`,
    );
  }
}

/** Scrambles the tokens of a URL fragment that identify an image (mixed-case ids, long digit runs). */
export function scrambleOpaque(fragment: string): string {
  return fragment.replace(OPAQUE_RUN, (run) => {
    const opaque = (/[A-Z]/.test(run) && /[a-z0-9]/.test(run) && run.length >= 5) || /^\d{10,}$/.test(run);
    return opaque ? scrambleToken(run, 'media') : run;
  });
}

/** Replaces every `ACoAA…`/`ACwAA…` id in any context (URL-encoded forms included: the alphabet needs no escaping). */
export function replaceMemberIds(text: string, anonymiser: Anonymiser): string {
  return text.replace(MEMBER_ID, (id) => anonymiser.memberId(id));
}

export function replaceMediaUrls(text: string, anonymiser: Anonymiser): string {
  return text.replace(MEDIA_URL, (url) => anonymiser.mediaUrl(url));
}

export function findMemberIds(text: string): string[] {
  return Array.from(new Set(text.match(MEMBER_ID) ?? []));
}

const ENCODED_MEMBER_URN = /dXJuOmxpOm1lbWJlcj[A-Za-z0-9+/]+=*/g;

/** base64 of `urn:li:member:<n>` (Sales Navigator's primaryIdentity). */
export function replaceBase64MemberUrns(text: string, anonymiser: Anonymiser): string {
  return text.replace(ENCODED_MEMBER_URN, (b64) => {
    const decoded = Buffer.from(b64, 'base64').toString('latin1');
    const match = /^urn:li:member:(\d+)$/.exec(decoded);
    if (!match?.[1]) return b64;
    const encoded = Buffer.from(`urn:li:member:${anonymiser.numericId(match[1])}`, 'latin1').toString('base64');
    return b64.endsWith('=') ? encoded : encoded.replace(/=+$/, '');
  });
}

const MEDIA_ASSET_PATTERNS: readonly RegExp[] = [
  /digitalmediaAsset(?::|%3A|%253A)([A-Za-z0-9_-]{10,})/gi,
  /media(?:-exp\d+)?\.licdn\.com(?:\/|\\\/|\\u002F)dms(?:\/|\\\/|\\u002F)image(?:\/|\\\/|\\u002F)(?:v2(?:\/|\\\/|\\u002F))?([A-Za-z0-9_-]{10,})/gi,
];

/** Media asset ids (`urn:li:digitalmediaAsset:<id>`, the id segment of image URLs): one id, one image. */
export function findMediaAssetIds(text: string): string[] {
  const found = new Set<string>();
  for (const pattern of MEDIA_ASSET_PATTERNS) {
    for (const match of text.matchAll(pattern)) if (match[1] && /\d/.test(match[1]) && /[A-Za-z]/.test(match[1])) found.add(match[1]);
  }
  return Array.from(found);
}

/** Replaces each listed media asset id wherever it stands as a whole token (JSON, attributes, URLs). */
export function replaceMediaAssetIds(text: string, ids: readonly string[], anonymiser: Anonymiser): string {
  if (ids.length === 0) return text;
  const alternatives = [...ids].sort((a, b) => b.length - a.length).map((id) => escapeRegExp(id));
  const pattern = new RegExp(`(?<![A-Za-z0-9_-])(?:${alternatives.join('|')})(?![A-Za-z0-9_-])`, 'g');
  return text.replace(pattern, (id) => anonymiser.mediaAssetId(id));
}

/**
 * Digit runs of 15+ digits are entity ids (activities, posts, shares: 19 digits), never dates or counts
 * (epoch milliseconds have 13). A run after a dot is a decimal fraction and stays.
 */
export function replaceLongDigitRuns(text: string, anonymiser: Anonymiser): string {
  return text.replace(/(?<![\d.])\d{15,}(?!\d)/g, (digits) => anonymiser.numericId(digits));
}

const NUMERIC_ID_PATTERNS: readonly RegExp[] = [
  /urn:li:member:(\d+)/g,
  /urn%3Ali%3Amember%3A(\d+)/gi,
  /data-member-id="(\d+)"/g,
  /"plainId":\s*(\d+)/g,
  /memberId["']?\s*[:=]\s*["']?(\d{5,})/g,
  /[?&](?:amp;)?(?:id|memberId|member_id)=(\d{5,})/g,
];

/** Numeric member ids a page names, from the places LinkedIn puts them. */
export function findNumericMemberIds(text: string): string[] {
  const found = new Set<string>();
  for (const pattern of NUMERIC_ID_PATTERNS) {
    for (const match of text.matchAll(pattern)) if (match[1]) found.add(match[1]);
  }
  return Array.from(found);
}

const ENTITY_TUPLE = /\(AC[ow]AA[A-Za-z0-9_-]{34}(?:,|%2C|%252C)(\d{5,})(?=\)|%29|%2529)/gi;

/**
 * Ids of a member's own entities (positions, educations, skills, certifications): the number paired with the
 * member id in `urn:li:fsd_profilePosition:(ACoAA…,1234567890)`. Replaced wherever they stand, like member numbers.
 */
export function findMemberEntityIds(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(ENTITY_TUPLE)) if (match[1]) found.add(match[1]);
  // Sales Navigator: the member's positions and educations, and the viewer's seat tuple.
  for (const match of text.matchAll(/"(?:posId|eduId|positionId|educationId)"\s*:\s*"?(\d{5,})/g)) if (match[1]) found.add(match[1]);
  for (const match of text.matchAll(/urn:li:fs_sales[A-Za-z]*:\(([\d,]+)\)/g)) {
    for (const id of (match[1] ?? '').split(',')) if (id.length >= 5) found.add(id);
  }
  return Array.from(found);
}

/** Replaces each listed number wherever it stands alone (not inside a longer digit run). */
export function replaceNumbers(text: string, numbers: readonly string[], anonymiser: Anonymiser): string {
  const sorted = numbers.filter((n) => n.length >= 5).sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return text;
  const pattern = new RegExp(`(?<!\\d)(?:${sorted.join('|')})(?!\\d)`, 'g');
  return text.replace(pattern, (n) => anonymiser.numericId(n));
}

const VANITY_PATTERNS: readonly RegExp[] = [
  /\/in\/([A-Za-z0-9%_.\-\u00C0-\u024F]{2,100})/g,
  /%2Fin%2F([A-Za-z0-9%_.-]{2,100}?)(?=%2F|%3F|&|"|'|$)/gi,
  /"publicIdentifier"\s*:\s*"([^"\\]+)"/g,
  /&quot;publicIdentifier&quot;:&quot;(.+?)&quot;/g,
  /vanityName[:=]([A-Za-z0-9%_.-]+)/g,
  /memberIdentity(?:=|%3D|\\u003D)([A-Za-z0-9%_.-]+?)(?=[&,)"\\]|$)/g,
  /ProfileVerificationTriggerRef-([A-Za-z0-9%_.-]+)/g,
  /lazy_anchor_([A-Za-z0-9%_.-]+?)(?=["'])/g,
];

const NOT_VANITIES = new Set(['me', 'details', 'edit', 'overlay', 'recent-activity', 'in']);

/** Member vanities a page names (links, JSON, SDUI componentkeys), decoded. */
export function findVanities(text: string): string[] {
  const found = new Set<string>();
  for (const pattern of VANITY_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const raw = match[1];
      if (!raw) continue;
      const vanity = decodeVanity(raw).replace(/[.%]+$/, '');
      if (vanity.length >= 2 && !NOT_VANITIES.has(vanity.toLowerCase())) found.add(vanity);
    }
  }
  return Array.from(found);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Replaces each vanity in any context: plain, %-encoded, and glued into componentkeys
 * (`…TopcardOnly<vanity>`), which is why long vanities are matched as substrings.
 */
export function replaceVanities(text: string, vanities: readonly string[], anonymiser: Anonymiser): string {
  const forms = new Map<string, string>();
  for (const vanity of vanities) {
    const fake = anonymiser.vanity(vanity);
    forms.set(vanity, fake);
    const encoded = encodeURIComponent(vanity);
    if (encoded !== vanity) {
      forms.set(encoded, fake);
      forms.set(encoded.toLowerCase().replace(/%[0-9a-f]{2}/g, (m) => m), fake);
    }
  }
  const keys = Array.from(forms.keys()).sort((a, b) => b.length - a.length);
  if (keys.length === 0) return text;
  const alternatives = keys.map((key) =>
    key.length >= 6 ? escapeRegExp(key) : `(?<![A-Za-z0-9])${escapeRegExp(key)}(?![A-Za-z0-9])`,
  );
  const pattern = new RegExp(alternatives.join('|'), 'g');
  return text.replace(pattern, (found) => forms.get(found) ?? found);
}

const SLUG_LINK = /(\/(?:pulse|newsletters|events|groups|posts|feed\/update)\/)([A-Za-z0-9%_.-]+)/g;
const SEARCH_TERMS = /((?:firstName|lastName|keywords|title|company|school):List\(|[?&](?:amp;)?keywords=|keywords:)([^)&,"'\\]*)/g;

/** Article/newsletter slugs and search terms spell people's words. */
export function replaceSlugsAndTerms(text: string, anonymiser: Anonymiser): string {
  // Through `urlComponent`, so a %-escape (`%C3%B6`) is decoded first, never taken for letters.
  return text
    .replace(SLUG_LINK, (_all, prefix: string, slug: string) => `${prefix}${anonymiser.urlComponent(slug, true)}`)
    .replace(SEARCH_TERMS, (_all, prefix: string, terms: string) => `${prefix}${anonymiser.urlComponent(terms, true)}`);
}

/**
 * Last sweep: words of people's names, wherever they still stand (class names, file names, slugs), bounded by
 * non-letters only, so `acme_jane_logo` is caught too.
 */
export function sweepWords(text: string, words: readonly string[], anonymiser: Anonymiser): string {
  const usable = words.filter((w) => w.length >= 3 && /^[\p{L}'’-]+$/u.test(w) && !KEPT_WORDS.has(w.toLowerCase()));
  if (usable.length === 0) return text;
  const alternatives = usable.sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w));
  const pattern = new RegExp(`(?<![\\p{L}])(?:${alternatives.join('|')})(?![\\p{L}])`, 'giu');
  return text.replace(pattern, (found) => anonymiser.word(found));
}

const ORG_SLUG = /(\/(?:company|school|showcase)\/)([A-Za-z%\u00C0-\u024F][A-Za-z0-9%_.\-\u00C0-\u024F]*)/g;

/** Company and school slugs in `/company/<slug>/` links (numeric ids are LinkedIn's, not a person's: kept). */
export function replaceOrgSlugs(text: string, anonymiser: Anonymiser): string {
  return text
    .replace(ORG_SLUG, (_all, prefix: string, slug: string) => `${prefix}${anonymiser.vanity(slug)}`)
    .replace(/("universalName"\s*:\s*")([^"\\]+)"/g, (_all, prefix: string, slug: string) => `${prefix}${anonymiser.vanity(slug)}"`);
}

/** JSON keys whose string values are people's words (names, titles, free texts). */
export const JSON_TEXT_KEYS: ReadonlySet<string> = new Set([
  'firstName', 'lastName', 'maidenName', 'headline', 'summary', 'occupation', 'title', 'text', 'companyName',
  'schoolName', 'degreeName', 'fieldOfStudy', 'description', 'locationName', 'geoLocationName',
  'defaultLocalizedName', 'defaultLocalizedNameWithoutCountryName', 'abbreviatedLocalizedName', 'name',
  'fullName', 'accessibilityText', 'a11yText', 'altText', 'jobTitle', 'addressLocality', 'addressRegion',
  'givenName', 'familyName', 'alternateName', 'location', 'formattedName', 'subtitle', 'caption',
  'contentDescription', 'accessibilityTextAttributes', 'degree', 'fieldsOfStudy', 'positionTitle', 'school',
  'company', 'memorialized', 'pronoun', 'authorName', 'actorName', 'commentary', 'headlineText',
]);

/** Walks parsed JSON and rewrites people's strings; structure, keys, numbers and ids' shapes stay. */
export function anonymiseJson(value: unknown, anonymiser: Anonymiser, key = '', inText = false): unknown {
  if (typeof value === 'string') {
    // Absolute and root-relative URLs (`/in/…`, `/edu/…`, request paths): every component, like any URL.
    if (/^(?:https?:\/\/|\/)\S*$/i.test(value)) return anonymiser.url(value);
    if (inText || JSON_TEXT_KEYS.has(key)) return anonymiser.text(value);
    if (/\s/.test(value.trim()) && !/^(?:urn:|https?:|\/|\{|\[)/.test(value)) return anonymiser.text(value);
    return value;
  }
  if (Array.isArray(value)) return value.map((item) => anonymiseJson(item, anonymiser, key, inText));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = anonymiseJson(v, anonymiser, k, inText || k.startsWith('multiLocale'));
    }
    return out;
  }
  return value;
}

const HTML_PART =
  /<!--[\s\S]*?-->|<script\b[^>]*>[\s\S]*?<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>|<code\b[^>]*>[\s\S]*?<\/code\s*>|<[A-Za-z/!?](?:"[^"]*"|'[^']*'|[^'">])*>|[^<]+|</g;
const ATTRIBUTE = /(\s)([^\s=/>"']+)(\s*=\s*)("[^"]*"|'[^']*'|[^\s>"']+)/g;
const TEXT_ATTRIBUTES = new Set(['alt', 'aria-label', 'title', 'placeholder', 'aria-valuetext', 'aria-description', 'label']);
const META_TEXT_NAMES = /^(?:description|title|og:title|og:description|og:image:alt|twitter:title|twitter:description|twitter:image:alt|profile:first_name|profile:last_name)$/i;
/** Ember app configuration (hundreds of KB of build settings): no reader looks at it. */
const APP_CONFIG_META = /\/config\/|asset-manifest|hash-includes|^__init$/;

function unescapeHtml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** JSON embedded in a page (`<code>` bpr blocks, JSON-LD): parsed, anonymised, written back in the same escaping. */
export function anonymiseEmbeddedJson(body: string, anonymiser: Anonymiser): string {
  const parts = /^(\s*)(<!--)?([\s\S]*?)(-->)?(\s*)$/.exec(body);
  if (!parts) return body;
  const [, lead = '', open = '', inner = '', close = '', trail = ''] = parts;
  const escaped = inner.includes('&quot;');
  let parsed: unknown;
  try {
    parsed = JSON.parse(escaped ? unescapeHtml(inner) : inner);
  } catch {
    return body;
  }
  const json = JSON.stringify(anonymiseJson(parsed, anonymiser));
  const written = escaped ? escapeHtml(json) : json.replace(/</g, '\\u003c');
  return `${lead}${open}${written}${close}${trail}`;
}

const EMBEDDED_URL = /(?:https?:)?\/\/[^\s"'<>,\\]+|https?%3A%2F%2F[^\s"'<>&,]+/gi;

/** An attribute value that is a URL (href, src) or holds URLs (srcset, content, data-*): every URL anonymised. */
function anonymiseUrlAttribute(value: string, anonymiser: Anonymiser, wholeIsUrl: boolean): string {
  if (wholeIsUrl && !/^(?:javascript|data|mailto|tel):/i.test(value)) return anonymiser.url(value);
  return value.replace(EMBEDDED_URL, (found) => {
    if (/^https?%3A/i.test(found)) return encodeURIComponent(anonymiser.url(decodeVanity(found)));
    return anonymiser.url(found);
  });
}

function anonymiseTag(tag: string, anonymiser: Anonymiser): string {
  const nameMatch = /^<\/?([A-Za-z][A-Za-z0-9:-]*)/.exec(tag);
  if (!nameMatch?.[1] || tag.startsWith('</')) return tag;
  const tagName = nameMatch[1].toLowerCase();
  const metaName = tagName === 'meta' ? /\s(?:name|property)\s*=\s*["']([^"']*)["']/i.exec(tag)?.[1] : undefined;
  const metaIsText = metaName !== undefined && META_TEXT_NAMES.test(metaName);
  return tag.replace(ATTRIBUTE, (all, space: string, name: string, eq: string, quoted: string) => {
    const attribute = name.toLowerCase();
    const quote = quoted.startsWith('"') || quoted.startsWith("'") ? quoted.charAt(0) : '';
    const value = quote ? quoted.slice(1, -1) : quoted;
    let next = value;
    if (tagName === 'path' && attribute === 'd') next = '';
    else if (attribute === 'content' && metaName !== undefined && APP_CONFIG_META.test(metaName)) next = '';
    else if (TEXT_ATTRIBUTES.has(attribute) || (attribute === 'content' && metaIsText)) next = anonymiser.text(value);
    else if (attribute === 'href' || attribute === 'src' || attribute === 'action' || attribute === 'poster') {
      next = anonymiseUrlAttribute(value, anonymiser, true);
    } else if (attribute === 'content' || attribute === 'srcset' || attribute.startsWith('data-')) {
      next = anonymiseUrlAttribute(value, anonymiser, false);
    }
    return next === value ? all : `${space}${name}${eq}${quote}${next}${quote}`;
  });
}

/** The tag-aware pass: free text and human attributes rewritten, scripts/styles emptied, JSON blocks walked. */
export function anonymiseHtmlText(html: string, anonymiser: Anonymiser): string {
  return html.replace(HTML_PART, (part) => {
    if (part.startsWith('<!--')) {
      const body = part.slice(4, -3);
      // A comment holding markup (IE conditionals, commented-out blocks) is markup too.
      if (body.includes('<')) return `<!--${anonymiseHtmlText(body, anonymiser)}-->`;
      return body.trim() === '' ? part : `<!--${anonymiser.text(body)}-->`;
    }
    if (/^<script\b/i.test(part)) {
      const open = /^<script\b[^>]*>/i.exec(part)?.[0] ?? '<script>';
      const body = part.slice(open.length, part.lastIndexOf('<'));
      if (/type\s*=\s*["']application\/ld\+json["']/i.test(open)) {
        return `${anonymiseTag(open, anonymiser)}${anonymiseEmbeddedJson(body, anonymiser)}</script>`;
      }
      return `${anonymiseTag(open, anonymiser)}</script>`;
    }
    if (/^<style\b/i.test(part)) {
      const open = /^<style\b[^>]*>/i.exec(part)?.[0] ?? '<style>';
      return `${open}</style>`;
    }
    if (/^<code\b/i.test(part)) {
      const open = /^<code\b[^>]*>/i.exec(part)?.[0] ?? '<code>';
      const body = part.slice(open.length, part.lastIndexOf('<'));
      return `${anonymiseTag(open, anonymiser)}${anonymiseEmbeddedJson(body, anonymiser)}</code>`;
    }
    if (part.startsWith('<') && part.length > 1) return anonymiseTag(part, anonymiser);
    return anonymiser.text(part);
  });
}

/** Structured tokens, in any context (markup, JSON, URLs, componentkeys): ids, numbers, vanities, slugs, media. */
export interface KnownTokens {
  vanities: readonly string[];
  numericIds: readonly string[];
  mediaIds?: readonly string[];
}

export function anonymiseTokens(content: string, known: KnownTokens, anonymiser: Anonymiser): string {
  let out = replaceMemberIds(content, anonymiser);
  out = replaceBase64MemberUrns(out, anonymiser);
  out = replaceMediaUrls(out, anonymiser);
  out = replaceMediaAssetIds(out, known.mediaIds ?? findMediaAssetIds(content), anonymiser);
  out = replaceLongDigitRuns(out, anonymiser);
  out = out
    .replace(/("fileIdentifyingUrlPathSegment"\s*:\s*")([^"]*)"/g, (_a, p: string, v: string) => `${p}${anonymiser.mediaPath(v)}"`)
    .replace(/(&quot;fileIdentifyingUrlPathSegment&quot;:&quot;)(.*?)&quot;/g, (_a, p: string, v: string) => `${p}${anonymiser.mediaPath(v)}&quot;`);
  out = replaceNumbers(out, known.numericIds, anonymiser);
  out = replaceVanities(out, known.vanities, anonymiser);
  out = replaceSlugsAndTerms(out, anonymiser);
  return replaceOrgSlugs(out, anonymiser);
}

export function anonymiseHtml(
  html: string,
  known: KnownTokens,
  anonymiser: Anonymiser,
): string {
  return anonymiseHtmlText(anonymiseTokens(html, known, anonymiser), anonymiser);
}

export function anonymiseJsonDocument(
  json: string,
  known: KnownTokens,
  anonymiser: Anonymiser,
): string {
  const parsed: unknown = JSON.parse(anonymiseTokens(json, known, anonymiser));
  return `${JSON.stringify(anonymiseJson(parsed, anonymiser), null, 2)}\n`;
}
