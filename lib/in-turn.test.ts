import { describe, expect, it } from 'vitest';
import { inTurn } from './in-turn';

describe('inTurn', () => {
  it('runs overlapping read-modify-write steps one after another: no change is lost', async () => {
    let stored: Record<string, number> = {};
    const read = async () => {
      await new Promise((r) => setTimeout(r, 5));
      return { ...stored };
    };
    const turn = inTurn();
    await Promise.all(
      ['a', 'b', 'c'].map((key, i) =>
        turn(async () => {
          stored = { ...(await read()), [key]: i };
        }),
      ),
    );
    expect(stored).toEqual({ a: 0, b: 1, c: 2 });
  });

  it('a failing step rejects its own caller only; the next one runs', async () => {
    const turn = inTurn();
    const failed = turn(() => Promise.reject(new Error('storage refused')));
    await expect(failed).rejects.toThrow('storage refused');
    await expect(turn(async () => 'next')).resolves.toBe('next');
  });
});
