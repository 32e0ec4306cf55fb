// The fakes' own contract, checked without a browser: if the sandbox stopped behaving like LinkedIn (CSRF rule,
// cookies, decorations, faults, vendor auth), every browser spec built on it would prove less than it claims.
import { expect, test as base } from '@playwright/test';
import { fakeRequest, setCookies } from '../fakes/client';
import { DECORATION_PREFIX, type SandboxProfile } from '../fakes/linkedin';
import { FAKE_HOSTS, startFakeServer, type FakeServer } from '../fakes/server';

const MEMBER_ID = 'ACoAAExampleMemberIdForTheFakesContract0';
const invented: SandboxProfile = {
  vanity: 'ada-example',
  html: '<!DOCTYPE html><html><head><title>Ada Example | LinkedIn</title></head><body><main><h1>Ada Example</h1></main></body></html>',
  voyager: {
    memberId: MEMBER_ID,
    profile: { data: { '*elements': [`urn:li:fsd_profile:${MEMBER_ID}`] }, included: [] },
    positions: (start, count) => ({ data: { '*elements': [], paging: { start, count, total: 0 } }, included: [] }),
  },
};
const other: SandboxProfile = { ...invented, vanity: 'bo-example', voyager: null };

const test = base.extend<object, { server: FakeServer }>({
  server: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, provide) => {
      const server = await startFakeServer({ profiles: [invented, other] });
      await provide(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
});
test.beforeEach(({ server }) => server.reset());

const profilesUrl = (vanity: string, deco = `${DECORATION_PREFIX}109`) =>
  `https://www.linkedin.com/voyager/api/identity/dash/profiles?q=memberIdentity&memberIdentity=${vanity}&decorationId=${deco}`;

async function session(server: FakeServer): Promise<{ cookie: string; csrf: string }> {
  const page = await fakeRequest(server, 'https://www.linkedin.com/in/ada-example/');
  const cookies = setCookies(page);
  const jsession = cookies.get('JSESSIONID')!.value;
  return { cookie: `JSESSIONID=${jsession}; li_at=${cookies.get('li_at')!.value}`, csrf: jsession.replace(/"/g, '') };
}

test('one certificate names the five hosts', async ({ server }) => {
  const res = await fakeRequest(server, 'https://media.licdn.com/dms/image/x.png');
  for (const host of FAKE_HOSTS) expect(res.certificateNames).toContain(`DNS:${host}`);
});

test('a profile page sets LinkedIn session cookies: quoted JSESSIONID readable by scripts, HttpOnly li_at', async ({ server }) => {
  const res = await fakeRequest(server, 'https://www.linkedin.com/in/ada-example/');
  expect(res.status).toBe(200);
  expect(res.text).toContain('<h1>Ada Example</h1>');
  expect(res.text).toContain('data-sandbox-nav="bo-example"');
  const cookies = setCookies(res);
  expect(cookies.get('JSESSIONID')!.value).toMatch(/^"ajax:\d+"$/);
  expect(cookies.get('JSESSIONID')!.attributes).not.toMatch(/HttpOnly/i);
  expect(cookies.get('JSESSIONID')!.attributes).toMatch(/Secure/);
  expect(cookies.get('li_at')!.attributes).toMatch(/HttpOnly/);
});

test('the JSON endpoint answers 403 without the csrf-token header, 200 with it', async ({ server }) => {
  const { cookie, csrf } = await session(server);
  expect((await fakeRequest(server, profilesUrl('ada-example'), { headers: { cookie } })).status).toBe(403);
  expect((await fakeRequest(server, profilesUrl('ada-example'), { headers: { cookie, 'csrf-token': 'ajax:0' } })).status).toBe(403);
  expect((await fakeRequest(server, profilesUrl('ada-example'), { headers: { 'csrf-token': csrf } })).status).toBe(403);
  const ok = await fakeRequest(server, profilesUrl('ada-example'), { headers: { cookie, 'csrf-token': csrf } });
  expect(ok.status).toBe(200);
  expect(JSON.parse(ok.text)).toEqual(invented.voyager!.profile);
  expect(server.linkedin.voyagerRequests.map((r) => r.outcome)).toEqual([403, 403, 403, 200]);
});

test('retired decorations answer 400/404, unknown people 404, completion endpoints find the person by URN', async ({ server }) => {
  const headers = await session(server).then(({ cookie, csrf }) => ({ cookie, 'csrf-token': csrf }));
  expect((await fakeRequest(server, profilesUrl('ada-example', `${DECORATION_PREFIX}93`), { headers })).status).toBe(400);
  expect((await fakeRequest(server, profilesUrl('ada-example', `${DECORATION_PREFIX}91`), { headers })).status).toBe(404);
  expect((await fakeRequest(server, profilesUrl('ada-example', 'com.linkedin.voyager.dash.deco.identity.profile.TopCard-1'), { headers })).status).toBe(400);
  server.linkedin.setRetiredDecorations({ [`${DECORATION_PREFIX}109`]: 400 });
  expect((await fakeRequest(server, profilesUrl('ada-example'), { headers })).status).toBe(400);
  expect((await fakeRequest(server, profilesUrl('ada-example', `${DECORATION_PREFIX}93`), { headers })).status).toBe(200);
  expect((await fakeRequest(server, profilesUrl('bo-example', `${DECORATION_PREFIX}93`), { headers })).status).toBe(404);
  const positions = `https://www.linkedin.com/voyager/api/identity/dash/profilePositions?q=viewee&profileUrn=${encodeURIComponent(`urn:li:fsd_profile:${MEMBER_ID}`)}&count=100`;
  expect((await fakeRequest(server, positions, { headers })).status).toBe(200);
  const skills = positions.replace('profilePositions', 'profileSkills');
  expect((await fakeRequest(server, skills, { headers })).status).toBe(404);
});

test('faults: per vanity and global, status, non-JSON, dropped connection, hang', async ({ server }) => {
  const headers = await session(server).then(({ cookie, csrf }) => ({ cookie, 'csrf-token': csrf }));
  server.linkedin.setFault({ kind: 'status', status: 410 }, { vanity: 'ada-example' });
  expect((await fakeRequest(server, profilesUrl('ada-example'), { headers })).status).toBe(410);
  expect((await fakeRequest(server, profilesUrl('bo-example'), { headers })).status).toBe(404);
  server.linkedin.setFault({ kind: 'status', status: 500 });
  expect((await fakeRequest(server, profilesUrl('bo-example'), { headers })).status).toBe(500);
  server.linkedin.setFault({ kind: 'non-json' });
  const html = await fakeRequest(server, profilesUrl('ada-example'), { headers });
  expect(html.status).toBe(200);
  expect(html.headers['content-type']).toMatch(/text\/html/);
  server.linkedin.setFault({ kind: 'drop' });
  await expect(fakeRequest(server, profilesUrl('ada-example'), { headers })).rejects.toThrow();
  server.linkedin.setFault({ kind: 'hang' });
  await expect(fakeRequest(server, profilesUrl('ada-example'), { headers, timeoutMs: 500 })).rejects.toThrow('timeout');
  server.linkedin.clearFaults();
  expect((await fakeRequest(server, profilesUrl('ada-example'), { headers })).status).toBe(200);
});

test('signed out: profiles redirect to the authwall; unknown vanities get LinkedIn’s 404 page', async ({ server }) => {
  const missing = await fakeRequest(server, 'https://www.linkedin.com/in/nobody-here/');
  expect(missing.status).toBe(404);
  expect(missing.text).toContain('This page doesn’t exist');
  server.linkedin.setSignedIn(false);
  const res = await fakeRequest(server, 'https://www.linkedin.com/in/ada-example/');
  expect(res.status).toBe(302);
  expect(res.headers.location).toMatch(/^\/authwall\?.*sessionRedirect=https%3A%2F%2Fwww\.linkedin\.com%2Fin%2Fada-example%2F/);
  const wall = await fakeRequest(server, `https://www.linkedin.com${res.headers.location as string}`);
  expect(wall.text).toContain('Sign in');
});

test('vendor fakes log every request, refuse a wrong key and refuse a body the vendor would refuse', async ({ server }) => {
  const body = JSON.stringify({ hello: 'world' });
  const denied = await fakeRequest(server, 'https://api.stardex.ai/v1/persons', { method: 'POST', body, headers: { authorization: 'Bearer nope' } });
  expect(denied.status).toBe(401);
  const headers = { authorization: `Bearer ${server.vendors.stardex.apiKey}`, 'content-type': 'application/json' };
  const res = await fakeRequest(server, 'https://api.stardex.ai/v1/persons', { method: 'POST', body, headers });
  // Not Stardex's documented person (no name, no linkedin_url): refused in Stardex's envelope, nothing created.
  expect(res.status).toBe(400);
  expect(JSON.parse(res.text)).toMatchObject({ success: false, error: { code: expect.any(String) } });
  expect(server.vendors.stardex.requests.map((r) => [r.method, r.path, r.body])).toEqual([
    ['POST', '/v1/persons', { hello: 'world' }],
    ['POST', '/v1/persons', { hello: 'world' }],
  ]);
  expect(server.vendors.leonar.requests).toHaveLength(0);
});

test('media.licdn.com answers the same PNG for the same path', async ({ server }) => {
  const a = await fakeRequest(server, 'https://media.licdn.com/dms/image/v2/a/profile-displayphoto-shrink_400_400/0/1');
  const b = await fakeRequest(server, 'https://media.licdn.com/dms/image/v2/a/profile-displayphoto-shrink_400_400/0/1');
  expect(a.headers['content-type']).toBe('image/png');
  expect(a.text.slice(1, 4)).toBe('PNG');
  expect(a.text).toBe(b.text);
});
