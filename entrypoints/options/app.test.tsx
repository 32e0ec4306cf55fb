// The options page as the user meets it: the welcome on a first run, each tool's key link, and "Save & check" with
// the background answered by a mocked sendMessage.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { appError } from '@/lib/errors';
import type { ProtocolMap } from '@/lib/messaging';
import type { Result, VendorStatus } from '@/lib/protocol';

type SetSettingsInput = Parameters<ProtocolMap['setVendorSettings']>[0];
import { VENDORS } from '@/lib/vendors';
import type { CheckResult, VendorId } from '@/lib/vendors/vendor';
import { renderWithQueries } from '@/tests/unit/render';
import { OptionsApp } from './app';

const background = vi.hoisted(() => ({ handlers: new Map<string, (input: unknown) => unknown>() }));

vi.mock('@/lib/messaging', () => ({
  sendMessage: vi.fn(async (name: string, input: unknown) => {
    const handler = background.handlers.get(name);
    if (!handler) throw new Error(`No answer for ${name} in this test`);
    return handler(input);
  }),
}));

const { sendMessage } = await import('@/lib/messaging');
const sent = (name: string) => vi.mocked(sendMessage).mock.calls.filter(([n]) => n === name).map(([, input]) => input);

const WELCOME = 'Welcome! Save LinkedIn profiles to your recruiting tools';
const LEONAR_KEY = 'leo_live_9f8e7d6c5b4a';

/** What the background knows of each tool; setVendorSettings changes it as the real one would. */
let statuses: Record<VendorId, VendorStatus>;

function status(vendor: VendorId, configured = false, lastCheck: CheckResult | null = null): VendorStatus {
  return { vendor, configured, keyHint: configured ? '…5b4a' : null, publicSettings: {}, lastCheck };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([]);
  vi.mocked(sendMessage).mockClear();
  background.handlers.clear();
  statuses = { leonar: status('leonar'), stardex: status('stardex'), collective: status('collective') };
  background.handlers.set('getVendorStatus', () => Object.values(statuses));
});

function renderOptions() {
  renderWithQueries(<OptionsApp />);
  return userEvent.setup();
}

const leonarSection = () => screen.getByRole('region', { name: 'Leonar' });

async function typeLeonarKey(user: ReturnType<typeof userEvent.setup>, key: string) {
  const section = await screen.findByRole('region', { name: 'Leonar' });
  await user.type(within(section).getByLabelText(/^API key/), key);
  await user.click(within(section).getByRole('button', { name: 'Save & check' }));
}

describe('OptionsApp', () => {
  it('welcomes a first run, when no tool is set up', async () => {
    renderOptions();
    expect(await screen.findByRole('region', { name: WELCOME })).toBeTruthy();
    expect(screen.getByText(/paste its key and choose “Save & check”/)).toBeTruthy();
  });

  it('shows no welcome once a tool is set up', async () => {
    statuses.stardex = status('stardex', true);
    renderOptions();
    const stardex = await screen.findByRole('region', { name: 'Stardex' });
    await within(stardex).findByText('configured · ends with …5b4a');
    expect(screen.queryByRole('region', { name: WELCOME })).toBeNull();
  });

  it('links each tool to the page that says how to get its key', async () => {
    renderOptions();
    for (const vendor of VENDORS) {
      const section = await screen.findByRole('region', { name: vendor.label });
      const link = within(section).getByRole('link', { name: `How to get a ${vendor.label} key` });
      expect(link.getAttribute('href')).toBe(vendor.keyPage);
      expect(link.getAttribute('target')).toBe('_blank');
    }
    expect(VENDORS.length).toBeGreaterThan(0);
  });

  it('sends the typed key with "Save & check", then says Connected', async () => {
    const checkedAt = Date.now();
    background.handlers.set('setVendorSettings', (input) => {
      const { vendor } = input as SetSettingsInput;
      statuses[vendor] = status(vendor, true, { ok: true, checkedAt, message: 'Connected' });
      return { ok: true, value: statuses[vendor] } satisfies Result<VendorStatus>;
    });
    const user = renderOptions();
    expect(await screen.findByRole('region', { name: WELCOME })).toBeTruthy();
    await typeLeonarKey(user, LEONAR_KEY);

    const line = within(leonarSection()).getByTestId('status-leonar');
    await waitFor(() => expect(line.textContent).toMatch(/^Connected · checked /));
    expect(sent('setVendorSettings')).toEqual([{ vendor: 'leonar', settings: { apiKey: LEONAR_KEY } }]);
    // The key is not kept on the page: the field is empty again and says a key is stored.
    const field = within(leonarSection()).getByLabelText<HTMLInputElement>(/^API key/);
    expect(field.value).toBe('');
    expect(field.placeholder).toBe('stored · type a new key to replace it');
    expect(within(leonarSection()).getByText('configured · ends with …5b4a')).toBeTruthy();
    expect(screen.queryByRole('region', { name: WELCOME })).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says Leonar refused the key when its check fails', async () => {
    background.handlers.set('setVendorSettings', () => {
      const error = appError('vendor-auth', 'Invalid API key', { vendor: 'leonar', status: 401, vendorCode: 'invalid_api_key' });
      statuses.leonar = status('leonar', true, { ok: false, checkedAt: Date.now(), message: error.message, error });
      return { ok: true, value: statuses.leonar } satisfies Result<VendorStatus>;
    });
    const user = renderOptions();
    await typeLeonarKey(user, 'leo_revoked_0000');

    const alert = await within(within(leonarSection()).getByTestId('status-leonar')).findByRole('alert');
    expect(alert.textContent).toContain('Leonar did not accept the API key (invalid_api_key).');
    expect(alert.textContent).toContain('Create a key in Leonar → Settings → API');
    expect(within(leonarSection()).queryByText(/Connected/)).toBeNull();
  });

  it('says why a key cannot work when it is refused before any call, and keeps what was typed', async () => {
    const problem = 'Leonar API keys start with “leo_”: copy the whole key from Leonar → Settings → API.';
    background.handlers.set('setVendorSettings', () => ({ ok: false, error: appError('invalid-settings', problem, { vendor: 'leonar' }) }) satisfies Result<VendorStatus>);
    const user = renderOptions();
    await typeLeonarKey(user, 'sk_wrong_tool');

    const alert = await within(leonarSection()).findByRole('alert');
    expect(alert.textContent).toContain('These Leonar settings cannot work.');
    expect(alert.textContent).toContain(problem);
    expect(within(leonarSection()).getByLabelText<HTMLInputElement>(/^API key/).value).toBe('sk_wrong_tool');
    expect(within(leonarSection()).getByText('not configured')).toBeTruthy();
    expect(sent('setVendorSettings')).toHaveLength(1);
  });
});
