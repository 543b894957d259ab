import { relativeDelta, type RelativeDelta } from './delta.ts';
import { joulesPerToken, tokPerSecPerMegawatt, usdPerMillionTokens } from './derived.ts';
import { isFiniteNumber } from './numeric.ts';
import type { SideCurve, SideValues } from './side-curve.ts';
import type { Direction, Range } from './types.ts';

/** Price and power assumptions per side (USD per GPU-hour, all-in kW per GPU). */
export interface CostPowerAssumptions {
  usdPerGpuHourA: number;
  usdPerGpuHourB: number;
  kwPerGpuA: number;
  kwPerGpuB: number;
}

/** All metrics of one side at the target. Derived metrics are null when not computable. */
export interface SideMetrics {
  status: 'in-range';
  tokPerSecPerGpu: number;
  outputTokPerSecPerGpu: number | null;
  inputTokPerSecPerGpu: number | null;
  /** USD per million total tokens. */
  usdPerMillionTokens: number | null;
  /** USD per million output tokens (whole GPU cost attributed to output tokens). */
  usdPerMillionOutputTokens: number | null;
  /** USD per million input tokens (whole GPU cost attributed to input tokens). */
  usdPerMillionInputTokens: number | null;
  /** Total tok/s per MW of all-in power. */
  tokPerSecPerMegawatt: number | null;
  /** Joules per total token. */
  joulesPerToken: number | null;
  /** Interpolated concurrency (requests); an operating point, not compared. */
  concurrency: number | null;
}

/** Why a side has no value at the target. */
export type OutOfRangeReason = 'above-range' | 'below-range' | 'no-frontier' | 'invalid-target';

/** A side whose frontier does not cover the target; `domain` is its covered range, if any. */
export interface SideOutOfRange {
  status: 'out-of-range';
  reason: OutOfRangeReason;
  domain: Range | null;
}

export type SideComparison = SideMetrics | SideOutOfRange;

/** Metrics that get a delta (concurrency has no better direction and is not compared). */
export type ComparedMetric = Exclude<keyof SideMetrics, 'status' | 'concurrency'>;

/** Better direction of every compared metric, in display order. */
export const METRIC_DIRECTIONS: Readonly<Record<ComparedMetric, Direction>> = {
  tokPerSecPerGpu: 'higher-is-better',
  outputTokPerSecPerGpu: 'higher-is-better',
  inputTokPerSecPerGpu: 'higher-is-better',
  usdPerMillionTokens: 'lower-is-better',
  usdPerMillionOutputTokens: 'lower-is-better',
  usdPerMillionInputTokens: 'lower-is-better',
  tokPerSecPerMegawatt: 'higher-is-better',
  joulesPerToken: 'lower-is-better',
};

/** Result of `compareAt`. */
export interface Comparison {
  /** The requested interactivity (tok/s/user), or null if it was not a finite number. */
  target: number | null;
  a: SideComparison;
  b: SideComparison;
  /** One delta per compared metric that both sides have (absent otherwise). */
  deltas: Partial<Record<ComparedMetric, RelativeDelta>>;
}

/** Derives every metric of one side from its interpolated values and assumptions. */
function sideMetrics(values: SideValues, usdPerGpuHour: number, kwPerGpu: number): SideMetrics {
  const cost = (tps: number | null) => (tps === null ? null : usdPerMillionTokens(tps, usdPerGpuHour));
  return {
    status: 'in-range',
    tokPerSecPerGpu: values.tokPerSecPerGpu,
    outputTokPerSecPerGpu: values.outputTokPerSecPerGpu,
    inputTokPerSecPerGpu: values.inputTokPerSecPerGpu,
    usdPerMillionTokens: cost(values.tokPerSecPerGpu),
    usdPerMillionOutputTokens: cost(values.outputTokPerSecPerGpu),
    usdPerMillionInputTokens: cost(values.inputTokPerSecPerGpu),
    tokPerSecPerMegawatt: tokPerSecPerMegawatt(values.tokPerSecPerGpu, kwPerGpu),
    joulesPerToken: joulesPerToken(values.tokPerSecPerGpu, kwPerGpu),
    concurrency: values.concurrency,
  };
}

/** Evaluates one side at the target, or explains why it has no value there. */
function evaluateSide(curve: SideCurve, target: number, usd: number, kw: number): SideComparison {
  const domain = curve.domain;
  if (!isFiniteNumber(target)) return { status: 'out-of-range', reason: 'invalid-target', domain };
  if (domain === null) return { status: 'out-of-range', reason: 'no-frontier', domain };
  const values = curve.at(target);
  if (values !== null) return sideMetrics(values, usd, kw);
  const reason = target > domain[1] ? 'above-range' : 'below-range';
  return { status: 'out-of-range', reason, domain };
}

/** Deltas for every compared metric where both sides have a value. */
function metricDeltas(a: SideComparison, b: SideComparison): Comparison['deltas'] {
  const deltas: Comparison['deltas'] = {};
  if (a.status !== 'in-range' || b.status !== 'in-range') return deltas;
  for (const [metric, direction] of Object.entries(METRIC_DIRECTIONS) as [ComparedMetric, Direction][]) {
    const valueA = a[metric];
    const valueB = b[metric];
    if (valueA === null || valueB === null) continue;
    const delta = relativeDelta(valueA, valueB, direction);
    if (delta !== null) deltas[metric] = delta;
  }
  return deltas;
}

/**
 * Compares two sides at one interactivity `target` (tok/s/user).
 *
 * Each side is evaluated on its own curve; a side whose frontier does not cover the target
 * (or has no frontier, or a non-finite target) is `{ status: 'out-of-range', reason, domain }`
 * — nothing is extrapolated. For an in-range side: total/output/input tok/s/GPU, USD per
 * million total/output/input tokens (`usdPerGpuHour*` per side), tok/s/MW and J/token from
 * total throughput (`kwPerGpu*` per side), and interpolated concurrency. Derived values are
 * null when an assumption is not finite and > 0. `deltas` holds A-vs-B deltas (see
 * `relativeDelta`) for every metric both sides have; empty when a side is out of range.
 */
export function compareAt(
  curveA: SideCurve,
  curveB: SideCurve,
  target: number,
  assumptions: CostPowerAssumptions,
): Comparison {
  const a = evaluateSide(curveA, target, assumptions.usdPerGpuHourA, assumptions.kwPerGpuA);
  const b = evaluateSide(curveB, target, assumptions.usdPerGpuHourB, assumptions.kwPerGpuB);
  return { target: isFiniteNumber(target) ? target : null, a, b, deltas: metricDeltas(a, b) };
}
