// A person read from a list page or a Sales Navigator lead page, as the vendor-neutral Profile the vendors take.
// Only what the list shows: the profile itself is never opened (LinkedIn restricts accounts that open or fetch
// profiles behind the user's back), so every section is "not loaded" with the gap `not-visited`, never "0".
import { MEMBER_ID_PATTERN, SALES_LEAD_ID_PATTERN, SECTIONS, profileSchema, type Profile, type Section, type SectionCompleteness } from '@/lib/profile/profile';
import { splitName } from '@/lib/profile/name';
import { canonicalProfileUrl, salesLeadUrl, vanityFromUrl } from '@/lib/profile/url';
import type { ListPerson } from './types';

export type ListProfileSource = 'list' | 'salesnav-lead';

/** A section of a person whose profile was not opened: not read, never "none". */
function notVisited(): SectionCompleteness {
  return { read: 0, total: null, loaded: false, gap: { reason: 'not-visited' } };
}

/** The address and identifier a listed person is saved under: the public URL, else the lead id's Sales Navigator address. */
function addressOf(person: ListPerson): { profileUrl: string; publicIdentifier: string } | null {
  const url = person.profileUrl ? canonicalProfileUrl(person.profileUrl) : null;
  const vanity = url ? vanityFromUrl(url) : null;
  if (url && vanity) return { profileUrl: url, publicIdentifier: vanity };
  const id = person.memberId;
  if (id && SALES_LEAD_ID_PATTERN.test(id)) return { profileUrl: salesLeadUrl(id), publicIdentifier: id };
  // `/in/ACoAA…` (out of the viewer's network): LinkedIn's own working address for the member, as a profile page has.
  if (id && MEMBER_ID_PATTERN.test(id)) return { profileUrl: `https://www.linkedin.com/in/${id}/`, publicIdentifier: id };
  return null;
}

/** The Profile of a listed person, or null when they cannot be one (no name, no address, a shape the model refuses). */
export function listPersonToProfile(person: ListPerson, source: ListProfileSource): Profile | null {
  const address = addressOf(person);
  const name = splitName(person.fullName);
  if (!address || !name.fullName || name.isPlaceholder) return null;
  const title = person.currentTitle ?? null;
  const company = person.currentCompany ?? null;
  const candidate: Profile = {
    ...address,
    memberId: person.memberId && MEMBER_ID_PATTERN.test(person.memberId) ? person.memberId : null,
    numericMemberId: /^urn:li:member:(\d+)$/.exec(person.memberUrn ?? '')?.[1] ?? null,
    fullName: name.fullName,
    firstName: name.firstName,
    lastName: name.lastName,
    headline: person.headline ?? null,
    location: person.location ?? null,
    photoUrl: null,
    about: null,
    currentJob: title || company ? { title, company } : null,
    experiences: [],
    educations: [],
    skills: [],
    languages: [],
    certifications: [],
    websites: [],
    completeness: Object.fromEntries(SECTIONS.map((s) => [s, notVisited()])) as Record<Section, SectionCompleteness>,
    warnings: [],
    sources: [source],
  };
  const parsed = profileSchema.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}
