// Sets up tools through the options page as a recruiter would (key, environment, email; Save & check), in any UI
// language: the status line says "Connected" or "Connecté". Shared by the e2e specs, the demo and the benchmarks.
import type { BrowserContext, Page } from '@playwright/test';
import { COLLECTIVE_SANDBOX_KEY } from '@/lib/vendors/collective/fake';
import { LEONAR_TEST_KEY } from '@/lib/vendors/leonar/fake';
import { STARDEX_TEST_KEY } from '@/lib/vendors/stardex/fake';

export type ToolId = 'leonar' | 'stardex' | 'collective';

const FIELDS: Record<ToolId, Record<string, string>> = {
  leonar: { apiKey: LEONAR_TEST_KEY },
  stardex: { apiKey: STARDEX_TEST_KEY },
  collective: { apiKey: COLLECTIVE_SANDBOX_KEY, environment: 'sandbox', email: 'recruiter@agency.example' },
};

/** Fields typed instead of the sandbox's (another key, another environment); the tool must still connect. */
export type FieldOverrides = Partial<Record<ToolId, Record<string, string>>>;

export async function connectTools(page: Page, extensionId: string, tools: readonly ToolId[], overrides: FieldOverrides = {}): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  for (const tool of tools) {
    const section = page.getByTestId(`vendor-${tool}`);
    for (const [name, value] of Object.entries({ ...FIELDS[tool], ...overrides[tool] })) {
      await section.getByTestId(`field-${tool}-${name}`).fill(value);
    }
    await section.getByTestId(`save-${tool}`).click();
    await section.getByTestId(`status-${tool}`).filter({ hasText: /^Connect(ed|é)/ }).waitFor({ timeout: 10_000 });
  }
}

/** connectTools in an options page of its own, closed afterwards. */
export async function connectInNewPage(context: BrowserContext, extensionId: string, tools: readonly ToolId[], overrides: FieldOverrides = {}): Promise<void> {
  const page = await context.newPage();
  await connectTools(page, extensionId, tools, overrides);
  await page.close();
}
