// Profile → Stardex request bodies. Pure: no I/O, no clock.
import type { Profile } from '@/lib/profile/profile';
import { isPublicProfileUrl, vanityFromUrl } from '@/lib/profile/url';
import type { Contacts } from '@/lib/vendors/vendor';
import type { ContactData, CreatePersonRequest, StardexPerson } from './schema';

export interface StardexOptions {
  /** Ask Stardex to enrich the record through its data providers (may cost money: off unless the user turns it on). */
  enrichRecord: boolean;
}

/**
 * The one LinkedIn URL form we ever send to Stardex, for search and for create alike. Stardex enforces uniqueness on
 * the LinkedIn URL and does not document how it compares them, so the same person must always give the same string:
 * www host, lowercased vanity (LinkedIn vanities are case-insensitive), percent-encoded (the field is string<uri>),
 * no trailing slash, query or hash (REFERENCE.md §6.3; the docs' own example has no trailing slash).
 */
/**
 * What the payload preview shows as linkedin_url for a person with no public /in/ URL (known only by a Sales
 * Navigator lead address): Stardex requires the URL, so such a person is never sent (the vendor's cannotSave).
 */
export const NO_PUBLIC_URL = '(no public LinkedIn URL: not sent to Stardex)';

export function stardexLinkedInUrl(profileUrl: string): string {
  const vanity = vanityFromUrl(profileUrl);
  if (vanity === null) throw new Error(`Not a LinkedIn profile URL: ${profileUrl}`);
  return `https://www.linkedin.com/in/${encodeURIComponent(vanity.toLowerCase())}`;
}


function text(value: string | null | undefined): string | undefined {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : undefined;
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of items) {
    const k = key(item);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(item);
  }
  return out;
}

export const emailKey = (email: string): string => email.trim().toLowerCase();
/** Phones compare by their digits: "+33 6 12…" and "+33612…" are the same number. */
export const phoneKey = (phone: string): string => phone.replace(/[^\d+]/g, '');

export interface CreateInput {
  targetId: string | null;
  note: string | null;
  contacts: Contacts;
}

/** The exact body of POST /v1/persons for this person and these choices. */
export function buildCreatePerson(profile: Profile, input: CreateInput, options: StardexOptions): CreatePersonRequest {
  const emails = uniqueBy(input.contacts.emails.map((e) => e.trim()), emailKey);
  const phones = uniqueBy(input.contacts.phones.map((p) => p.trim()), phoneKey);
  const body: CreatePersonRequest = {
    name: text(profile.fullName) ?? profile.publicIdentifier,
    linkedin_url: isPublicProfileUrl(profile.profileUrl) ? stardexLinkedInUrl(profile.profileUrl) : NO_PUBLIC_URL,
  };
  const optional: Omit<CreatePersonRequest, 'name' | 'linkedin_url'> = {
    first_name: text(profile.firstName),
    last_name: text(profile.lastName),
    current_job_title: text(profile.currentJob?.title),
    linkedin_location: text(profile.location),
    company_name: text(profile.currentJob?.company),
    emails: emails.length > 0 ? emails : undefined,
    phone_numbers: phones.length > 0 ? phones : undefined,
    notes: input.note?.trim() ? input.note.trim() : undefined,
    job_id: input.targetId ?? undefined,
    // The ACoA… member id is LinkedIn's stable id for the person, whatever their vanity becomes later.
    external_source_id: profile.memberId ?? undefined,
    enrich_record: options.enrichRecord,
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) Object.assign(body, { [key]: value });
  }
  return body;
}

// Free-mail domains: an address there is a personal one. Anything else is taken as a work address.
const PERSONAL_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'yahoo.fr',
  'hotmail.com',
  'hotmail.fr',
  'outlook.com',
  'outlook.fr',
  'live.com',
  'icloud.com',
  'me.com',
  'proton.me',
  'protonmail.com',
  'gmx.de',
  'gmx.net',
  'orange.fr',
  'free.fr',
  'laposte.net',
  'aol.com',
]);

/**
 * `contact_data_type` for a value we add. The docs show only "work" (email) and "mobile" (phone) [doc: examples];
 * "personal" for free-mail addresses is inferred from the documented `personal_email` field [inf].
 */
export function emailType(email: string): string {
  const domain = email.split('@')[1]?.toLowerCase() ?? '';
  return PERSONAL_DOMAINS.has(domain) ? 'personal' : 'work';
}

export interface MergedContacts {
  /** Present only when something new is added: PATCH replaces the whole list, so an unchanged list is not sent. */
  emails?: ContactData[];
  phone_numbers?: ContactData[];
  added: { emails: string[]; phones: string[] };
}

/** Existing values first, unchanged, then the new ones; nothing is dropped and nothing is doubled. */
export function mergeContacts(existing: Pick<StardexPerson, 'emails' | 'phones'>, contacts: Contacts): MergedContacts {
  const oldEmails = existing.emails ?? [];
  const oldPhones = existing.phones ?? [];
  const knownEmails = new Set(oldEmails.map((e) => emailKey(e.value)));
  const knownPhones = new Set(oldPhones.map((p) => phoneKey(p.value)));
  const newEmails = uniqueBy(contacts.emails.map((e) => e.trim()), emailKey).filter((e) => !knownEmails.has(emailKey(e)));
  const newPhones = uniqueBy(contacts.phones.map((p) => p.trim()), phoneKey).filter((p) => !knownPhones.has(phoneKey(p)));
  const out: MergedContacts = { added: { emails: newEmails, phones: newPhones } };
  if (newEmails.length > 0) {
    out.emails = [...oldEmails.map(copyContact), ...newEmails.map((value) => ({ contact_data_type: emailType(value), value }))];
  }
  if (newPhones.length > 0) {
    out.phone_numbers = [...oldPhones.map(copyContact), ...newPhones.map((value) => ({ contact_data_type: 'mobile', value }))];
  }
  return out;
}

function copyContact(c: ContactData): ContactData {
  return { contact_data_type: c.contact_data_type, value: c.value };
}
