// Reader of the 2016 logged-out profile page.
import { parseDateRange } from '@/lib/profile/dates';
import type { Certification, Education, Experience, Warning } from '@/lib/profile/profile';
import { sameVanity, vanityFromUrl } from '@/lib/profile/url';
import type { ProfileFragment, ReaderResult } from '@/lib/linkedin/types';
import { splitDegree } from './entry-lines';
import { PUBLIC_2016 } from './public-2016-selectors';
import { clean, cleanOrNull, multilineText, photoUrlOrNull, putName, rangeText } from './text';

const SOURCE = 'public-2016' as const;

export function readPublic2016Page(doc: Document, url: URL): ReaderResult {
  const warnings: Warning[] = [];
  const none: ReaderResult = { source: SOURCE, fragment: null, warnings };
  const vanity = vanityFromUrl(url);
  if (!vanity || !doc.getElementById(PUBLIC_2016.nameId)?.matches(PUBLIC_2016.layout)) return none;

  const pageVanity = vanityFromUrl((doc.head ?? doc).querySelector(PUBLIC_2016.canonical)?.getAttribute('href') ?? '');
  if (pageVanity && !sameVanity(pageVanity, vanity)) {
    warnings.push({ code: 'identity-mismatch', message: 'The page describes another profile than the address names.' });
    return none;
  }

  const fragment: ProfileFragment = {};
  if (pageVanity) fragment.publicIdentifier = vanity;
  const name = clean(doc.querySelector(PUBLIC_2016.name)?.textContent);
  putName(fragment, name);
  const headline = clean(doc.querySelector(PUBLIC_2016.headline)?.textContent);
  if (headline) fragment.headline = headline;
  const location = clean(doc.querySelector(PUBLIC_2016.location)?.textContent);
  if (location) fragment.location = location;
  const img = doc.querySelector(PUBLIC_2016.photo);
  // The page loads the photo lazily from data-delayed-url.
  const photo = photoUrlOrNull(img?.getAttribute('src')) ?? photoUrlOrNull(img?.getAttribute('data-delayed-url'));
  if (photo) fragment.photoUrl = photo;
  const aboutEl = doc.querySelector(PUBLIC_2016.about);
  const about = aboutEl ? multilineText(aboutEl) : '';
  if (about) fragment.about = about;

  if (doc.querySelector('#experience')) {
    fragment.experiences = Array.from(doc.querySelectorAll(PUBLIC_2016.position)).flatMap(readPosition);
  }
  if (doc.querySelector('#education')) {
    fragment.educations = Array.from(doc.querySelectorAll(PUBLIC_2016.school)).flatMap(readSchool);
  }
  if (doc.querySelector('#skills')) {
    const skills = Array.from(doc.querySelectorAll(PUBLIC_2016.skill))
      .map((el) => clean(el.textContent))
      .filter(Boolean);
    fragment.skills = Array.from(new Set(skills));
  }
  if (doc.querySelector(PUBLIC_2016.languagesSection)) {
    const languages = Array.from(doc.querySelectorAll(PUBLIC_2016.language))
      .map((el) => clean(el.textContent))
      .filter(Boolean);
    fragment.languages = Array.from(new Set(languages));
  }
  if (doc.querySelector(PUBLIC_2016.certificationsSection)) {
    fragment.certifications = Array.from(doc.querySelectorAll(PUBLIC_2016.certification)).flatMap(readCertification);
  }
  const current = fragment.experiences?.find((e) => e.isCurrent);
  const company = cleanOrNull(doc.querySelector(PUBLIC_2016.currentCompany)?.textContent?.replace(/,\s*$/, ''));
  if (current || company) fragment.currentJob = { title: current?.title ?? null, company: company ?? current?.company ?? null };
  return { source: SOURCE, fragment, warnings };
}

function readPosition(li: Element): Experience[] {
  const title = clean(li.querySelector(PUBLIC_2016.title)?.textContent);
  if (!title) return [];
  const dateEl = li.querySelector(PUBLIC_2016.dateRange);
  const range = dateEl ? parseDateRange(rangeText(dateEl)) : null;
  const description = li.querySelector(PUBLIC_2016.description);
  return [
    {
      title,
      company: cleanOrNull(li.querySelector(PUBLIC_2016.subtitle)?.textContent),
      location: cleanOrNull(li.querySelector(PUBLIC_2016.location2)?.textContent),
      startDate: range?.start ?? null,
      endDate: range?.isCurrent ? null : (range?.end ?? null),
      isCurrent: range?.isCurrent ?? false,
      description: description ? multilineText(description) || null : null,
      employmentType: null,
    },
  ];
}

function readCertification(li: Element): Certification[] {
  const name = clean(li.querySelector(PUBLIC_2016.title)?.textContent);
  return name ? [{ name, authority: cleanOrNull(li.querySelector(PUBLIC_2016.subtitle)?.textContent) }] : [];
}

function readSchool(li: Element): Education[] {
  const school = clean(li.querySelector(PUBLIC_2016.title)?.textContent);
  if (!school) return [];
  const degreeLine = clean(
    li.querySelector(PUBLIC_2016.degreeOriginal)?.textContent ?? li.querySelector(PUBLIC_2016.subtitle)?.textContent,
  );
  const dateEl = li.querySelector(PUBLIC_2016.dateRange);
  const range = dateEl ? parseDateRange(rangeText(dateEl)) : null;
  return [
    {
      school,
      ...splitDegree(degreeLine || null),
      startDate: range?.start ?? null,
      endDate: range?.isCurrent ? null : (range?.end ?? null),
    },
  ];
}
