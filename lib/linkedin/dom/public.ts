// Reader of LinkedIn's logged-out ("guest") profile page: its JSON-LD Person and its DOM.
import { z } from 'zod';
import { parseDateRange } from '@/lib/profile/dates';
import type { Certification, Education, Experience, Warning } from '@/lib/profile/profile';
import { sameVanity, vanityFromUrl } from '@/lib/profile/url';
import type { ProfileFragment, ReaderResult } from '@/lib/linkedin/types';
import { locationOf, splitDegree } from './entry-lines';
import { PUBLIC } from './public-selectors';
import { clean, cleanOrNull, firstMatch, multilineText, photoUrlOrNull, putName, rangeText } from './text';

const SOURCE = 'public' as const;

const organisationSchema = z.object({ name: z.string().optional() });
const languageSchema = z.object({ name: z.string().optional() });
const personSchema = z.object({
  '@type': z.literal('Person'),
  name: z.string().optional(),
  jobTitle: z.union([z.string(), z.array(z.string())]).optional(),
  address: z.object({ addressLocality: z.string().optional() }).optional(),
  worksFor: z.array(organisationSchema).optional(),
  description: z.string().optional(),
  // A field of an unexpected shape must not cost the whole Person.
  knowsLanguage: z.array(languageSchema).optional().catch(undefined),
  image: z.object({ contentUrl: z.string().optional() }).optional(),
  url: z.string().optional(),
});
type Person = z.infer<typeof personSchema>;

export function readPublicPage(doc: Document, url: URL): ReaderResult {
  const warnings: Warning[] = [];
  const none: ReaderResult = { source: SOURCE, fragment: null, warnings };
  const vanity = vanityFromUrl(url);
  if (!vanity) return none;
  // The guest page's JSON-LD sits in <head> (a small subtree, cheap to check on every page); a Person there is
  // enough to read the page even when its DOM is not the one we know.
  const person = doc.head?.querySelector(PUBLIC.jsonLd) ? readPerson(doc) : null;
  if (!person && !firstMatch(doc, PUBLIC.layout)) return none;

  const pageVanity = vanityFromUrl((doc.head ?? doc).querySelector(PUBLIC.canonical)?.getAttribute('href') ?? person?.url ?? '');
  if (pageVanity && !sameVanity(pageVanity, vanity)) {
    warnings.push({ code: 'identity-mismatch', message: 'The page describes another profile than the address names.' });
    return none;
  }

  const fragment: ProfileFragment = {};
  if (pageVanity) fragment.publicIdentifier = vanity;

  const name = clean(person?.name) || clean(doc.querySelector(PUBLIC.name)?.textContent);
  putName(fragment, name);
  // The headline is only in the DOM: JSON-LD's jobTitle lists current titles, which is another field.
  const headline = clean(doc.querySelector(PUBLIC.headline)?.textContent);
  if (headline) fragment.headline = headline;
  const location = clean(person?.address?.addressLocality) || clean(doc.querySelector(PUBLIC.location)?.textContent);
  if (location) fragment.location = location;
  const photo =
    photoUrlOrNull(person?.image?.contentUrl) ??
    photoUrlOrNull(doc.querySelector(PUBLIC.photo)?.getAttribute('src')) ??
    photoUrlOrNull(doc.querySelector(PUBLIC.photo)?.getAttribute('data-delayed-url'));
  if (photo) fragment.photoUrl = photo;
  const about = person?.description ? htmlText(person.description) : aboutFromDom(doc);
  if (about) fragment.about = about;

  const numeric = doc.querySelector(PUBLIC.memberUrnAttribute)?.getAttribute('data-semaphore-content-urn') ?? '';
  const numericId = PUBLIC.memberUrnPattern.exec(numeric)?.[1];
  if (numericId) fragment.numericMemberId = numericId;

  const experienceSection = doc.querySelector(PUBLIC.experienceSection);
  if (experienceSection) fragment.experiences = readExperiences(experienceSection);
  const educationSection = doc.querySelector(PUBLIC.educationSection);
  if (educationSection) fragment.educations = readEducations(educationSection);
  const languages = readLanguages(doc, person);
  if (languages) fragment.languages = languages;
  const certifications = Array.from(doc.querySelectorAll(PUBLIC.certificationEntry)).flatMap(readCertification);
  if (certifications.length > 0) fragment.certifications = certifications;

  const titles = person?.jobTitle === undefined ? [] : [person.jobTitle].flat().map(clean).filter(Boolean);
  const company = cleanOrNull(person?.worksFor?.[0]?.name);
  if (titles[0] || company) fragment.currentJob = { title: titles[0] ?? null, company };
  return { source: SOURCE, fragment, warnings };
}

function readPerson(doc: Document): Person | null {
  for (const script of Array.from(doc.querySelectorAll(PUBLIC.jsonLd))) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const graph: unknown[] =
      typeof parsed === 'object' && parsed !== null && '@graph' in parsed && Array.isArray(parsed['@graph'])
        ? (parsed['@graph'] as unknown[])
        : [parsed];
    for (const node of graph) {
      const person = personSchema.safeParse(node);
      if (person.success) return person.data;
    }
  }
  return null;
}

/** JSON-LD texts carry `<br>`s; read as a string (no markup parsing: LinkedIn pages enforce Trusted Types). */
function htmlText(html: string): string | null {
  const text = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  const lines: string[] = [];
  for (const line of text.split('\n').map(clean)) {
    if (line || (lines.length > 0 && lines[lines.length - 1] !== '')) lines.push(line);
  }
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n') || null;
}

function aboutFromDom(doc: Document): string | null {
  const el = doc.querySelector(PUBLIC.about);
  return el ? multilineText(el) || null : null;
}

function readExperiences(section: Element): Experience[] {
  const out: Experience[] = [];
  for (const entry of Array.from(section.querySelectorAll(PUBLIC.experienceEntry))) {
    if (entry.matches(PUBLIC.groupPosition)) continue;
    const positions = Array.from(entry.querySelectorAll(PUBLIC.groupPosition));
    const groupCompany = cleanOrNull(entry.querySelector(PUBLIC.groupCompany)?.textContent);
    for (const position of positions.length > 0 ? positions : [entry]) {
      const experience = readPosition(position, groupCompany);
      if (experience) out.push(experience);
    }
  }
  return out;
}

function readPosition(position: Element, groupCompany: string | null): Experience | null {
  const title = clean(position.querySelector(PUBLIC.title)?.textContent);
  if (!title) return null;
  const dateEl = position.querySelector(PUBLIC.dateRange);
  const range = dateEl ? parseDateRange(rangeText(dateEl)) : null;
  const metaLines = Array.from(position.querySelectorAll(PUBLIC.metaItem))
    .filter((el) => !el.querySelector(PUBLIC.dateRange) && !el.querySelector('.show-more-less-text') && el.tagName === 'P')
    .map((el) => clean(el.textContent))
    .filter(Boolean);
  const full = position.querySelector(PUBLIC.descriptionFull);
  const short = position.querySelector(PUBLIC.descriptionShort);
  const descriptionEl = full ?? short;
  return {
    title,
    // A grouped role belongs to the group's employer, whatever spelling the role's own subtitle uses.
    company: groupCompany ?? cleanOrNull(position.querySelector(PUBLIC.company)?.textContent),
    location: locationOf(metaLines),
    startDate: range?.start ?? null,
    endDate: range?.isCurrent ? null : (range?.end ?? null),
    isCurrent: range?.isCurrent ?? false,
    description: descriptionEl ? multilineText(descriptionEl) || null : null,
    employmentType: null,
  };
}

function readEducations(section: Element): Education[] {
  const out: Education[] = [];
  for (const entry of Array.from(section.querySelectorAll(PUBLIC.educationEntry))) {
    const school = clean(entry.querySelector(PUBLIC.school)?.textContent);
    if (!school) continue;
    const { degree, field } = readDegree(Array.from(entry.querySelectorAll(PUBLIC.degreeParts)));
    const dateEl = entry.querySelector(PUBLIC.dateRange);
    const range = dateEl ? parseDateRange(rangeText(dateEl)) : null;
    out.push({
      school,
      degree,
      field,
      startDate: range?.start ?? null,
      endDate: range?.isCurrent ? null : (range?.end ?? null),
    });
  }
  return out;
}

/**
 * The guest page prints degree, field and grade as spans; field and grade carry `data-section`, the degree does not.
 * A grade ("18 of 20", "9.7 of 10", "3.8/4") is never a field.
 */
function readDegree(spans: readonly Element[]): { degree: string | null; field: string | null } {
  const parts = spans.map((el) => ({ text: clean(el.textContent), tagged: el.hasAttribute(PUBLIC.educationPartAttribute) }));
  const present = parts.filter((p) => p.text !== '' && !isGrade(p.text));
  if (parts.some((p) => p.tagged)) {
    return {
      degree: present.find((p) => !p.tagged)?.text ?? null,
      field: present.find((p) => p.tagged)?.text ?? null,
    };
  }
  if (present.length >= 2) return { degree: present[0]?.text ?? null, field: present[1]?.text ?? null };
  return splitDegree(present[0]?.text ?? null);
}

/** Two numbers with at most a slash or a short word between them, or a lone number. */
export function isGrade(text: string): boolean {
  return /^\d+(?:[.,]\d+)?(?:\s*(?:\/|\p{L}{1,5}(?:\s\p{L}{1,5})?)\s*\d+(?:[.,]\d+)?)?$/u.test(text.trim());
}

/** The languages the page lists, then any the JSON-LD adds. */
function readLanguages(doc: Document, person: Person | null): string[] | null {
  const section = doc.querySelector(PUBLIC.languagesSection);
  const fromDom = section ? Array.from(section.querySelectorAll(PUBLIC.languageName)).map((el) => clean(el.textContent)) : [];
  const fromJson = (person?.knowsLanguage ?? []).map((l) => clean(l.name));
  if (!section && fromJson.length === 0) return null;
  return Array.from(new Set([...fromDom, ...fromJson].filter(Boolean)));
}

function readCertification(entry: Element): Certification[] {
  const name = clean(entry.querySelector(PUBLIC.certificationName)?.textContent);
  return name ? [{ name, authority: cleanOrNull(entry.querySelector(PUBLIC.certificationAuthority)?.textContent) }] : [];
}
