import { describe, expect, it } from 'vitest';
import { buildComparisonModel } from './comparison-model';
import { buildSide } from './sides';
import { sparseWarnings } from './sparse';
import { handMadePoint } from './__fixtures__/hand-made-point';

/** A measured point at `tokPerSecPerUser` delivering `tokPerSecPerGpu`. */
const point = (id: string, tokPerSecPerUser: number, tokPerSecPerGpu: number) =>
  handMadePoint(id, tokPerSecPerUser, tokPerSecPerGpu);

/** A side whose frontier is exactly these (tok/s/user, tok/s/GPU) points (throughput falling). */
const side = (label: string, points: [number, number][]) =>
  buildSide(
    label,
    points.map(([x, y], i) => point(`${label}${i}`, x, y)),
  );

const gpu = { usdPerGpuHour: 2, kwPerGpu: 1 };
const compare = (a: ReturnType<typeof side>, b: ReturnType<typeof side>, targets: number[] | null = null) =>
  buildComparisonModel({ a, b, gpuA: gpu, gpuB: gpu, pinnedTargets: targets, metric: 'throughput' });

const even = (label: string) =>
  side(label, [
    [10, 2000],
    [20, 1600],
    [30, 1200],
    [40, 800],
    [50, 400],
  ]);

describe('sparseWarnings', () => {
  it('says nothing for two well-measured sides', () => {
    expect(sparseWarnings(compare(even('A'), even('B')))).toEqual([]);
  });

  it('names a side with 2 frontier points, and a target in a gap wider than half a frontier', () => {
    const two = side('Two', [
      [10, 1000],
      [40, 400],
    ]);
    // Frontier 5–60 tok/s/user (range 55): the 30–60 gap is wider than 27.5.
    const gappy = side('Gappy', [
      [5, 2000],
      [20, 1200],
      [30, 900],
      [60, 300],
    ]);
    const c = compare(two, gappy);
    // Band 10–40: default targets at a quarter, half and three quarters, rounded: 18 (17.5), 25, 33 (32.5).
    expect(c.targets.values).toEqual([18, 25, 33]);
    expect(sparseWarnings(c)).toEqual([
      'Two has only 2 points on its frontier (at 10.00 tok/s/user and 40.00 tok/s/user): its values between them are interpolated from two measurements.',
      "At 33.00 tok/s/user, Gappy is interpolated across a gap between its measured points at 30.00 and 60.00 tok/s/user, more than half of its frontier's range (5.00–60.00 tok/s/user).",
    ]);
    // A target on a measured point is not interpolated across anything.
    expect(sparseWarnings(compare(two, gappy, [30]))).toHaveLength(1);
  });

  it('names a one-point band with its value to 2 decimals, and sides of 1 point', () => {
    const lower = side('Lower', [[144.0312345678, 900]]);
    const upper = side('Upper', [
      [144.0312345678, 1000],
      [160, 500],
    ]);
    const c = compare(lower, upper);
    expect(c.band).toMatchObject({ kind: 'overlap', lo: 144.0312345678, hi: 144.0312345678 });
    expect(sparseWarnings(c)).toEqual([
      'Lower has 1 point on its frontier (at 144.03 tok/s/user): it can be compared there only, and no curve is drawn through it.',
      'Upper has only 2 points on its frontier (at 144.03 tok/s/user and 160.00 tok/s/user): its values between them are interpolated from two measurements.',
      'The two sides share a single interactivity, 144.03 tok/s/user: they are compared at that point only.',
    ]);
  });

  it('names a band narrower than 1 tok/s/user', () => {
    const a = side('A', [
      [10, 3000],
      [15, 2000],
      [20.4, 1000],
    ]);
    const b = side('B', [
      [20.1, 3000],
      [25, 2000],
      [30, 1000],
    ]);
    expect(sparseWarnings(compare(a, b))).toContain(
      'The two sides share only 20.10–20.40 tok/s/user, less than 1 tok/s/user wide.',
    );
  });
});
