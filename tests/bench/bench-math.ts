/**
 * Benchmark of the matched-interactivity engine (src/math). Not a test: it prints timings.
 * Run: npx tsx tests/bench/bench-math.ts
 *
 * (a) Whole shipped dataset: every hardware/precision/ISL-OSL group of
 *     fixtures/real/inferencex_dsr1_latest_2026-06-14.json that has both spec_method "mtp" and
 *     "none" is compared (frameworks pooled per side): frontier, side curves, band, default
 *     targets, compareAt at each target, crossovers. Median of 50 repetitions after warm-up.
 * (b) Synthetic sides of 10^3 … 10^6 points: the same pipeline per call, median of a few
 *     repetitions, in two shapes — a noisy cloud (realistic: few frontier points) and a
 *     worst case where every point is on the frontier — with growth per 10× against n log n.
 */
import { readFileSync } from 'node:fs';
import { interactivityX, type CostPowerAssumptions, type SidePoint } from '../../src/math/index.ts';
import { runComparison, SYNTHETIC_COSTS, syntheticPair, type SyntheticShape } from './engine-workload.ts';

interface Row {
  hardware: string;
  precision: string;
  spec_method: string;
  isl: number;
  osl: number;
  conc: number;
  metrics: Record<string, number | null | undefined>;
}

interface Pair {
  key: string;
  mtp: SidePoint[];
  none: SidePoint[];
  assumptions: CostPowerAssumptions;
}

const FRAME_BUDGET_MS = 16;
const DATASET_REPS = 50;
const WARM_UP_REPS = 10;

function readJson<T>(relative: string): T {
  return JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as T;
}

function toPoint(row: Row, id: string): SidePoint {
  const m = row.metrics;
  return {
    id,
    x: interactivityX(m.median_intvty ?? Number.NaN),
    tokPerSecPerGpu: m.tput_per_gpu ?? Number.NaN,
    outputTokPerSecPerGpu: m.output_tput_per_gpu ?? null,
    inputTokPerSecPerGpu: m.input_tput_per_gpu ?? null,
    concurrency: row.conc,
  };
}

/** MI355X-era ("epoch A") price and power per GPU, by hardware key. */
function assumptionsByHardware(): Map<string, { costh: number; power: number }> {
  const specs = readJson<{ epochs: { id: string; gpus: Record<string, { costh: number; power: number }> }[] }>(
    '../../fixtures/real/gpu-specs.json',
  );
  const epochA = specs.epochs.find((e) => e.id === 'A');
  return new Map(Object.entries(epochA?.gpus ?? {}));
}

/** Groups rows by hardware/precision/isl-osl and keeps the groups that have both sides. */
function loadPairs(): Pair[] {
  const rows = readJson<Row[]>('../../fixtures/real/inferencex_dsr1_latest_2026-06-14.json');
  const specs = assumptionsByHardware();
  const groups = new Map<string, { mtp: SidePoint[]; none: SidePoint[]; hardware: string }>();
  rows.forEach((row, i) => {
    const key = `${row.hardware}/${row.precision}/${row.isl}-${row.osl}`;
    const group = groups.get(key) ?? { mtp: [], none: [], hardware: row.hardware };
    groups.set(key, group);
    if (row.spec_method === 'mtp') group.mtp.push(toPoint(row, `r${i}`));
    if (row.spec_method === 'none') group.none.push(toPoint(row, `r${i}`));
  });
  return [...groups.entries()]
    .filter(([, g]) => g.mtp.length > 0 && g.none.length > 0)
    .map(([key, g]) => {
      const spec = specs.get(g.hardware.split(/[-_]/)[0] ?? '') ?? { costh: 0, power: 0 };
      const assumptions = {
        usdPerGpuHourA: spec.costh,
        usdPerGpuHourB: spec.costh,
        kwPerGpuA: spec.power,
        kwPerGpuB: spec.power,
      };
      return { key, mtp: g.mtp, none: g.none, assumptions };
    });
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median wall time (ms) of `reps` calls of `fn` after `warmUp` untimed calls. */
function timeMedian(fn: () => number, reps: number, warmUp: number): { ms: number; checksum: number } {
  let checksum = 0;
  for (let i = 0; i < warmUp; i++) checksum += fn();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const start = performance.now();
    checksum += fn();
    times.push(performance.now() - start);
  }
  return { ms: median(times), checksum };
}

interface SyntheticRow {
  n: number;
  cloudMs: number;
  worstMs: number;
}

function benchSynthetic(sizes: readonly number[]): SyntheticRow[] {
  return sizes.map((n) => {
    const reps = n >= 1e6 ? 3 : n >= 1e5 ? 5 : 9;
    const time = (shape: SyntheticShape) => {
      const { a, b } = syntheticPair(n, shape);
      return timeMedian(() => runComparison(a, b, SYNTHETIC_COSTS), reps, n >= 1e6 ? 1 : 3).ms;
    };
    return { n, cloudMs: time('cloud'), worstMs: time('all-on-frontier') };
  });
}

const nLogN = (n: number) => n * Math.log2(n);
const fmt = (ms: number) => (ms < 10 ? ms.toFixed(3) : ms.toFixed(1));

/** Prints the synthetic table with the per-10× growth of both shapes next to n log n's. */
function printSynthetic(rows: SyntheticRow[]): void {
  console.log('\n(b) synthetic sides, full pipeline per call (two sides of n points each), median');
  console.log('      n | cloud ms | growth | all-on-frontier ms | growth | n log n growth');
  rows.forEach((row, i) => {
    const prev = rows[i - 1];
    const g = (now: number, before: number | undefined) => (before ? now / before : Number.NaN);
    const cloud = g(row.cloudMs, prev?.cloudMs);
    const worst = g(row.worstMs, prev?.worstMs);
    const expected = prev ? nLogN(row.n) / nLogN(prev.n) : Number.NaN;
    const x = (v: number) => (Number.isNaN(v) ? '     —' : `×${v.toFixed(1)}`.padStart(6));
    console.log(
      `${row.n.toExponential(0).padStart(7)} | ${fmt(row.cloudMs).padStart(8)} | ${x(cloud)} | ${fmt(row.worstMs).padStart(18)} | ${x(worst)} | ${x(expected)}`,
    );
  });
}

/**
 * Growth verdict over 10^4 → 10^6 (10^3 is dominated by fixed costs and JIT warm-up): the
 * measured time ratio divided by the n log n ratio; within [½, 2] reads "~n log n".
 */
function growthVerdict(rows: SyntheticRow[], key: 'cloudMs' | 'worstMs'): string {
  const first = rows.find((r) => r.n >= 1e4) ?? rows[0]!;
  const last = rows[rows.length - 1]!;
  const measured = last[key] / first[key];
  const expected = nLogN(last.n) / nLogN(first.n);
  const factor = measured / expected;
  const shape = factor > 2 ? 'worse than n log n' : factor < 0.5 ? 'better than n log n' : '~n log n';
  const span = `${first.n.toExponential(0)}→${last.n.toExponential(0)}`;
  return `${shape} (${span}: ×${measured.toFixed(0)} vs n log n ×${expected.toFixed(0)}, factor ${factor.toFixed(2)})`;
}

function main(): void {
  const pairs = loadPairs();
  const points = pairs.reduce((sum, p) => sum + p.mtp.length + p.none.length, 0);
  const dataset = timeMedian(
    () => pairs.reduce((sum, p) => sum + runComparison(p.mtp, p.none, p.assumptions), 0),
    DATASET_REPS,
    WARM_UP_REPS,
  );
  console.log(
    `(a) whole dataset: ${pairs.length} MTP-vs-none groups, ${points} points, median of ${DATASET_REPS} after ${WARM_UP_REPS} warm-up runs`,
  );
  console.log(`    ${fmt(dataset.ms)} ms per full pass (${fmt((dataset.ms * 1000) / pairs.length)} µs per group)`);
  const rows = benchSynthetic([1e3, 1e4, 1e5, 1e6]);
  printSynthetic(rows);
  const verdict = dataset.ms <= FRAME_BUDGET_MS ? 'within budget' : 'OVER BUDGET';
  console.log(`\nwhole dataset: ${fmt(dataset.ms)} ms (budget ${FRAME_BUDGET_MS} ms) — ${verdict}`);
  console.log(`growth, cloud: ${growthVerdict(rows, 'cloudMs')}`);
  console.log(`growth, all-on-frontier: ${growthVerdict(rows, 'worstMs')}`);
  if (dataset.checksum < 0) console.log('unreachable');
}

main();
