import { describe, expect, it } from 'vitest';
import { MI355X, PAGE_MTP, PAGE_OFF } from '../../math/__fixtures__/published-page.ts';
import { overlapBand } from '../../math/band.ts';
import { compareAt, type CostPowerAssumptions } from '../../math/compare.ts';
import { findCrossovers } from '../../math/crossover.ts';
import { computeFrontier } from '../../math/frontier.ts';
import { createSideCurve } from '../../math/side-curve.ts';
import { interactivityX } from '../../math/engine-x.ts';
import type { SidePoint } from '../../math/types.ts';
import { matchedCrossovers } from './matched-crossover.ts';
import { describeTarget } from './sentences.ts';
import { relativeDelta } from '../../math/delta.ts';
import { METRICS } from '../../domain/metrics.ts';

function sentence(a: SidePoint[], b: SidePoint[], target: number, costs: CostPowerAssumptions = MI355X): string {
  const frontierA = computeFrontier(a).frontier;
  const frontierB = computeFrontier(b).frontier;
  const curveA = createSideCurve(frontierA);
  const curveB = createSideCurve(frontierB);
  const band = overlapBand(frontierA, frontierB);
  return describeTarget({
    labelA: 'MTP',
    labelB: 'Off',
    target,
    band,
    comparison: compareAt(curveA, curveB, target, costs),
    crossovers: matchedCrossovers(findCrossovers(curveA, curveB, band)),
  });
}

const line = (prefix: string, ...knots: [number, number][]): SidePoint[] =>
  knots.map(([x, y], i) => ({
    id: `${prefix}${i}`,
    x: interactivityX(x),
    tokPerSecPerGpu: y,
    outputTokPerSecPerGpu: null,
    inputTokPerSecPerGpu: null,
    concurrency: 8,
  }));

// Page fixture: band 2.98–76.3 ("3–76"), one throughput crossover at ≈35.07 tok/s/user.
describe('describeTarget on the published MI355X FP4 MTP-vs-Off page values', () => {
  it.each([
    {
      target: 21,
      text: "At 21 tok/s/user, near the low end of the 3–76 tok/s/user band, Off delivers 4342.7 tok/s/GPU vs MTP's 2232.0 (Off +94.6%) and costs 49% less per million tokens ($0.095 vs $0.184). MTP wins above 35.07 tok/s/user.",
    },
    {
      target: 39,
      text: "At 39 tok/s/user, around the middle of the 3–76 tok/s/user band, MTP delivers 1636.2 tok/s/GPU vs Off's 1330.3 (MTP +23.0%) and costs 19% less per million tokens ($0.251 vs $0.309). Off wins below 35.07 tok/s/user.",
    },
    {
      target: 58,
      text: "At 58 tok/s/user, toward the upper edge of the 3–76 tok/s/user band, MTP delivers 1155.4 tok/s/GPU vs Off's 554.9 (MTP +108.2%) and costs 52% less per million tokens ($0.356 vs $0.741). Off wins below 35.07 tok/s/user.",
    },
  ])('at $target tok/s/user', ({ target, text }) => {
    expect(sentence(PAGE_MTP, PAGE_OFF, target)).toBe(text);
  });

  it('says "costs 49% less" at 21 where the page printed "Off is 94% cheaper"', () => {
    // The page's "94%" is the throughput advantage (4342.7 / 2232.0 − 1 = 94.6 %) mislabelled
    // as a cost saving. The saving is 1 − cost(Off)/cost(MTP) = 1 − 2232.0/4342.7 = 0.4860
    // from the unrounded costs → "49%". (Dividing the rounded display costs, 1 − 0.095/0.184
    // = 0.4837, would give "48%" — exactly the rounding-of-rounded-values we must not do.)
    const text = sentence(PAGE_MTP, PAGE_OFF, 21);
    expect(text).toContain('costs 49% less per million tokens');
    expect(text).not.toMatch(/cheaper/);
    expect(text).not.toContain('94% ');
  });

  it('describes a target on the crossover as a crossing', () => {
    expect(sentence(PAGE_MTP, PAGE_OFF, 35.07)).toBe(
      'At 35.07 tok/s/user, around the middle of the 3–76 tok/s/user band, MTP and Off are within 1% of each other at 1737.2 vs 1737.3 tok/s/GPU, at about the same cost per million tokens ($0.237 vs $0.237). The throughput curves cross at 35.07 tok/s/user: Off wins below, MTP above.',
    );
  });

  it('states when cost and throughput winners differ', () => {
    expect(sentence(PAGE_MTP, PAGE_OFF, 39, { ...MI355X, usdPerGpuHourB: 0.74 })).toBe(
      "At 39 tok/s/user, around the middle of the 3–76 tok/s/user band, MTP delivers 1636.2 tok/s/GPU vs Off's 1330.3 (MTP +23.0%), but Off costs 39% less per million tokens ($0.155 vs $0.251). Off wins below 35.07 tok/s/user.",
    );
  });

  it('omits the cost clause when the price is unknown', () => {
    expect(sentence(PAGE_MTP, PAGE_OFF, 39, { ...MI355X, usdPerGpuHourA: 0 })).toBe(
      "At 39 tok/s/user, around the middle of the 3–76 tok/s/user band, MTP delivers 1636.2 tok/s/GPU vs Off's 1330.3 (MTP +23.0%). Off wins below 35.07 tok/s/user.",
    );
  });

  it.each([
    {
      target: 77,
      text: 'At 77 tok/s/user, outside the 3–76 tok/s/user band, MTP has no measured configuration reaching 77 tok/s/user; Off delivers 215.9 tok/s/GPU at $1.904 per million tokens.',
    },
    {
      target: 2.95,
      text: 'At 2.95 tok/s/user, outside the 3–76 tok/s/user band, MTP has no measured configuration at or below 2.95 tok/s/user (its slowest is 2.98 tok/s/user); Off delivers 9783.2 tok/s/GPU at $0.042 per million tokens.',
    },
    {
      target: 80,
      text: 'At 80 tok/s/user, outside the 3–76 tok/s/user band, neither MTP nor Off has a measured configuration reaching it.',
    },
    { target: Number.NaN, text: 'No comparison: the requested interactivity is not a number.' },
  ])('out of range at $target tok/s/user', ({ target, text }) => {
    expect(sentence(PAGE_MTP, PAGE_OFF, target)).toBe(text);
  });
});

describe('describeTarget edge cases', () => {
  it('says when the sides share no interactivity range', () => {
    const a = line('a', [3, 4000], [10, 2000]);
    const b = line('b', [12, 1500], [40, 400]);
    expect(sentence(a, b, 20)).toBe(
      'MTP and Off share no interactivity range (MTP 3–10 tok/s/user, Off 12–40 tok/s/user), so they cannot be compared at matched interactivity. At 20 tok/s/user, MTP has no measured configuration reaching 20 tok/s/user; Off delivers 1185.7 tok/s/GPU at $0.347 per million tokens.',
    );
  });

  it('names a side without valid points', () => {
    expect(sentence([], line('b', [12, 1500], [40, 400]), 90)).toBe(
      'MTP and Off share no interactivity range (MTP has no valid measured points, Off 12–40 tok/s/user), so they cannot be compared at matched interactivity.',
    );
  });

  it('bounds a crossover by the next one when the curves cross several times', () => {
    const a = line('a', [10, 1000], [50, 200]);
    const b = line('b', [10, 900], [20, 850], [30, 500], [40, 450], [50, 100]);
    expect(sentence(a, b, 30)).toBe(
      "At 30 tok/s/user, around the middle of the 10–50 tok/s/user band, MTP delivers 600.0 tok/s/GPU vs Off's 500.0 (MTP +20.0%) and costs 17% less per million tokens ($0.685 vs $0.822). Off wins between 16.03 and 24.08 tok/s/user and between 36.45 and 46.09 tok/s/user.",
    );
  });

  it('handles a single-point band', () => {
    const a = line('a', [5, 3000], [20, 1000]);
    const b = line('b', [20, 900], [40, 300]);
    expect(sentence(a, b, 20)).toBe(
      "At 20 tok/s/user, the only interactivity both sides reach, MTP delivers 1000.0 tok/s/GPU vs Off's 900.0 (MTP +11.1%) and costs 10% less per million tokens ($0.411 vs $0.457).",
    );
  });

  it('never says "cheaper" and never claims a 100 % saving that is not total', () => {
    const a = line('a', [5, 30000], [50, 20000]);
    const b = line('b', [5, 100], [50, 10]);
    const text = sentence(a, b, 20);
    expect(text).not.toMatch(/cheaper/);
    // 1 − 70.0/26666.7 = 0.9974 would round to "100%".
    expect(text).toContain('costs more than 99% less per million tokens ($0.015 vs $5.873)');
  });

  it('names where the other side wins on both sides of the target', () => {
    const a = line('a', [10, 1000], [50, 200]);
    const b = line('b', [10, 900], [20, 850], [30, 500], [40, 450], [50, 100]);
    expect(sentence(a, b, 40)).toBe(
      "At 40 tok/s/user, toward the upper edge of the 10–50 tok/s/user band, Off delivers 450.0 tok/s/GPU vs MTP's 400.0 (Off +12.5%) and costs 11% less per million tokens ($0.914 vs $1.028). MTP wins between 24.08 and 36.45 tok/s/user and above 46.09 tok/s/user.",
    );
  });
});

describe('describeTarget states the selected metric', () => {
  const a = line('a', [10, 1000], [50, 200]);
  const b = line('b', [10, 800], [50, 400]);
  const band = overlapBand(a, b);
  const comparison = compareAt(createSideCurve(a), createSideCurve(b), 20, MI355X);
  const base = { labelA: 'MTP', labelB: 'Off', target: 20, band, comparison, crossovers: [] };
  const reading = (x: number, y: number, direction: 'higher-is-better' | 'lower-is-better') => ({
    a: x,
    b: y,
    delta: relativeDelta(x, y, direction),
  });

  it.each([
    {
      metric: 'output-throughput' as const,
      values: [110, 88] as const,
      // 110 / 88 − 1 = 25%.
      text: ' MTP delivers 25% more output tokens per second per GPU (110.0 vs 88.0 output tok/s/GPU).',
    },
    {
      metric: 'joules-per-token' as const,
      values: [1.5, 1.2] as const,
      // 1 − 1.2 / 1.5 = 20%, and Off is the lower (better) one.
      text: ' Off uses 20% less energy per token (1.20 vs 1.50 J/tok).',
    },
    {
      metric: 'output-cost' as const,
      values: [0.5, 0.502] as const,
      text: ' MTP and Off are within 1% of each other on Cost / M output tokens ($0.500 vs $0.502).',
    },
  ])('$metric', ({ metric, values, text }) => {
    const definition = METRICS[metric];
    const direction = definition.direction as 'higher-is-better' | 'lower-is-better';
    const selected = { metric: definition, reading: reading(values[0], values[1], direction) };
    const plain = describeTarget(base);
    const withMetric = describeTarget({ ...base, selected });
    expect(withMetric).toBe(plain + text);
  });

  it.each(['throughput', 'cost', 'concurrency', 'e2e-latency'] as const)('adds nothing for %s', (metric) => {
    const selected = {
      metric: METRICS[metric],
      reading: { a: 1, b: 2, delta: relativeDelta(1, 2, 'higher-is-better') },
    };
    expect(describeTarget({ ...base, selected })).toBe(describeTarget(base));
  });
});
