import type { BenchmarkPoint, GpuSpecs, Manifest } from '../../data/schema';
import { METRICS, type GpuAssumptions, type MetricDefinition } from '../../domain/metrics';
import type { SpecDecodeSelection } from '../../state/pages/spec-decode';
import { gpuAssumptions, tierLabel } from '../compare/assumptions';
import { keptChartSeries, type ChartSeries } from '../compare/chart-model';
import { buildComparisonModel, type ComparisonModel } from '../compare/comparison-model';
import { buildSide, type ComparedSide } from '../compare/sides';
import { frontierCaveats } from '../compare/caveats';
import { asOfHeader, type AsOfHeader } from '../compare/as-of';
import { runDatesOf } from '../../domain/runs';

export const MTP_LABEL = 'MTP';
export const OFF_LABEL = 'Off';

export interface SpecDecodeViewModel {
  title: string;
  modelName: string;
  vendorArch: string;
  sequenceLabel: string;
  precisionLabel: string;
  hardwareLabel: string;
  engineLabel: string;
  /** The latest view or the day shown, and the run dates of every point the page shows (both sides, every precision charted). */
  asOf: AsOfHeader;
  /** Null when a side has no point for this sequence and engine. */
  comparison: ComparisonModel | null;
  missingSides: string[];
  metric: MetricDefinition;
  series: SpecDecodeChartSeries[];
  assumptions: GpuAssumptions & { setId: string; tierLabel: string; source: string; validity: string };
  caveats: string[];
}

function label(list: { key: string; label: string }[], key: string): string {
  return list.find((item) => item.key === key)?.label ?? key;
}

function sidesFor(points: readonly BenchmarkPoint[], selection: SpecDecodeSelection, precision: string) {
  const shown = points.filter(
    (p) =>
      p.hardware === selection.hardware &&
      p.precision === precision &&
      (selection.engine === null || p.engine === selection.engine),
  );
  return {
    mtp: shown.filter((p) => p.specMethod === 'mtp'),
    off: shown.filter((p) => p.specMethod === 'none'),
  };
}

/**
 * Everything the spec-decode page shows, from the validated data and the user's selection:
 * MTP is side A and Off side B, each pooled over the chosen engines. Pure.
 */
export function buildSpecDecodeViewModel(input: {
  points: readonly BenchmarkPoint[];
  selection: SpecDecodeSelection;
  manifest: Manifest;
  specs: GpuSpecs;
}): SpecDecodeViewModel {
  const { points, selection, manifest, specs } = input;
  const hardware = manifest.hardware.find((h) => h.key === selection.hardware);
  const hardwareLabel = hardware?.label ?? selection.hardware;
  const precisionLabel = label(manifest.precisions, selection.precision);
  const gpu = gpuAssumptions(specs, selection.costSet, selection.tier, selection.hardware);
  const own = sidesFor(points, selection, selection.precision);
  const mtp = buildSide(MTP_LABEL, own.mtp);
  const off = buildSide(OFF_LABEL, own.off);
  const missingSides = [mtp, off].filter((s) => s.points.length === 0).map((s) => s.label);
  const comparison =
    missingSides.length === 0
      ? buildComparisonModel({
          a: mtp,
          b: off,
          gpuA: gpu,
          gpuB: gpu,
          pinnedTargets: selection.targets,
          metric: selection.metric,
        })
      : null;
  const metric = METRICS[selection.metric];
  const set = specs.sets.find((s) => s.id === selection.costSet);
  return {
    title: `${hardwareLabel} ${precisionLabel}: MTP vs Off Speculative Decoding`,
    modelName: manifest.models.find((m) => m.key === selection.model)?.displayName ?? selection.model,
    vendorArch: hardware ? `${hardware.vendor} ${hardware.arch}` : '',
    sequenceLabel: label(manifest.sequences, selection.sequence),
    precisionLabel,
    hardwareLabel,
    engineLabel: selection.engine ? label(manifest.engines, selection.engine) : 'all engines pooled',
    asOf: asOfHeader(
      selection.asOf,
      runDatesOf(
        [selection.precision, ...selection.extraPrecisions].flatMap((p) => {
          const sides = sidesFor(points, selection, p);
          return [...sides.mtp, ...sides.off];
        }),
      ),
    ),
    comparison,
    missingSides,
    metric,
    series: chartSeries(points, selection, manifest, gpu, [mtp, off]),
    assumptions: {
      ...gpu,
      setId: selection.costSet,
      tierLabel: tierLabel(specs, selection.tier),
      source: set?.source ?? '',
      validity: set ? `${set.validFrom} – ${set.validUntil}` : '',
    },
    caveats: frontierCaveats([mtp, off], manifest),
  };
}

/**
 * A chart series of the comparison page, with what it is: MTP or Off, and whether it is the
 * page's own precision (drawn in full) or another precision (drawn thin). The view styles
 * from these fields, never from the series key.
 */
export interface SpecDecodeChartSeries extends ChartSeries {
  side: 'mtp' | 'off';
  ownPrecision: boolean;
}

/** The page's own MTP and Off series, then MTP and Off of every extra precision. */
function chartSeries(
  points: readonly BenchmarkPoint[],
  selection: SpecDecodeSelection,
  manifest: Manifest,
  gpu: GpuAssumptions,
  own: [ComparedSide, ComparedSide],
): SpecDecodeChartSeries[] {
  const series: SpecDecodeChartSeries[] = [
    { ...keptChartSeries('mtp', own[0], selection.metric, gpu), side: 'mtp', ownPrecision: true },
    { ...keptChartSeries('off', own[1], selection.metric, gpu), side: 'off', ownPrecision: true },
  ];
  for (const precision of selection.extraPrecisions) {
    const sides = sidesFor(points, selection, precision);
    const name = label(manifest.precisions, precision);
    for (const side of ['mtp', 'off'] as const) {
      if (sides[side].length === 0) continue;
      const built = buildSide(`${name} ${side === 'mtp' ? MTP_LABEL : OFF_LABEL}`, sides[side]);
      series.push({
        ...keptChartSeries(`${side}-${precision}`, built, selection.metric, gpu),
        side,
        ownPrecision: false,
      });
    }
  }
  return series;
}
