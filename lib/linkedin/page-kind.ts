// Which LinkedIn page is this? Decided from the URL first, then from the document for the pages LinkedIn serves
// under a profile's own address (authwall, "This page doesn't exist", security checks). Pages that list people
// (people search, Sales Navigator searches and lead lists, Recruiter projects) are list kinds, read by
// lib/linkedin/list; a Sales Navigator lead page and a Recruiter profile are persons of their own.
import type { ListKind } from '@/lib/linkedin/list/types';
import type { NotProfileReason, PageKind } from '@/lib/linkedin/types';
import { RECRUITER_PROFILE_ID_PATTERN } from '@/lib/profile/profile';
import { vanityFromUrl } from '@/lib/profile/url';

const DETAILS_SECTIONS: Record<string, Extract<PageKind, { kind: 'profile' }>['section']> = {
  experience: 'details-experience',
  education: 'details-education',
  skills: 'details-skills',
};

function notProfile(reason: NotProfileReason): PageKind {
  return { kind: 'not-profile', reason };
}

function toUrl(url: string | URL): URL | null {
  if (url instanceof URL) return url;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function fold(text: string | null | undefined): string {
  return (text ?? '')
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

// Page titles and headings LinkedIn shows on its error pages (a few languages; structure decides the rest).
const NOT_FOUND_TEXT =
  /page not found|profile not found|this page doesn't exist|this profile is not available|page introuvable|cette page n'existe pas|seite nicht gefunden|diese seite existiert nicht|página no encontrada|esta página no existe/;
const CHECKPOINT_TEXT = /security verification|quick security check|vérification de sécurité|sicherheitsüberprüfung/;
const AUTHWALL_TEXT = /^(sign up|sign in|join linkedin|s'identifier|s'inscrire|anmelden|registrieren)\b|sign in to view|join to view|join now to view/;

/** Markup that only a rendered profile has, in any of the layouts seen so far. */
function hasProfileContent(doc: Document): boolean {
  if (
    doc.querySelector(
      [
        '[componentkey*="Topcard"]',
        '[componentkey^="ProfileVerificationTriggerRef-"]',
        'section[data-member-id]',
        '.pv-top-card',
        '#profile-wrapper',
        '.top-card-layout__title',
        '.profile-topcard-person-entity__name',
        'h1#name',
        'main#workspace section.artdeco-card',
      ].join(','),
    )
  ) {
    return true;
  }
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    if (/"@type"\s*:\s*"Person"/.test(script.textContent ?? '')) return true;
  }
  return false;
}

function headingsText(doc: Document): string[] {
  return [doc.title, ...Array.from(doc.querySelectorAll('h1, h2'), (h) => h.textContent)].slice(0, 12).map(fold);
}

/** What the document says this /in/ page is, when it is not a profile after all. */
function documentReason(doc: Document): NotProfileReason | null {
  if (hasProfileContent(doc)) return null;
  const texts = headingsText(doc);
  if (texts.some((t) => NOT_FOUND_TEXT.test(t))) return 'not-found';
  if (texts.some((t) => CHECKPOINT_TEXT.test(t)) || doc.querySelector('#captcha-internal, form[action*="/checkpoint/challenge"]')) {
    return 'checkpoint';
  }
  const pageKey = doc.querySelector('meta[name="pageKey"]')?.getAttribute('content') ?? '';
  const passwordForm = doc.querySelector('input[type="password"], form[action*="login"], form[action*="uas/"]') !== null;
  if (/authwall/i.test(pageKey) || (passwordForm && texts.some((t) => AUTHWALL_TEXT.test(t)))) return 'authwall';
  if (/login/i.test(pageKey)) return 'login';
  return null;
}

/**
 * The Recruiter profile id a path names: `/talent/profile/<id>`, and the profile opened over a project or a search
 * (`/talent/hire/<project>/manage/all/profile/<id>`, `/talent/hire/<project>/discover/recruiterSearch/profile/<id>`, …),
 * whose last `profile/<id>` segment is the person (URL shapes from public references, docs/ARCHITECTURE.md).
 * The id is case-sensitive: read from the path as written.
 */
function recruiterProfileId(path: string): string | null {
  const id = /^\/talent\/(?:[^?#]*\/)?profile\/([^/?#]+)(?:\/|$)/.exec(path)?.[1];
  return id && RECRUITER_PROFILE_ID_PATTERN.test(id) ? id : null;
}

/** The list a (lowercased) path shows, if it is a page of people. */
function listKindOf(path: string): ListKind | null {
  if (/^\/search\/results\/people(?:\/|$)/.test(path)) return 'people-search';
  if (/^\/sales\/search\/people(?:\/|$)/.test(path)) return 'salesnav-search';
  if (/^\/sales\/lists\/people\/[^/]+/.test(path)) return 'salesnav-list';
  if (/^\/(?:talent|recruiter)\/projects\/[^/]+/.test(path) || /^\/talent\/hire\/[^/]+\/(?:discover|manage)\//.test(path)) return 'recruiter';
  return null;
}

export function detectPageKind(url: string | URL, doc?: Document | null): PageKind {
  const u = toUrl(url);
  if (!u || !/^https?:$/.test(u.protocol)) return notProfile('not-linkedin');
  const host = u.hostname.toLowerCase();
  if (host !== 'linkedin.com' && !host.endsWith('.linkedin.com')) return notProfile('not-linkedin');

  const path = u.pathname.replace(/\/+$/, '/').toLowerCase();
  if (path.startsWith('/authwall')) return notProfile('authwall');
  if (/^\/(uas\/login|login|checkpoint\/lg\/|checkpoint\/rm\/sign-in|signup|uas\/request-password-reset)/.test(path)) return notProfile('login');
  if (path.startsWith('/checkpoint')) return notProfile('checkpoint');
  // Before the lists: a profile opened from a Recruiter project or search keeps the project's path in front of it.
  const recruiterId = recruiterProfileId(u.pathname);
  if (recruiterId) return { kind: 'recruiter-profile', recruiterId };
  const list = listKindOf(path);
  if (list) return { kind: 'list', list };
  // The id is case-sensitive: read it from the path as written.
  const leadId = /^\/sales\/(?:lead|people)\/(AC[ow]A[A-Za-z0-9_-]{35})(?:[,/]|$)/i.exec(u.pathname)?.[1];
  if (leadId && /^AC[ow]A/.test(leadId)) return { kind: 'salesnav-lead', leadId };
  if (path.startsWith('/search/')) return notProfile('search');
  if (path.startsWith('/sales/')) return notProfile('sales-navigator');
  if (path.startsWith('/talent/') || path.startsWith('/recruiter/')) return notProfile('recruiter');
  if (/^\/404\b/.test(path)) return notProfile('not-found');

  const vanity = vanityFromUrl(u);
  if (!vanity) return notProfile('other-linkedin');

  if (doc) {
    const reason = documentReason(doc);
    if (reason) return notProfile(reason);
  }

  const rest = u.pathname.replace(/^\/in\/[^/]+\/?/i, '').toLowerCase();
  const details = /^details\/([^/]+)/.exec(rest);
  if (details) return { kind: 'profile', vanity, section: DETAILS_SECTIONS[details[1] ?? ''] ?? 'details-other' };
  return { kind: 'profile', vanity, section: 'main' };
}
