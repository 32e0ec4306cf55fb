// A Sales Navigator lead page (`/sales/lead/<ACwAA id>,…`, `/sales/people/…`) read as one person. The lead's own
// JSON (embedded `<code>` block whose `entityUrn` names the URL's lead) comes first; the top card is the fallback.
// The public /in/ URL is taken only where the page gives it (`flagshipProfileUrl`, a link); otherwise the person
// carries the member id and `publicUrlMissing`.
import { clean } from '@/lib/linkedin/dom/text';
import { identityFromHref } from './person-link';
import { SALES_NAV } from './salesnav-selectors';
import type { ListPerson } from './types';

export interface LeadRead {
  layout: string;
  person: ListPerson;
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function text(value: unknown): string {
  return typeof value === 'string' ? clean(value) : '';
}

/** The lead's JSON: the embedded object whose `entityUrn` is this lead's `fs_salesProfile`. */
function leadJson(doc: Document, leadId: string): Record<string, unknown> | null {
  for (const code of doc.querySelectorAll('code')) {
    const raw = code.textContent ?? '';
    if (!raw.includes(leadId) || !raw.includes('fs_salesProfile')) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw.trim());
    } catch {
      continue;
    }
    const body = record(parsed);
    const urn = text(body?.['entityUrn']);
    if (SALES_NAV.salesProfileUrn.exec(urn)?.[1] === leadId) return body;
  }
  return null;
}

function fromJson(json: Record<string, unknown>, leadId: string): ListPerson | null {
  const fullName = text(json['fullName']) || clean(`${text(json['firstName'])} ${text(json['lastName'])}`);
  if (!fullName) return null;
  const current = [json['defaultPosition'], ...(Array.isArray(json['positions']) ? json['positions'] : [])]
    .map(record)
    .find((p) => p?.['current'] === true);
  const publicUrl = identityFromHref(text(json['flagshipProfileUrl']))?.profileUrl;
  const memberUrn = text(json['objectUrn']);
  const headline = text(json['headline']);
  const location = text(json['location']);
  const title = text(current?.['title']);
  const company = text(current?.['companyName']);
  return {
    fullName,
    ...(headline ? { headline } : {}),
    ...(location ? { location } : {}),
    ...(publicUrl ? { profileUrl: publicUrl } : { publicUrlMissing: true as const }),
    memberId: leadId,
    ...(/^urn:li:member:\d+$/.test(memberUrn) ? { memberUrn } : {}),
    ...(title ? { currentTitle: title } : {}),
    ...(company ? { currentCompany: company } : {}),
  };
}

function fromTopCard(doc: Document, leadId: string): LeadRead | null {
  const old = doc.querySelector(SALES_NAV.lead2019.name);
  const nameElement = old ?? doc.querySelector(SALES_NAV.leadName);
  const fullName = clean(nameElement?.textContent);
  if (!fullName) return null;
  const scope = old ? (old.closest(SALES_NAV.lead2019.topCard) ?? doc) : doc;
  const location = clean((old ? scope.querySelector(SALES_NAV.lead2019.location) : doc.querySelector(SALES_NAV.location))?.textContent);
  const headline = old ? '' : clean(doc.querySelector(SALES_NAV.headline)?.textContent);
  // The navigation's own-profile link names the viewer, never the lead.
  const publicUrl = Array.from(scope.querySelectorAll(SALES_NAV.publicProfileLink))
    .filter((a) => !a.closest('header, nav'))
    .map((a) => identityFromHref(a.getAttribute('href'))?.profileUrl)
    .find((u) => u !== undefined);
  return {
    layout: old ? 'salesnav-lead-2019' : 'salesnav-lead',
    person: {
      fullName,
      ...(headline ? { headline } : {}),
      ...(location ? { location } : {}),
      ...(publicUrl ? { profileUrl: publicUrl } : { publicUrlMissing: true as const }),
      memberId: leadId,
    },
  };
}

export function readLeadPage(doc: Document, leadId: string): LeadRead | null {
  const json = leadJson(doc, leadId);
  const person = json ? fromJson(json, leadId) : null;
  if (person) return { layout: 'salesnav-lead-json', person };
  return fromTopCard(doc, leadId);
}

/** Every object in a parsed JSON value (depth-limited: the page's JSON is untrusted). */
function* objectsIn(value: unknown, depth = 0): Generator<Record<string, unknown>> {
  if (depth > 8) return;
  if (Array.isArray(value)) {
    for (const item of value) yield* objectsIn(item, depth + 1);
    return;
  }
  const r = record(value);
  if (!r) return;
  yield r;
  for (const child of Object.values(r)) if (typeof child === 'object' && child !== null) yield* objectsIn(child, depth + 1);
}

/**
 * True when the name read for this lead is the name of another lead the page embeds (`fs_salesProfile` JSON of
 * another id): Sales Navigator changed the address before it re-rendered, and the top card still shows that lead.
 */
export function namesAnotherLead(doc: Document, leadId: string, fullName: string): boolean {
  const wanted = clean(fullName).toLowerCase();
  for (const code of doc.querySelectorAll('code')) {
    const raw = code.textContent ?? '';
    if (!raw.includes('fs_salesProfile')) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw.trim());
    } catch {
      continue;
    }
    for (const o of objectsIn(parsed)) {
      const id = SALES_NAV.salesProfileUrn.exec(text(o['entityUrn']))?.[1];
      if (!id || id === leadId) continue;
      const name = text(o['fullName']) || clean(`${text(o['firstName'])} ${text(o['lastName'])}`);
      if (name && name.toLowerCase() === wanted) return true;
    }
  }
  return false;
}
