// The hostile fixtures (tests/fixtures/hostile) in the real popup: markup and script in the name and everywhere else
// are shown as text, nothing of them runs or becomes an element; right-to-left text, emoji, the 10,000-character
// about and 150 positions render; a save to Leonar carries every position with the markup as plain strings.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { profileSchema, type Profile } from '@/lib/profile/profile';
import { addToProjectRequestSchema } from '@/lib/vendors/leonar/schema';
import { leonarControls, LEONAR_PROJECTS } from '@/lib/vendors/leonar/fake';
import { connectInNewPage } from '../fakes/connect-vendors';
import { expect, test } from './fixtures';

interface HostileEntry {
  file: string;
  layout: string;
  url: string;
  facts: { vanity: string; name: string; headline: string; about: string; positions: { title: string }[] };
}

const HOSTILE_DIR = resolve(import.meta.dirname, '../fixtures/hostile');
const ENTRIES = JSON.parse(readFileSync(resolve(HOSTILE_DIR, 'index.json'), 'utf8')) as HostileEntry[];

/** Whatever a hostile string could have run or created: the flags its scripts set, and elements made from it. */
async function traces(page: Page): Promise<{ flag: unknown; imgX: number; inlineScripts: number; italics: number }> {
  return page.evaluate(() => ({
    flag: (window as unknown as { __hostile?: unknown }).__hostile ?? null,
    imgX: document.querySelectorAll('img[src="x"], img[onerror]').length,
    inlineScripts: Array.from(document.scripts).filter((s) => !s.src && s.type !== 'application/json').length,
    italics: document.querySelectorAll('i[onmouseover]').length,
  }));
}

for (const entry of ENTRIES) {
  test(`${entry.layout} hostile page: shown as text, nothing runs, 150 positions saved whole`, async ({ server, extensionId, context, openProfile, openPopupFor }) => {
    const dialogs: string[] = [];
    const pageErrors: string[] = [];
    context.on('page', (p) => {
      p.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      p.on('pageerror', (e) => pageErrors.push(e.message));
    });
    const fake = leonarControls(server.vendors.leonar);
    await connectInNewPage(context, extensionId, ['leonar']);
    server.linkedin.addPage(new URL(entry.url).pathname, readFileSync(resolve(HOSTILE_DIR, entry.file), 'utf8'));

    const page = await openProfile(entry.facts.vanity);
    const popup = await openPopupFor(page);
    const facts = entry.facts;

    // Text, not markup: the name's <img>/<script> are characters on screen.
    await expect(popup.getByTestId('profile-name')).toContainText('<img src=x onerror=');
    await expect(popup.getByTestId('profile-name')).toContainText("<script>window.__hostile='name-script'</script>");
    await expect(popup.getByTestId('profile-headline')).toHaveText(facts.headline);
    // Right-to-left text and its override characters stay inside their own element or isolate: each profile line
    // takes its direction from its own text, and the name in "Save … to …" cannot reorder the words around it.
    for (const id of ['profile-name', 'profile-headline']) await expect(popup.getByTestId(id)).toHaveAttribute('dir', 'auto');
    await expect(popup.getByTestId('experience-item').first()).toHaveAttribute('dir', 'auto');
    const shown = profileSchema.parse(JSON.parse((await popup.getByTestId('profile-json').textContent()) ?? 'null'));
    await expect(popup.getByTestId('save-button')).toContainText(`\u2068${shown.firstName || shown.fullName}\u2069`);
    await expect(popup.getByTestId('experience-item')).toHaveCount(facts.positions.length);
    await expect(popup.getByTestId('experience-item').last()).toContainText(facts.positions.at(-1)!.title);
    await expect(popup.getByTestId('completeness-experiences')).toContainText('150');
    const profile: Profile = profileSchema.parse(JSON.parse((await popup.getByTestId('profile-json').textContent()) ?? 'null'));
    expect(profile.about).toBe(facts.about);
    expect(profile.experiences).toHaveLength(150);

    // Nothing ran and no element was made from the strings, in the popup nor in the LinkedIn page.
    expect(await traces(popup)).toEqual({ flag: null, imgX: 0, inlineScripts: 0, italics: 0 });
    expect(await traces(page)).toEqual({ flag: null, imgX: 0, inlineScripts: 0, italics: 0 });

    // A save maps the whole person: every position, the about, the markup as plain strings.
    await popup.getByTestId('target-search-leonar').fill('backend');
    await expect(popup.locator(`[data-testid="target-select-leonar"] option[value="${LEONAR_PROJECTS.backend}"]`)).toHaveCount(1);
    await popup.getByTestId('target-select-leonar').selectOption(LEONAR_PROJECTS.backend);
    await popup.getByTestId('save-button').click();
    // The page shows no skills, certifications or languages and LinkedIn gives nothing more here: asked once.
    await expect(popup.getByTestId('save-partial-question')).toBeVisible();
    await popup.getByTestId('save-partial-confirm').click();
    await expect(popup.getByTestId('save-result-leonar')).toHaveAttribute('data-status', 'added');
    const add = fake.requests.find((r) => r.path === '/api/v1/sourcing/add-to-project');
    const sent = addToProjectRequestSchema.parse(add?.body).profiles[0]!;
    expect(sent.experiences).toHaveLength(150);
    expect(sent.summary).toBe(facts.about);
    expect(sent.last_name).toContain('<img src=x onerror=');
    expect(sent.experiences?.map((e) => e.title)).toEqual(facts.positions.map((p) => p.title));

    expect(await traces(popup)).toEqual({ flag: null, imgX: 0, inlineScripts: 0, italics: 0 });
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
}
