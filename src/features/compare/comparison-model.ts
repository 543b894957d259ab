import {
  bandLabelBounds,
  checkTargets,
  compareAt,
  defaultTargets,
  findCrossovers,
  overlapBand,
  type Band,
  type Comparison,
  type Crossover,
  type RejectedTarget,
} from '../../math';
import type { ComparedSide } from './sides';
import type { GpuAssumptions } from './metric-values';
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
  crossovers: Crossover[];
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

/**
 * Compares side A with side B at matched interactivity: band, targets (pinned ones that lie
 * in the band, else the defaults), values and deltas at each target, throughput crossovers,
 * one sentence per target and the pinned table's rows. Everything comes from `src/math`.
 * Both sides must be built on interactivity (`buildSide` without an axis): the comparison is
 * always at matched interactivity, whatever x axis a chart shows.
 */
export function buildComparisonModel(input: {
  a: ComparedSide;
  b: ComparedSide;
  gpuA: GpuAssumptions;
  gpuB: GpuAssumptions;
  pinnedTargets: readonly number[] | null;
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
  const crossovers = band.kind === 'overlap' ? findCrossovers(a.curve, b.curve, band) : [];
  const sentences = comparisons.map((comparison, i) =>
    describeTarget({ labelA: a.label, labelB: b.label, target: targets.values[i]!, band, comparison, crossovers }),
  );
  return {
    a,
    b,
    band,
    bandBounds: bandLabelBounds(band),
    targets,
    comparisons,
    crossovers,
    sentences,
    table: buildTableRows(comparisons, { A: a.label, B: b.label }),
  };
}
