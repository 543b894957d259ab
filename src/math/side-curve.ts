import { isFiniteNumber, isPositiveFinite } from './numeric.ts';
import { createMonotoneSpline, type MonotoneSpline } from './spline.ts';
import type { Range, SidePoint } from './types.ts';

/** Interpolated operating point of one side at a given engine x. */
export interface SideValues {
  /** Total (input + output) tok/s/GPU; always > 0. */
  tokPerSecPerGpu: number;
  /** Output tok/s/GPU, or null when some frontier point lacks the split. */
  outputTokPerSecPerGpu: number | null;
  /** Input tok/s/GPU, or null when some frontier point lacks the split. */
  inputTokPerSecPerGpu: number | null;
  /** Interpolated concurrency (requests), or null when a frontier point has none. */
  concurrency: number | null;
}

/** The per-series splines of a side; a series is null when it cannot be interpolated. */
export interface SideSplines {
  tokPerSecPerGpu: MonotoneSpline;
  outputTokPerSecPerGpu: MonotoneSpline | null;
  inputTokPerSecPerGpu: MonotoneSpline | null;
  concurrency: MonotoneSpline | null;
}

/**
 * One side's frontier as continuous functions of the engine's x (the unit of its points' `x`:
 * tok/s/user for interactivity, 1/s for 1/latency).
 */
export interface SideCurve {
  /** The x range covered by the frontier, or null for an empty frontier. */
  readonly domain: Range | null;
  /** The frontier's x values (knots), strictly increasing; empty for an empty frontier. */
  readonly knotXs: readonly number[];
  /** The underlying splines, or null for an empty frontier. */
  readonly splines: SideSplines | null;
  /** Values at engine x `x` (the points' unit); null outside `domain` or for non-finite x. */
  at(x: number): SideValues | null;
}

type OptionalSeries = 'outputTokPerSecPerGpu' | 'inputTokPerSecPerGpu' | 'concurrency';

/** Spline of an optional series, or null if any frontier point has an unusable value. */
function optionalSpline(
  frontier: readonly SidePoint[],
  xs: readonly number[],
  key: OptionalSeries,
): MonotoneSpline | null {
  const ys: number[] = [];
  for (const point of frontier) {
    const value: unknown = point[key];
    const usable = key === 'concurrency' ? isPositiveFinite(value) : isFiniteNumber(value) && value >= 0;
    if (!usable) return null;
    ys.push(value as number);
  }
  return createMonotoneSpline(xs, ys);
}

/** Builds the four splines; throws RangeError when the frontier is not a valid frontier. */
function buildSplines(frontier: readonly SidePoint[]): SideSplines {
  const xs = frontier.map((p) => p.x);
  const ys = frontier.map((p) => p.tokPerSecPerGpu);
  if (!xs.every(isPositiveFinite) || !ys.every(isPositiveFinite)) {
    throw new RangeError('createSideCurve: frontier values must be finite and > 0');
  }
  return {
    tokPerSecPerGpu: createMonotoneSpline(xs, ys),
    outputTokPerSecPerGpu: optionalSpline(frontier, xs, 'outputTokPerSecPerGpu'),
    inputTokPerSecPerGpu: optionalSpline(frontier, xs, 'inputTokPerSecPerGpu'),
    concurrency: optionalSpline(frontier, xs, 'concurrency'),
  };
}

/**
 * Continuous view of one side: independent Steffen splines (see `createMonotoneSpline`) of
 * total, output and input tok/s/GPU and of concurrency over the frontier's x (`EngineX`).
 *
 * Input: `frontier` as returned by `computeFrontier` (x strictly increasing, x and
 * throughput finite and > 0; RangeError otherwise). Output/input series
 * are null when any frontier point lacks a finite, non-negative value; concurrency is null
 * when any point lacks a finite, positive one. An empty frontier gives a curve whose `at`
 * always returns null. `at(x)` returns null outside the frontier's x range —
 * never an extrapolated or clamped value.
 */
export function createSideCurve(frontier: readonly SidePoint[]): SideCurve {
  if (frontier.length === 0) {
    return { domain: null, knotXs: [], splines: null, at: () => null };
  }
  const splines = buildSplines(frontier);
  const at = (x: number): SideValues | null => {
    const tokPerSecPerGpu = splines.tokPerSecPerGpu.at(x);
    if (tokPerSecPerGpu === null) return null;
    return {
      tokPerSecPerGpu,
      outputTokPerSecPerGpu: splines.outputTokPerSecPerGpu?.at(x) ?? null,
      inputTokPerSecPerGpu: splines.inputTokPerSecPerGpu?.at(x) ?? null,
      concurrency: splines.concurrency?.at(x) ?? null,
    };
  };
  const { domain, knotXs } = splines.tokPerSecPerGpu;
  return { domain, knotXs, splines, at };
}
