import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { makeProfile } from '@/lib/vendors/stardex/test-profiles';
import { render } from '@/tests/unit/render';
import { StardexFields } from './fields';

const contacts = { emails: [], phones: [] };

function renderFields(options: unknown, enrichByDefault?: string) {
  const onOptionsChange = vi.fn();
  const view = render(
    <StardexFields
      profile={makeProfile()}
      options={options}
      onOptionsChange={onOptionsChange}
      contacts={contacts}
      onContactsChange={() => undefined}
      publicSettings={enrichByDefault ? { enrichByDefault } : {}}
      disabled={false}
    />,
  );
  const box = screen.getByRole<HTMLInputElement>('checkbox', { name: /Enrich the record with Stardex’s data providers/ });
  return { box, onOptionsChange, unmount: view.unmount, user: userEvent.setup() };
}

describe('StardexFields', () => {
  it('is off unless the options page turned enrichment on', () => {
    const off = renderFields(undefined);
    expect(off.box.checked).toBe(false);
    off.unmount();
    expect(renderFields(undefined, 'on').box.checked).toBe(true);
  });

  it('shows the per-save choice and reports a change', async () => {
    const { box, onOptionsChange, user } = renderFields({ enrichRecord: false }, 'on');
    expect(box.checked).toBe(false);
    await user.click(box);
    expect(onOptionsChange).toHaveBeenCalledTimes(1);
    expect(onOptionsChange).toHaveBeenCalledWith({ enrichRecord: true });
  });
});
