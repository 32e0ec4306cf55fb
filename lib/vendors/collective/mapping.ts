// Profile + the recruiter's choices → the body of POST /my-talents/import. Pure: the time of the note is a parameter.
import { appError } from '@/lib/errors';
import { t, uiLanguage } from '@/lib/i18n';
import type { Profile } from '@/lib/profile/profile';
import type { SaveRequest, VendorSettings } from '@/lib/vendors/vendor';
import { optionsProblem, type CollectiveOptions } from './options';
import { MAX_PAYLOAD_BYTES, payloadBytes, type ImportLink, type ImportRequest } from './schema';
import { talentIdFor } from './talent-id';

/** The public settings field holding the recruiter's email (author of the notes). */
export const AUTHOR_EMAIL_FIELD = 'email';

export function buildImportBody(
  profile: Profile,
  request: SaveRequest,
  options: CollectiveOptions,
  settings: VendorSettings,
  at: Date,
): ImportRequest {
  const problem = optionsProblem(options);
  if (problem) throw appError('invalid-settings', problem, { vendor: 'collective', vendorCode: 'popup-fields' });

  const body: ImportRequest = {
    internalUserId: talentIdFor(profile),
    linkedInUrl: profile.profileUrl,
  };
  if (options.resume) body.resume = options.resume.base64;

  const first = profile.firstName.trim();
  const last = profile.lastName.trim();
  if (first || last) {
    if (first) body.firstname = first;
    if (last) body.lastname = last;
  } else {
    body.firstname = profile.fullName.trim();
  }
  const picture = httpUrl(profile.photoUrl);
  if (picture) body.pictureUrl = picture;
  const location = profile.location?.trim();
  if (location) body.location = location;

  // Collective keeps one ATS link: the first tool of this same save that gave a record URL (registry order).
  const ats = request.atsUrls.find((u) => httpUrl(u.url));
  if (ats) body.atsUrl = ats.url;

  const emails = unique(request.contacts.emails.map((e) => e.trim()));
  if (emails.length) body.emails = emails;
  const phones = unique(request.contacts.phones.map((p) => p.trim()));
  if (phones.length) body.phones = phones;

  const note = request.note?.trim();
  if (note) {
    const email = settings[AUTHOR_EMAIL_FIELD]?.trim();
    if (!email) {
      throw appError('invalid-settings', 'Add your email in the Collective options: Collective records it as the author of the note.', {
        vendor: 'collective',
        vendorCode: 'author-email',
      });
    }
    body.notes = [{ content: note, timestamp: at.toISOString(), email }];
  }

  body.links = linksOf(profile);

  if (options.dailyRate !== null) body.dailyRate = options.dailyRate;
  if (options.yearlySalaryMin !== null && options.yearlySalaryMax !== null) {
    body.yearlySalaryMin = options.yearlySalaryMin;
    body.yearlySalaryMax = options.yearlySalaryMax;
  }
  if (options.workPreference) body.workPreference = options.workPreference;
  if (options.desiredContractType.length) body.desiredContractType = unique(options.desiredContractType);
  return body;
}

/** Refuses, before anything is sent, a body Collective would refuse for its size ("limited to 10mb"). */
export function assertPayloadFits(body: unknown): void {
  const bytes = payloadBytes(body);
  if (bytes <= MAX_PAYLOAD_BYTES) return;
  throw appError(
    'payload-too-large',
    t('collectiveResult.tooLarge', { size: formatMb(bytes), limit: formatMb(MAX_PAYLOAD_BYTES) }),
    { vendor: 'collective' },
  );
}

/** "10.13 MB", "10,13 Mo": rounded down, so a size just above a limit never reads as the limit itself. */
export function formatMb(bytes: number): string {
  const mb = new Intl.NumberFormat(uiLanguage(), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Math.floor(bytes / 10_000) / 100);
  return t('collectiveResult.megabytes', { mb });
}

/** The LinkedIn profile, then the websites listed on it (no scheme → https; anything not http(s) is dropped). */
export function linksOf(profile: Pick<Profile, 'profileUrl' | 'websites'>): ImportLink[] {
  const links: ImportLink[] = [{ name: 'LinkedIn', url: profile.profileUrl }];
  const seen = new Set([comparable(profile.profileUrl)]);
  for (const site of profile.websites) {
    const raw = site.url.trim();
    const url = httpUrl(/^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `https://${raw}`);
    if (!url || seen.has(comparable(url))) continue;
    seen.add(comparable(url));
    links.push({ name: site.label?.trim() || new URL(url).hostname.replace(/^www\./, ''), url });
  }
  return links;
}

function httpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? value : null;
  } catch {
    return null;
  }
}

function comparable(url: string): string {
  return url.toLowerCase().replace(/^https?:\/\/(www\.)?/, '').replace(/\/+$/, '');
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)].filter((v) => v !== '');
}
