import { describe, expect, it } from 'vitest';
import { linearTicks, logTicks, xRange } from './axis-ticks';

describe('logTicks', () => {
  it.each<[number, number, [number, number], number[]]>([
    [0.17, 140, [0.1, 200], [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200]],
    [1, 10, [1, 10], [1, 2, 5, 10]],
    [3, 3, [2, 5], [2, 5]],
    [0.0123, 0.0456, [0.01, 0.05], [0.01, 0.02, 0.05]],
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
