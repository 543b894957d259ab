/**
 * The comparison engine's benchmark workload, shared by `bench-math.ts` (wall time) and
 * `engine-once.ts` (one size and shape, for instruction counts): the full pipeline of one
 * pair and synthetic sides of n points. Synthetic, never shipped.
 */
import {
  compareAt,
  computeFrontier,
  createSideCurve,
  defaultTargets,
  findCrossovers,
  interactivityX,
  overlapBand,
  type CostPowerAssumptions,
  type SidePoint,
} from '../../src/math/index.ts';

export type SyntheticShape = 'cloud' | 'all-on-frontier';

/** The price and power both synthetic sides assume. */
export const SYNTHETIC_COSTS: CostPowerAssumptions = {
  usdPerGpuHourA: 1.48,
  usdPerGpuHourB: 1.48,
  kwPerGpuA: 2.65,
  kwPerGpuB: 2.65,
};

/** The full comparison of one pair; returns a number derived from every result (anti-DCE). */
export function runComparison(
  a: readonly SidePoint[],
  b: readonly SidePoint[],
  assumptions: CostPowerAssumptions,
): number {
  const frontierA = computeFrontier(a).frontier;
  const frontierB = computeFrontier(b).frontier;
  const curveA = createSideCurve(frontierA);
  const curveB = createSideCurve(frontierB);
  const band = overlapBand(frontierA, frontierB);
  let checksum = frontierA.length + frontierB.length;
  for (const target of defaultTargets(band)) {
    const result = compareAt(curveA, curveB, target, assumptions);
    checksum += Object.keys(result.deltas).length;
  }
  return checksum + findCrossovers(curveA, curveB, band).length;
}

/** Deterministic PRNG (32-bit xorshift) so every run benchmarks the same data. */
export function makeRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

/** n points around a realistic trade-off tok/s/GPU ≈ 40000 · x^−1.1 (x = 1…300 tok/s/user). */
export function syntheticSide(n: number, seed: number, shape: SyntheticShape): SidePoint[] {
  const random = makeRandom(seed);
  const points: SidePoint[] = [];
  for (let i = 0; i < n; i++) {
    const x = shape === 'cloud' ? Math.exp(random() * Math.log(300)) : 1 + (299 * (i + random() * 0.5)) / n;
    const noise = shape === 'cloud' ? 0.3 + 0.7 * random() : 1;
    const tokPerSecPerGpu = 40000 * Math.pow(x, -1.1) * noise;
    points.push({
      id: `s${i}`,
      x: interactivityX(x),
      tokPerSecPerGpu,
      outputTokPerSecPerGpu: tokPerSecPerGpu / 9,
      inputTokPerSecPerGpu: (tokPerSecPerGpu * 8) / 9,
      concurrency: 1 + (i % 512),
    });
  }
  return shape === 'all-on-frontier' ? points.toReversed() : points;
}

/** Two synthetic sides of n points: B is A's shape with another seed, scaled by 0.6 + 0.004·x. */
export function syntheticPair(n: number, shape: SyntheticShape): { a: SidePoint[]; b: SidePoint[] } {
  const a = syntheticSide(n, 7, shape);
  const b = syntheticSide(n, 11, shape).map((p) => ({
    ...p,
    tokPerSecPerGpu: p.tokPerSecPerGpu * (0.6 + 0.004 * p.x),
  }));
  return { a, b };
}
