// Issue 6: the UI follows the browser's language. Chromium started in French (--lang=fr) → the popup's sections,
// completeness lines and notices, and the options page, are in French; the manifest's name and description too.
import { profileSchema, type Profile } from '@/lib/profile/profile';
import { launchWithExtension } from '../fakes/browser';
import { asCollectiveFake } from '@/lib/vendors/collective/fake';
import { LEONAR_PROJECTS } from '@/lib/vendors/leonar/fake';
import { sandboxFixture } from '../fakes/sandbox-profiles';
import { connectTools } from '../fakes/connect-vendors';
import { expect, openMore, test as base } from './fixtures';

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

test('the browser in French: the background’s messages and the manifest’s description are French', async ({ sw }) => {
  const manifest = await sw.evaluate(() => ({
    name: chrome.i18n.getMessage('extName'),
    description: chrome.i18n.getMessage('extDescription'),
  }));
  expect(manifest.description).toBe('Lisez le profil LinkedIn affiché et enregistrez-le dans vos outils de recrutement.');
});

test('the popup reads a profile in French: sections, completeness with French plurals, dates', async ({ sandbox, openProfile, openPopupFor }) => {
  const popup = await openPopupFor(await openProfile(sandboxFixture(sandbox, PERSON).vanity));
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

test('a page that is not a profile: the notice is in French; a people search is a list in French', async ({ context, openPopupFor }) => {
  const page = await context.newPage();
  await page.goto('https://www.linkedin.com/feed/');
  const popup = await openPopupFor(page);
  const notice = popup.getByTestId('state-not-profile');
  await expect(notice).toHaveAttribute('data-reason', 'other-linkedin');
  await expect(notice).toContainText('Cette page LinkedIn n’est pas un profil.');
  await expect(notice.getByRole('button', { name: 'Relire' })).toBeVisible();

  await page.goto('https://www.linkedin.com/search/results/people/?keywords=engineer');
  const list = await openPopupFor(page);
  await expect(list.getByTestId('list-count')).toHaveText('10 personnes sur cette page');
  await expect(list.getByText('Chaque outil reçoit ce que la liste montre', { exact: false })).toBeVisible();
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

test('a save in French: panels, target sentences, job lines, result lines, then the history page', async ({
  server,
  sandbox,
  context,
  extensionId,
  openProfile,
  openPopupFor,
}) => {
  test.setTimeout(90_000);
  await connectTools(await context.newPage(), extensionId, ['leonar', 'collective']);
  const popup = await openPopupFor(await openProfile(sandboxFixture(sandbox, PERSON).vanity));
  const profile: Profile = profileSchema.parse(JSON.parse((await popup.getByTestId('profile-json').textContent()) ?? 'null'));
  const panel = popup.getByTestId('save-panel');
  await expect(panel).toBeVisible();

  await popup.getByRole('checkbox', { name: 'Enregistrer dans Leonar' }).check();
  await popup.getByRole('checkbox', { name: 'Enregistrer dans Collective' }).check();
  // Leonar's target is a project (« un projet »): whole French sentences, not an English noun in a French frame.
  await expect(popup.getByLabel('Rechercher un projet Leonar', { exact: true })).toHaveAttribute('placeholder', 'Rechercher un projet');
  const projects = popup.getByRole('combobox', { name: 'Projet pour Leonar' });
  await expect(projects.locator('option').first()).toHaveText('Choisissez un projet…');
  await expect(panel).toContainText('Choisissez d’abord un projet pour Leonar.');
  await expect(popup.getByTestId('save-button')).toBeDisabled();
  await expect(projects.locator(`option[value="${LEONAR_PROJECTS.backend}"]`)).toHaveCount(1);
  await projects.selectOption(LEONAR_PROJECTS.backend);
  await expect(popup.getByTestId('target-stage-leonar')).toHaveText('Arrive à l’étape\u00a0: Sourced');
  await expect(popup.getByTestId('duplicate-leonar')).toHaveText('Pas encore dans Leonar.');
  await openMore(popup, 'leonar');
  await expect(popup.getByTestId('payload-leonar').locator('summary')).toHaveText('Données exactes envoyées à Leonar');
  await expect(popup.getByLabel('Note (envoyée avec la personne)')).toBeVisible();
  await expect(popup.getByTestId('save-button')).toHaveText(`Enregistrer \u2068${profile.firstName || profile.fullName}\u2069 dans 2 outils`);

  // Collective answers 503 once: the job line says, in French, when it tries again; then the background retries.
  asCollectiveFake(server.vendors.collective).fail({ status: 503, body: 'Service Unavailable', method: 'POST' });
  await popup.getByTestId('save-button').click();
  const leonar = popup.getByTestId('save-result-leonar');
  await expect(leonar).toHaveAttribute('data-status', 'added', { timeout: 20_000 });
  await expect(leonar).toContainText(/^✓ Ajouté au projet · étape Sourced · contact \S+/);
  await expect(popup.getByTestId('save-retry-at-collective')).toHaveText(
    /^Rien n’est perdu\u00a0: nouvel essai automatique à \d{2}:\d{2}:\d{2} \(tentative 2\)\. Enregistrer à nouveau l’envoie tout de suite\.$/,
  );
  const collective = popup.getByTestId('save-result-collective');
  await expect(collective).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
  await expect(collective).toHaveText('✓ Créé dans My Talents (sandbox).');
  await expect(panel).not.toContainText(/Save to|Added to|Created in|Nothing is lost|History of saves/);

  // The history page, opened from the popup's French link.
  const [history] = await Promise.all([context.waitForEvent('page'), popup.getByRole('link', { name: 'Historique des enregistrements' }).click()]);
  await expect(history).toHaveTitle('LinkedIn to ATS · Historique');
  await expect(history.locator('html')).toHaveAttribute('lang', /^fr/);
  await expect(history.getByRole('heading', { level: 1 })).toHaveText('LinkedIn to ATS · Historique');
  await expect(history.getByRole('columnheader')).toHaveText(['Date', 'Personne', 'Outil', 'Destination', 'Résultat', 'Fiche', 'Actions']);
  const rows = history.getByTestId('history-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.and(history.locator('[data-vendor="leonar"]')).getByTestId('history-outcome')).toContainText(/^ajouté/);
  await expect(rows.and(history.locator('[data-vendor="collective"]')).getByTestId('history-outcome')).toContainText(/^créé/);
  await expect(history.getByRole('button', { name: 'Exporter en CSV' })).toBeEnabled();
  await history.getByRole('button', { name: 'Effacer les terminés' }).click();
  await expect(history.getByTestId('history-notice')).toHaveText('2 enregistrements terminés effacés\u202f; ceux encore en attente sont conservés.');
  await expect(history.getByTestId('history-empty')).toHaveText('Aucun enregistrement pour l’instant.');
});
