/**
 * One size and shape of the comparison pipeline, `passes` times, with the time of each stage:
 * a driver for CPU profiles and instruction counts (valgrind), which repeat where wall time on
 * a shared machine does not. Instruction counts of one pass are the difference between runs
 * with `passes` and `passes + 1` (the first pass also pays for compiling). It also prints the
 * garbage collector's pauses during the passes (V8's own report, node:perf_hooks).
 * Run: npx tsx tests/bench/engine-once.ts <n> <cloud|all-on-frontier> [passes = 1]
 */
import { PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import {
  compareAt,
  computeFrontier,
  createSideCurve,
  defaultTargets,
  findCrossovers,
  overlapBand,
} from '../../src/math/index.ts';
import { SYNTHETIC_COSTS, syntheticPair, type SyntheticShape } from './engine-workload.ts';

const n = Number(process.argv[2] ?? 1e4);
const shape = (process.argv[3] ?? 'cloud') as SyntheticShape;
const passes = Number(process.argv[4] ?? 1);
const { a, b } = syntheticPair(n, shape);

/** node:perf_hooks GC kinds (constants.NODE_PERFORMANCE_GC_*). */
const GC_KINDS: Record<number, string> = { 1: 'minor', 2: 'major', 4: 'incremental', 8: 'weak callbacks' };
const gcPauses: PerformanceEntry[] = [];
const observer = new PerformanceObserver((list) => gcPauses.push(...list.getEntries()));
observer.observe({ entryTypes: ['gc'] });
const totals = { frontier: 0, curves: 0, targets: 0, crossovers: 0 };
const passesStart = performance.now();
let checksum = 0;
for (let pass = 0; pass < passes; pass++) {
  const t0 = performance.now();
  const frontierA = computeFrontier(a).frontier;
  const frontierB = computeFrontier(b).frontier;
  const t1 = performance.now();
  const curveA = createSideCurve(frontierA);
  const curveB = createSideCurve(frontierB);
  const t2 = performance.now();
  const band = overlapBand(frontierA, frontierB);
  for (const target of defaultTargets(band)) {
    checksum += Object.keys(compareAt(curveA, curveB, target, SYNTHETIC_COSTS).deltas).length;
  }
  const t3 = performance.now();
  checksum += findCrossovers(curveA, curveB, band).length + frontierA.length + frontierB.length;
  const t4 = performance.now();
  totals.frontier += t1 - t0;
  totals.curves += t2 - t1;
  totals.targets += t3 - t2;
  totals.crossovers += t4 - t3;
}
const passesEnd = performance.now();
// GC entries arrive after the synchronous passes: read them on the next turn of the event loop.
setTimeout(() => {
  observer.disconnect();
  const during = gcPauses.filter((e) => e.startTime >= passesStart && e.startTime <= passesEnd);
  const gcMs = during.reduce((sum, e) => sum + e.duration, 0);
  const perPass = Object.entries(totals).map(([stage, ms]) => `${stage} ${(ms / Math.max(1, passes)).toFixed(2)} ms`);
  const kinds = new Map<string, number>();
  for (const e of during) {
    const kind = GC_KINDS[(e as { detail?: { kind?: number } }).detail?.kind ?? 0] ?? 'other';
    kinds.set(kind, (kinds.get(kind) ?? 0) + e.duration / Math.max(1, passes));
  }
  const byKind = [...kinds].map(([kind, ms]) => `${kind} ${ms.toFixed(1)}`).join(', ');
  const gc = `gc ${(gcMs / Math.max(1, passes)).toFixed(2)} ms in ${(during.length / Math.max(1, passes)).toFixed(1)} pauses (${byKind})`;
  console.log(`n=${n} ${shape} passes=${passes} checksum=${checksum}: ${perPass.join(', ')}; ${gc} per pass`);
}, 0);
