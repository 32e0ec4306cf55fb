// Deterministic anonymisation of LinkedIn pages: real people's tokens become invented ones of the same shape.
// Every mapping is a pure function of the real token (seeded hash), so the same person stays the same invented
// person across files, and running the script twice gives byte-identical fixtures.

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
const WORD = /[\p{L}\p{M}]+/gu;
const TEXT_TOKEN = /&#?[A-Za-z0-9]+;|https?:\/\/[^\s"'<>]+|[\p{L}\p{M}]+/gu;
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

/** The stateless mapping plus the list of real tokens it was asked about (for the leak check). */
export class Anonymiser {
  private readonly words = new Map<string, string>();
  private readonly produced = new Set<string>();
  private readonly vanities = new Map<string, string>();
  private readonly reserved = new Set<string>();

  /** Real words an invented word must never equal (so a kept "already invented" word is never a real one). */
  reserve(words: Iterable<string>): void {
    for (const word of words) this.reserved.add(word.toLowerCase());
  }

  /** One word: kept when it is UI/date vocabulary, otherwise an invented word of the same shape. */
  word(word: string): string {
    const lower = word.toLowerCase();
    if (!LETTER.test(word) || KEPT_WORDS.has(lower) || this.produced.has(lower)) return word;
    let fake = this.words.get(lower);
    if (fake === undefined) {
      let salt = 0;
      fake = inventWord(lower, salt);
      // Short words cannot always avoid every real word: after a few tries only "not itself" matters.
      while (fake === lower || ((KEPT_WORDS.has(fake) || this.reserved.has(fake)) && salt < 40)) {
        salt += 1;
        fake = inventWord(lower, salt);
      }
      this.words.set(lower, fake);
      this.produced.add(fake);
    }
    return applyCase(word, fake);
  }

  /** Free text (a name, a headline, an about text): every word through `word`, entities and layout kept. */
  text(text: string): string {
    return text.replace(TEXT_TOKEN, (token) => {
      if (token.startsWith('&')) return token;
      if (/^https?:/.test(token)) return this.urlWords(token);
      return this.word(token);
    });
  }

  /** A URL met in free text: its words are invented too, the scheme and punctuation kept. */
  urlWords(url: string): string {
    return url.replace(WORD, (w) => this.word(w));
  }

  /** A vanity (`jane-doe-12345`, possibly %-encoded): letters through `word`, digit runs through `inventDigits`. */
  vanity(raw: string): string {
    const decoded = decodeVanity(raw);
    const known = this.vanities.get(decoded);
    if (known !== undefined) return known;
    const fake = decoded
      .replace(/\d+/g, (digits) => inventDigits(digits))
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
    return inventDigits(digits);
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
  return text
    .replace(SLUG_LINK, (_all, prefix: string, slug: string) => `${prefix}${slug.replace(/[A-Za-z]+/g, (w) => anonymiser.word(w))}`)
    .replace(SEARCH_TERMS, (_all, prefix: string, terms: string) => `${prefix}${terms.replace(/[A-Za-z]+/g, (w) => anonymiser.word(w))}`);
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
const URL_TEXT_PARAMS = /([?&](?:amp;)?(?:keywords|firstName|lastName|name|title|company|school)=)([^&"'#\s]*)/g;

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

const REDIRECT_PARAM = /([?&](?:amp;)?url=)([^&"'#\s]+)/g;

function anonymiseUrlAttribute(value: string, anonymiser: Anonymiser): string {
  return value
    .replace(URL_TEXT_PARAMS, (_all, prefix: string, param: string) => `${prefix}${anonymiser.text(param)}`)
    // LinkedIn's safety redirect carries the member's own website, %-encoded.
    .replace(REDIRECT_PARAM, (_all, prefix: string, target: string) =>
      `${prefix}${encodeURIComponent(anonymiser.urlWords(decodeVanity(target)))}`,
    );
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
    else if (attribute === 'href' || attribute === 'src' || attribute === 'content' || attribute.startsWith('data-')) {
      next = anonymiseUrlAttribute(value, anonymiser);
    }
    return next === value ? all : `${space}${name}${eq}${quote}${next}${quote}`;
  });
}

/** The tag-aware pass: free text and human attributes rewritten, scripts/styles emptied, JSON blocks walked. */
export function anonymiseHtmlText(html: string, anonymiser: Anonymiser): string {
  return html.replace(HTML_PART, (part) => {
    if (part.startsWith('<!--')) {
      const body = part.slice(4, -3);
      return body.trim() === '' || body.includes('<') ? part : `<!--${anonymiser.text(body)}-->`;
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
export function anonymiseTokens(
  content: string,
  known: { vanities: readonly string[]; numericIds: readonly string[] },
  anonymiser: Anonymiser,
): string {
  let out = replaceMemberIds(content, anonymiser);
  out = replaceBase64MemberUrns(out, anonymiser);
  out = replaceMediaUrls(out, anonymiser);
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
  known: { vanities: readonly string[]; numericIds: readonly string[] },
  anonymiser: Anonymiser,
): string {
  return anonymiseHtmlText(anonymiseTokens(html, known, anonymiser), anonymiser);
}

export function anonymiseJsonDocument(
  json: string,
  known: { vanities: readonly string[]; numericIds: readonly string[] },
  anonymiser: Anonymiser,
): string {
  const parsed: unknown = JSON.parse(anonymiseTokens(json, known, anonymiser));
  return `${JSON.stringify(anonymiseJson(parsed, anonymiser), null, 2)}\n`;
}
