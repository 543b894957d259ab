import { describe, expect, it } from 'vitest';
import { MI355X, PAGE_MTP, PAGE_OFF } from './__fixtures__/published-page.ts';
import { compareAt, type SideMetrics } from './compare.ts';
import { createSideCurve } from './side-curve.ts';

const mtp = createSideCurve(PAGE_MTP);
const off = createSideCurve(PAGE_OFF);

describe('compareAt', () => {
  it.each([
    { target: 21, a: 2232.0, b: 4342.7, winner: 'B' },
    { target: 39, a: 1636.2, b: 1330.3, winner: 'A' },
    { target: 58, a: 1155.4, b: 554.9, winner: 'A' },
  ])('at $target tok/s/user: MTP $a vs Off $b tok/s/GPU, $winner wins', ({ target, a, b, winner }) => {
    const result = compareAt(mtp, off, target, MI355X);
    expect(result.target).toBe(target);
    const sideA = result.a as SideMetrics;
    const sideB = result.b as SideMetrics;
    expect(sideA.status).toBe('in-range');
    expect(sideA.tokPerSecPerGpu).toBe(a);
    expect(sideB.tokPerSecPerGpu).toBe(b);
    expect(sideA.outputTokPerSecPerGpu).toBeCloseTo(a / 9, 9);
    expect(sideA.inputTokPerSecPerGpu).toBeCloseTo((a * 8) / 9, 9);
    expect(sideA.usdPerMillionTokens).toBeCloseTo(1.48e6 / (3600 * a), 12);
    expect(sideA.usdPerMillionOutputTokens).toBeCloseTo((1.48e6 * 9) / (3600 * a), 9);
    expect(sideA.usdPerMillionInputTokens).toBeCloseTo((1.48e6 * 9) / (3600 * a * 8), 9);
    expect(sideB.tokPerSecPerMegawatt).toBeCloseTo((b * 1000) / 2.65, 6);
    expect(sideB.joulesPerToken).toBeCloseTo(2650 / b, 12);
    expect(result.deltas.tokPerSecPerGpu?.winner).toBe(winner);
    expect(result.deltas.usdPerMillionTokens?.winner).toBe(winner);
    expect(result.deltas.tokPerSecPerMegawatt?.winner).toBe(winner);
    expect(result.deltas.joulesPerToken?.winner).toBe(winner);
    expect(Object.keys(result.deltas)).toHaveLength(8);
  });

  it('gives cost deltas as "X% less" from unrounded values', () => {
    const cost = compareAt(mtp, off, 21, MI355X).deltas.usdPerMillionTokens!;
    expect(cost.magnitudeFraction).toBeCloseTo(1 - 2232.0 / 4342.7, 12);
    expect(cost.signedFraction).toBeLessThan(0);
  });

  it.each([
    { target: 77, a: 'above-range', b: 'in-range' },
    { target: 2.95, a: 'below-range', b: 'in-range' },
    { target: 80, a: 'above-range', b: 'above-range' },
    { target: 1, a: 'below-range', b: 'below-range' },
  ])('at $target tok/s/user: A $a, B $b, no deltas', ({ target, a, b }) => {
    const result = compareAt(mtp, off, target, MI355X);
    const reason = (side: typeof result.a) => (side.status === 'in-range' ? 'in-range' : side.reason);
    expect(reason(result.a)).toBe(a);
    expect(reason(result.b)).toBe(b);
    expect(result.deltas).toEqual({});
  });

  it('reports the out-of-range side with its own domain', () => {
    expect(compareAt(mtp, off, 77, MI355X).a).toEqual({
      status: 'out-of-range',
      reason: 'above-range',
      domain: [2.98, 76.3],
    });
  });

  it.each([Number.NaN, Infinity, -Infinity])('treats target %s as invalid for both sides', (target) => {
    const result = compareAt(mtp, off, target, MI355X);
    expect(result.target).toBeNull();
    expect(result.a).toMatchObject({ status: 'out-of-range', reason: 'invalid-target' });
    expect(result.b).toMatchObject({ status: 'out-of-range', reason: 'invalid-target' });
  });

  it('reports a side without frontier as no-frontier', () => {
    const result = compareAt(createSideCurve([]), off, 21, MI355X);
    expect(result.a).toEqual({ status: 'out-of-range', reason: 'no-frontier', domain: null });
    expect(result.b.status).toBe('in-range');
  });

  it.each([
    {
      name: 'zero power',
      assumptions: { ...MI355X, kwPerGpuB: 0 },
      missing: ['tokPerSecPerMegawatt', 'joulesPerToken'],
    },
    {
      name: 'NaN price',
      assumptions: { ...MI355X, usdPerGpuHourA: Number.NaN },
      missing: ['usdPerMillionTokens', 'usdPerMillionOutputTokens', 'usdPerMillionInputTokens'],
    },
  ])('leaves derived metrics null and without delta for $name', ({ assumptions, missing }) => {
    const result = compareAt(mtp, off, 39, assumptions);
    for (const metric of missing) expect(result.deltas).not.toHaveProperty(metric);
    expect(result.deltas.tokPerSecPerGpu?.winner).toBe('A');
  });

  it('omits output/input deltas when a side lacks the split', () => {
    const noSplit = createSideCurve(PAGE_OFF.map((p) => ({ ...p, outputTokPerSecPerGpu: null })));
    const result = compareAt(mtp, noSplit, 39, MI355X);
    expect((result.b as SideMetrics).outputTokPerSecPerGpu).toBeNull();
    expect(result.deltas).not.toHaveProperty('outputTokPerSecPerGpu');
    expect(result.deltas).toHaveProperty('inputTokPerSecPerGpu');
  });

  it('uses each side’s own assumptions', () => {
    const result = compareAt(mtp, off, 39, {
      usdPerGpuHourA: 1.48,
      usdPerGpuHourB: 0.74,
      kwPerGpuA: 2.65,
      kwPerGpuB: 2.65,
    });
    // Off is slower but half the price: cheaper per token even though MTP wins throughput.
    expect(result.deltas.tokPerSecPerGpu?.winner).toBe('A');
    expect(result.deltas.usdPerMillionTokens?.winner).toBe('B');
  });
});
