// Issue: open a profile, open the popup for that tab, see the right person with complete sections; navigate in-app
// to another profile and see the new person; LinkedIn's JSON failing → the page is read and the popup says so;
// pages that are not profiles → a clear message. Everything runs against the production build and the sandbox.
import type { Page, Worker } from '@playwright/test';
import { profileSchema, type Profile } from '@/lib/profile/profile';
import type { JsonFault } from '../fakes/linkedin';
import { sandboxFixture, type ProfileFixture, type Sandbox } from '../fakes/sandbox-profiles';
import { expect, test } from './fixtures';

const WITH_JSON = 'sdui-2026-profile'; // the 2026 page whose person LinkedIn's JSON also describes
const OTHER = 'ember-2025-profile'; // another person, reached by in-app navigation

function fixture(sandbox: Sandbox, id: string): ProfileFixture & { expected: Profile } {
  const f = sandboxFixture(sandbox, id);
  if (!f.expected) throw new Error(`tests/fixtures: the expected Profile of ${id} is missing`);
  return { ...f, expected: f.expected };
}

async function profileJson(popup: Page): Promise<Profile> {
  const text = await popup.getByTestId('profile-json').textContent();
  return profileSchema.parse(JSON.parse(text ?? 'null'));
}

/**
 * The in-page save button (on by default) is the one element the extension adds on purpose, at a time of its own:
 * these tests turn it off to prove that reading adds nothing (tests/e2e/one-click.spec.ts covers the button).
 */
async function withoutSaveButton(sw: Worker): Promise<void> {
  await sw.evaluate(() => chrome.storage.local.set({ 'in-page-button': false }));
  await expect.poll(() => sw.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length)).toBe(0);
}

/** Elements in the LinkedIn page (shadow roots included): the extension must add none. */
function elementCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        n++;
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return n;
  });
}

/** What a person is, as far as these tests compare: identity and the sections' contents. */
function who(p: Profile) {
  return {
    profileUrl: p.profileUrl,
    fullName: p.fullName,
    headline: p.headline,
    location: p.location,
    experiences: p.experiences.map((e) => `${e.title} @ ${e.company ?? '?'}`),
    educations: p.educations.map((e) => e.school),
    skills: p.skills,
  };
}

async function expectPersonOnScreen(popup: Page, expected: Profile): Promise<void> {
  await expect(popup.getByTestId('profile-name')).toHaveText(expected.fullName);
  if (expected.headline) await expect(popup.getByTestId('profile-headline')).toHaveText(expected.headline);
  if (expected.location) await expect(popup.getByTestId('profile-location')).toHaveText(expected.location);
  // Shown short (linkedin.com/in/…), linked in full.
  await expect(popup.getByTestId('profile-url')).toHaveAttribute('href', expected.profileUrl);
  await expect(popup.getByTestId('experience-item')).toHaveCount(expected.experiences.length);
  await expect(popup.getByTestId('education-item')).toHaveCount(expected.educations.length);
  await expect(popup.getByTestId('skill-item')).toHaveCount(expected.skills.length);
}

test('reads the person on screen, complete, from LinkedIn’s JSON, without touching the page', async ({ sandbox, server, sw, openProfile, openPopupFor }) => {
  await withoutSaveButton(sw);
  const f = fixture(sandbox, WITH_JSON);
  const fromJson = f.expectedFromJson ?? f.expected;
  const page = await openProfile(f.vanity);
  const before = await elementCount(page);

  const popup = await openPopupFor(page);

  await expectPersonOnScreen(popup, fromJson);
  await expect(popup.getByTestId('profile-member-id')).toHaveText(fromJson.memberId ?? 'not on this page');
  const n = (section: 'experiences' | 'educations' | 'skills', one: string, many: string) => {
    const count = fromJson[section].length;
    return `${count} of ${count} ${count === 1 ? one : many}`;
  };
  await expect(popup.getByTestId('completeness-experiences')).toHaveText(n('experiences', 'experience', 'experiences'));
  await expect(popup.getByTestId('completeness-educations')).toHaveText(n('educations', 'education', 'educations'));
  await expect(popup.getByTestId('completeness-skills')).toHaveText(n('skills', 'skill', 'skills'));
  await expect(popup.getByTestId('read-source')).toContainText('LinkedIn’s profile data');
  await expect(popup.getByTestId('warning')).toHaveCount(0);
  expect(who(await profileJson(popup))).toEqual(who(fromJson));
  if (fromJson.photoUrl && new URL(fromJson.photoUrl).hostname === 'media.licdn.com') {
    // The photo really loads (from the media.licdn.com fake), as the user would see it.
    await expect.poll(() => popup.getByTestId('profile-photo').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  }

  // The JSON request carried LinkedIn's CSRF token and asked the decoration verified live in 2026 first (-101).
  const json = server.linkedin.voyagerRequests.filter((r) => r.endpoint === 'profiles');
  expect(json.length).toBeGreaterThan(0);
  for (const r of json) expect(r.headers['csrf-token']).toBe(server.linkedin.sessionId);
  expect(json.map((r) => r.outcome)).toEqual([200]);
  expect(json[0]?.query.decorationId).toMatch(/FullProfileWithEntities-101$/);
  expect(json.every((r) => r.query.memberIdentity === f.vanity)).toBe(true);

  expect(await elementCount(page)).toBe(before);
  expect(server.strayRequests).toEqual([]);
});

test('after in-app navigation to another profile, the popup shows the new person', async ({ sandbox, openProfile, openPopupFor }) => {
  const first = fixture(sandbox, WITH_JSON);
  const second = fixture(sandbox, OTHER);
  const page = await openProfile(first.vanity);
  const firstPopup = await openPopupFor(page);
  await expect(firstPopup.getByTestId('profile-name')).toHaveText((first.expectedFromJson ?? first.expected).fullName);
  await firstPopup.close();

  // LinkedIn's way: the body is swapped and the URL pushed, with no page load.
  let loads = 0;
  page.on('load', () => loads++);
  await page.locator(`#sandbox-bar a[data-sandbox-nav="${second.vanity}"]`).click();
  await page.waitForURL(`**/in/${second.vanity}/`);
  expect(loads).toBe(0);

  const popup = await openPopupFor(page);
  await expectPersonOnScreen(popup, second.expected);
  await expect(popup.getByTestId('profile-name')).not.toHaveText((first.expectedFromJson ?? first.expected).fullName);
  expect(who(await profileJson(popup)).profileUrl).toBe(second.expected.profileUrl);
});

const JSON_FAULTS: { name: string; fault: JsonFault }[] = [
  { name: 'answers 410', fault: { kind: 'status', status: 410 } },
  { name: 'answers 500', fault: { kind: 'status', status: 500 } },
  { name: 'answers an HTML page', fault: { kind: 'non-json' } },
  { name: 'drops the connection', fault: { kind: 'drop' } },
  { name: 'never answers', fault: { kind: 'hang' } },
];

for (const { name, fault } of JSON_FAULTS) {
  test(`LinkedIn’s JSON ${name}: the page is read instead, and the popup says so`, async ({ sandbox, server, sw, openProfile, openPopupFor }) => {
    await withoutSaveButton(sw);
    const f = fixture(sandbox, WITH_JSON);
    server.linkedin.setFault(fault, { vanity: f.vanity, endpoint: 'profiles' });
    const page = await openProfile(f.vanity);
    const before = await elementCount(page);

    const popup = await openPopupFor(page);

    await expectPersonOnScreen(popup, f.expected);
    const source = popup.getByTestId('read-source');
    await expect(source).toContainText('the page (2026 layout)');
    await expect(source).not.toContainText('LinkedIn’s profile data');
    const warning = popup.locator('[data-testid="warning"][data-code="json-unavailable"]');
    await expect(warning).toHaveCount(1);
    await expect(warning).toBeVisible();
    expect(who(await profileJson(popup))).toEqual(who(f.expected));
    expect(server.linkedin.voyagerRequests.length).toBeGreaterThan(0);
    expect(await elementCount(page)).toBe(before);
  });
}

test('signed out: LinkedIn shows its sign-in wall and the popup says to sign in', async ({ sandbox, server, openProfile, openPopupFor }) => {
  server.linkedin.setSignedIn(false);
  const page = await openProfile(sandboxFixture(sandbox, WITH_JSON).vanity);
  await expect(page).toHaveURL(/\/authwall\?/);
  const popup = await openPopupFor(page);
  const notice = popup.getByTestId('state-not-profile');
  await expect(notice).toHaveAttribute('data-reason', 'authwall');
  await expect(notice).toContainText(/signed out/i);
  await expect(notice).toContainText(/sign in/i);
  await expect(popup.getByTestId('profile-card')).toHaveCount(0);
});

test('a profile that does not exist: the popup says so and shows no person', async ({ openProfile, openPopupFor }) => {
  const page = await openProfile('nobody-by-this-name');
  const popup = await openPopupFor(page);
  const notice = popup.getByTestId('state-not-profile');
  await expect(notice).toHaveAttribute('data-reason', 'not-found');
  await expect(notice).toContainText(/does not exist|not visible/i);
  await expect(popup.getByTestId('profile-card')).toHaveCount(0);
});

test('LinkedIn pages that are not a profile: a search of posts, Sales Navigator home, security check, feed', async ({ context, openPopupFor }) => {
  // People searches, Sales Navigator searches, lists and leads are read (tests/e2e/list.spec.ts); these list nobody.
  const cases = [
    { path: '/search/results/content/?keywords=engineer', reason: 'search', text: /search page lists no people/i },
    { path: '/sales/home', reason: 'sales-navigator', text: /Sales Navigator/ },
    { path: '/checkpoint/challenge/AgFakeChallengeToken', reason: 'checkpoint', text: /security check/i },
    { path: '/feed/', reason: 'other-linkedin', text: /not a profile/i },
  ];
  for (const c of cases) {
    const page = await context.newPage();
    await page.goto(`https://www.linkedin.com${c.path}`);
    const popup = await openPopupFor(page);
    const notice = popup.getByTestId('state-not-profile');
    await expect(notice, c.path).toHaveAttribute('data-reason', c.reason);
    await expect(notice, c.path).toContainText(c.text);
    await popup.close();
    await page.close();
  }
});

test('a tab that is not LinkedIn: the popup says so and LinkedIn is never asked', async ({ server, context, openPopupFor }) => {
  const page = await context.newPage();
  await page.goto('https://app.leonar.app/');
  const popup = await openPopupFor(page);
  const notice = popup.getByTestId('state-not-profile');
  await expect(notice).toHaveAttribute('data-reason', 'not-linkedin');
  await expect(notice).toContainText(/not LinkedIn/);
  expect(server.linkedin.requests).toEqual([]);
});
