// The entries of a 2026 server-driven list (a profile card or a details page): keyed items, their printed lines,
// grouped roles. Shared by the profile page reader and the details page reader.
import { parseDateRange } from '@/lib/profile/dates';
import type { Certification, Education, Experience } from '@/lib/profile/profile';
import { educationFromLines, experienceFromLines, readGroupHeader } from './entry-lines';
import { SDUI } from './sdui-2026-selectors';
import { clean, multilineText, outermost } from './text';

export function experienceEntries(card: Element): Element[] {
  return outermost(Array.from(card.querySelectorAll(SDUI.entry)));
}

/** Education and skills entries: keyed like experiences, or by plain UUIDs (then separated by <hr>). */
export function educationEntries(card: Element): Element[] {
  const keyed = experienceEntries(card);
  if (keyed.length > 0) return keyed;
  const uuidKeyed = Array.from(card.querySelectorAll(SDUI.uuidKeyed)).filter(
    (el) => SDUI.uuidPattern.test(el.getAttribute('componentkey') ?? '') && el.querySelector('p') !== null,
  );
  return outermost(uuidKeyed);
}

/** The text lines of an entry's own block and its description (the <p>s after the block holding the dates). */
export function splitEntry(item: Element, excludeNested = false): { lines: string[]; description: string | null } {
  const leaves = Array.from(item.querySelectorAll('p')).filter((p) => {
    if (p.querySelector('p')) return false;
    if (p.querySelector(SDUI.skillAssociationLink) || p.closest('a[href*="skill-associations"]')) return false;
    if (excludeNested && p.closest('ul') && item.contains(p.closest('ul'))) return false;
    return clean(p.textContent) !== '';
  });
  const texts = leaves.map((p) => clean(p.textContent));
  const dateIndex = texts.findIndex((t, i) => i > 0 && parseDateRange(t) !== null);
  if (dateIndex < 0) return { lines: texts, description: null };
  const dateP = leaves[dateIndex];
  const block = dateP?.parentElement ?? null;
  const lines = texts.slice(0, dateIndex + 1);
  const descriptionParts: string[] = [];
  leaves.slice(dateIndex + 1).forEach((p, i) => {
    if (block?.contains(p)) lines.push(texts[dateIndex + 1 + i] ?? '');
    else descriptionParts.push(multilineText(p));
  });
  return { lines, description: descriptionParts.filter(Boolean).join('\n') || null };
}

export function readExperienceEntry(entry: Element): Experience[] {
  const roles = outermost(Array.from(entry.querySelectorAll('ul > li')));
  if (roles.length === 0) {
    const { lines, description } = splitEntry(entry);
    const experience = experienceFromLines(lines, description, null);
    return experience ? [experience] : [];
  }
  // An employer with several roles: the keyed entry is the employer, each <li> one role.
  const header = readGroupHeader(splitEntry(entry, true).lines);
  return roles.flatMap((role) => {
    const { lines, description } = splitEntry(role);
    const experience = experienceFromLines(lines, description, header);
    return experience ? [experience] : [];
  });
}

export function readEducationEntry(entry: Element): Education[] {
  const education = educationFromLines(splitEntry(entry).lines);
  return education ? [education] : [];
}

/** [name, issuer, "Issued Mar 2024"…]: the issuer is the line after the name, unless it is a date line. */
export function readCertificationEntry(entry: Element): Certification[] {
  const [name, issuer] = splitEntry(entry).lines;
  if (!name) return [];
  const authority = issuer && !/\d{4}/.test(issuer) ? issuer : null;
  return [{ name, authority }];
}

/** [language, proficiency]: the language only. */
export function readNameEntry(entry: Element): string[] {
  const [name] = splitEntry(entry).lines;
  return name ? [name] : [];
}
