import { describe, expect, it } from 'vitest';
import { importTimeoutMs } from './client';

describe('importTimeoutMs', () => {
  it('gives a profile without a CV 30 s, so a hung call is reported and retried soon', () => {
    expect(importTimeoutMs(4_000)).toBe(30_040);
    expect(importTimeoutMs(0)).toBe(30_000);
  });

  it('adds 10 s per MB of attached CV', () => {
    expect(importTimeoutMs(3_000_000)).toBe(60_000);
  });

  it('stops at 120 s for the documented 10 MB maximum and beyond', () => {
    expect(importTimeoutMs(10_000_000)).toBe(120_000);
    expect(importTimeoutMs(50_000_000)).toBe(120_000);
  });
});
