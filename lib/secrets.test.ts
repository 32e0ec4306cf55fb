import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearVendorSettings, readVendorSettings, writeVendorSettings } from './secrets';

beforeEach(() => fakeBrowser.reset());

describe('vendor settings', () => {
  it('two tools saved at the same moment (two options pages) both keep their key', async () => {
    await Promise.all([
      writeVendorSettings('leonar', { apiKey: 'leo_one' }),
      writeVendorSettings('stardex', { apiKey: 'stardex_two' }),
      writeVendorSettings('collective', { apiKey: 'col_three', environment: 'sandbox' }),
    ]);
    expect(await readVendorSettings('leonar')).toEqual({ apiKey: 'leo_one' });
    expect(await readVendorSettings('stardex')).toEqual({ apiKey: 'stardex_two' });
    expect(await readVendorSettings('collective')).toEqual({ apiKey: 'col_three', environment: 'sandbox' });
  });

  it('forgetting one tool while another is saved keeps the other', async () => {
    await writeVendorSettings('leonar', { apiKey: 'leo_one' });
    await Promise.all([clearVendorSettings('leonar'), writeVendorSettings('stardex', { apiKey: 'stardex_two' })]);
    expect(await readVendorSettings('leonar')).toBeNull();
    expect(await readVendorSettings('stardex')).toEqual({ apiKey: 'stardex_two' });
  });
});
