// Sets up tools through the options page as a recruiter would (key, environment, email; Save & check), in any UI
// language: the status line says "Connected" or "Connecté". Shared by the e2e specs, the demo and the benchmarks.
import type { BrowserContext, Page } from '@playwright/test';
import { findVendor, type VendorId } from '@/lib/vendors';

export type ToolId = VendorId;

/** What a tool's section is filled with: the vendor's own sample settings (the key its sandbox fake accepts). */
function fieldsOf(tool: ToolId): Record<string, string> {
  const vendor = findVendor(tool);
  if (!vendor) throw new Error(`No vendor ${tool} in the registry`);
  return vendor.sampleSettings;
}

/** Fields typed instead of the sandbox's (another key, another environment); the tool must still connect. */
export type FieldOverrides = Partial<Record<ToolId, Record<string, string>>>;

export async function connectTools(page: Page, extensionId: string, tools: readonly ToolId[], overrides: FieldOverrides = {}): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  for (const tool of tools) {
    const section = page.getByTestId(`vendor-${tool}`);
    for (const [name, value] of Object.entries({ ...fieldsOf(tool), ...overrides[tool] })) {
      const field = section.getByTestId(`field-${tool}-${name}`);
      if ((await section.locator(`select[data-testid="field-${tool}-${name}"]`).count()) > 0) await field.selectOption(value);
      else await field.fill(value);
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
