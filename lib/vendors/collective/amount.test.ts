import { describe, expect, it } from 'vitest';
import { formatCents, parseAmount } from './amount';

describe('parseAmount', () => {
  it.each([
    ['650', '65000'],
    ['650.50', '65050'],
    ['650,5', '65050'],
    ['650.10', '65010'],
    ['0.29', '29'],
    ['65 000', '6500000'],
    ['65\u00a0000', '6500000'],
    ['65,000', '6500000'],
    ['1,250,000', '125000000'],
    ['1.250.000', '125000000'],
    ["1'250", '125000'],
    ['65,000.50', '6500050'],
    ['65.000,50', '6500050'],
    ['  007 ', '700'],
    ['100000000', '10000000000'],
  ])('%j → %s cents', (typed, cents) => {
    expect(parseAmount(typed)).toEqual({ ok: true, cents });
  });

  it('is exact where floating point is not (0.29 * 100 = 28.999…)', () => {
    expect(0.29 * 100).not.toBe(29);
    expect(parseAmount('1234567.29')).toEqual({ ok: true, cents: '123456729' });
  });

  it('treats an empty field as no amount', () => {
    expect(parseAmount('')).toBeNull();
    expect(parseAmount('   ')).toBeNull();
  });

  it.each(['-650', '650€', 'EUR 650', '1.2345', '65,00,0', '1,000,50', '65,000.000', '1.000,000.5', '650.', '.5', 'abc', '0', '0.00', '100000000.01'])(
    'refuses %j with a sentence naming it',
    (typed) => {
      const result = parseAmount(typed);
      expect(result?.ok).toBe(false);
      if (result && !result.ok) expect(result.message).toContain(typed.trim());
    },
  );
});

describe('formatCents', () => {
  it.each([
    ['65000', '650'],
    ['65050', '650.50'],
    ['29', '0.29'],
    ['5', '0.05'],
    ['6500000', '65000'],
  ])('%s → %s, which parses back to the same cents', (cents, shown) => {
    expect(formatCents(cents)).toBe(shown);
    expect(parseAmount(shown)).toEqual({ ok: true, cents });
  });
});
