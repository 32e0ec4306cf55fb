import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeProfile } from '@/lib/vendors/stardex/test-profiles';
import { StardexFields } from './fields';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const contacts = { emails: [], phones: [] };
let cleanup: (() => void) | null = null;
afterEach(() => cleanup?.());

function render(options: unknown, enrichByDefault?: string) {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  const onOptionsChange = vi.fn();
  act(() =>
    root.render(
      <StardexFields
        profile={makeProfile()}
        options={options}
        onOptionsChange={onOptionsChange}
        contacts={contacts}
        onContactsChange={() => undefined}
        publicSettings={enrichByDefault ? { enrichByDefault } : {}}
        disabled={false}
      />,
    ),
  );
  cleanup = () => {
    act(() => root.unmount());
    host.remove();
  };
  const box = host.querySelector<HTMLInputElement>('[data-testid="stardex-enrich"]');
  if (!box) throw new Error('no enrich box');
  return { box, onOptionsChange };
}

describe('StardexFields', () => {
  it('is off unless the options page turned enrichment on', () => {
    expect(render(undefined).box.checked).toBe(false);
    cleanup?.();
    expect(render(undefined, 'on').box.checked).toBe(true);
  });

  it('shows the per-save choice and reports a change', () => {
    const { box, onOptionsChange } = render({ enrichRecord: false }, 'on');
    expect(box.checked).toBe(false);
    act(() => box.click());
    expect(onOptionsChange).toHaveBeenCalledWith({ enrichRecord: true });
  });
});
