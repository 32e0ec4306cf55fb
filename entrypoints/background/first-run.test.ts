import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onInstall, welcomeShown } from './first-run';

describe('first run', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('a fresh install opens the welcome (options) page once', async () => {
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    expect(await onInstall('install')).toBe(true);
    expect(open).toHaveBeenCalledTimes(1);
    expect(await welcomeShown.getValue()).toBe(true);
  });

  it('a second "install" on a profile that already saw the welcome (Chromium relaunched before it wrote its preferences) opens nothing', async () => {
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    await onInstall('install');
    expect(await onInstall('install')).toBe(false);
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('updates and browser updates open nothing', async () => {
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    expect(await onInstall('update')).toBe(false);
    expect(await onInstall('chrome_update')).toBe(false);
    expect(open).not.toHaveBeenCalled();
  });
});
