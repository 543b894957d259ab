import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { gpuSpecsSchema, manifestSchema } from '../../data/schema';
import { assertValid } from '../../data/validate';
import { readShippedJson, shippedPoints } from '../../../tests/setup/shipped-data';
import { inferenceAvailability } from '../../state/availability';
import { rankPage } from '../../state/pages/rank';
import * as csv from './rank-csv';
import type { RankViewModel } from './rank-view-model';

/**
 * What a switch reuses (the lead across interactivity and each curve's readings, kept from
 * earlier views) and what it no longer builds (the CSVs, built when downloaded), on the shipped
 * 8k/1k data by GPU. Expected values: tests/reference/rank-pinned.json (the Python reference
 * over the raw rows), and the same views built by a fresh copy of the modules, which has kept
 * nothing from any earlier view.
 */

vi.mock('./rank-csv', async (original) => {
  const actual = await original<typeof import('./rank-csv')>();
  return {
    ...actual,
    rankedCsv: vi.fn<typeof actual.rankedCsv>(actual.rankedCsv),
    matrixCsv: vi.fn<typeof actual.matrixCsv>(actual.matrixCsv),
  };
});

interface PinnedRow {
  hardware: string;
  rank: number | null;
  in_range: boolean;
  value: number | null;
  series: { engine: string; specMethod: string; precision: string } | null;
  reach: [number, number];
}
const root = resolve(import.meta.dirname, '../../..');
const pinned = JSON.parse(readFileSync(resolve(root, 'tests/reference/rank-pinned.json'), 'utf8')) as {
  cost: { target: number; rows: PinnedRow[] };
  leaderThroughput: { x: number; below: string; above: string }[];
};

const manifest = assertValid(manifestSchema, readShippedJson('data/manifest.json'));
const specs = assertValid(gpuSpecsSchema, readShippedJson('data/gpu-specs.json'));
const available = inferenceAvailability(manifest, specs)!;
const points = shippedPoints('8k1k');
type Build = typeof import('./rank-view-model').buildRankViewModel;
const viewWith = (build: Build) => (search: string) =>
  build({ points, selection: rankPage.parse(`seq=8k1k&${search}`, available).selection, available, manifest, specs });
const view = viewWith((await import('./rank-view-model')).buildRankViewModel);

/** A fresh copy of the ranking's modules: no envelope or reading kept from any view before. */
async function freshView(search: string): Promise<RankViewModel> {
  vi.resetModules();
  return viewWith((await import('./rank-view-model')).buildRankViewModel)(search);
}

/** What the page shows of a view (the metric's record and the CSV builders are per module copy). */
const shown = (vm: RankViewModel) => ({
  target: vm.rank.target,
  rows: vm.rank.rows,
  baseline: vm.rank.baseline,
  sentences: vm.rank.sentences,
  matrix: vm.rank.matrix,
  leader: vm.rank.leader,
  links: [...vm.inferenceLinks],
  csv: [vm.rank.csv.ranked(), vm.rank.csv.matrix()],
});

/** A CSV cell against a reference value: relative difference; 0 when both are missing, Infinity when one is. */
function gap(cell: string, ref: number | null): number {
  if (cell === '' || ref === null) return cell === '' && ref === null ? 0 : Infinity;
  return ref === 0 ? Math.abs(Number(cell)) : Math.abs(Number(cell) / ref - 1);
}

const SWITCHES = [
  'at=40',
  'at=40&metric=cost',
  'at=40&metric=throughput',
  'at=40&metric=tok-per-mw',
  'at=40&metric=cost&tier=costn',
  'at=40&metric=cost',
  'at=30&metric=cost',
  'at=40&metric=cost&base=b200',
  'at=40&metric=joules-per-token',
  'at=40&by=series',
  'at=40&by=series&metric=cost',
];

describe('a switch on /rank', () => {
  it('builds neither CSV; each is built on its first download and is the same text after', () => {
    vi.mocked(csv.rankedCsv).mockClear();
    vi.mocked(csv.matrixCsv).mockClear();
    const vm = view('at=40&metric=cost');
    view('at=40&metric=throughput');
    expect(csv.rankedCsv).not.toHaveBeenCalled();
    expect(csv.matrixCsv).not.toHaveBeenCalled();
    const first = vm.rank.csv.ranked();
    expect(vm.rank.csv.ranked()).toBe(first);
    expect(csv.rankedCsv).toHaveBeenCalledTimes(1);
    expect(csv.matrixCsv).not.toHaveBeenCalled();
    vm.rank.csv.matrix();
    vm.rank.csv.matrix();
    expect(csv.matrixCsv).toHaveBeenCalledTimes(1);
  });

  it('a CSV downloaded after other views were built holds its own view, as the reference ranks it', () => {
    const vm = view('at=40&metric=cost');
    // Other views in between: another metric, baseline, target and grouping (they share kept curves).
    for (const s of SWITCHES) view(s);
    const [head, ...lines] = vm.rank.csv.ranked().trimEnd().split('\n');
    const col = (name: string) => head!.split(',').indexOf(name);
    expect(lines).toHaveLength(pinned.cost.rows.length);
    const leader = pinned.cost.rows[0]!;
    lines.forEach((line, i) => {
      // No field of these rows holds a comma or a quote (labels are GPU names, URLs have none).
      const cells = line.split(',');
      const ref = pinned.cost.rows[i]!;
      expect(cells[col('hardware')]).toBe(ref.hardware);
      expect(cells[col('rank')]).toBe(ref.rank === null ? '' : String(ref.rank));
      expect(cells[col('in_range')]).toBe(String(ref.in_range));
      expect(cells[col('target_tok_s_user')]).toBe('40');
      expect(cells[col('metric')]).toBe('cost');
      expect(Number(cells[col('reach_lo')]) / ref.reach[0] - 1).toBeCloseTo(0, 9);
      expect(Number(cells[col('reach_hi')]) / ref.reach[1] - 1).toBeCloseTo(0, 9);
      expect(gap(cells[col('value')]!, ref.value)).toBeLessThan(1e-9);
      // (row ÷ leader − 1) × 100 from the reference's values; empty out of range.
      const vsBase = ref.value === null ? null : (ref.value / leader.value! - 1) * 100;
      expect(gap(cells[col('vs_base_pct')]!, vsBase)).toBeLessThan(1e-7);
      expect([cells[col('engine')], cells[col('spec_method')], cells[col('precision')]]).toEqual(
        ref.series ? [ref.series.engine, ref.series.specMethod, ref.series.precision] : ['', '', ''],
      );
    });
    // The matrix CSV: the column of 40 tok/s/user (a bucket of step 10) is each row's value at the target.
    const [mHead, ...mLines] = vm.rank.csv.matrix().trimEnd().split('\n');
    const at40 = mHead!.split(',').indexOf('40');
    expect(at40).toBeGreaterThan(0);
    mLines.forEach((line, i) => {
      const ref = pinned.cost.rows[i]!;
      expect(gap(line.split(',')[at40]!, ref.value)).toBeLessThan(1e-9);
    });
  });

  it('shows after any sequence of switches what a first view of the same address shows', async () => {
    for (const s of SWITCHES) view(s);
    // A fresh copy of the modules per address (a second or so each on a busy machine).
    for (const s of [
      'at=40&metric=cost',
      'at=40',
      'at=40&metric=cost&tier=costn',
      'at=30&metric=cost',
      'at=40&by=series',
    ]) {
      expect({ address: s, ...shown(view(s)) }).toEqual({ address: s, ...shown(await freshView(s)) });
    }
  }, 60_000);

  it('keeps the lead across interactivity where the reference finds it, after switches of metric and price', () => {
    for (const s of SWITCHES) view(s);
    const segments = view('at=40').rank.leader.segments;
    const changes = segments.slice(1).map((s, i) => ({ x: s.from, below: segments[i]!.rowId, above: s.rowId }));
    expect(changes.map(({ below, above }) => ({ below, above }))).toEqual(
      pinned.leaderThroughput.map(({ below, above }) => ({ below, above })),
    );
    changes.forEach((c, i) => expect(Math.abs(c.x / pinned.leaderThroughput[i]!.x - 1)).toBeLessThan(1e-9));
  });
});
