// Bad LinkedIn input with a tool configured, so that a wrongly accepted page would show a Save button: sign-in wall,
// security check, missing profile, a profile page with no name, a layout that matches nothing, and pages or JSON
// that describe another person than the address. Each gives a clear message (or the right person from LinkedIn's
// JSON alone) and never offers to save an empty or wrong person.
import type { Page } from '@playwright/test';
import { profileSchema, type Profile } from '@/lib/profile/profile';
import { leonarControls, type LeonarFake } from '@/lib/vendors/leonar/fake';
import { sandboxFixture } from '../fakes/sandbox-profiles';
import { voyagerOf } from '../fakes/sandbox-profiles';
import { ADA, VIEWER, type FakePerson } from '../fakes/voyager-data';
import { connectInNewPage } from '../fakes/connect-vendors';
import { expect, test } from './fixtures';

const SANDBOX_PERSON = 'sdui-2026-profile';

/** A profile page whose top card rendered without its name (LinkedIn's title is bare while it loads). */
const NAMELESS_PAGE = `<!doctype html><html><head><title>LinkedIn</title></head><body><main>
<section componentkey="com.linkedin.sdui.profile.card.refACoAAAbcdefghijklmnopqrstuvwxyz0123456Topcard">
<div><a componentkey="ProfileVerificationTriggerRef-bad-input-nameless"><h2></h2></a><p>Engineer</p></div>
</section></main></body></html>`;

/** A future layout none of the readers knows; its title names someone, which proves nothing on its own. */
function unknownLayoutPage(name: string): string {
  return `<!doctype html><html><head><title>${name} | LinkedIn</title></head><body>
<div class="profile-2030"><span class="who">${name}</span><span class="what">Engineer at Somewhere</span></div></body></html>`;
}

/** Nothing on screen could start a save, and Leonar was never asked about anyone. */
async function expectNoSave(popup: Page, fake: LeonarFake, since: number): Promise<void> {
  await expect(popup.getByTestId('profile-card')).toHaveCount(0);
  await expect(popup.getByTestId('save-panel')).toHaveCount(0);
  await expect(popup.getByTestId('save-button')).toHaveCount(0);
  await expect(popup.getByTestId('vendor-panel-leonar')).toHaveCount(0);
  await expect(popup.getByTestId('profile-json')).toHaveCount(0);
  expect(fake.requests.slice(since).map((r) => r.path)).toEqual([]);
}

function inventedPerson(vanity: string, idTail: string): FakePerson {
  return { ...ADA, vanity, memberId: `ACoAAD${idTail.padEnd(33, '0').slice(0, 33)}` };
}

test('sign-in wall, security check and a missing profile: a clear message and no save', async ({ server, sandbox, extensionId, context, openPopupFor }) => {
  const fake = leonarControls(server.vendors.leonar);
  await connectInNewPage(context, extensionId, ['leonar']);
  const since = fake.requests.length;

  const cases = [
    { path: `/in/${sandboxFixture(sandbox, SANDBOX_PERSON).vanity}/`, signedIn: false, reason: 'authwall', text: /sign in/i },
    { path: '/checkpoint/challenge/AgBadInputChallenge', signedIn: true, reason: 'checkpoint', text: /security check/i },
    { path: '/in/bad-input-nobody/', signedIn: true, reason: 'not-found', text: /does not exist|not visible/i },
  ];
  for (const c of cases) {
    server.linkedin.setSignedIn(c.signedIn);
    const page = await context.newPage();
    await page.goto(`https://www.linkedin.com${c.path}`);
    const popup = await openPopupFor(page);
    const notice = popup.getByTestId('state-not-profile');
    await expect(notice, c.path).toHaveAttribute('data-reason', c.reason);
    await expect(notice, c.path).toContainText(c.text);
    await expectNoSave(popup, fake, since);
    await popup.close();
    await page.close();
  }
});

test('a profile page with no name: the empty-profile message, no save panel', async ({ server, extensionId, context, openProfile, openPopupFor }) => {
  const fake = leonarControls(server.vendors.leonar);
  await connectInNewPage(context, extensionId, ['leonar']);
  server.linkedin.addPage('/in/bad-input-nameless/', NAMELESS_PAGE);
  const since = fake.requests.length;

  const popup = await openPopupFor(await openProfile('bad-input-nameless'));
  const notice = popup.getByTestId('state-error');
  await expect(notice).toHaveAttribute('data-code', 'empty-profile');
  await expect(notice).toContainText('No name could be read on this page, so nothing can be saved.');
  await expectNoSave(popup, fake, since);
  // The page is not shown as someone called "LinkedIn" either.
  await expect(popup.locator('body')).not.toContainText('Engineer');
});

test('a layout that matches nothing: a clear message, never a person taken from the tab title', async ({ server, extensionId, context, openProfile, openPopupFor }) => {
  const fake = leonarControls(server.vendors.leonar);
  await connectInNewPage(context, extensionId, ['leonar']);
  server.linkedin.addPage('/in/bad-input-unknown-layout/', unknownLayoutPage('Jane Unknownlayout'));
  const since = fake.requests.length;

  const popup = await openPopupFor(await openProfile('bad-input-unknown-layout'));
  const notice = popup.getByTestId('state-error');
  await expect(notice).toHaveAttribute('data-code', 'empty-profile');
  await expect(notice).toContainText('nothing can be saved');
  await expect(notice).toContainText(/LinkedIn changed its page/);
  await expect(popup.locator('body')).not.toContainText('Jane Unknownlayout');
  await expectNoSave(popup, fake, since);
});

test('a layout that matches nothing, with LinkedIn’s JSON for this person: that person, from the JSON alone', async ({ server, extensionId, context, openProfile, openPopupFor }) => {
  await connectInNewPage(context, extensionId, ['leonar']);
  const person = inventedPerson('bad-input-json-only', 'jsononly');
  server.linkedin.addProfile({ vanity: person.vanity, html: unknownLayoutPage('Not The Json Name'), voyager: voyagerOf(person) });

  const popup = await openPopupFor(await openProfile(person.vanity));
  await expect(popup.getByTestId('profile-card')).toContainText(`${person.firstName} ${person.lastName}`);
  const profile: Profile = profileSchema.parse(JSON.parse((await popup.getByTestId('profile-json').textContent()) ?? 'null'));
  expect(profile.publicIdentifier).toBe(person.vanity);
  expect(profile.sources).toEqual(['voyager']);
  // The JSON alone is the whole person here: nothing is missing, so nothing is warned about.
  expect(profile.completeness.experiences).toEqual({ read: person.positions.length, total: person.positions.length, loaded: true, from: 'voyager' });
  expect(profile.experiences.map((e) => e.title)).toEqual(person.positions.map((p) => p.title));
  await expect(popup.locator('body')).not.toContainText('Not The Json Name');
  await expect(popup.getByTestId('save-button')).toBeVisible();
});

test('the wrong person: a page or LinkedIn’s JSON about someone else than the address is never offered for saving', async ({ server, sandbox, extensionId, context, openProfile, openPopupFor }) => {
  const fake = leonarControls(server.vendors.leonar);
  await connectInNewPage(context, extensionId, ['leonar']);
  const since = fake.requests.length;

  // LinkedIn changed the address but still shows the previous person's page (its name link names their vanity).
  const previous = sandbox.fixtures.find((f) => f.id === SANDBOX_PERSON);
  if (!previous?.expected || !previous.profile.html) throw new Error(`${SANDBOX_PERSON} needs a page and an expected Profile`);
  server.linkedin.addPage('/in/bad-input-next-person/', previous.profile.html);
  const stale = await openPopupFor(await openProfile('bad-input-next-person'));
  await expect(stale.getByTestId('state-error')).toHaveAttribute('data-code', 'other-person');
  await expect(stale.getByTestId('state-error')).toContainText('still shows another person');
  await expect(stale.locator('body')).not.toContainText(previous.expected.fullName);
  await expectNoSave(stale, fake, since);

  // LinkedIn's JSON answers with the viewer's profile for this address: dropped, and the page knows nobody.
  const viewerJson = voyagerOf({ ...VIEWER, memberId: `ACoAAE${'viewerjson'.padEnd(33, '1')}` });
  server.linkedin.addProfile({ vanity: 'bad-input-viewer-json', html: unknownLayoutPage('Page Title Name'), voyager: viewerJson });
  const viewer = await openPopupFor(await openProfile('bad-input-viewer-json'));
  await expect(viewer.getByTestId('state-error')).toHaveAttribute('data-code', 'empty-profile');
  await expect(viewer.locator('body')).not.toContainText(`${VIEWER.firstName} ${VIEWER.lastName}`);
  await expectNoSave(viewer, fake, since);
});
