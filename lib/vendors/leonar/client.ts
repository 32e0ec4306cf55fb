// Leonar's HTTP calls (background only): each function is one documented call, or one list walked page by page.
import { appError } from '@/lib/errors';
import type { VendorHttp } from '@/lib/http';
import type { Profile } from '@/lib/profile/profile';
import type { Contacts, DuplicateStatus, RevealResult, SaveResult, Target, TargetDetail } from '@/lib/vendors/vendor';
import { isSameName, isSamePerson, namesMissing } from './mapping';
import {
  addToProjectResponseSchema,
  ADVANCED_NAME_MAX,
  advancedSearchResponseSchema,
  connectedAccountsResponseSchema,
  contactsSearchResponseSchema,
  CONTACTS_SEARCH_PAGE_SIZE_MAX,
  LIST_LIMIT_MAX,
  projectListResponseSchema,
  projectResponseSchema,
  type AddToProjectRequest,
  type AdvancedProfile,
  type AdvancedSearchRequest,
  type ConnectedAccount,
  type ContactsSearchRequest,
  type LeonarDataType,
  type LeonarProject,
} from './schema';

/** The key check: the cheapest documented read ([inf] no whoami exists; REFERENCE §1.1). */
export async function checkKey(http: VendorHttp): Promise<void> {
  await http.request({ method: 'GET', path: '/projects', query: { limit: 1 }, schema: projectListResponseSchema });
}

// A workspace with more projects than this is not a picker any more; the cap only stops a runaway loop.
const MAX_PROJECT_PAGES = 50;

/** Every active project, all pages (`has_more`). `status=active` is what third-party code sends [3p]; the
 *  status is checked again here in case Leonar ignores the parameter. */
export async function listActiveProjects(http: VendorHttp): Promise<LeonarProject[]> {
  const out: LeonarProject[] = [];
  for (let page = 0; page < MAX_PROJECT_PAGES; page++) {
    const res = await http.request({
      method: 'GET',
      path: '/projects',
      query: { limit: LIST_LIMIT_MAX, offset: page * LIST_LIMIT_MAX, status: 'active' },
      schema: projectListResponseSchema,
    });
    out.push(...res.data.filter((p) => p.status === undefined || p.status === 'active'));
    if (!res.meta.has_more || res.data.length === 0) break;
  }
  return out;
}

function clientOf(project: LeonarProject): string | null {
  const company = typeof project.client_company === 'string' ? project.client_company : project.client_company?.name;
  return project.client_name?.trim() || company?.trim() || null;
}

export function projectToTarget(project: LeonarProject): Target {
  const detail = [clientOf(project), project.location?.trim()].filter(Boolean).join(' · ');
  return { id: project.id, name: project.name, detail: detail || null };
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function filterTargets(targets: readonly Target[], query: string): Target[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [...targets];
  return targets.filter((t) => {
    const hay = fold(`${t.name} ${t.detail ?? ''}`);
    return words.every((w) => hay.includes(w));
  });
}

/** The project and where a saved person lands: [doc] "the first stage of this project's pipeline". Leonar's
 *  add-to-project takes no stage, so no stage is offered for choosing. */
export async function getProject(http: VendorHttp, projectId: string): Promise<TargetDetail> {
  const res = await http.request({ method: 'GET', path: `/projects/${encodeURIComponent(projectId)}`, schema: projectResponseSchema });
  const stages = [...(res.data.pipeline?.stages ?? [])].sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  const first = stages[0];
  return {
    id: res.data.id,
    name: res.data.name,
    stages: [],
    landingStage: first ? { id: first.id, name: first.name } : null,
  };
}

export function contactsSearchBody(profile: Profile, projectId: string): ContactsSearchRequest {
  const company = profile.currentJob?.company?.trim();
  return {
    project_id: projectId,
    full_name: profile.fullName.trim(),
    ...(company ? { companies: [company] } : {}),
    page: 1,
    page_size: CONTACTS_SEARCH_PAGE_SIZE_MAX,
  };
}

/** Is the person in the project, or a contact elsewhere? Exactly one request (the popup caches the answer). */
export async function lookupInProject(http: VendorHttp, profile: Profile, projectId: string | null): Promise<DuplicateStatus> {
  if (!projectId) return { state: 'unknown', detail: 'Pick a project to see whether this person is already in it.' };
  if (namesMissing(profile)) {
    return { state: 'unknown', detail: 'LinkedIn shows no name for this person, so Leonar cannot be searched by name.' };
  }
  const res = await http.request({
    method: 'POST',
    path: '/sourcing/contacts/search',
    body: contactsSearchBody(profile, projectId),
    schema: contactsSearchResponseSchema,
  });
  const profiles = res.data.profiles;
  const same = profiles.find((p) => isSamePerson(p, profile));
  if (same) {
    const recordId = same.existing_contact_id ?? same.profile_id ?? profile.publicIdentifier;
    if (same.already_in_project) return { state: 'in-target', recordId, recordUrl: null, detail: 'Already in this project.' };
    return { state: 'exists', recordId, recordUrl: null, detail: 'Already a Leonar contact, not in this project yet.' };
  }
  const named = profiles.filter((p) => isSameName(p, profile));
  if (named.length) {
    const inProject = named.some((p) => p.already_in_project);
    return {
      state: 'possible-match',
      detail: `Possible match: ${named.length === 1 ? 'a contact' : `${named.length} contacts`} named ${profile.fullName}${inProject ? ' (in this project)' : ''}, without this LinkedIn profile to confirm it.`,
    };
  }
  return { state: 'new', detail: 'Not in Leonar yet.' };
}

export async function listConnectedAccounts(http: VendorHttp): Promise<ConnectedAccount[]> {
  const res = await http.request({ method: 'GET', path: '/connected-accounts', schema: connectedAccountsResponseSchema });
  return res.data;
}

/** A connected LinkedIn account able to look names up: any of its APIs active. */
export function usableAccount(accounts: readonly ConnectedAccount[]): ConnectedAccount | null {
  const active = (a: ConnectedAccount) => Object.values(a.api_status ?? {}).some((s) => s === 'active');
  return accounts.find(active) ?? null;
}

const SKIP_REASONS: Record<string, string> = {
  already_in_project: 'already in this project',
};

export interface SaveNotes {
  /** Parts of the user's choice the add-to-project body has no field for. */
  notSent: string[];
}

export async function addToProject(http: VendorHttp, body: AddToProjectRequest, notes: SaveNotes): Promise<SaveResult> {
  const res = await http.request({ method: 'POST', path: '/sourcing/add-to-project', body, schema: addToProjectResponseSchema });
  const { added, contact_ids, skipped_profiles, stage } = res.data;
  const stageText = stage ? ` · stage ${stage.name}` : '';
  const tail = notes.notSent.length ? ` · not sent (no such field in Leonar's add-to-project): ${notes.notSent.join(', ')}` : '';
  if (added > 0) {
    const contactId = contact_ids[0] ?? null;
    return {
      vendor: 'leonar',
      status: 'added',
      recordId: contactId,
      recordUrl: null,
      message: `Added to the project${stageText}${contactId ? ` · contact ${contactId}` : ''}${tail}`,
    };
  }
  const reason = skipped_profiles[0]?.reason;
  return {
    vendor: 'leonar',
    status: 'skipped',
    recordId: null,
    recordUrl: null,
    message: reason
      ? `Not added: Leonar skipped this person (${SKIP_REASONS[reason] ?? reason})${stageText}`
      : 'Not added: Leonar added no one and gave no reason.',
  };
}

export function revealBody(profile: Profile, dataTypes: readonly LeonarDataType[]): AdvancedSearchRequest {
  const company = profile.currentJob?.company?.trim();
  if (namesMissing(profile)) throw appError('invalid-settings', 'LinkedIn shows no name for this person: there is nothing to search Leonar with.');
  // Every returned profile costs a credit: without the current company a name search could return many people.
  if (!company) throw appError('invalid-settings', 'The profile has no current company: a search by name alone could cost many credits.');
  return {
    name: profile.fullName.trim().slice(0, ADVANCED_NAME_MAX),
    company: [company],
    company_filter: 'current',
    data_types: [...new Set(dataTypes)],
    reveal_info: true,
    page: 1,
  };
}

function values(v: string | string[] | null | undefined): string[] {
  return v == null ? [] : Array.isArray(v) ? v : [v];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function revealedContacts(p: AdvancedProfile): Contacts {
  const emails = [...(p.emails ?? []).map((e) => e.email), ...values(p.work_email), ...values(p.personal_email)]
    .map((e) => e.trim())
    .filter((e) => EMAIL.test(e));
  const phones = [...(p.phones ?? []).map((e) => e.phone), ...values(p.phone)].map((x) => x.trim()).filter((x) => x.length >= 3 && x.length <= 40);
  return { emails: [...new Set(emails)].slice(0, 10), phones: [...new Set(phones)].slice(0, 10) };
}

/** Spends sourcing credits (1 per profile returned): called only after the user confirmed. */
export async function revealContacts(http: VendorHttp, profile: Profile, dataTypes: readonly LeonarDataType[]): Promise<RevealResult> {
  const body = revealBody(profile, dataTypes);
  // Leonar's search takes a name of at most 200 characters [doc]: a longer one is cut, and the user is told.
  const cut = (body.name?.length ?? 0) < profile.fullName.trim().length ? ` The name was shortened to ${ADVANCED_NAME_MAX} characters for Leonar’s search.` : '';
  const res = await http.request({
    method: 'POST',
    path: '/sourcing/advanced/profiles/search',
    body,
    schema: advancedSearchResponseSchema,
    // Revealing contact details may take Leonar longer than a plain read.
    timeoutMs: 45_000,
  });
  const { profiles, credits_consumed: used, sourcing_credits_remaining: left } = res.data;
  const credits = `${used} credit${used === 1 ? '' : 's'} used, ${left} left`;
  const match = profiles.find((p) => isSamePerson(p, profile));
  if (!match) {
    return {
      vendor: 'leonar',
      contacts: null,
      creditsConsumed: used,
      creditsRemaining: left,
      message: `None of the ${profiles.length} result${profiles.length === 1 ? '' : 's'} was certainly this person, so nothing is shown (${credits}).${cut}`,
    };
  }
  const contacts = revealedContacts(match);
  const found = contacts.emails.length + contacts.phones.length;
  return {
    vendor: 'leonar',
    contacts,
    creditsConsumed: used,
    creditsRemaining: left,
    message:
      (found
        ? `Found ${contacts.emails.length} email${contacts.emails.length === 1 ? '' : 's'} and ${contacts.phones.length} phone${contacts.phones.length === 1 ? '' : 's'} (${credits}).`
        : `Leonar found this person but no contact details (${credits}).`) + cut,
  };
}
