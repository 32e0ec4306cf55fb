// Issue "Every section of a 2026 LinkedIn profile": on a 2026 page whose cards below Activity are all lazy, the popup
// gets every section through the chain of sources (LinkedIn's JSON and its decoration chain, the per-section lists,
// the details pages followed through LinkedIn's own pagination), or says exactly which section is missing and why,
// with the action that fills it. The sandbox LinkedIn counts every request.
import type { Page, Worker } from '@playwright/test';
import { connectInNewPage } from '../fakes/connect-vendors';
import { sandboxPerson } from '../fakes/linkedin';
import { MAYA } from '../fakes/sandbox-people';
import { ADA } from '../fakes/voyager-data';
import { expect, test } from './fixtures';
import { SECTIONS, profileSchema, type Profile, type Section } from '@/lib/profile/profile';

const DECORATIONS = ['101', '109', '93', '102', '100', '99'] as const;
const NAME = `${MAYA.firstName} ${MAYA.lastName}`;

async function profileJson(popup: Page): Promise<Profile> {
  await expect(popup.getByTestId('profile-json')).toHaveAttribute('data-depth', 'full', { timeout: 20_000 });
  return profileSchema.parse(JSON.parse((await popup.getByTestId('profile-json').textContent()) ?? 'null'));
}

/** The popup once the chain of sources is done (the page's own read shows first). */
async function settled(popup: Page): Promise<Profile> {
  const profile = await profileJson(popup);
  await expect(popup.getByTestId('sections-reading')).toHaveCount(0);
  return profile;
}

function expectWhole(p: Profile): void {
  expect(p.fullName).toBe(NAME);
  expect(p.experiences).toHaveLength(MAYA.positions.length);
  expect(p.educations).toHaveLength(MAYA.educations?.length ?? 0);
  expect(p.skills).toEqual(MAYA.skills);
  expect(p.certifications).toHaveLength(MAYA.certifications?.length ?? 0);
  expect(p.languages).toEqual(MAYA.languages);
  for (const s of SECTIONS) expect(p.completeness[s], s).toMatchObject({ read: p[s].length, total: p[s].length, loaded: true });
}

async function expectCountsShown(popup: Page): Promise<void> {
  await expect(popup.getByTestId('completeness-experiences')).toHaveText(`${MAYA.positions.length} of ${MAYA.positions.length} experiences`);
  await expect(popup.getByTestId('completeness-skills')).toHaveText(`${MAYA.skills?.length} of ${MAYA.skills?.length} skills`);
  await expect(popup.getByTestId('completeness-languages')).toHaveText(`${MAYA.languages?.length} of ${MAYA.languages?.length} languages`);
  await expect(popup.getByTestId('missing-sections')).toHaveCount(0);
}

async function setMemo(sw: Worker, decoration: string | null): Promise<void> {
  await sw.evaluate(
    (value) => chrome.storage.local.set({ 'linkedin-json-memo': value, 'linkedin-json-memo$': { v: 1 } }),
    { decoration, profileRetiredUntil: null, listsRetiredUntil: {}, quiet: null },
  );
}

// After the extension fixture (which resets the sandbox to its default people): Maya's page is all lazy here.
test.beforeEach(({ server, extension }) => {
  void extension;
  server.linkedin.addProfile(sandboxPerson(MAYA, { page: { lazy: true } }));
});

test('the page alone shows the top card at once and never "0" for a lazy section; Save waits for the sections', async ({
  server,
  context,
  extensionId,
  openProfile,
  openPopupFor,
}) => {
  await connectInNewPage(context, extensionId, ['collective']);
  // Every request to LinkedIn's data waits 3 s: the popup shows what the page holds first.
  server.linkedin.setLatency(3000);
  const popup = await openPopupFor(await openProfile(MAYA.vanity));
  await expect(popup.getByTestId('profile-name')).toHaveText(NAME);
  await expect(popup.getByTestId('sections-reading')).toBeVisible();
  await expect(popup.getByTestId('completeness-experiences')).toHaveText('loading…');
  await expect(popup.getByTestId('save-button')).toBeDisabled();
  await expect(popup.getByTestId('save-button')).toHaveText('Reading all sections…');
  await expect(popup.getByTestId('completeness-experiences')).toHaveText(`${MAYA.positions.length} of ${MAYA.positions.length} experiences`, { timeout: 15_000 });
  await expect(popup.getByTestId('save-button')).toBeEnabled();
});

test('(a) the remembered decoration drifted (400), -101 answers: every section, right totals, in 3 requests', async ({ server, sw, openProfile, openPopupFor }) => {
  await setMemo(sw, 'FullProfileWithEntities-93');
  server.linkedin.setDecorationAnswers({ '93': 400, '101': 200 });
  const popup = await openPopupFor(await openProfile(MAYA.vanity));
  expectWhole(await settled(popup));
  await expectCountsShown(popup);
  await expect(popup.getByTestId('read-source')).toContainText('LinkedIn’s profile data');

  const asked = server.linkedin.voyagerRequests.map((r) => `${r.endpoint}${r.query.decorationId ? r.query.decorationId.replace(/^.*-/, ' -') : ''} ${r.outcome}`);
  // The skills are capped at 20 in the profile answer: their list gives all 25.
  expect(asked).toEqual(['profiles -93 400', 'profiles -101 200', 'profileSkills 200']);
  expect(server.linkedin.detailsRequests).toEqual([]);
  // Remembered for the next read, by this browser.
  expect(await sw.evaluate(async () => (await chrome.storage.local.get('linkedin-json-memo'))['linkedin-json-memo'])).toMatchObject({
    decoration: 'FullProfileWithEntities-101',
  });
});

test('(b) every decoration retired (410 and the 410 envelope): the per-section lists give every section', async ({ server, openProfile, openPopupFor }) => {
  server.linkedin.setDecorationAnswers(Object.fromEntries(DECORATIONS.map((d, i) => [d, i % 2 ? 410 : 'envelope-410'])));
  const popup = await openPopupFor(await openProfile(MAYA.vanity));
  const profile = await settled(popup);
  expectWhole(profile);
  expect(profile.sources).toContain('voyager-sections');
  await expectCountsShown(popup);
  await expect(popup.getByTestId('read-source')).toContainText('LinkedIn’s section lists');
  const profiles = server.linkedin.voyagerRequests.filter((r) => r.endpoint === 'profiles');
  // A retired resource is not asked again with another decoration: one question, then one list per section.
  expect(profiles).toHaveLength(1);
  expect(server.linkedin.voyagerRequests.map((r) => r.endpoint).sort()).toEqual(
    ['profileCertifications', 'profileEducations', 'profileLanguages', 'profilePositions', 'profileSkills', 'profiles'].sort(),
  );
});

test('(c) LinkedIn refuses its JSON (429): the details pages, with LinkedIn’s own pagination, give every section', async ({ server, openProfile, openPopupFor }) => {
  test.setTimeout(60_000);
  server.linkedin.setFault({ kind: 'status', status: 429 }, { vanity: MAYA.vanity, endpoint: 'profiles' });
  const page = await openProfile(MAYA.vanity);
  const scrollBefore = await page.evaluate(() => window.scrollY);
  const popup = await openPopupFor(page);
  const profile = await settled(popup);
  expectWhole(profile);
  expect(profile.sources).toContain('details-pages');
  await expectCountsShown(popup);

  // One refused JSON request; nothing more asked of LinkedIn's JSON in this read.
  expect(server.linkedin.voyagerRequests.map((r) => `${r.endpoint} ${r.outcome}`)).toEqual(['profiles 429']);
  // Each of the five details pages loaded once: four fetched, the skills (25: three pages) opened straight in a frame
  // out of sight where LinkedIn's pager asks for the other two pages. Eight requests in all.
  const fetched = server.linkedin.detailsRequests.map((r) => r.section);
  expect([...fetched].sort()).toEqual(['certifications', 'education', 'experience', 'languages', 'skills']);
  const paged = server.linkedin.rscRequests.filter((r) => r.action === 'pagination');
  expect(paged.map((r) => [r.section, r.start])).toEqual([['skills', 10], ['skills', 20]]);
  expect(server.linkedin.voyagerRequests.length + server.linkedin.detailsRequests.length + server.linkedin.rscRequests.length).toBe(8);
  // The user's page did not move, and nothing of ours stayed in it.
  expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
  expect(await page.locator('iframe[aria-hidden="true"]').count()).toBe(0);
});

test('(d) everything refused: each section "not loaded" with why, the action shown; a save asks first and is marked partial', async ({
  server,
  context,
  extensionId,
  openProfile,
  openPopupFor,
}) => {
  test.setTimeout(60_000);
  await connectInNewPage(context, extensionId, ['collective']);
  server.linkedin.setFault({ kind: 'status', status: 429 }, { vanity: MAYA.vanity, endpoint: 'profiles' });
  server.linkedin.setFault({ kind: 'status', status: 429 }, { vanity: MAYA.vanity, endpoint: 'details' });
  const page = await openProfile(MAYA.vanity);
  const popup = await openPopupFor(page);
  const profile = await settled(popup);
  for (const s of SECTIONS) expect(profile.completeness[s], s).toMatchObject({ loaded: false, gap: { reason: 'refused', status: 429 } });

  const missing = popup.getByTestId('missing-section');
  await expect(missing).toHaveCount(5);
  await expect(missing.first()).toHaveText('Experience not loaded: LinkedIn refused the data (429)');
  await expect(popup.getByRole('button', { name: 'Load all sections' })).toBeVisible();

  // Saving asks once; "Not now" saves nothing, "Save without them" saves and the history says partial.
  await popup.getByTestId('save-button').click();
  const question = popup.getByTestId('save-partial-question');
  await expect(question).toContainText('Not loaded: Experience, Education, Skills, Licenses & certifications, and Languages. Save without them?');
  await question.getByRole('button', { name: 'Not now' }).click();
  expect(server.vendors.collective.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  await popup.getByTestId('save-button').click();
  await popup.getByTestId('save-partial-confirm').click();
  await expect(popup.getByTestId('save-result-collective')).toHaveAttribute('data-state', 'done', { timeout: 20_000 });

  const history = await context.newPage();
  await history.goto(`chrome-extension://${extensionId}/save-history.html`);
  await expect(history.getByTestId('history-partial')).toHaveText('Partial: without Experience, Education, Skills, Licenses & certifications, and Languages');

  // The action: LinkedIn's lazy cards are brought into view (one component request each), then read again.
  await popup.getByRole('button', { name: 'Load all sections' }).click();
  await expect.poll(() => server.linkedin.rscRequests.filter((r) => r.action === 'component').length, { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
  await expect(popup.getByTestId('completeness-languages')).toHaveText(`${MAYA.languages?.length} of ${MAYA.languages?.length} languages`, { timeout: 20_000 });
  await expect(popup.getByTestId('completeness-educations')).toHaveText(`${MAYA.educations?.length} of ${MAYA.educations?.length} educations`);
  // The page went back to where the user had it.
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('(e) LinkedIn’s JSON names another person: it is not used, and the page’s person is read whole', async ({ server, openProfile, openPopupFor }) => {
  server.linkedin.setJsonPerson(MAYA.vanity, ADA);
  const popup = await openPopupFor(await openProfile(MAYA.vanity));
  const profile = await settled(popup);
  expect(profile.fullName).toBe(NAME);
  expect(profile.memberId).toBe(MAYA.memberId);
  expect(profile.headline).not.toBe(ADA.headline);
  expect(profile.skills).not.toContain('Kafka');
  expectWhole(profile);
  await expect(popup.locator('[data-testid="warning"][data-code="identity-mismatch"]')).toHaveCount(1);
});

test('2026 details: pronouns are not the headline, the name is a bare <h2>, "Top skills" is not the Skills section, a placeholder photo is no photo', async ({
  server,
  openProfile,
  openPopupFor,
}) => {
  server.linkedin.addProfile(sandboxPerson(MAYA, { page: { lazy: true, nameMarkup: 'plain-div', photo: 'placeholder' }, json: false, details: false }));
  const page = await openProfile(MAYA.vanity);
  expect(await page.locator('h1').count()).toBe(0);
  const popup = await openPopupFor(page);
  const profile = await settled(popup);
  expect(profile.fullName).toBe(NAME);
  expect(profile.headline).toBe(MAYA.headline);
  expect(profile.currentJob?.company).not.toBe(MAYA.headline);
  expect(profile.photoUrl).toBeNull();
  expect(profile.completeness.skills).toMatchObject({ loaded: false });
  expect(profile.skills).toEqual([]);
  const sectionsMissing = SECTIONS.filter((s: Section) => !profile.completeness[s].loaded);
  expect(sectionsMissing).toEqual([...SECTIONS]);
});
