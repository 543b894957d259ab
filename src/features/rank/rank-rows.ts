import type { BenchmarkPoint } from '../../data/schema';
import { METRICS, type GpuAssumptions, type MetricDefinition, type OperatingValues } from '../../domain/metrics';
import type { SideCurve } from '../../math';
import { operating } from '../compare/chart-model';
import { sideOf, type ComparedSide } from '../compare/sides';
import type { RankGrouping, RankInput, RankOrdering, RankSeriesInput } from './rank-types';

export function orderingOf(metric: MetricDefinition): RankOrdering {
  if (metric.source.kind === 'measured-only') return 'measured-at-least';
  return metric.direction === 'neutral' ? 'throughput' : 'value';
}

/** The metric rows are chosen and ordered by: the metric itself, or throughput for a neutral one. */
export function orderMetric(metric: MetricDefinition): MetricDefinition {
  return metric.direction === 'neutral' ? METRICS.throughput : metric;
}

/** Values within this fraction of each other are equal (ties share a rank). */
export const RANK_TIE_RELATIVE = 1e-9;

export function tied(a: number, b: number): boolean {
  return Math.abs(a - b) <= RANK_TIE_RELATIVE * (Math.abs(a) + Math.abs(b));
}

/** True when `a` is better than `b` beyond a tie, for a higher- or lower-is-better metric. */
export function better(a: number, b: number, metric: MetricDefinition): boolean {
  if (tied(a, b)) return false;
  return metric.direction === 'lower-is-better' ? a < b : a > b;
}

/** One series with its frontier, curve and GPU assumptions. */
export interface RankedSeries {
  input: RankSeriesInput;
  side: ComparedSide;
  gpu: GpuAssumptions;
  /** The frontier's interactivity range, or null without a frontier. */
  reach: { lo: number; hi: number } | null;
}

/** A row before ranking: its series and the union of their reaches as disjoint ascending parts. */
export interface RowGroup {
  id: string;
  label: string;
  hardware: string;
  vendor: string;
  /** A row of your data (one file), not a published setup. */
  own: boolean;
  series: RankedSeries[];
  reachParts: { lo: number; hi: number }[];
}

function rowIdentity(s: RankSeriesInput, by: RankGrouping): { id: string; label: string } {
  if (s.own) return { id: `own:${s.own.fileId}`, label: s.label };
  if (by === 'gpu') return { id: s.key.hardware, label: s.gpuLabel };
  if (by === 'engine') return { id: `${s.key.hardware}:${s.key.engine}`, label: `${s.gpuLabel} ${s.engineLabel}` };
  return { id: s.token, label: s.label };
}

/** Merged closed intervals, ascending. */
function union(ranges: readonly { lo: number; hi: number }[]): { lo: number; hi: number }[] {
  const out: { lo: number; hi: number }[] = [];
  for (const r of [...ranges].sort((p, q) => p.lo - q.lo)) {
    const last = out[out.length - 1];
    if (last && r.lo <= last.hi) last.hi = Math.max(last.hi, r.hi);
    else out.push({ ...r });
  }
  return out;
}

/** Groups series into rows by `by`, in the order the series come (first series of a row). */
export function groupRows(input: Pick<RankInput, 'series' | 'by' | 'gpu'>): RowGroup[] {
  const rows = new Map<string, RowGroup>();
  for (const s of input.series) {
    const { id, label } = rowIdentity(s, input.by);
    const side = sideOf(s.label, s.points);
    const domain = side.curve.domain;
    const ranked: RankedSeries = {
      input: s,
      side,
      gpu: input.gpu(s.key.hardware),
      reach: domain ? { lo: domain[0], hi: domain[1] } : null,
    };
    const row = rows.get(id) ?? {
      id,
      label,
      hardware: s.key.hardware,
      vendor: s.vendor,
      own: s.own !== undefined,
      series: [],
      reachParts: [],
    };
    row.series.push(ranked);
    rows.set(id, row);
  }
  for (const row of rows.values()) {
    row.reachParts = union(row.series.flatMap((s) => (s.reach ? [s.reach] : [])));
  }
  return [...rows.values()];
}

/** A row's reading at one interactivity: the series chosen there and its values. */
export interface RowReading {
  series: RankedSeries;
  /** The metric's value (null when it cannot be computed, e.g. no price). */
  value: number | null;
  /** The value rows are ordered by (`orderMetric`), null when it cannot be computed. */
  order: number | null;
}

/** Each curve's operating values by x, kept while the curve lives (a switch reads the same x again). */
const readings = new WeakMap<SideCurve, Map<number, OperatingValues | null>>();
const READINGS_KEPT = 4096;

/** `curve.at(x)` as operating values (no measured latency between points), computed once per curve and x. */
function valuesAt(curve: SideCurve, x: number): OperatingValues | null {
  let byX = readings.get(curve);
  // Bounded: targets typed one after another each add an x.
  if (!byX || byX.size >= READINGS_KEPT) readings.set(curve, (byX = new Map()));
  let values = byX.get(x);
  if (values === undefined) {
    const at = curve.at(x);
    values = at === null ? null : { ...at, medianE2eSec: null };
    byX.set(x, values);
  }
  return values;
}

/**
 * The row at interactivity `x` (tok/s/user): among its series whose frontier reaches x (no
 * extrapolation, nothing between series), the one with the best `orderMetric` value; null
 * when none reaches x. For a measured-only metric the value is null (nothing is interpolated).
 */
export function readRowAt(row: RowGroup, metric: MetricDefinition, x: number): RowReading | null {
  const ordering = orderMetric(metric);
  let best: RowReading | null = null;
  for (const s of row.series) {
    const values = valuesAt(s.side.curve, x);
    if (values === null) continue;
    const order = ordering.source.kind === 'measured-only' ? null : ordering.read(values, s.gpu);
    const reading = { series: s, value: metric.read(values, s.gpu), order };
    if (best === null || (order !== null && (best.order === null || better(order, best.order, ordering)))) {
      best = reading;
    }
  }
  return best;
}

/** The best measured point at interactivity ≥ target: any point of any of the row's series. */
export interface AtLeastReading {
  series: RankedSeries;
  point: BenchmarkPoint;
  value: number | null;
  order: number;
}

export function atLeastOf(row: RowGroup, metric: MetricDefinition, target: number): AtLeastReading | null {
  const ordering = orderMetric(metric);
  let best: AtLeastReading | null = null;
  for (const s of row.series) {
    for (const point of s.input.points) {
      if (!(point.metrics.tokPerSecPerUser >= target)) continue;
      const order = ordering.read(operating(point), s.gpu);
      if (order === null || (best !== null && !better(order, best.order, ordering))) continue;
      best = { series: s, point, value: metric.read(operating(point), s.gpu), order };
    }
  }
  return best;
}

/** The frontier point of `side` nearest `target` in interactivity (the lower one on a tie). */
export function nearestFrontierPoint(side: ComparedSide, target: number): BenchmarkPoint | null {
  let best: BenchmarkPoint | null = null;
  for (const p of side.frontier) {
    const d = Math.abs(p.metrics.tokPerSecPerUser - target);
    if (best === null || d < Math.abs(best.metrics.tokPerSecPerUser - target)) best = p;
  }
  return best;
}
