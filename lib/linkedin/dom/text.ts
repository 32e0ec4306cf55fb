// Text and structure helpers shared by the page readers (pure DOM reads, no globals).
import type { ProfileFragment } from '@/lib/linkedin/types';
import { splitName } from '@/lib/profile/name';
import type { Section } from '@/lib/profile/profile';
import { sectionOfSlug } from '@/lib/linkedin/sections';

/** Collapses every run of whitespace (incl. NBSP) into one space and trims. */
export function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00A0\u200B]+/g, ' ').trim();
}

/** Same as clean, but null for an empty result. */
export function cleanOrNull(text: string | null | undefined): string | null {
  const t = clean(text);
  return t ? t : null;
}

/** Elements that are never part of a person's text: "… more" buttons, screen-reader copies, icons. */
const NOT_TEXT = new Set(['BUTTON', 'SCRIPT', 'STYLE', 'TEMPLATE', 'SVG', 'svg', 'CODE', 'LI-ICON']);

function isSkipped(el: Element, skip?: (el: Element) => boolean): boolean {
  if (NOT_TEXT.has(el.tagName)) return true;
  if (el.classList.contains('visually-hidden')) return true;
  return skip ? skip(el) : false;
}

/**
 * The text of an element with its line structure: `<br>` and block elements (`<p>`, `<div>`, `<li>`) start new
 * lines; each line is whitespace-collapsed; runs of blank lines are kept as one blank line (a paragraph break).
 */
export function multilineText(root: Element, skip?: (el: Element) => boolean): string {
  const lines: string[] = [''];
  const newLine = (): void => {
    lines.push('');
  };
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        lines[lines.length - 1] += child.textContent ?? '';
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (isSkipped(el, skip)) continue;
        if (el.tagName === 'BR') {
          newLine();
          continue;
        }
        const block = /^(P|DIV|LI|UL|OL|H[1-6]|SECTION)$/.test(el.tagName);
        if (block && clean(lines[lines.length - 1])) newLine();
        walk(el);
        if (block && clean(lines[lines.length - 1])) newLine();
      }
    }
  };
  walk(root);
  const out: string[] = [];
  for (const raw of lines) {
    const line = clean(raw);
    if (line || (out.length > 0 && out[out.length - 1] !== '')) out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

/** The first integer printed in a text ("Show all 12 experiences", "Afficher les 1 234 compétences"). */
export function firstInteger(text: string | null | undefined): number | null {
  const m = /\d[\d\s\u00A0.,\u202F]*/.exec(text ?? '');
  if (!m) return null;
  const digits = m[0].replace(/[^\d]/g, '');
  if (!digits) return null;
  const n = Number(digits);
  return Number.isSafeInteger(n) ? n : null;
}

/** Outermost elements of a list: drops every element that sits inside another one of the list. */
export function outermost<T extends Element>(elements: readonly T[]): T[] {
  return elements.filter((el) => !elements.some((other) => other !== el && other.contains(el)));
}

/** The section a `/details/<name>/` link points at. */
export function sectionOfDetailsHref(href: string): Section | null {
  // Only the section page itself: deeper links (a skill's endorsers…) carry other counts.
  const m = /\/details\/([a-z]+)\/?(?:[?#]|$)/.exec(href);
  return m?.[1] ? sectionOfSlug(m[1]) : null;
}

/** A photo URL we can keep: http(s) only (no data: placeholders or ghost images). */
export function photoUrlOrNull(src: string | null | undefined): string | null {
  const s = (src ?? '').trim();
  return /^https:\/\//.test(s) ? s : null;
}

/**
 * The printed date range of an element whose dates are `<time>`s and loose text ("<time>Jul 2021</time> - Present"),
 * without the duration LinkedIn adds in a nested `<span>` or in parentheses.
 */
export function rangeText(el: Element): string {
  let text = '';
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === 3) text += child.textContent ?? '';
    else if (child.nodeType === 1 && (child as Element).tagName === 'TIME') text += ` ${child.textContent ?? ''} `;
  }
  return clean(text.replace(/\([^)]*\)/g, ' '));
}

/**
 * The first element that matches one of the selectors, tried one by one in the order given (most likely first).
 * Layout checks run on every page: single selectors, tag-qualified where possible, keep a miss cheap.
 */
export function firstMatch(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const el = root.querySelector(selector);
    if (el) return el;
  }
  return null;
}

/** Whether an element shows any text, without building the text of a large subtree. */
export function hasText(el: Element): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (/[^\s\u00A0\u200B]/.test(node.nodeValue ?? '')) return true;
  }
  return false;
}

/** Sets the name fields from the name a page shows ("LinkedIn Member" and other placeholders set nothing). */
export function putName(fragment: ProfileFragment, name: string): void {
  if (!name) return;
  const split = splitName(name);
  if (split.isPlaceholder) return;
  fragment.fullName = split.fullName;
  fragment.firstName = split.firstName;
  fragment.lastName = split.lastName;
}
