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
  const publicUrl = Array.from(scope.querySelectorAll(SALES_NAV.publicProfileLink))
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
