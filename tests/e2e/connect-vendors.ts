// Sets up tools through the options page as a recruiter would (key, environment, email; Save & check), in any UI
// language: the status line says "Connected" or "Connecté".
import type { Page } from '@playwright/test';
import { COLLECTIVE_SANDBOX_KEY } from '../fakes/collective';
import { LEONAR_TEST_KEY } from '../fakes/leonar';
import { STARDEX_TEST_KEY } from '../fakes/stardex';
import { expect } from './fixtures';

export type ToolId = 'leonar' | 'stardex' | 'collective';

const FIELDS: Record<ToolId, Record<string, string>> = {
  leonar: { apiKey: LEONAR_TEST_KEY },
  stardex: { apiKey: STARDEX_TEST_KEY },
  collective: { apiKey: COLLECTIVE_SANDBOX_KEY, environment: 'sandbox', email: 'recruiter@agency.example' },
};

export async function connectTools(page: Page, extensionId: string, tools: readonly ToolId[]): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  for (const tool of tools) {
    const section = page.getByTestId(`vendor-${tool}`);
    for (const [name, value] of Object.entries(FIELDS[tool])) await section.getByTestId(`field-${tool}-${name}`).fill(value);
    await section.getByTestId(`save-${tool}`).click();
    await expect(section.getByTestId(`status-${tool}`)).toContainText(/^Connect(ed|é)/);
  }
}
