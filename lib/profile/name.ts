// Splitting a displayed LinkedIn name into first and last name, without the decorations people add to it.

export interface SplitName {
  /** The name without emoji, pronouns or credentials; parenthesised nicknames / maiden names are kept. */
  fullName: string;
  firstName: string;
  lastName: string;
  /** "PhD", "PMP"… found after the first comma. */
  credentials: string[];
  /** "she/her" when the name carried pronouns in parentheses. */
  pronouns: string | null;
  /** LinkedIn shows out-of-network members as "LinkedIn Member": that is not a name. */
  isPlaceholder: boolean;
}

const PLACEHOLDER_NAMES = new Set(['linkedin member', 'membre de linkedin', 'linkedin-mitglied', 'miembro de linkedin']);

// Emoji and their modifiers (skin tones, variation selectors, joiners, flags, keycaps).
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|[\u{1F3FB}-\u{1F3FF}]|\u{FE0E}|\u{FE0F}|\u{200D}|\u{20E3}/gu;

const PRONOUN_WORDS =
  /^(?:he|him|his|she|her|hers|they|them|theirs|xe|xem|ze|zir|any|all|il|lui|elle|iel|er|ihm|sie|ihr|él|ella|elle)$/i;

const HONORIFICS = /^(?:dr|prof|mr|mrs|ms|mx|sir|dame)\.?$/i;

function isPronounGroup(inner: string): boolean {
  const parts = inner
    .split(/[/,|\s]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length > 0 && parts.every((p) => PRONOUN_WORDS.test(p) || /^pronouns?:?$/i.test(p));
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function splitName(input: string): SplitName {
  let name = tidy(input.replace(/\u00A0/g, ' ').replace(EMOJI, ' '));
  let pronouns: string | null = null;

  name = tidy(
    name.replace(/[(（[]([^)）\]]*)[)）\]]/g, (whole, inner: string) => {
      if (isPronounGroup(inner)) {
        pronouns ??= tidy(inner);
        return ' ';
      }
      return whole;
    }),
  );

  const credentials: string[] = [];
  const comma = name.indexOf(',');
  if (comma > 0) {
    credentials.push(
      ...name
        .slice(comma + 1)
        .split(',')
        .map(tidy)
        .filter(Boolean),
    );
    name = tidy(name.slice(0, comma));
  }
  name = name.replace(/[\s\-–—|·•]+$/u, '').trim();

  if (PLACEHOLDER_NAMES.has(name.toLowerCase())) {
    return { fullName: name, firstName: '', lastName: '', credentials, pronouns, isPlaceholder: true };
  }

  // Parenthesised parts (nicknames, maiden names) belong to the displayed name, not to the first/last split.
  const words = tidy(name.replace(/\([^)]*\)/g, ' '))
    .split(' ')
    .filter(Boolean);
  while (words.length > 1 && HONORIFICS.test(words[0] ?? '')) words.shift();
  const [first = '', ...rest] = words;
  return { fullName: name, firstName: first, lastName: rest.join(' '), credentials, pronouns, isPlaceholder: false };
}

/** Cleans one name part LinkedIn's JSON gives separately (firstName / lastName): no emoji, pronouns or credentials. */
export function cleanNamePart(part: string): string {
  const split = splitName(part);
  return split.isPlaceholder ? '' : split.fullName;
}
