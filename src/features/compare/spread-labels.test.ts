import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spreadLabels } from './spread-labels';

describe('spreadLabels', () => {
  it.each<[string, number[], number, number[]]>([
    ['nothing to place', [], 20, []],
    ['one label stays', [50], 20, [50]],
    ['labels far apart stay', [10, 100, 200], 20, [10, 100, 200]],
    ['two overlapping labels move apart about their middle', [100, 110], 20, [95, 115]],
    // The 375 px wide chart: targets 35, 56, 77 about 9 px apart.
    ['three crowded labels centre on the middle one', [100, 109, 118], 22, [87, 109, 131]],
    ['input order is kept', [118, 100, 109], 22, [131, 87, 109]],
    ['a group that grows into a neighbour merges with it', [0, 30, 34, 38], 20, [-4.5, 15.5, 35.5, 55.5]],
  ])('%s', (_name, positions, gap, expected) => {
    const out = spreadLabels(positions, gap);
    expect(out.length).toBe(expected.length);
    out.forEach((x, i) => expect(x).toBeCloseTo(expected[i]!, 9));
  });

  it('always leaves neighbours at least the gap apart, in their original order, moving a group only about its mean', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { maxLength: 12 }),
        fc.integer({ min: 1, max: 60 }),
        (xs, gap) => {
          const out = spreadLabels(xs, gap);
          const order = xs.map((_, i) => i).sort((a, b) => xs[a]! - xs[b]! || a - b);
          for (let k = 1; k < order.length; k++) {
            expect(out[order[k]!]! - out[order[k - 1]!]!).toBeGreaterThanOrEqual(gap - 1e-9);
          }
          // The sum of displacements is zero: no group drifts as a whole.
          const drift = xs.reduce((sum, x, i) => sum + (out[i]! - x), 0);
          expect(Math.abs(drift)).toBeLessThan(1e-6 * Math.max(1, xs.length * 1000));
        },
      ),
    );
  });
});
