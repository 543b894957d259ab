import {
  bandLabelBounds,
  checkTargets,
  compareAt,
  defaultTargets,
  findCrossovers,
  overlapBand,
  type Band,
  type Comparison,
  type RejectedTarget,
  type Side,
} from '../../math';
import { METRICS, type GpuAssumptions, type MetricDefinition, type MetricKey } from '../../domain/metrics';
import { readMetricAt, type MetricReading } from './metric-reading';
import { matchedCrossovers, type MatchedCrossover } from './matched-crossover';
import type { ComparedSide } from './sides';
import { describeTarget } from './sentences';
import { buildTableRows, type TableRow } from './table-rows';

export interface TargetChoice {
  values: number[];
  /** 'pinned': the user's targets (those inside the band); 'default': quarter points of the band. */
  source: 'pinned' | 'default';
  rejected: RejectedTarget[];
}

export interface ComparisonModel {
  a: ComparedSide;
  b: ComparedSide;
  band: Band;
  /** "3–76 tok/s/user" style bounds, or null without overlap. */
  bandBounds: { lo: number; hi: number } | null;
  targets: TargetChoice;
  comparisons: Comparison[];
  /** Where the total-throughput curves cross. */
  crossovers: MatchedCrossover[];
  /** The selected metric: its reading at each target (the table's row and the sentences use it). */
  metric: MetricDefinition;
  readings: MetricReading[];
  /**
   * Where the selected metric's curves cross (winners: the side with the better value), or
   * null when the selected metric is throughput itself, neutral (concurrency), measured only,
   * or cannot be computed (no price or power for a side, no output/input split).
   */
  metricCrossovers: MatchedCrossover[] | null;
  sentences: string[];
  table: TableRow[];
}

function chooseTargets(band: Band, pinned: readonly number[] | null): TargetChoice {
  const defaults = defaultTargets(band);
  if (!pinned) return { values: defaults, source: 'default', rejected: [] };
  const checked = checkTargets(band, pinned);
  if (checked.accepted.length === 0) return { values: defaults, source: 'default', rejected: checked.rejected };
  return { values: checked.accepted, source: 'pinned', rejected: checked.rejected };
}

function selectedCrossovers(
  metric: MetricDefinition,
  sides: Record<Side, ComparedSide>,
  gpus: Record<Side, GpuAssumptions>,
  band: Band,
): MatchedCrossover[] | null {
  const source = metric.source;
  if (metric.key === 'throughput' || metric.direction === 'neutral' || source.kind === 'measured-only') return null;
  const weightA = source.kind === 'derived' ? source.weight(gpus.A) : 1;
  const weightB = source.kind === 'derived' ? source.weight(gpus.B) : 1;
  const series = source.series;
  if (weightA === null || weightB === null || !sides.A.curve.splines?.[series] || !sides.B.curve.splines?.[series]) {
    return null;
  }
  return band.kind === 'overlap'
    ? matchedCrossovers(findCrossovers(sides.A.curve, sides.B.curve, band, { series, weightA, weightB }))
    : [];
}

/**
 * Compares side A with side B at matched interactivity: band, targets (pinned ones that lie
 * in the band, else the defaults), values and deltas at each target, throughput crossovers and
 * those of the selected `metric`, one sentence per target and the pinned table's rows (the
 * fixed ones and the selected metric's). Every number comes from `src/math`.
 * Both sides must be built on interactivity (`buildSide` without an axis): the comparison is
 * always at matched interactivity, whatever x axis a chart shows.
 */
export function buildComparisonModel(input: {
  a: ComparedSide;
  b: ComparedSide;
  gpuA: GpuAssumptions;
  gpuB: GpuAssumptions;
  pinnedTargets: readonly number[] | null;
  metric: MetricKey;
}): ComparisonModel {
  const { a, b } = input;
  if (a.xAxis.key !== 'interactivity' || b.xAxis.key !== 'interactivity') {
    throw new RangeError('buildComparisonModel: both sides must be built on interactivity');
  }
  const band = overlapBand(a.frontierSidePoints, b.frontierSidePoints);
  const targets = chooseTargets(band, input.pinnedTargets);
  const assumptions = {
    usdPerGpuHourA: input.gpuA.usdPerGpuHour ?? Number.NaN,
    usdPerGpuHourB: input.gpuB.usdPerGpuHour ?? Number.NaN,
    kwPerGpuA: input.gpuA.kwPerGpu ?? Number.NaN,
    kwPerGpuB: input.gpuB.kwPerGpu ?? Number.NaN,
  };
  const comparisons = targets.values.map((t) => compareAt(a.curve, b.curve, t, assumptions));
  const crossovers = band.kind === 'overlap' ? matchedCrossovers(findCrossovers(a.curve, b.curve, band)) : [];
  const gpus = { A: input.gpuA, B: input.gpuB };
  const metric = METRICS[input.metric];
  const readings = comparisons.map((comparison) => readMetricAt(metric, comparison, gpus));
  const sentences = comparisons.map((comparison, i) =>
    describeTarget({
      labelA: a.label,
      labelB: b.label,
      target: targets.values[i]!,
      band,
      comparison,
      crossovers,
      selected: { metric, reading: readings[i]! },
    }),
  );
  return {
    a,
    b,
    band,
    bandBounds: bandLabelBounds(band),
    targets,
    comparisons,
    crossovers,
    metric,
    readings,
    metricCrossovers: selectedCrossovers(metric, { A: a, B: b }, gpus, band),
    sentences,
    table: buildTableRows(comparisons, { A: a.label, B: b.label }, input.metric, gpus),
  };
}
