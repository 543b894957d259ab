import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gpuSpecsSchema, type BenchmarkPoint } from '../../data/schema';
import { assertValid } from '../../data/validate';
import type { MetricKey } from '../../domain/metrics';
import { hasPython } from '../../../tests/setup/reference-views';
import { shippedHistoryFiles, shippedPoints } from '../../../tests/setup/shipped-data';
import { filesAsOf } from '../../components/page-scaffold';
import { gpuAssumptions } from '../compare/assumptions';
import { buildRankModel } from './rank-model';
import type { RankSeriesInput } from './rank-types';

/**
 * The model on the shipped data against tests/reference/rank_reference.py (Python, its own
 * grouping and ranking over the raw upstream rows, frontier and spline of
 * matched_reference.py), as pinned in tests/reference/rank-pinned.json.
 */
interface PinnedRow {
  hardware: string;
  rank: number | null;
  in_range: boolean;
  value: number | null;
  series: { hardware: string; engine: string; specMethod: string; precision: string } | null;
  reach: [number, number];
}
interface Pinned {
  throughput: { target: number; rows: PinnedRow[] };
  cost: { target: number; rows: PinnedRow[] };
  leaderThroughput: { x: number; below: string; above: string }[];
}

const root = resolve(import.meta.dirname, '../../..');
const pinnedPath = resolve(root, 'tests/reference/rank-pinned.json');
const pinned = JSON.parse(readFileSync(pinnedPath, 'utf8')) as Pinned;
const specs = assertValid(
  gpuSpecsSchema,
  JSON.parse(readFileSync(resolve(root, 'public/data/gpu-specs.json'), 'utf8')),
);

/** Series as /inference groups them (labels are plain here: the reference knows none). */
function seriesOf(points: readonly BenchmarkPoint[]): RankSeriesInput[] {
  const groups = new Map<string, RankSeriesInput & { points: BenchmarkPoint[] }>();
  for (const p of points) {
    if (p.precision !== 'fp8' && p.precision !== 'fp4') continue;
    const token = [p.hardware, p.engine, p.specMethod, p.precision].join(':');
    const key = { hardware: p.hardware, engine: p.engine, specMethod: p.specMethod, precision: p.precision };
    const group = groups.get(token) ?? {
      key,
      token,
      label: token,
      gpuLabel: p.hardware,
      engineLabel: p.engine,
      vendor: '',
      points: [],
    };
    group.points.push(p);
    groups.set(token, group);
  }
  return [...groups.values()];
}

const series = seriesOf(shippedPoints('8k1k'));
const model = (metric: MetricKey, from = series) =>
  buildRankModel({
    series: from,
    metric,
    by: 'gpu',
    target: 40,
    base: null,
    bucketStep: 10,
    gpu: (hardware) => gpuAssumptions(specs, 'A', 'costh', hardware),
  });

describe('ranking DeepSeek-R1 FP8+FP4 8k/1k by GPU at 40 tok/s/user against the Python reference', () => {
  it.each(['throughput', 'cost'] as const)('%s: every row, rank, value and winning series', (metric) => {
    const expected = pinned[metric];
    const rows = model(metric).rows;
    expect(rows.map((r) => r.id)).toEqual(expected.rows.map((r) => r.hardware));
    rows.forEach((row, i) => {
      const ref = expected.rows[i]!;
      expect(row.rank).toBe(ref.rank);
      expect(row.inRange).toBe(ref.in_range);
      // Relative difference, 0 when both are missing, Infinity when only one is.
      const gap =
        ref.value === null || row.value === null
          ? ref.value === row.value
            ? 0
            : Infinity
          : Math.abs(row.value / ref.value - 1);
      expect(gap).toBeLessThan(1e-9);
      expect(row.best?.series ?? null).toEqual(ref.series);
      expect(row.reach!.lo).toBeCloseTo(ref.reach[0], 9);
      expect(row.reach!.hi).toBeCloseTo(ref.reach[1], 9);
    });
    expect(expected.rows.filter((r) => r.in_range).length).toBeGreaterThan(5);
  });

  it('the leader across interactivity changes where the reference finds it, to 1e-9', () => {
    const segments = model('throughput').leader.segments;
    const changes = segments.slice(1).map((s, i) => ({ x: s.from, below: segments[i]!.rowId, above: s.rowId }));
    expect(changes).toHaveLength(pinned.leaderThroughput.length);
    changes.forEach((c, i) => {
      const ref = pinned.leaderThroughput[i]!;
      expect({ below: c.below, above: c.above }).toEqual({ below: ref.below, above: ref.above });
      expect(Math.abs(c.x / ref.x - 1)).toBeLessThan(1e-9);
    });
  });

  it.runIf(hasPython())(
    'the pinned file is what the reference prints today',
    () => {
      const text = execFileSync('python3', [resolve(root, 'tests/reference/rank_reference.py'), '--print'], {
        encoding: 'utf8',
      });
      expect(JSON.parse(text)).toEqual(pinned);
      // The reference reads every raw row in Python: seconds on a busy machine; only its output is checked.
    },
    60_000,
  );
});

describe('the same ranking as of 2026-02-01, against the dated reference (its rules on the raw rows as of that day)', () => {
  const dated = (
    JSON.parse(readFileSync(resolve(root, 'tests/reference/dated-pinned.json'), 'utf8')) as {
      asOfRank: Record<string, { throughput: Pinned['throughput']; cost: Pinned['cost'] }>;
    }
  ).asOfRank['/rank?date=2026-02-01']!;
  // What the page builds from: each history file reduced to every line's latest run on or before the day.
  const asOfSeries = seriesOf(filesAsOf(shippedHistoryFiles('8k1k'), '2026-02-01').flatMap((f) => f.points));

  it.each(['throughput', 'cost'] as const)('%s: every row, rank, value and winning series', (metric) => {
    const expected = dated[metric];
    const rows = model(metric, asOfSeries).rows;
    // Ranked rows in rank order; those out of range in any order (the two sides list them differently).
    const ranked = rows.filter((r) => r.inRange);
    expect(ranked.map((r) => r.id)).toEqual(expected.rows.filter((r) => r.in_range).map((r) => r.hardware));
    expect(
      rows
        .filter((r) => !r.inRange)
        .map((r) => r.id)
        .sort(),
    ).toEqual(
      expected.rows
        .filter((r) => !r.in_range)
        .map((r) => r.hardware)
        .sort(),
    );
    const byId = new Map(expected.rows.map((r) => [r.hardware, r]));
    rows.forEach((row) => {
      const ref = byId.get(row.id)!;
      expect({ id: row.id, rank: row.rank, inRange: row.inRange }).toEqual({
        id: ref.hardware,
        rank: ref.rank,
        inRange: ref.in_range,
      });
      const gap =
        ref.value === null || row.value === null
          ? ref.value === row.value
            ? 0
            : Infinity
          : Math.abs(row.value / ref.value - 1);
      expect(gap).toBeLessThan(1e-9);
      expect(row.best?.series ?? null).toEqual(ref.series);
    });
    // The ranking as of the day differs from today's: dates do not mix.
    expect(expected.rows.map((r) => r.value)).not.toEqual(pinned[metric].rows.map((r) => r.value));
  });
});
