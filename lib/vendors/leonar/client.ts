// Leonar's HTTP calls (background only): each function is one documented call, or one list walked page by page.
import { appError } from '@/lib/errors';
import { t } from '@/lib/i18n';
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
  if (!projectId) return { state: 'unknown', detail: t('leonarResult.lookup.pickProject') };
  if (namesMissing(profile)) return { state: 'unknown', detail: t('leonarResult.lookup.noName') };
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
    if (same.already_in_project) return { state: 'in-target', recordId, recordUrl: null, detail: t('leonarResult.lookup.inProject') };
    return { state: 'exists', recordId, recordUrl: null, detail: t('leonarResult.lookup.contact') };
  }
  const named = profiles.filter((p) => isSameName(p, profile));
  if (named.length) {
    const inProject = named.some((p) => p.already_in_project);
    const name = { name: profile.fullName };
    return {
      state: 'possible-match',
      detail: inProject
        ? t('leonarResult.lookup.possibleMatchInProject', named.length, name)
        : t('leonarResult.lookup.possibleMatch', named.length, name),
    };
  }
  return { state: 'new', detail: t('leonarResult.lookup.new') };
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

// Functions: t() answers in the browser's language when the line is written.
const SKIP_REASONS: Record<string, () => string> = {
  already_in_project: () => t('leonarResult.skippedAlreadyInProject'),
};

/** The words index.ts puts in notes.notSent, in the UI's language (anything else is shown as given). */
const NOT_SENT_WORDS: Record<string, () => string> = {
  note: () => t('leonarResult.notSentNote'),
  'emails/phones': () => t('leonarResult.notSentContacts'),
};

export interface SaveNotes {
  /** Parts of the user's choice the add-to-project body has no field for. */
  notSent: string[];
}

export async function addToProject(http: VendorHttp, body: AddToProjectRequest, notes: SaveNotes): Promise<SaveResult> {
  const res = await http.request({ method: 'POST', path: '/sourcing/add-to-project', body, schema: addToProjectResponseSchema });
  const { added, contact_ids, skipped_profiles, stage } = res.data;
  const stageText = stage ? t('leonarResult.stage', { stage: stage.name }) : null;
  const notSent = notes.notSent.map((w) => NOT_SENT_WORDS[w]?.() ?? w);
  const tail = notSent.length ? t('leonarResult.notSent', { fields: notSent.join(', ') }) : null;
  const line = (...parts: (string | null)[]) => parts.filter((p): p is string => p !== null).join(' · ');
  if (added > 0) {
    const contactId = contact_ids[0] ?? null;
    return {
      vendor: 'leonar',
      status: 'added',
      recordId: contactId,
      recordUrl: null,
      message: line(t('leonarResult.added'), stageText, contactId ? t('leonarResult.contact', { id: contactId }) : null, tail),
    };
  }
  return skippedResult(skipped_profiles[0]?.reason, stageText);
}

/** A person Leonar did not add, with its reason when it gave one (already in the project…). */
function skippedResult(reason: string | undefined, stageText: string | null): SaveResult {
  const line = (...parts: (string | null)[]) => parts.filter((p): p is string => p !== null).join(' · ');
  return {
    vendor: 'leonar',
    status: 'skipped',
    recordId: null,
    recordUrl: null,
    message: reason
      ? line(SKIP_REASONS[reason] ? t('leonarResult.skipped', { reason: SKIP_REASONS[reason]() }) : t('leonarResult.skippedSaid', { reason }), stageText)
      : t('leonarResult.skippedNoReason'),
  };
}

/** One person of a many-profile add-to-project: who they are, and what of their save the body had no field for. */
export interface BatchPerson {
  profile: Pick<Profile, 'publicIdentifier' | 'memberId' | 'numericMemberId'>;
  notes: SaveNotes;
}

/**
 * Many people in ONE add-to-project call (`body.profiles[i]` is `people[i]`), one result per person in the same order.
 * A person is 'skipped' when an entry of skipped_profiles names them: by the profile_id we sent, or by their LinkedIn
 * URL or member id (isSamePerson). Everyone else is 'added'. Leonar's contact_ids are given to them only when their
 * count is exactly the number of people added (the doc does not say the order is the profiles' order: with the
 * counts equal, it is the only reading that fits); otherwise no contact id is given rather than a guessed one. When
 * Leonar counts more skips than it names, the added people are told they may be among the unnamed ones.
 */
export async function addManyToProject(http: VendorHttp, body: AddToProjectRequest, people: readonly BatchPerson[]): Promise<SaveResult[]> {
  if (body.profiles.length !== people.length) throw appError('internal', `add-to-project: ${body.profiles.length} profiles for ${people.length} people`);
  const res = await http.request({ method: 'POST', path: '/sourcing/add-to-project', body, schema: addToProjectResponseSchema });
  const { added, skipped, contact_ids, skipped_profiles, stage } = res.data;
  const stageText = stage ? t('leonarResult.stage', { stage: stage.name }) : null;
  const line = (...parts: (string | null)[]) => parts.filter((p): p is string => p !== null).join(' · ');

  const reasons = new Map<number, string>();
  const unattributed: string[] = [];
  let named = 0;
  for (const entry of skipped_profiles) {
    const index = people.findIndex(
      (person, i) =>
        !reasons.has(i) &&
        (entry.profile_id === body.profiles[i]?.profile_id ||
          isSamePerson({ profile_id: entry.profile_id, linkedin_url: entry.linkedin_url ?? null }, person.profile) ||
          (entry.linkedin_url != null && entry.linkedin_url === body.profiles[i]?.linkedin_url)),
    );
    if (index < 0) {
      unattributed.push(entry.reason);
      continue;
    }
    named++;
    reasons.set(index, entry.reason);
  }
  // Leonar added nobody: whoever it did not name was skipped too (a lone person gets the one reason left unattributed).
  if (added === 0) {
    people.forEach((_, i) => {
      if (!reasons.has(i)) reasons.set(i, people.length === 1 ? (unattributed[0] ?? '') : '');
    });
  }
  const rest = people.map((_, i) => i).filter((i) => !reasons.has(i));
  const idsLineUp = contact_ids.length === rest.length && added === rest.length;
  const countsDiffer = skipped > named || added !== rest.length;
  const doubt = countsDiffer ? t('leonar.countsDiffer', { added, skipped, named }) : null;

  return people.map((person, i) => {
    const notSent = person.notes.notSent.map((w) => NOT_SENT_WORDS[w]?.() ?? w);
    const tail = notSent.length ? t('leonarResult.notSent', { fields: notSent.join(', ') }) : null;
    const reason = reasons.get(i);
    if (reason !== undefined) return skippedResult(reason || undefined, stageText);
    const contactId = idsLineUp ? (contact_ids[rest.indexOf(i)] ?? null) : null;
    return {
      vendor: 'leonar',
      status: 'added',
      recordId: contactId,
      recordUrl: null,
      message: line(t('leonarResult.added'), stageText, contactId ? t('leonarResult.contact', { id: contactId }) : null, tail, doubt),
    };
  });
}

export function revealBody(profile: Profile, dataTypes: readonly LeonarDataType[]): AdvancedSearchRequest {
  const company = profile.currentJob?.company?.trim();
  if (namesMissing(profile)) throw appError('invalid-settings', t('leonarResult.reveal.noName'));
  // Every returned profile costs a credit: without the current company a name search could return many people.
  if (!company) throw appError('invalid-settings', t('leonarResult.reveal.noCompany'));
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
  const cut = (body.name?.length ?? 0) < profile.fullName.trim().length ? ` ${t('leonarResult.reveal.nameCut', { max: ADVANCED_NAME_MAX })}` : '';
  const res = await http.request({
    method: 'POST',
    path: '/sourcing/advanced/profiles/search',
    body,
    schema: advancedSearchResponseSchema,
    // Revealing contact details may take Leonar longer than a plain read.
    timeoutMs: 45_000,
  });
  const { profiles, credits_consumed: used, sourcing_credits_remaining: left } = res.data;
  const credits = t('leonarResult.reveal.credits', used, { left });
  const match = profiles.find((p) => isSamePerson(p, profile));
  if (!match) {
    return {
      vendor: 'leonar',
      contacts: null,
      creditsConsumed: used,
      creditsRemaining: left,
      message: t('leonarResult.reveal.noMatch', profiles.length, { credits }) + cut,
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
        ? t('leonarResult.reveal.found', {
            emails: t('leonarResult.reveal.emails', contacts.emails.length),
            phones: t('leonarResult.reveal.phones', contacts.phones.length),
            credits,
          })
        : t('leonarResult.reveal.noDetails', { credits })) + cut,
  };
}
