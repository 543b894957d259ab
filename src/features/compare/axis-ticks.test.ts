import { describe, expect, it } from 'vitest';
import { fitTicks, insideTicks, linearTicks, logTicks, xRange } from './axis-ticks';

describe('logTicks', () => {
  it.each<[number, number, [number, number], number[]]>([
    [0.17, 140, [0.1, 200], [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200]],
    [1, 10, [1, 10], [1, 2, 5, 10]],
    [3, 3, [2, 5], [2, 5]],
    [0.0123, 0.0456, [0.01, 0.05], [0.01, 0.02, 0.05]],
    // One value that is a tick: the ticks either side.
    [2, 2, [1, 5], [1, 2, 5]],
  ])('[%d, %d] → domain %j', (lo, hi, domain, ticks) => {
    expect(logTicks(lo, hi)).toEqual({ domain, ticks });
  });

  it.each([
    [0, 10],
    [-1, 10],
    [5, 1],
    [1, Infinity],
    [Number.NaN, 1],
  ])('has no log ticks for [%d, %d]', (lo, hi) => {
    expect(logTicks(lo, hi)).toBeNull();
  });
});

describe('xRange', () => {
  it('spans measured points and curves', () => {
    expect(
      xRange([
        { measured: [{ x: 3 }, { x: 9 }], curve: null },
        { measured: [{ x: 4 }], curve: { points: [{ x: 1.5 }, { x: 4 }] } },
      ]),
    ).toEqual([1.5, 9]);
    expect(xRange([])).toEqual([Infinity, -Infinity]);
  });
});

describe('linearTicks', () => {
  // Steps worked by hand: the range over four intervals, rounded up to 1, 2, 2.5 or 5 × 10^k.
  it.each<[number, number, [number, number], number[]]>([
    [0, 14880.2, [0, 15000], [0, 5000, 10000, 15000]],
    [0, 100, [0, 100], [0, 25, 50, 75, 100]],
    [0, 4, [0, 4], [0, 1, 2, 3, 4]],
    [0.05, 0.37, [0, 0.4], [0, 0.1, 0.2, 0.3, 0.4]],
    [-3, 7, [-5, 7.5], [-5, -2.5, 0, 2.5, 5, 7.5]],
    [12, 12, [0, 15], [0, 5, 10, 15]],
    [0, 0, [0, 1], [0, 1]],
  ])('[%d, %d] → domain %j', (lo, hi, domain, ticks) => {
    expect(linearTicks(lo, hi)).toEqual({ domain, ticks });
  });
});

describe('fitTicks', () => {
  // Worked by hand: of the steps {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8} × 10^k giving 4 to 6 ticks, the
  // least span from the last tick at or below the start to the first at or above the end.
  it.each<[number, number, boolean, [number, number], number[]]>([
    // 4.9–312: 60 needs 7 ticks (0–360); 80 spans 320, 100 spans 400.
    [4.9, 312, false, [0, 320], [0, 80, 160, 240, 320]],
    // 5–250: 50 spans exactly 0–250 in 6 ticks.
    [5, 250, false, [0, 250], [0, 50, 100, 150, 200, 250]],
    // 0–16,500: 3000 needs 7 ticks; 6000 spans 18,000 in 4.
    [0, 16500, true, [0, 18000], [0, 6000, 12000, 18000]],
    // 0–260: 60 and 100 both span 300; the larger step wins the tie.
    [0, 260, true, [0, 300], [0, 100, 200, 300]],
    // Away from zero: 100–300 by 50; with zero, 0–300 by 100.
    [100, 300, false, [100, 300], [100, 150, 200, 250, 300]],
    [100, 300, true, [0, 300], [0, 100, 200, 300]],
    // Decimals come out exact: 1.3–1.9 by 0.25 (0.15 needs 1.2–1.95, 6 ticks, spanning 0.75 too; 0.25 is larger).
    [1.3, 1.9, false, [1.25, 2], [1.25, 1.5, 1.75, 2]],
    // One value: linearTicks, from zero.
    [12, 12, false, [0, 15], [0, 5, 10, 15]],
  ])('[%d, %d] from zero %s → domain %j', (lo, hi, fromZero, domain, ticks) => {
    expect(fitTicks(lo, hi, { fromZero })).toEqual({ domain, ticks });
  });
});

describe('insideTicks', () => {
  // Worked by hand: the smallest step of {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8} × 10^k with at most
  // `max` ticks inside the range.
  it.each<[number, number, number, number[]]>([
    // 60 days: step 10 gives 7 ticks (20470…20530); 15 gives 4.
    [20470, 20530, 6, [20475, 20490, 20505, 20520]],
    // 248 days on a phone (2 ticks): 100 gives 3 (20400, 20500, 20600); 150 gives 2.
    [20367, 20615, 2, [20400, 20550]],
    [0, 1, 6, [0, 0.2, 0.4, 0.6, 0.8, 1]],
  ])('[%d, %d], at most %d → %j', (lo, hi, max, ticks) => {
    expect(insideTicks(lo, hi, max)).toEqual(ticks);
  });
});
