// Who is looking: the signed-in member, so a list never offers them as one of its people. Found in the global
// navigation's own-profile link and in the JSON LinkedIn embeds for the viewer (`/voyager/api/me`, Sales
// Navigator's seat data), never in words.
import { identityFromHref } from './person-link';
import type { ListPerson } from './types';

export interface Viewer {
  vanities: Set<string>;
  memberIds: Set<string>;
  memberUrns: Set<string>;
}

const NAV_PROFILE_LINKS = 'header a[href*="/in/"], nav a[href*="/in/"], #global-nav a[href*="/in/"], [data-view-name^="navigation"] a[href*="/in/"]';

function parseJson(text: string | null | undefined): unknown {
  try {
    return JSON.parse((text ?? '').trim()) as unknown;
  } catch {
    return undefined;
  }
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

/** `/voyager/api/me`: its body names the viewer's mini profile (id, vanity) and numeric member id. */
function fromMeJson(doc: Document, viewer: Viewer): void {
  for (const datalet of doc.querySelectorAll('code[id^="datalet-bpr-guid-"]')) {
    const meta = record(parseJson(datalet.textContent));
    if (typeof meta?.['request'] !== 'string' || !/^\/voyager\/api\/me(?:[?/]|$)/.test(meta['request'])) continue;
    const bodyId = typeof meta['body'] === 'string' ? meta['body'] : '';
    const body = record(parseJson(bodyId ? doc.getElementById(bodyId)?.textContent : null));
    const data = record(body?.['data']);
    const mini = typeof data?.['*miniProfile'] === 'string' ? data['*miniProfile'] : '';
    const id = /(ACoA[A-Za-z0-9_-]{35})/.exec(mini)?.[1];
    if (id) viewer.memberIds.add(id);
    if (typeof data?.['plainId'] === 'number') viewer.memberUrns.add(`urn:li:member:${data['plainId']}`);
    const included = Array.isArray(body?.['included']) ? body['included'] : [];
    for (const entity of included) {
      const e = record(entity);
      if (e && e['entityUrn'] === mini && typeof e['publicIdentifier'] === 'string') viewer.vanities.add(e['publicIdentifier'].toLowerCase());
    }
  }
}

/** Sales Navigator's chrome JSON: the seat holder's `memberResolutionResult.objectUrn`. */
function fromSalesSeatJson(doc: Document, viewer: Viewer): void {
  for (const code of doc.querySelectorAll('code')) {
    const text = code.textContent ?? '';
    if (!text.includes('"memberResolutionResult"')) continue;
    const resolution = record(record(parseJson(text))?.['memberResolutionResult']);
    const urn = resolution?.['objectUrn'];
    if (typeof urn === 'string' && /^urn:li:member:\d+$/.test(urn)) viewer.memberUrns.add(urn);
  }
}

export function findViewer(doc: Document): Viewer {
  const viewer: Viewer = { vanities: new Set(), memberIds: new Set(), memberUrns: new Set() };
  for (const link of doc.querySelectorAll(NAV_PROFILE_LINKS)) {
    const identity = identityFromHref(link.getAttribute('href'));
    if (identity?.vanity) viewer.vanities.add(identity.vanity.toLowerCase());
    if (identity?.memberId) viewer.memberIds.add(identity.memberId);
  }
  fromMeJson(doc, viewer);
  fromSalesSeatJson(doc, viewer);
  return viewer;
}

export function isViewer(person: ListPerson, viewer: Viewer): boolean {
  const vanity = person.profileUrl ? /\/in\/([^/]+)\/$/.exec(person.profileUrl)?.[1] : undefined;
  return (
    (vanity !== undefined && viewer.vanities.has(vanity.toLowerCase())) ||
    (person.memberId !== undefined && viewer.memberIds.has(person.memberId)) ||
    (person.memberUrn !== undefined && viewer.memberUrns.has(person.memberUrn))
  );
}
