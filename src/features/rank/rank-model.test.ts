import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BenchmarkPoint } from '../../data/schema';
import { handMadePoint } from '../compare/__fixtures__/hand-made-point';
import type { GpuAssumptions, MetricKey } from '../../domain/metrics';
import { RANKED_CSV_COLUMNS } from './rank-csv';
import { buildRankModel } from './rank-model';
import type { RankGrouping, RankInput, RankSeriesInput } from './rank-types';
import { sparseNoteText } from './rank-words';

/** A measured point at `x` tok/s/user and `tps` tok/s/GPU; concurrency = round(x), latency 1000/x s. */
const point = (id: string, hardware: string, x: number, tps: number): BenchmarkPoint =>
  handMadePoint(id, x, tps, {
    hardware,
    engine: 'eng',
    precision: 'fp8',
    concurrency: Math.round(x),
    runUrl: `https://example.org/${id}`,
    metrics: { outputTokPerSecPerGpu: tps / 2, inputTokPerSecPerGpu: tps / 2, medianE2eSec: 1000 / x },
  });

function series(token: string, hardware: string, engine: string, knots: [number, number][]): RankSeriesInput {
  return {
    key: { hardware, engine, specMethod: 'none', precision: 'fp8' },
    token,
    label: `${hardware.toUpperCase()} ${token}`,
    gpuLabel: hardware.toUpperCase(),
    engineLabel: engine,
    vendor: 'V',
    points: knots.map(([x, y], i) => point(`${token}#${i}`, hardware, x, y)),
  };
}

// Straight frontiers (two points each), so every value below is a line through two points.
// At 20 tok/s/user: a1 = 800, a2 = 875, b1 = 1000, d1 = 875; c1 starts at 30.
const A1 = series('a1', 'a', 'x', [
  [10, 1000],
  [30, 600],
]);
const A2 = series('a2', 'a', 'y', [
  [15, 900],
  [25, 850],
]);
const B1 = series('b1', 'b', 'x', [
  [10, 1200],
  [50, 400],
]);
const C1 = series('c1', 'c', 'x', [
  [30, 500],
  [60, 100],
]);
const D1 = series('d1', 'd', 'x', [
  [10, 950],
  [30, 800],
]);
const ALL = [A1, A2, B1, C1, D1];
const PRICES: Record<string, number> = { a: 2, b: 4, c: 1, d: 2 };
const gpu = (hardware: string): GpuAssumptions => ({ usdPerGpuHour: PRICES[hardware] ?? null, kwPerGpu: 1 });

function rank(change: Partial<RankInput> = {}) {
  return buildRankModel({
    series: ALL,
    metric: 'throughput',
    by: 'gpu',
    target: 20,
    base: null,
    bucketStep: 10,
    gpu,
    ...change,
  });
}

describe('buildRankModel: ranking at the target', () => {
  it.each<{
    name: string;
    metric: MetricKey;
    by: RankGrouping;
    target: number;
    ids: string[];
    ranks: (number | null)[];
    values: (number | null)[];
    winners: (string | null)[];
  }>([
    {
      name: 'throughput by GPU: each row its best series; a and d tie at 875',
      metric: 'throughput',
      by: 'gpu',
      target: 20,
      ids: ['b', 'a', 'd', 'c'],
      ranks: [1, 2, 2, null],
      values: [1000, 875, 875, null],
      winners: ['b1', 'a2', 'd1', null],
    },
    {
      name: 'throughput by series: a1 is its own row',
      metric: 'throughput',
      by: 'series',
      target: 20,
      ids: ['b1', 'a2', 'd1', 'a1', 'c1'],
      ranks: [1, 2, 2, 4, null],
      values: [1000, 875, 875, 800, null],
      winners: ['b1', 'a2', 'd1', 'a1', null],
    },
    {
      name: 'by GPU × engine: a splits into a:x and a:y',
      metric: 'throughput',
      by: 'engine',
      target: 20,
      ids: ['b:x', 'a:y', 'd:x', 'a:x', 'c:x'],
      ranks: [1, 2, 2, 4, null],
      values: [1000, 875, 875, 800, null],
      winners: ['b1', 'a2', 'd1', 'a1', null],
    },
    {
      // $/GPU-hour × 10⁶ / (3600 × tok/s/GPU): a = d = 2e6 / (3600 × 875), b = 4e6 / 3.6e6.
      name: 'cost (lower is better): cheapest first, a and d tied',
      metric: 'cost',
      by: 'gpu',
      target: 20,
      ids: ['a', 'd', 'b', 'c'],
      ranks: [1, 1, 3, null],
      values: [0.6349206349206349, 0.6349206349206349, 1.1111111111111112, null],
      winners: ['a2', 'd1', 'b1', null],
    },
    {
      // Only c1 reaches 55: 500 − 400 × 25/30.
      name: 'one series reaching the target',
      metric: 'throughput',
      by: 'gpu',
      target: 55,
      ids: ['c', 'b', 'a', 'd'],
      ranks: [1, null, null, null],
      values: [166.66666666666669, null, null, null],
      winners: ['c1', null, null, null],
    },
    {
      name: 'none reaching the target',
      metric: 'throughput',
      by: 'gpu',
      target: 100,
      ids: ['c', 'b', 'a', 'd'],
      ranks: [null, null, null, null],
      values: [null, null, null, null],
      winners: [null, null, null, null],
    },
  ])('$name', ({ metric, by, target, ids, ranks, values, winners }) => {
    const rows = rank({ metric, by, target }).rows;
    expect(rows.map((r) => r.id)).toEqual(ids);
    expect(rows.map((r) => r.rank)).toEqual(ranks);
    const ten = (v: number | null) => (v === null ? null : Number(v.toPrecision(10)));
    expect(rows.map((r) => ten(r.value))).toEqual(values.map(ten));
    expect(rows.map((r) => r.best?.seriesToken ?? null)).toEqual(winners);
  });

  it('words each row against the leader, the right way round', () => {
    const words = (m: ReturnType<typeof rank>) =>
      Object.fromEntries(m.rows.map((r) => [r.id, r.vsBase?.words ?? null]));
    // 875 / 1000 − 1 = −12.5% → "13% less"; 1.1111 / 0.63492 − 1 = +75%.
    expect(words(rank())).toEqual({
      b: null,
      a: 'delivers 13% less than B',
      d: 'delivers 13% less than B',
      c: null,
    });
    expect(words(rank({ metric: 'cost' }))).toEqual({
      a: null,
      d: 'tied with A (within 1%)',
      b: 'costs 75% more than A',
      c: null,
    });
    expect(rank({ metric: 'cost' }).rows[2]!.vsBase!.fraction).toBeCloseTo(0.75, 12);
  });

  it.each([
    { base: 'a', baseline: 'a', problem: null, bWords: 'delivers 14.3% more than A' },
    {
      base: 'c',
      baseline: 'b',
      problem: 'C reaches 30–60 tok/s/user, so it cannot be the baseline at 20 tok/s/user; the leader is.',
      bWords: null,
    },
    { base: 'zz', baseline: 'b', problem: 'There is no setup "zz" here; the leader is the baseline.', bWords: null },
  ])('baseline asked as $base', ({ base, baseline, problem, bWords }) => {
    const model = rank({ base });
    expect(model.baseline?.id).toBe(baseline);
    expect(model.baseProblem).toBe(problem);
    expect(model.rows.find((r) => r.id === 'b')!.vsBase?.words ?? null).toBe(bWords);
  });

  it('has no baseline when no row reaches the target', () => {
    const model = rank({ target: 100 });
    expect(model.baseline).toBeNull();
    expect(model.sentences[0]).toBe('No setup has a Throughput / GPU value at 100 tok/s/user.');
    expect(model.rows.map((r) => r.reachText)).toEqual([
      'reaches 30–60 tok/s/user',
      'reaches 10–50 tok/s/user',
      'reaches 10–30 tok/s/user',
      'reaches 10–30 tok/s/user',
    ]);
  });

  it('names the configuration nearest the target and the best measured point at or above it', () => {
    const a = rank().rows.find((r) => r.id === 'a')!;
    // a2's frontier points are at 15 and 25, equally near 20: the lower one.
    expect(a.best!.point.id).toBe('a2#0');
    expect(a.best!.point.concurrency).toBe(15);
    // Points at ≥ 20: a1 at 30 (600) and a2 at 25 (850).
    expect(a.atLeast).toMatchObject({ value: 850, tokPerSecPerUser: 25, shown: '850.0' });
    // An out-of-range row (its frontier starts at 30) still has a measured point above 20.
    expect(rank().rows.find((r) => r.id === 'c')!.atLeast).toMatchObject({ value: 500, tokPerSecPerUser: 30 });
  });

  it('warns of sparse series: two frontier points, and a target in a gap wider than half the range', () => {
    expect(rank().rows.find((r) => r.id === 'a')!.warnings).toEqual([
      'A a2 has only 2 points on its frontier',
      "20 tok/s/user lies in a gap of 15.00–25.00 tok/s/user between A a2's measured points, more than half its range",
    ]);
    const dense = series('e1', 'e', 'x', [
      [10, 1000],
      [12, 900],
      [40, 100],
    ]);
    expect(buildRankModel({ ...rankInput(), series: [dense], target: 11 }).rows[0]!.warnings).toEqual([]);
    expect(buildRankModel({ ...rankInput(), series: [dense], target: 20 }).rows[0]!.warnings).toEqual([
      "20 tok/s/user lies in a gap of 12.00–40.00 tok/s/user between E e1's measured points, more than half its range",
    ]);
  });

  it('writes a row with two warnings as one sentence, each clause kept apart', () => {
    expect(sparseNoteText(rank().rows.find((r) => r.id === 'a')!.warnings)).toBe(
      "Sparse data: A a2 has only 2 points on its frontier; 20 tok/s/user lies in a gap of 15.00–25.00 tok/s/user between A a2's measured points, more than half its range.",
    );
  });
});

function rankInput(): RankInput {
  return { series: ALL, metric: 'throughput', by: 'gpu', target: 20, base: null, bucketStep: 10, gpu };
}

describe('buildRankModel: target, sentences, matrix, leader, CSV', () => {
  it.each([
    // Coverage: 3 rows on [10, 30), all 4 only at 30 (c starts there), 2 above.
    { series: ALL, target: 30, why: '30 tok/s/user: the only interactivity 4 of 4 setups reach.' },
    {
      series: [A1, A2, B1, D1],
      target: 20,
      why: '20 tok/s/user: the middle of 10–30 tok/s/user, which 3 of 3 setups reach.',
    },
  ])('chooses a default target most setups reach: $why', ({ series: s, target, why }) => {
    const model = buildRankModel({ ...rankInput(), series: s, target: null });
    expect(model.target).toBe(target);
    expect(model.targetSource).toBe('default');
    expect(model.targetWhy).toBe(why);
  });

  it('rounds the middle half up to a whole tok/s/user: 10–31 gives 21', () => {
    const wide = series('w1', 'w', 'x', [
      [10, 1000],
      [31, 500],
    ]);
    const model = buildRankModel({ ...rankInput(), series: [wide], target: null });
    expect(model.target).toBe(21);
    expect(model.targetWhy).toBe('21 tok/s/user: the middle of 10–31 tok/s/user, which 1 of 1 setup reaches.');
  });

  it('puts buckets only where some row reaches, never across a gap of the union', () => {
    const low = series('l1', 'l', 'x', [
      [10, 1000],
      [20, 500],
    ]);
    const high = series('h1', 'h', 'x', [
      [40, 300],
      [50, 200],
    ]);
    const model = buildRankModel({ ...rankInput(), series: [low, high], target: 15 });
    expect(model.matrix.buckets).toEqual([10, 20, 40, 50]);
    expect(model.leader.changes).toEqual(['No setup is measured between 20.00 and 40.00 tok/s/user.']);
  });

  it('keeps an asked target and says how many setups reach it', () => {
    expect(rank().targetWhy).toBe('20 tok/s/user, as asked: 3 of 4 setups reach it.');
  });

  it('states the leader, its margin over the next, and the cheapest when that is another setup', () => {
    expect(rank().sentences).toEqual([
      'At 20 tok/s/user, B leads on Throughput / GPU with 1000.0 tok/s/GPU (B b1); it delivers 14.3% more than A (875.0 tok/s/GPU).',
      'A is the cheapest per million tokens there: $0.635 per million tokens (A a2).',
    ]);
  });

  it('ranks a measured-only metric by the best measured point at or above the target, with no value', () => {
    const model = rank({ metric: 'e2e-latency' });
    expect(model.ordering).toBe('measured-at-least');
    // Latency is 1000 / x: b has a point at 50 (20 s), a and d at 30 (33.3 s); c does not reach 20.
    expect(model.rows.map((r) => [r.id, r.rank, r.value])).toEqual([
      ['b', 1, null],
      ['a', 2, null],
      ['d', 2, null],
      ['c', null, null],
    ]);
    expect(model.rows[0]!.atLeast).toMatchObject({ value: 20, tokPerSecPerUser: 50 });
    expect(model.sentences[0]).toMatch(/is measured only, never interpolated/);
    expect(model.matrix.rows.every((r) => r.cells.every((c) => c === null))).toBe(true);
    expect(model.leader.segments).toEqual([]);
  });

  it('fills the matrix over multiples of the step inside the reaches, with the geometric-mean summary', () => {
    const { matrix } = rank();
    expect(matrix.buckets).toEqual([10, 20, 30, 40, 50, 60]);
    const byId = Object.fromEntries(matrix.rows.map((r) => [r.id, r]));
    expect(byId.a!.cells.map((c) => c?.value ?? null)).toEqual([1000, 875, 600, null, null, null]);
    expect(byId.a!.cells[2]!.vsBaseShown).toBe('-25.0%');
    // (1000/1200 × 875/1000 × 600/800)^(1/3), and likewise for c (30, 40, 50) and d.
    expect(byId.a!.summary!.ratio).toBeCloseTo(0.8177665775471474, 12);
    expect(byId.c!.summary).toMatchObject({ buckets: 3, shown: '-39.4%' });
    expect(byId.c!.summary!.ratio).toBeCloseTo(0.6062321957326214, 12);
    expect(byId.d!.summary!.ratio).toBeCloseTo(0.8848102344924725, 12);
    expect(byId.b!.summary).toMatchObject({ ratio: 1, shown: 'baseline', buckets: 5 });
    expect(byId.b!.cells[5]).toBeNull();
    expect(matrix.definition).toMatch(/geometric mean of setup ÷ B over the buckets both reach/);
    expect(rank({ metric: 'cost' }).matrix.definition).toMatch(/lower is better here, so above 0%/);
  });

  it('finds who leads across interactivity, with exact change points', () => {
    // b1 = 1200 − 20(x − 10) on [10, 50] is above every other series where it runs; c alone above 50.
    expect(rank().leader.segments).toEqual([
      { from: 10, to: 50, rowId: 'b', label: 'B' },
      { from: 50, to: 60, rowId: 'c', label: 'C' },
    ]);
    expect(rank().leader.changes).toEqual(['B leads below 50.00 tok/s/user, C above.']);
    // e1 = 700 − 5(x − 20) meets b1 where 15x − 600 = 0: at 40.
    const e1 = series('e1', 'e', 'x', [
      [20, 700],
      [60, 500],
    ]);
    const segments = buildRankModel({ ...rankInput(), series: [B1, e1] }).leader.segments;
    expect(segments.map((s) => s.rowId)).toEqual(['b', 'e']);
    expect(segments[0]!.to).toBeCloseTo(40, 12);
  });

  it('writes the ranked CSV with exactly the contract columns and unrounded values', () => {
    const lines = rank({ metric: 'cost' }).csv.ranked().trimEnd().split('\n');
    expect(lines[0]).toBe(RANKED_CSV_COLUMNS.join(','));
    expect(lines[0]).toBe(
      'rank,setup,hardware,engine,spec_method,precision,target_tok_s_user,metric,value,unit,in_range,reach_lo,reach_hi,vs_base_pct,measured_at_least_value,measured_at_least_tok_s_user,concurrency,date,run_url,source',
    );
    expect(lines[1]).toBe(
      `1,A,a,y,none,fp8,20,cost,${2e6 / (3600 * 875)},$/M tok,true,10,30,0,${2e6 / (3600 * 850)},25,15,2026-01-01,https://example.org/a2#0,published`,
    );
    expect(lines[4]).toBe(`,C,c,,,,20,cost,,$/M tok,false,30,60,,${1e6 / (3600 * 500)},30,,,,published`);
    const quoted = buildRankModel({ ...rankInput(), series: [{ ...A1, gpuLabel: 'A, "big"' }] }).csv.ranked();
    expect(quoted.split('\n')[1]).toMatch(/^1,"A, ""big""",a,/);
  });

  it('writes the matrix CSV: setup, one column per bucket, summary and count', () => {
    const lines = rank().csv.matrix().trimEnd().split('\n');
    expect(lines[0]).toBe('setup,10,20,30,40,50,60,summary_ratio,summary_buckets');
    const a = lines.find((l) => l.startsWith('A,'))!.split(',');
    expect(a.slice(0, 7)).toEqual(['A', '1000', '875', '600', '', '', '']);
    expect(Number(a[7])).toBeCloseTo(0.8177665775471474, 12);
    expect(a[8]).toBe('3');
  });
});

describe('buildRankModel: property', () => {
  it('the leader at a target is never beaten by any series value there', () => {
    const knots = fc
      .uniqueArray(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 5 })
      .chain((xs) =>
        fc.tuple(
          fc.constant([...xs].sort((p, q) => p - q)),
          fc.array(fc.integer({ min: 1, max: 20000 }), { minLength: xs.length, maxLength: xs.length }),
        ),
      );
    const seriesArb = fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), knots, fc.constantFrom(1, 2, 3)), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(
        seriesArb,
        fc.integer({ min: 1, max: 100 }),
        fc.constantFrom<MetricKey>('throughput', 'cost'),
        (specs, target, metric) => {
          const prices: Record<string, number> = {};
          const all = specs.map(([hw, [xs, ys], price], i) => {
            prices[hw] = price;
            return series(
              `s${i}`,
              hw,
              'x',
              xs.map((x, k) => [x, ys[k]!] as [number, number]),
            );
          });
          const gpuOf = (hw: string) => ({ usdPerGpuHour: prices[hw] ?? null, kwPerGpu: 1 });
          const model = { ...buildRankModel({ ...rankInput(), series: all, metric, target, gpu: gpuOf }), gpu: gpuOf };
          // Every series' own value at the target (each its own row).
          const perSeries = buildRankModel({
            ...rankInput(),
            series: all,
            metric,
            target,
            by: 'series',
            gpu: model.gpu,
          });
          const values = perSeries.rows.flatMap((r) => (r.value === null ? [] : [r.value]));
          const leader = model.rows[0]!.rank === 1 ? model.rows[0]!.value : null;
          const beaten = values.filter(
            (v) =>
              leader === null || ((metric === 'cost' ? v < leader : v > leader) && Math.abs(v / leader - 1) > 1e-9),
          );
          expect(beaten).toEqual([]);
          expect(leader !== null).toBe(values.length > 0);
        },
      ),
      { numRuns: 200 },
    );
  });
});
