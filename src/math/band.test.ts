import { describe, expect, it } from 'vitest';
import { bandLabelBounds, frontierRange, overlapBand } from './band.ts';
import { interactivityX } from './engine-x.ts';
import type { SidePoint } from './types.ts';

const side = (...xs: number[]): SidePoint[] =>
  xs.map((x, i) => ({
    id: `p${i}`,
    x: interactivityX(x),
    tokPerSecPerGpu: 1000 - i,
    outputTokPerSecPerGpu: null,
    inputTokPerSecPerGpu: null,
    concurrency: 1,
  }));

describe('overlapBand', () => {
  it.each([
    {
      name: 'partial overlap',
      a: side(3.2, 21, 58.4),
      b: side(2.9, 40, 76.3),
      band: { kind: 'overlap', lo: 3.2, hi: 58.4 },
    },
    { name: 'one inside the other', a: side(5, 80), b: side(10, 20, 30), band: { kind: 'overlap', lo: 10, hi: 30 } },
    {
      name: 'touching ranges (single point)',
      a: side(5, 20),
      b: side(20, 40),
      band: { kind: 'overlap', lo: 20, hi: 20 },
    },
    { name: 'one-point sides at the same x', a: side(21), b: side(21), band: { kind: 'overlap', lo: 21, hi: 21 } },
    { name: 'disjoint ranges', a: side(3, 10), b: side(12, 40), band: { kind: 'none', a: [3, 10], b: [12, 40] } },
    { name: 'empty side A', a: [], b: side(12, 40), band: { kind: 'none', a: null, b: [12, 40] } },
    { name: 'both empty', a: [], b: [], band: { kind: 'none', a: null, b: null } },
  ])('$name', ({ a, b, band }) => {
    expect(overlapBand(a, b)).toEqual(band);
  });

  it('is symmetric for overlaps', () => {
    expect(overlapBand(side(3.2, 58.4), side(2.9, 76.3))).toEqual(overlapBand(side(2.9, 76.3), side(3.2, 58.4)));
  });
});

describe('frontierRange', () => {
  it.each([
    { points: side(40, 10, 25), range: [10, 40] },
    { points: side(Number.NaN, 10, -3, 25), range: [10, 25] },
    { points: side(Number.NaN), range: null },
  ])('range of $points.length points', ({ points, range }) => {
    expect(frontierRange(points)).toEqual(range);
  });
});

describe('bandLabelBounds', () => {
  it.each([
    { band: { kind: 'overlap' as const, lo: 2.96, hi: 76.3 }, label: { lo: 3, hi: 76 } },
    { band: { kind: 'overlap' as const, lo: 3, hi: 76 }, label: { lo: 3, hi: 76 } },
    { band: { kind: 'overlap' as const, lo: 20, hi: 20 }, label: { lo: 20, hi: 20 } },
    { band: { kind: 'overlap' as const, lo: 3.2, hi: 3.8 }, label: null },
    { band: { kind: 'none' as const, a: [1, 2] as const, b: null }, label: null },
  ])('$band → $label', ({ band, label }) => {
    expect(bandLabelBounds(band)).toEqual(label);
  });
});
