// @vitest-environment node
// The LinkedIn sandbox's router, over plain HTTP on localhost (the e2e server puts the same router behind TLS): the
// decoration answers, the per-section lists, faults on every endpoint, the identity trap, the 2026 pages with their
// CSP, the details pages and the rsc-action endpoints, and the request logs tests count on.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { readList } from '@/lib/linkedin/list/read-list';
import { readProfile } from '@/lib/linkedin/read-profile';
import { createLinkedInFake, DECORATION_PREFIX, sandboxPerson, type LinkedInFake } from './linkedin';
import { SANDBOX_LEADS, SANDBOX_SALES_SEARCH_PEOPLE, SANDBOX_SEARCH_PEOPLE, SANDBOX_VIEWER, sandboxLeadPath } from './linkedin-pages';
import { CAPTURE_SEARCH_2025, loadSandbox, SALESNAV_LIST_2025, sandboxPage } from './sandbox-profiles';
import { JONAH, MAYA, THEO } from './sandbox-people';
import { COMPONENT_PREFIX, EMPTY_STATE_TITLE, ITEM_COUNT_HEADER, pagerDescriptor, PAGER_PREFIX } from './sdui-2026-pages';
import { POSITION_GROUP_DECORATION, VIEWER, VOYAGER_LIST_NAMES } from './voyager-data';

let fake: LinkedInFake;
let server: Server;
let base = '';
let cookie = '';
let csrf = '';

beforeAll(async () => {
  fake = createLinkedInFake([sandboxPerson(MAYA, { page: { lazy: true } }), sandboxPerson(THEO), sandboxPerson(JONAH, { json: false })]);
  server = createServer((req, res) => {
    void fake.router(req, res, new URL(req.url ?? '/', 'https://www.linkedin.com'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const page = await fetch(`${base}/in/${MAYA.vanity}/`);
  const jar = page.headers.getSetCookie().map((c) => c.split(';')[0]!);
  cookie = jar.join('; ');
  csrf = (jar.find((c) => c.startsWith('JSESSIONID='))?.slice('JSESSIONID='.length) ?? '').replace(/"/g, '');
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => fake.reset());

const session = () => ({ cookie, 'csrf-token': csrf });
const get = (path: string, headers: Record<string, string> = session()) => fetch(base + path, { headers, redirect: 'manual' });
const post = (path: string, body: unknown, headers: Record<string, string> = session()) =>
  fetch(base + path, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body) });

const profilePath = (vanity: string, deco: string) => `/voyager/api/identity/dash/profiles?q=memberIdentity&memberIdentity=${vanity}&decorationId=${deco}`;
const listPath = (list: string, memberId = MAYA.memberId, query = '') =>
  `/voyager/api/identity/dash/${list}?q=viewee&profileUrn=${encodeURIComponent(`urn:li:fsd_profile:${memberId}`)}${query}`;

function componentBody(vanity: string, vieweeProfileId: string): unknown {
  return {
    clientArguments: {
      payload: { vanityName: vanity, replaceableSectionArgs: { vanityName: vanity, vieweeProfileId } },
      states: [],
      requestMetadata: { $type: 'proto.sdui.common.RequestMetadata' },
      screenId: 'com.linkedin.sdui.flagshipnav.profile.Profile',
      knownTemplateIds: [],
    },
  };
}
const componentPath = (name: string) =>
  `/flagship-web/rsc-action/actions/component?componentId=${COMPONENT_PREFIX}${name}&sduiid=${COMPONENT_PREFIX}${name}`;

function paginationBody(person = THEO, slug: 'experience' | 'skills' = 'experience', start = 10): Record<string, unknown> {
  const descriptor = pagerDescriptor(person, slug, start);
  return { pagerId: descriptor['pagerId'], clientArguments: descriptor['requestedArguments'], paginationRequest: descriptor };
}
const paginationPath = (slug: string) => `/flagship-web/rsc-action/actions/pagination?sduiid=${PAGER_PREFIX}${slug}`;

describe('dash profile decorations', () => {
  it('answers the extension’s first decoration (-101) by default; drift 400 for -93 and any id the sandbox does not know', async () => {
    expect((await get(profilePath(MAYA.vanity, `${DECORATION_PREFIX}101`))).status).toBe(200);
    for (const n of [109, 102, 100, 99]) expect((await get(profilePath(MAYA.vanity, `${DECORATION_PREFIX}${n}`))).status, `-${n}`).toBe(200);
    expect((await get(profilePath(MAYA.vanity, `${DECORATION_PREFIX}93`))).status).toBe(400);
    expect((await get(profilePath(MAYA.vanity, `${DECORATION_PREFIX}91`))).status).toBe(404);
    expect((await get(profilePath(MAYA.vanity, `${DECORATION_PREFIX}150`))).status).toBe(400);
    expect((await get(`/voyager/api/identity/dash/profiles?q=memberIdentity&memberIdentity=${MAYA.vanity}`)).status).toBe(400);
    expect(fake.voyagerRequests.map((r) => [r.endpoint, r.vanity, r.outcome])).toContainEqual(['profiles', MAYA.vanity, 200]);
  });

  it('setDecorationAnswers: per id 400 / 404 / 410 / the 410 envelope under a 200; reset restores the defaults', async () => {
    fake.setDecorationAnswers({ '101': 'envelope-410', 'FullProfileWithEntities-109': 410, [`${DECORATION_PREFIX}102`]: 404, '93': 200 });
    const envelope = await get(profilePath(MAYA.vanity, `${DECORATION_PREFIX}101`));
    expect(envelope.status).toBe(200);
    expect(await envelope.text()).toBe('{"data":{"status":410},"included":[]}');
    expect((await get(profilePath(MAYA.vanity, `${DECORATION_PREFIX}109`))).status).toBe(410);
    expect((await get(profilePath(MAYA.vanity, `${DECORATION_PREFIX}102`))).status).toBe(404);
    expect((await get(profilePath(MAYA.vanity, `${DECORATION_PREFIX}93`))).status).toBe(200);
    expect(fake.voyagerRequests.map((r) => r.outcome)).toEqual(['envelope-410', 410, 404, 200]);
    fake.reset();
    expect(fake.decorationAnswer('101')).toBe(200);
    expect(fake.decorationAnswer('93')).toBe(400);
  });

  it('setJsonPerson: the dash profile answers 200 with another person’s Profile (identity trap)', async () => {
    fake.setJsonPerson(MAYA.vanity, VIEWER);
    const body = (await (await get(profilePath(MAYA.vanity, `${DECORATION_PREFIX}101`))).json()) as { included: Record<string, unknown>[] };
    const profiles = body.included.filter((e) => String(e['$type']).endsWith('.Profile')).map((e) => e['publicIdentifier']);
    expect(profiles).toEqual([VIEWER.vanity]);
    fake.setJsonPerson(MAYA.vanity, null);
    const own = (await (await get(profilePath(MAYA.vanity, `${DECORATION_PREFIX}101`))).json()) as { included: Record<string, unknown>[] };
    expect(own.included.filter((e) => String(e['$type']).endsWith('.Profile')).map((e) => e['publicIdentifier'])).toEqual([MAYA.vanity]);
  });
});

describe('per-section lists', () => {
  it('answers all six lists by member id; 20 per page without count; count=100 honoured; start paged', async () => {
    for (const list of VOYAGER_LIST_NAMES) expect((await get(listPath(list))).status, list).toBe(200);
    const page = (await (await get(listPath('profileSkills'))).json()) as { data: Record<string, unknown> };
    expect(page.data['paging']).toEqual({ count: 20, start: 0, total: 25, links: [] });
    const all = (await (await get(listPath('profileSkills', MAYA.memberId, '&count=100'))).json()) as { data: Record<string, unknown> };
    expect(all.data['*elements']).toHaveLength(25);
    const rest = (await (await get(listPath('profileSkills', MAYA.memberId, '&start=20&count=100'))).json()) as { data: Record<string, unknown> };
    expect(rest.data['*elements']).toHaveLength(5);
    expect(fake.voyagerRequests.filter((r) => r.endpoint === 'profileSkills').map((r) => r.vanity)).toEqual([MAYA.vanity, MAYA.vanity, MAYA.vanity, MAYA.vanity]);
  });

  it('position groups: decorated with -73, undecorated without, 400 for another group decoration; empty lists are elements: []', async () => {
    const decorated = await (await get(listPath('profilePositionGroups', MAYA.memberId, `&decorationId=${POSITION_GROUP_DECORATION}`))).text();
    expect(decorated).toContain('*profilePositionInPositionGroup');
    const plain = await (await get(listPath('profilePositionGroups'))).text();
    expect(plain).not.toContain('*profilePositionInPositionGroup');
    expect((await get(listPath('profilePositionGroups', MAYA.memberId, `&decorationId=${POSITION_GROUP_DECORATION.replace('-73', '-74')}`))).status).toBe(400);
    const empty = (await (await get(listPath('profileLanguages', THEO.memberId))).json()) as { data: Record<string, unknown>; included: unknown[] };
    expect(empty.data['elements']).toEqual([]);
    expect(empty.included).toEqual([]);
  });

  it('refuses q=publicIdentifier (400) and a person without JSON (404)', async () => {
    expect((await get(`/voyager/api/identity/dash/profileSkills?q=publicIdentifier&publicIdentifier=${MAYA.vanity}`)).status).toBe(400);
    expect((await get(listPath('profileSkills', JONAH.memberId))).status).toBe(404);
    expect((await get(profilePath(JONAH.vanity, `${DECORATION_PREFIX}101`))).status).toBe(404);
  });
});

describe('faults on every endpoint', () => {
  it('401 / 403 / 429 (with retry-after) / 999 / the 410 envelope, scoped by vanity and endpoint', async () => {
    fake.setFault({ kind: 'status', status: 429 }, { vanity: MAYA.vanity, endpoint: 'profileSkills' });
    const limited = await get(listPath('profileSkills'));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
    expect((await get(listPath('profileEducations'))).status).toBe(200);
    expect((await get(listPath('profileSkills', THEO.memberId))).status).toBe(200);

    fake.setFault({ kind: 'status', status: 999 }, { endpoint: 'profiles' });
    expect((await get(profilePath(MAYA.vanity, `${DECORATION_PREFIX}101`))).status).toBe(999);
    fake.setFault({ kind: 'status', status: 401 }, { endpoint: 'profileEducations' });
    expect((await get(listPath('profileEducations'))).status).toBe(401);
    fake.setFault({ kind: 'envelope-410' }, { endpoint: 'profileCertifications' });
    const env = await get(listPath('profileCertifications'));
    expect([env.status, await env.text()]).toEqual([200, '{"data":{"status":410},"included":[]}']);
    fake.setFault({ kind: 'status', status: 429, retryAfter: 5 }, { endpoint: 'details', section: 'skills' });
    const details = await get(`/in/${MAYA.vanity}/details/skills/`);
    expect([details.status, details.headers.get('retry-after')]).toEqual([429, '5']);
    expect((await get(`/in/${MAYA.vanity}/details/education/`)).status).toBe(200);
    fake.setFault({ kind: 'status', status: 403 }, { endpoint: 'rsc' });
    expect((await post(componentPath('profileCardsBelowActivityPart7'), componentBody(MAYA.vanity, MAYA.memberId))).status).toBe(403);

    expect(fake.voyagerRequests.map((r) => [r.endpoint, r.outcome])).toEqual([
      ['profileSkills', 429],
      ['profileEducations', 200],
      ['profileSkills', 200],
      ['profiles', 999],
      ['profileEducations', 401],
      ['profileCertifications', 'envelope-410'],
    ]);
    expect(fake.detailsRequests.map((r) => [r.section, r.outcome])).toEqual([
      ['skills', 429],
      ['education', 200],
    ]);
    expect(fake.rscRequests.map((r) => [r.action, r.container, r.outcome])).toEqual([['component', 'profileCardsBelowActivityPart7', 403]]);
  });

  it('a JSON request without the csrf header is refused (403) and logged', async () => {
    expect((await get(listPath('profileSkills'), { cookie })).status).toBe(403);
    expect(fake.voyagerRequests.map((r) => r.outcome)).toEqual([403]);
  });
});

describe('2026 pages', () => {
  it('serves a person’s profile page with the Trusted Types CSP and the sandbox bar; the lazy one with its script', async () => {
    const res = await get(`/in/${MAYA.vanity}/`, {});
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("require-trusted-types-for 'script'");
    const html = await res.text();
    expect(html).toContain(`<div componentkey="profileCardsBelowActivityPart7${MAYA.vanity}"></div>`);
    expect(html).toContain('<script src="/__sandbox/lazy.js"></script>');
    expect(html).toContain(`data-sandbox-nav="${THEO.vanity}"`);
    const script = await get('/__sandbox/lazy.js', {});
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(await script.text()).toContain('IntersectionObserver');
    expect(await (await get('/__sandbox/pager.js', {})).text()).toContain('rsc-action/actions/pagination');
    expect(await (await get('/__sandbox/nav.js', {})).text()).toContain('createPolicy');
  });

  it('serves the five details pages (10 entries first) and 404s unknown sections, people and disabled pages', async () => {
    for (const slug of ['experience', 'education', 'skills', 'certifications', 'languages']) {
      const res = await get(`/in/${THEO.vanity}/details/${slug}/`, {});
      expect(res.status, slug).toBe(200);
      expect(res.headers.get('content-security-policy')).toContain('trusted-types');
    }
    expect((await get(`/in/${THEO.vanity}/details/interests/`, {})).status).toBe(404);
    expect((await get('/in/nobody-here/details/skills/', {})).status).toBe(404);
    fake.addPerson(JONAH, { details: false });
    expect((await get(`/in/${JONAH.vanity}/details/skills/`, {})).status).toBe(404);
    expect(fake.detailsRequests.map((r) => r.outcome)).toEqual([200, 200, 200, 200, 200, 404, 404]);
  });

  it('signed out, a details page redirects to the authwall', async () => {
    fake.setSignedIn(false);
    const res = await get(`/in/${MAYA.vanity}/details/skills/`, {});
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toMatch(/^\/authwall\?/);
  });
});

describe('rsc-action endpoints', () => {
  it('component: answers the container’s cards for the person named in the body; checks method, csrf, ids', async () => {
    const ok = await post(componentPath('profileCardsExperienceOnly'), componentBody(MAYA.vanity, MAYA.memberId));
    expect(ok.status).toBe(200);
    const html = await ok.text();
    expect(html).toContain('ProfileNullStateCardAnchor_Experience');
    expect(html.match(/componentkey="entity-collection-item-/g)).toHaveLength(5);
    expect((await post(componentPath('profileCardsBelowActivityPart1WithoutExp'), componentBody(MAYA.vanity, THEO.memberId))).status).toBe(400);
    expect((await post(componentPath('profileCardsNoSuchPart'), componentBody(MAYA.vanity, MAYA.memberId))).status).toBe(400);
    expect((await post(componentPath('profileCardsBelowActivityPart4'), componentBody(MAYA.vanity, MAYA.memberId), { cookie })).status).toBe(403);
    expect((await get(componentPath('profileCardsBelowActivityPart4'))).status).toBe(405);
    expect(fake.rscRequests.map((r) => [r.container, r.vanity, r.outcome])).toEqual([
      ['profileCardsExperienceOnly', MAYA.vanity, 200],
      ['profileCardsBelowActivityPart1WithoutExp', MAYA.vanity, 400],
      [null, MAYA.vanity, 400],
      ['profileCardsBelowActivityPart4', MAYA.vanity, 403],
      ['profileCardsBelowActivityPart4', null, 405],
    ]);
  });

  it('pagination: the next entries with their count; past the end 200 with the empty state and count 0', async () => {
    const second = await post(paginationPath('experience'), paginationBody(THEO, 'experience', 10));
    expect(second.status).toBe(200);
    expect(second.headers.get(ITEM_COUNT_HEADER)).toBe('4');
    expect((await second.text()).match(/componentkey="entity-collection-item-/g)).toHaveLength(4);
    const past = await post(paginationPath('experience'), paginationBody(THEO, 'experience', 14));
    expect([past.status, past.headers.get(ITEM_COUNT_HEADER)]).toEqual([200, '0']);
    expect(await past.text()).toContain(EMPTY_STATE_TITLE);
    const skills = await post(paginationPath('skills'), paginationBody(MAYA, 'skills', 10));
    expect((await skills.text()).match(/com\.linkedin\.sdui\.profile\.skill\(/g)).toHaveLength(10);
    const wrongId = paginationBody(THEO, 'experience', 10);
    (wrongId['clientArguments'] as { payload: Record<string, unknown> }).payload['profileId'] = MAYA.memberId;
    expect((await post(paginationPath('experience'), wrongId)).status).toBe(400);
    expect((await post(paginationPath('skills'), paginationBody(THEO, 'experience', 10))).status).toBe(400);
    expect(fake.rscRequests.map((r) => [r.action, r.section, r.start, r.items, r.outcome])).toEqual([
      ['pagination', 'experience', 10, 4, 200],
      ['pagination', 'experience', 14, 0, 200],
      ['pagination', 'skills', 10, 10, 200],
      ['pagination', 'experience', 10, null, 400],
      ['pagination', 'experience', 10, null, 400],
    ]);
  });
});

describe('list pages', () => {
  // This file runs in node: the pages are parsed with happy-dom's own parser, as the extension's readers see them.
  const parse = (html: string): Document => new new Window().DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const read = async (path: string) => {
    const res = await get(path);
    expect(res.status, path).toBe(200);
    return parse(await res.text());
  };

  it('a people search of 10 at /search/results/people/ (any query), the 2026 markup, the viewer left out', async () => {
    const url = 'https://www.linkedin.com/search/results/people/?keywords=platform%20engineer';
    const doc = await read('/search/results/people/?keywords=platform%20engineer');
    const outcome = readList({ document: doc, url });
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.page).toMatchObject({ kind: 'people-search', layout: 'search-2026' });
    expect(outcome.page.people.map((p) => p.fullName)).toEqual(SANDBOX_SEARCH_PEOPLE.map((p) => p.name));
    expect(outcome.page.people.map((p) => p.profileUrl)).toEqual(SANDBOX_SEARCH_PEOPLE.map((p) => `https://www.linkedin.com/in/${p.vanity}/`));
    expect(outcome.page.people.some((p) => p.profileUrl?.includes(SANDBOX_VIEWER.vanity))).toBe(false);
    expect(doc.querySelector(`header a[href*="${SANDBOX_VIEWER.vanity}"]`)).not.toBeNull();
    expect(outcome.page.people[1]).toMatchObject({ profileUrl: 'https://www.linkedin.com/in/🦊-ravi-kulkarni/' });
    const noHeadline = outcome.page.people.find((p) => p.fullName === 'Tobias Hartmann');
    expect(noHeadline).toMatchObject({ location: 'Munich, Bavaria, Germany' });
    expect(noHeadline?.headline).toBeUndefined();
    // A test's own page at the path still wins; reset keeps the constructed pages.
    fake.addPage('/search/results/people/', '<html><body><main></main></body></html>');
    expect(await (await get('/search/results/people/')).text()).not.toContain('people-search-result');
  });

  it('a Sales Navigator search of 25 at /sales/search/people: lead ids, no public URL, the seat holder left out', async () => {
    const doc = await read('/sales/search/people?query=(keywords%3Aengineer)');
    const outcome = readList({ document: doc, url: 'https://www.linkedin.com/sales/search/people?query=(keywords%3Aengineer)' });
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.page.layout).toBe('salesnav-search');
    expect(outcome.page.people).toHaveLength(25);
    expect(outcome.page.people.map((p) => p.memberId)).toEqual(SANDBOX_SALES_SEARCH_PEOPLE.map((p) => p.leadId));
    expect(outcome.page.people[0]).toMatchObject({ currentTitle: SANDBOX_SALES_SEARCH_PEOPLE[0]?.title, currentCompany: SANDBOX_SALES_SEARCH_PEOPLE[0]?.company, publicUrlMissing: true });
  });

  it('two lead pages: one links the public profile, one does not; readProfile reads each as the lead', async () => {
    const [linked, unlinked] = SANDBOX_LEADS;
    for (const lead of SANDBOX_LEADS) expect(lead.leadId).toMatch(/^ACwAA[A-Za-z0-9]{34}$/);
    const first = await readProfile({ url: `https://www.linkedin.com${sandboxLeadPath(linked)}`, document: await read(sandboxLeadPath(linked)) });
    expect(first).toMatchObject({
      ok: true,
      profile: { fullName: linked.name, profileUrl: `https://www.linkedin.com/in/${linked.vanity}/`, currentJob: { title: linked.title, company: linked.company }, sources: ['salesnav-lead'] },
    });
    const second = await readProfile({ url: `https://www.linkedin.com${sandboxLeadPath(unlinked)}`, document: await read(sandboxLeadPath(unlinked)) });
    expect(second).toMatchObject({
      ok: true,
      profile: { fullName: unlinked.name, profileUrl: `https://www.linkedin.com/sales/lead/${unlinked.leadId}/`, publicIdentifier: unlinked.leadId, headline: unlinked.headline },
    });
    expect((await get(`/sales/lead/${SANDBOX_SALES_SEARCH_PEOPLE[0]?.leadId},NAME_SEARCH,x`)).status).toBe(404);
  });
  it('the fixture pages: the 2025 search (from a capture) at ?keywords=capture-2025 only, the lead list at its path', async () => {
    // The sandbox's pages as the e2e server adds them, on a fake of their own (the tests above add pages too).
    const sandbox = await loadSandbox();
    const own = createLinkedInFake();
    for (const p of sandbox.pages) own.addPage(p.path, p.html, p.match);
    const ownServer = createServer((req, res) => void own.router(req, res, new URL(req.url ?? '/', 'https://www.linkedin.com')));
    await new Promise<void>((resolve) => ownServer.listen(0, '127.0.0.1', resolve));
    const at = `http://127.0.0.1:${(ownServer.address() as AddressInfo).port}`;
    const names = async (path: string) => {
      const res = await fetch(at + path);
      expect(res.status, path).toBe(200);
      const outcome = readList({ document: parse(await res.text()), url: `https://www.linkedin.com${path}` });
      if (!outcome.ok) throw new Error(outcome.error.message);
      return { layout: outcome.page.layout, names: outcome.page.people.map((p) => p.fullName) };
    };
    try {
      expect(sandboxPage(sandbox, CAPTURE_SEARCH_2025.id)).toMatchObject({ path: CAPTURE_SEARCH_2025.path, match: 'query' });
      // Its parameter among others (LinkedIn adds origin=…) still finds it.
      for (const path of [CAPTURE_SEARCH_2025.path, `${CAPTURE_SEARCH_2025.path}&origin=GLOBAL_SEARCH_HEADER`]) {
        expect(await names(path)).toEqual({ layout: 'search-2025', names: [...CAPTURE_SEARCH_2025.names] });
      }
      // Any other query, or none, still gets the sandbox's own search of 10.
      for (const path of ['/search/results/people/?keywords=engineer', '/search/results/people/', '/search/results/people/?keywords=capture-2026']) {
        expect(await names(path)).toEqual({ layout: 'search-2026', names: SANDBOX_SEARCH_PEOPLE.map((p) => p.name) });
      }
      const list = sandboxPage(sandbox, SALESNAV_LIST_2025.id);
      expect(list.path).toMatch(/^\/sales\/lists\/people\/\d+\?/);
      expect(await names(list.path)).toEqual({ layout: 'salesnav-list', names: [...SALESNAV_LIST_2025.names] });
    } finally {
      await new Promise<void>((resolve) => ownServer.close(() => resolve()));
    }
  });
});
