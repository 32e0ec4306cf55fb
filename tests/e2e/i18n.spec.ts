// Issue 6: the UI follows the browser's language. Chromium started in French (--lang=fr) → the popup's sections,
// completeness lines and notices, and the options page, are in French; the manifest's name and description too.
import { profileSchema, type Profile } from '@/lib/profile/profile';
import { launchWithExtension } from '../fakes/browser';
import type { ProfileFixture, Sandbox } from '../fakes/sandbox-profiles';
import { expect, test as base } from './fixtures';

// Same fixtures, but every browser of this file is French.
const test = base.extend({
  extension: async ({ server }, provide) => {
    server.reset();
    const browser = await launchWithExtension(server, { locale: 'fr' });
    await provide(browser);
    await browser.context.close();
  },
});

const PERSON = 'sdui-2026-profile';

function listed(sandbox: Sandbox, id: string): ProfileFixture {
  const f = sandbox.fixtures.find((x) => x.id === id);
  if (!f) throw new Error(`tests/fixtures/index.json has no ${id}`);
  return f;
}

test('the browser in French: the background’s messages and the manifest’s description are French', async ({ sw }) => {
  const manifest = await sw.evaluate(() => ({
    name: chrome.i18n.getMessage('extName'),
    description: chrome.i18n.getMessage('extDescription'),
  }));
  expect(manifest.description).toBe('Lisez le profil LinkedIn affiché et enregistrez-le dans Leonar, Stardex ou Collective.');
});

test('the popup reads a profile in French: sections, completeness with French plurals, dates', async ({ sandbox, openProfile, openPopupFor }) => {
  const popup = await openPopupFor(await openProfile(listed(sandbox, PERSON).vanity));
  await expect(popup.getByTestId('profile-card')).toBeVisible();
  const profile: Profile = profileSchema.parse(JSON.parse((await popup.getByTestId('profile-json').textContent()) ?? 'null'));

  await expect(popup.locator('html')).toHaveAttribute('lang', /^fr/);
  await expect(popup.getByTestId('section-experiences').getByRole('heading')).toHaveText('Expérience');
  await expect(popup.getByTestId('section-educations').getByRole('heading')).toHaveText('Formation');
  await expect(popup.getByTestId('section-skills').getByRole('heading')).toHaveText('Compétences');

  const french = (n: number, one: string, many: string) => `${n} ${n <= 1 ? one : many} sur ${n}`;
  const c = profile.completeness;
  expect(c.experiences.read).toBe(c.experiences.total);
  await expect(popup.getByTestId('completeness-experiences')).toHaveText(french(c.experiences.read, 'expérience', 'expériences'));
  await expect(popup.getByTestId('completeness-educations')).toHaveText(french(c.educations.read, 'formation', 'formations'));
  await expect(popup.getByTestId('completeness-skills')).toHaveText(french(c.skills.read, 'compétence', 'compétences'));

  await expect(popup.getByTestId('read-time')).toHaveText(/^Lu en \d+ ms$/);
  await expect(popup.getByTestId('read-source')).toHaveText(/^Lu depuis /);
  await expect(popup.getByRole('button', { name: 'Relire' })).toBeVisible();
  if (profile.experiences.some((e) => e.isCurrent)) {
    await expect(popup.getByTestId('section-experiences')).toContainText('aujourd’hui');
  }
  await expect(popup.getByText('Present')).toHaveCount(0);
});

test('a page that is not a profile: the notice is in French', async ({ context, openPopupFor }) => {
  const page = await context.newPage();
  await page.goto('https://www.linkedin.com/search/results/people/?keywords=engineer');
  const popup = await openPopupFor(page);
  const notice = popup.getByTestId('state-not-profile');
  await expect(notice).toHaveAttribute('data-reason', 'search');
  await expect(notice).toContainText('Ceci est une liste de résultats de recherche, pas un profil.');
  await expect(notice).toContainText('Ouvrez le profil d’une personne, puis ouvrez l’extension.');
  await expect(notice.getByRole('button', { name: 'Relire' })).toBeVisible();
});

test('the options page is in French', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options).toHaveTitle('LinkedIn to ATS · Options');
  await expect(options.getByText(/^Les clés restent dans l’arrière-plan de l’extension/)).toBeVisible();
  await expect(options.getByTestId('save-leonar')).toHaveText('Enregistrer et vérifier');
  await expect(options.getByTestId('check-leonar')).toHaveText('Vérifier');
  await expect(options.getByTestId('forget-leonar')).toHaveText('Oublier la clé');
  await expect(options.getByTestId('key-hint-leonar')).toHaveText('non configuré');
  await expect(options.getByLabel('Clé API').first()).toBeVisible();
  await expect(options.getByTestId('vendor-collective').getByLabel(/^Environnement/)).toBeVisible();
  await expect(options.getByTestId('vendor-collective').getByLabel(/^Votre e-mail/)).toBeVisible();

  // A refusal before any call is worded in French too (the background validates in the browser's language).
  await options.getByTestId('field-leonar-apiKey').fill('not-a-leonar-key');
  await options.getByTestId('save-leonar').click();
  await expect(options.getByTestId('vendor-leonar').getByRole('alert')).toContainText('Les clés API Leonar commencent par');
});
