import { useState } from 'react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EMPTY_OPTIONS, type CollectiveOptions } from '@/lib/vendors/collective/options';
import { testProfile } from '@/lib/vendors/collective/test-profile';
import { render } from '@/tests/unit/render';
import { CollectiveFields } from './fields';

/** The popup's part: it keeps the options the fields hand over and passes them back. */
function renderFields() {
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
  render(<Harness />);
  return { seen, user: userEvent.setup() };
}

const cvInput = () => screen.getByLabelText<HTMLInputElement>('CV (PDF, sent with the profile)');

describe('CollectiveFields', () => {
  it('hands over typed amounts as exact cents strings', async () => {
    const { seen, user } = renderFields();
    await user.type(screen.getByRole('textbox', { name: 'Daily rate' }), '650.10');
    await user.type(screen.getByRole('textbox', { name: 'Salary min / year' }), '65 000');
    await user.type(screen.getByRole('textbox', { name: 'Salary max / year' }), '80,000.50');
    expect(seen.options).toMatchObject({ dailyRate: '65010', yearlySalaryMin: '6500000', yearlySalaryMax: '8000050' });
    expect(screen.getByRole('textbox', { name: 'Salary max / year' })).toHaveProperty('value', '80,000.50');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says why an amount cannot be read, sends none for it, and asks for the missing salary bound', async () => {
    const { seen, user } = renderFields();
    await user.type(screen.getByRole('textbox', { name: 'Daily rate' }), '650€');
    await user.type(screen.getByRole('textbox', { name: 'Salary min / year' }), '50000');
    expect(seen.options.dailyRate).toBeNull();
    expect(seen.options.yearlySalaryMin).toBe('5000000');
    const errors = screen.getByRole('alert').textContent ?? '';
    expect(errors).toContain('“650€” is not an amount');
    expect(errors).toContain('give both the minimum and the maximum');
    // Fixing both clears the message.
    await user.clear(screen.getByRole('textbox', { name: 'Daily rate' }));
    await user.type(screen.getByRole('textbox', { name: 'Salary max / year' }), '60000');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('sets the work preference and contract types', async () => {
    const { seen, user } = renderFields();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Work preference' }), 'Flexible');
    await user.click(screen.getByRole('checkbox', { name: 'Permanent contract' }));
    await user.click(screen.getByRole('checkbox', { name: 'Freelance' }));
    expect(seen.options).toMatchObject({ workPreference: 'FLEXIBLE', desiredContractType: ['FREELANCER', 'PERMANENT_CONTRACT'] });
    expect(screen.getByRole('checkbox', { name: 'Freelance' })).toHaveProperty('checked', true);
    await user.click(screen.getByRole('checkbox', { name: 'Freelance' }));
    expect(seen.options.desiredContractType).toEqual(['PERMANENT_CONTRACT']);
  });

  it('attaches a PDF as base64 with its name and size, and removes it', async () => {
    const { seen, user } = renderFields();
    const content = new TextEncoder().encode('%PDF-1.4\n% test\n');
    await user.upload(cvInput(), new File([content], 'cv.pdf', { type: 'application/pdf' }));
    expect(await screen.findByText(/Attached: cv\.pdf/)).toBeTruthy();
    expect(seen.options.resume).toEqual({ base64: Buffer.from(content).toString('base64'), filename: 'cv.pdf', bytes: content.length });
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Remove' }));
    expect(seen.options.resume).toBeNull();
    expect(screen.queryByText(/Attached: cv\.pdf/)).toBeNull();
  });

  it('refuses a CV that would take the import over 10 MB, before reading or sending it, saying the sizes', async () => {
    const { seen, user } = renderFields();
    await user.upload(cvInput(), new File([new Uint8Array(7_600_000)], 'big.pdf', { type: 'application/pdf' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /“big\.pdf” is 7\.60 MB: .* would be 10\.13 MB, above Collective’s limit of 10\.00 MB\. Nothing was attached or sent/,
    );
    expect(seen.options.resume).toBeNull();
    expect(screen.queryByText(/Attached:/)).toBeNull();
  });

  it('refuses a file that is not a PDF', async () => {
    const { seen, user } = renderFields();
    await user.upload(cvInput(), new File(['hello'], 'cv.pdf', { type: 'application/pdf' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('not a PDF'));
    expect(seen.options.resume).toBeNull();
    expect(screen.queryByText(/Attached:/)).toBeNull();
  });
});
