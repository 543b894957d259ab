import { describe, expect, it } from 'vitest';
import { relativeDelta } from './delta.ts';

describe('relativeDelta', () => {
  it.each([
    // Published page throughputs (tok/s/GPU), MTP = A, Off = B.
    { a: 2232.0, b: 4342.7, dir: 'higher-is-better', winner: 'B', magnitude: 4342.7 / 2232.0 - 1 },
    { a: 1636.2, b: 1330.3, dir: 'higher-is-better', winner: 'A', magnitude: 1636.2 / 1330.3 - 1 },
    { a: 1155.4, b: 554.9, dir: 'higher-is-better', winner: 'A', magnitude: 1155.4 / 554.9 - 1 },
    // Costs (USD per M tokens): "Off costs 48.6 % less", never "94 % cheaper".
    { a: 0.18419, b: 0.094668, dir: 'lower-is-better', winner: 'B', magnitude: 1 - 0.094668 / 0.18419 },
    { a: 0.355, b: 0.726, dir: 'lower-is-better', winner: 'A', magnitude: 1 - 0.355 / 0.726 },
    { a: 1, b: 1000, dir: 'lower-is-better', winner: 'A', magnitude: 0.999 },
    // Ties: within ±1 %.
    { a: 1000, b: 1009.9, dir: 'higher-is-better', winner: 'tie', magnitude: 0.0099 },
    { a: 1000, b: 1000, dir: 'lower-is-better', winner: 'tie', magnitude: 0 },
    { a: 1010.1, b: 1000, dir: 'higher-is-better', winner: 'A', magnitude: 0.0101 },
  ] as const)('$a vs $b ($dir) → $winner by $magnitude', ({ a, b, dir, winner, magnitude }) => {
    const delta = relativeDelta(a, b, dir)!;
    expect(delta.winner).toBe(winner);
    expect(delta.magnitudeFraction).toBeCloseTo(magnitude, 9);
    expect(delta.wording).toBe(dir === 'higher-is-better' ? 'more' : 'less');
    const sign = a === b ? 0 : (dir === 'higher-is-better') === a > b ? 1 : -1;
    expect(delta.signedFraction).toBeCloseTo(sign * magnitude, 9);
  });

  it('a lower-is-better magnitude never reaches 100 %', () => {
    expect(relativeDelta(1e-6, 1e6, 'lower-is-better')!.magnitudeFraction).toBeLessThan(1);
    expect(relativeDelta(0.095, 0.184, 'lower-is-better')!.magnitudeFraction).toBeLessThan(1);
  });

  it.each([
    { a: 1000, b: 1009.99 },
    { a: 0.18419, b: 0.094668 },
    { a: 4342.7, b: 2232.0 },
  ])('is antisymmetric for $a vs $b', ({ a, b }) => {
    for (const dir of ['higher-is-better', 'lower-is-better'] as const) {
      const ab = relativeDelta(a, b, dir)!;
      const ba = relativeDelta(b, a, dir)!;
      const swap = { A: 'B', B: 'A', tie: 'tie' } as const;
      expect(ba.winner).toBe(swap[ab.winner]);
      expect(ba.magnitudeFraction).toBe(ab.magnitudeFraction);
      expect(ba.signedFraction).toBe(-ab.signedFraction);
    }
  });

  it.each([
    [0, 1],
    [1, 0],
    [-1, 1],
    [Number.NaN, 1],
    [1, Infinity],
    [Number.MAX_VALUE, Number.MIN_VALUE],
  ])('returns null for %s vs %s', (a, b) => {
    expect(relativeDelta(a, b, 'higher-is-better')).toBeNull();
  });
});
