import { describe, expect, it } from 'vitest';
import { checkTargets, defaultTargets } from './targets.ts';
import type { Band } from './types.ts';

const overlap = (lo: number, hi: number): Band => ({ kind: 'overlap', lo, hi });

describe('defaultTargets', () => {
  it.each([
    { name: 'published page band (≈ 2.96–76.3)', band: overlap(2.96, 76.3), targets: [21, 40, 58] },
    { name: 'integer band', band: overlap(10, 50), targets: [20, 30, 40] },
    { name: 'narrow band deduplicates', band: overlap(3, 4), targets: [3, 4] },
    { name: 'rounding below the band is clamped up', band: overlap(3.2, 4.0), targets: [4] },
    { name: 'rounding above the band is clamped down', band: overlap(4.0, 4.9), targets: [4] },
    { name: 'single-point integer band', band: overlap(20, 20), targets: [20] },
    { name: 'band without a whole number gives the midpoint', band: overlap(3.2, 3.8), targets: [3.5] },
    { name: 'no overlap', band: { kind: 'none', a: [1, 2], b: [3, 4] } as Band, targets: [] },
  ])('$name → $targets', ({ band, targets }) => {
    expect(defaultTargets(band)).toEqual(targets);
  });
});

describe('checkTargets', () => {
  it('accepts targets inside the unrounded band (inclusive) and explains the rest', () => {
    const result = checkTargets(overlap(2.96, 76.3), [21, 2.96, 76.3, 80, 2, Number.NaN, Infinity, 39]);
    expect(result.accepted).toEqual([21, 2.96, 76.3, 39]);
    expect(result.rejected).toEqual([
      { index: 3, value: 80, reason: 'outside-band' },
      { index: 4, value: 2, reason: 'outside-band' },
      { index: 5, value: null, reason: 'not-a-number' },
      { index: 6, value: null, reason: 'not-a-number' },
    ]);
  });

  it('rejects every finite target when there is no band', () => {
    const result = checkTargets({ kind: 'none', a: [3, 10], b: [12, 40] }, [5, 15]);
    expect(result.accepted).toEqual([]);
    expect(result.rejected.map((r) => r.reason)).toEqual(['outside-band', 'outside-band']);
  });

  it('handles an empty list', () => {
    expect(checkTargets(overlap(1, 2), [])).toEqual({ accepted: [], rejected: [] });
  });
});
