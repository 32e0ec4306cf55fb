import { act, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_OPTIONS, type CollectiveOptions } from '@/lib/vendors/collective/options';
import { testProfile } from '@/lib/vendors/collective/test-profile';
import { CollectiveFields } from './fields';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let cleanup: (() => void) | null = null;
afterEach(() => cleanup?.());

/** The popup's part: it keeps the options the fields hand over and passes them back. */
function render() {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  const seen: { options: CollectiveOptions } = { options: EMPTY_OPTIONS };
  function Harness() {
    const [options, setOptions] = useState<unknown>(EMPTY_OPTIONS);
    return (
      <CollectiveFields
        profile={testProfile()}
        options={options}
        onOptionsChange={(next) => {
          seen.options = next as CollectiveOptions;
          setOptions(next);
        }}
        contacts={{ emails: [], phones: [] }}
        onContactsChange={() => undefined}
        publicSettings={{ environment: 'sandbox', email: 'me@agency.example' }}
        disabled={false}
      />
    );
  }
  act(() => root.render(<Harness />));
  cleanup = () => {
    act(() => root.unmount());
    host.remove();
  };
  const get = <T extends Element>(testid: string) => host.querySelector<T>(`[data-testid="${testid}"]`);
  return { host, seen, get };
}

function type(input: HTMLInputElement | null, value: string) {
  if (!input) throw new Error('no input');
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  act(() => {
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function choose(input: HTMLInputElement | null, file: File) {
  if (!input) throw new Error('no file input');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 50));
  });
}

describe('CollectiveFields', () => {
  it('hands over typed amounts as exact cents strings', () => {
    const { seen, get } = render();
    type(get('collective-daily-rate'), '650.10');
    type(get('collective-salary-min'), '65 000');
    type(get('collective-salary-max'), '80,000.50');
    expect(seen.options).toMatchObject({ dailyRate: '65010', yearlySalaryMin: '6500000', yearlySalaryMax: '8000050' });
    expect(get('collective-amount-error')).toBeNull();
  });

  it('says why an amount cannot be read, sends none for it, and asks for the missing salary bound', () => {
    const { seen, get } = render();
    type(get('collective-daily-rate'), '650€');
    type(get('collective-salary-min'), '50000');
    expect(seen.options.dailyRate).toBeNull();
    const errors = get('collective-amount-error')?.textContent ?? '';
    expect(errors).toContain('“650€” is not an amount');
    expect(errors).toContain('give both the minimum and the maximum');
  });

  it('sets the work preference and contract types', () => {
    const { seen, get } = render();
    const select = get<HTMLSelectElement>('collective-work-preference')!;
    act(() => {
      select.value = 'FLEXIBLE';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    act(() => get<HTMLInputElement>('collective-contract-PERMANENT_CONTRACT')!.click());
    act(() => get<HTMLInputElement>('collective-contract-FREELANCER')!.click());
    expect(seen.options).toMatchObject({ workPreference: 'FLEXIBLE', desiredContractType: ['FREELANCER', 'PERMANENT_CONTRACT'] });
  });

  it('attaches a PDF as base64 with its name and size', async () => {
    const { seen, get } = render();
    const content = new TextEncoder().encode('%PDF-1.4\n% test\n');
    await choose(get('collective-cv'), new File([content], 'cv.pdf', { type: 'application/pdf' }));
    expect(seen.options.resume).toEqual({ base64: Buffer.from(content).toString('base64'), filename: 'cv.pdf', bytes: content.length });
    expect(get('collective-cv-attached')?.textContent).toContain('cv.pdf');
    expect(get('collective-cv-error')).toBeNull();
  });

  it('refuses a CV that would take the import over 10 MB, before reading or sending it, saying the sizes', async () => {
    const { seen, get } = render();
    await choose(get('collective-cv'), new File([new Uint8Array(7_600_000)], 'big.pdf', { type: 'application/pdf' }));
    expect(seen.options.resume).toBeNull();
    expect(get('collective-cv-error')?.textContent).toMatch(/“big\.pdf” is 7\.60 MB: .* would be 10\.13 MB, above Collective’s limit of 10\.00 MB\. Nothing was attached or sent/);
  });

  it('refuses a file that is not a PDF', async () => {
    const { seen, get } = render();
    await choose(get('collective-cv'), new File(['hello'], 'cv.pdf', { type: 'application/pdf' }));
    expect(seen.options.resume).toBeNull();
    expect(get('collective-cv-error')?.textContent).toContain('not a PDF');
  });
});
