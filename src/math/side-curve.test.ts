import { describe, expect, it } from 'vitest';
import { createSideCurve } from './side-curve.ts';
import { interactivityX } from './engine-x.ts';
import type { SidePoint } from './types.ts';

function pt(tokPerSecPerUser: number, tokPerSecPerGpu: number, extra: Partial<SidePoint> = {}): SidePoint {
  return {
    id: `x${tokPerSecPerUser}`,
    x: interactivityX(tokPerSecPerUser),
    tokPerSecPerGpu,
    outputTokPerSecPerGpu: tokPerSecPerGpu / 9,
    inputTokPerSecPerGpu: (tokPerSecPerGpu * 8) / 9,
    concurrency: 64,
    ...extra,
  };
}

// Frontier with an 8k/1k-like input/output split (input ≈ 8/9 of total) and a concurrency sweep.
const FRONTIER: SidePoint[] = [
  pt(9.37, 2256.1, { concurrency: 256 }),
  pt(13.76, 1556.0, { concurrency: 128 }),
  pt(23.99, 811.7, { concurrency: 32 }),
  pt(41.78, 348.2, { concurrency: 8 }),
];

describe('createSideCurve', () => {
  it.each([
    { x: 9.37, tps: 2256.1, conc: 256 },
    { x: 23.99, tps: 811.7, conc: 32 },
    { x: 41.78, tps: 348.2, conc: 8 },
  ])('reproduces knot $x exactly', ({ x, tps, conc }) => {
    const values = createSideCurve(FRONTIER).at(x);
    expect(values?.tokPerSecPerGpu).toBe(tps);
    expect(values?.concurrency).toBe(conc);
    expect(values?.outputTokPerSecPerGpu).toBeCloseTo(tps / 9, 9);
    expect(values?.inputTokPerSecPerGpu).toBeCloseTo((tps * 8) / 9, 9);
  });

  it('interpolates each series independently within its neighbouring knots', () => {
    const values = createSideCurve(FRONTIER).at(20)!;
    expect(values.tokPerSecPerGpu).toBeLessThan(1556.0);
    expect(values.tokPerSecPerGpu).toBeGreaterThan(811.7);
    expect(values.concurrency).toBeLessThan(128);
    expect(values.concurrency).toBeGreaterThan(32);
    // A linear split is preserved by independent splines of proportional data.
    expect(values.outputTokPerSecPerGpu! + values.inputTokPerSecPerGpu!).toBeCloseTo(values.tokPerSecPerGpu, 6);
  });

  it.each([{ x: 9.36 }, { x: 41.79 }, { x: Number.NaN }])(
    'returns null outside the frontier range (x = $x)',
    ({ x }) => {
      expect(createSideCurve(FRONTIER).at(x)).toBeNull();
    },
  );

  it.each([
    { field: 'outputTokPerSecPerGpu' as const, value: null },
    { field: 'inputTokPerSecPerGpu' as const, value: Number.NaN },
    { field: 'inputTokPerSecPerGpu' as const, value: -1 },
    { field: 'concurrency' as const, value: 0 },
  ])('makes $field null when a frontier point has $value', ({ field, value }) => {
    const frontier = FRONTIER.map((p, i) => (i === 2 ? { ...p, [field]: value } : p));
    const values = createSideCurve(frontier).at(20)!;
    expect(values[field]).toBeNull();
    expect(values.tokPerSecPerGpu).toBeGreaterThan(0);
  });

  it('an empty frontier gives a curve with no domain that is null everywhere', () => {
    const curve = createSideCurve([]);
    expect(curve.domain).toBeNull();
    expect(curve.splines).toBeNull();
    expect(curve.at(20)).toBeNull();
  });

  it('a one-point frontier is defined only at that interactivity', () => {
    const curve = createSideCurve([pt(21, 2232.0)]);
    expect(curve.domain).toEqual([21, 21]);
    expect(curve.at(21)?.tokPerSecPerGpu).toBe(2232.0);
    expect(curve.at(21.5)).toBeNull();
  });

  it.each([
    { name: 'unsorted', frontier: [pt(20, 100), pt(10, 200)] },
    { name: 'non-positive throughput', frontier: [pt(10, 0), pt(20, 100)] },
  ])('throws RangeError for a frontier that is not one ($name)', ({ frontier }) => {
    expect(() => createSideCurve(frontier)).toThrow(RangeError);
  });
});
