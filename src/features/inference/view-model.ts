import { carriedChoices } from '../../state/pages/carried';
import type { BenchmarkPoint, GpuSpecs, Manifest } from '../../data/schema';
import {
  METRICS,
  X_AXES,
  type GpuAssumptions,
  type MetricDefinition,
  type XAxisDefinition,
} from '../../domain/metrics';
import { sameSeries, type SeriesKey } from '../../state/inference-series-key';
import { modelAvailability, type InferenceAvailability } from '../../state/availability';
import type { InferenceSelection } from '../../state/pages/inference';
import { rankPage } from '../../state/pages/rank';
import { gpuAssumptions, tierLabel } from '../compare/assumptions';
import { keptChartSeries, type ChartSeries } from '../compare/chart-model';
import { buildComparisonModel, type ComparisonModel } from '../compare/comparison-model';
import type { SeriesLook } from '../compare/series-styles';
import { sideOf } from '../compare/sides';
import { lastResult } from '../../domain/memo';
import { frontierCaveats } from '../compare/caveats';
import { anyFilter, describeFilters, pointPasses } from '../compare/filters';
import type { BestMode } from '../../state/params';
import { runDatesOf } from '../../domain/runs';
import { asOfHeader, type AsOfHeader } from '../compare/as-of';
import { bestSeries, type InferenceGroup } from './best-series';
import { groupSeries, seriesLabel, type InferenceSeries } from './series';

export type Emphasis = 'normal' | 'strong' | 'muted';

export interface InferenceChartSeries extends ChartSeries {
  look: SeriesLook;
  emphasis: Emphasis;
}

/** Why the chart has nothing to draw, in words; null when it draws something. */
export interface EmptyState {
  reason: 'nothing-measured' | 'all-hidden' | 'no-values';
  message: string;
}

export type CompareView =
  | { status: 'none' }
  /** One side picked: the page asks for the other. */
  | { status: 'incomplete'; pickedLabel: string }
  /** A picked series has no points for the current model, sequence and precisions. */
  | { status: 'missing'; missingLabels: string[] }
  | { status: 'ready'; a: InferenceSeries; b: InferenceSeries; model: ComparisonModel; caveats: string[] };

export interface InferenceViewModel {
  title: string;
  modelName: string;
  sequenceLabel: string;
  precisionsLabel: string;
  metric: MetricDefinition;
  xAxis: XAxisDefinition;
  /** The log scale applies to x too when x is a latency (they span orders of magnitude); never to interactivity. */
  logX: boolean;
  /** Every series present for the current choices (the legend), hidden ones included. */
  series: InferenceSeries[];
  /** The legend mode: every series, or each GPU's (GPU × engine's) best. */
  best: BestMode;
  /** With `best` = gpu or engine: one entry per group (the legend), hidden ones included; else empty. */
  groups: InferenceGroup[];
  /** The quick filters in words ("AMD GPUs, MTP"); "" when none is set. */
  filtersLabel: string;
  /** Points of the shown precisions the quick filters leave out. */
  filteredOut: number;
  /** Visible series to draw, muted ones first so the compared pair is drawn on top. */
  chart: InferenceChartSeries[];
  pointCount: number;
  /** Points of visible series left off the chart: no value for this axis or metric (or ≤ 0 on a log scale). */
  unplotted: number;
  empty: EmptyState | null;
  compare: CompareView;
  price: PriceSummary;
  /** The latest view or the day shown, and the run dates of the points of every visible series. */
  asOf: AsOfHeader;
  /** The ranking of every setup for this view: same model, sequence, day, precisions, metric, filters and prices; at the compared pair's middle target when there is one. */
  rankLink: { href: string; target: number | null };
}

export interface PriceSummary {
  /** "Owning – Hyperscaler prices of set A" or "$2.5/GPU-hour for every GPU (your price)". */
  source: string;
  /** Each GPU on the chart with its $/GPU-hour and kW (null where the set has none). */
  gpus: { label: string; usdPerGpuHour: number | null; kwPerGpu: number | null }[];
}

export function gpuFor(selection: InferenceSelection, specs: GpuSpecs, hardware: string): GpuAssumptions {
  const fromSet = gpuAssumptions(specs, selection.costSet, selection.tier, hardware);
  return selection.usdPerGpuHour === null ? fromSet : { ...fromSet, usdPerGpuHour: selection.usdPerGpuHour };
}

/** A log axis cannot show zero or negative values; they are left off and counted. */
export function forScale(series: ChartSeries, logY: boolean, logX: boolean): ChartSeries {
  if (!logY && !logX) return series;
  const shows = (p: { x: number; y: number }) => (!logY || p.y > 0) && (!logX || p.x > 0);
  const measured = series.measured.filter(shows);
  const curve = series.curve && { ...series.curve, points: series.curve.points.filter(shows) };
  return { ...series, measured, curve, unplotted: series.unplotted + series.measured.length - measured.length };
}

function emptyState(
  vm: Pick<
    InferenceViewModel,
    'series' | 'chart' | 'sequenceLabel' | 'precisionsLabel' | 'modelName' | 'xAxis' | 'metric'
  >,
  asOf: string | null,
): EmptyState | null {
  if (vm.series.length === 0) {
    return {
      reason: 'nothing-measured',
      message:
        asOf === null
          ? `Nothing was measured for ${vm.modelName} at ${vm.sequenceLabel} in ${vm.precisionsLabel}. Pick another sequence or precision.`
          : `Nothing was measured for ${vm.modelName} at ${vm.sequenceLabel} in ${vm.precisionsLabel} on or before ${asOf}. Pick a later day, the latest view, or another sequence or precision.`,
    };
  }
  if (vm.chart.length === 0) {
    return {
      reason: 'all-hidden',
      message: `Every series is hidden (${vm.series.length} present). Show some in the legend below the chart.`,
    };
  }
  if (vm.chart.every((s) => s.measured.length === 0)) {
    return {
      reason: 'no-values',
      message: `No shown point has a value for ${vm.metric.label} against ${vm.xAxis.label}. Pick another metric or x axis.`,
    };
  }
  return null;
}

function compareView(
  series: readonly InferenceSeries[],
  selection: InferenceSelection,
  manifest: Manifest,
  specs: GpuSpecs,
): CompareView {
  const { compareA, compareB } = selection;
  if (!compareA && !compareB) return { status: 'none' };
  const find = (key: SeriesKey | null) => (key ? series.find((s) => sameSeries(s.key, key)) : undefined);
  const a = find(compareA);
  const b = find(compareB);
  const missing = [compareA && !a ? compareA : null, compareB && !b ? compareB : null].filter(
    (k): k is SeriesKey => k !== null,
  );
  if (missing.length > 0)
    return { status: 'missing', missingLabels: missing.map((k) => seriesLabel(k, manifest, true)) };
  if (!a || !b) return { status: 'incomplete', pickedLabel: (a ?? b)!.label };
  const input = (s: InferenceSeries): CompareInput => ({ label: s.label, points: s.points, hardware: s.key.hardware });
  return { status: 'ready', a, b, ...compareSides(input(a), input(b), selection, manifest, specs) };
}

/** What the comparison needs of a side: its label, its points and the GPU its price and power are read for. */
export interface CompareInput {
  label: string;
  points: BenchmarkPoint[];
  hardware: string;
}

/**
 * The matched-interactivity comparison of two sides (published series or your data alike),
 * at `targets` (the selection's pinned ones unless given), with the page's metric and
 * prices, and the caveats of their frontiers. Pure.
 */
export function compareSides(
  a: CompareInput,
  b: CompareInput,
  selection: InferenceSelection,
  manifest: Manifest,
  specs: GpuSpecs,
  targets: readonly number[] | null = selection.targets,
): { model: ComparisonModel; caveats: string[] } {
  const sideA = sideOf(a.label, a.points);
  const sideB = sideOf(b.label, b.points);
  const model = buildComparisonModel({
    a: sideA,
    b: sideB,
    gpuA: gpuFor(selection, specs, a.hardware),
    gpuB: gpuFor(selection, specs, b.hardware),
    pinnedTargets: targets,
    metric: selection.metric,
  });
  return { model, caveats: frontierCaveats([sideA, sideB], manifest) };
}

function priceSummary(
  selection: InferenceSelection,
  specs: GpuSpecs,
  manifest: Manifest,
  hardware: string[],
): PriceSummary {
  const source =
    selection.usdPerGpuHour === null
      ? `${tierLabel(specs, selection.tier)} prices of set ${selection.costSet}`
      : `$${selection.usdPerGpuHour}/GPU-hour for every GPU (your price); power from set ${selection.costSet}`;
  return {
    source,
    gpus: hardware.map((h) => ({
      label: manifest.hardware.find((x) => x.key === h)?.label ?? h,
      ...gpuFor(selection, specs, h),
    })),
  };
}

/** The compared pair's emphasis for a series: strong when it is one of the pair, muted beside one. */
function emphasisOf(compare: CompareView): (key: SeriesKey) => Emphasis {
  const pair = compare.status === 'ready' ? [compare.a.key, compare.b.key] : [];
  return (key) => (pair.length === 0 ? 'normal' : pair.some((k) => sameSeries(k, key)) ? 'strong' : 'muted');
}

/**
 * The visible series on the chosen axes, muted behind a compared pair, which is drawn last
 * (on top). Each series' frontier is computed on the chart's own x axis.
 */
function chartSeries(
  series: readonly InferenceSeries[],
  selection: InferenceSelection,
  specs: GpuSpecs,
  compare: CompareView,
): InferenceChartSeries[] {
  const xAxis = X_AXES[selection.xAxis];
  const emphasis = emphasisOf(compare);
  return series
    .filter((s) => !s.hidden)
    .map((s) => seriesOnChart(s, selection, specs, emphasis(s.key), xAxis))
    .sort((p, q) => Number(p.emphasis === 'strong') - Number(q.emphasis === 'strong'));
}

/** One published series on the chart's axes and metric, with the page's prices (its frontier on the chart's own x axis). */
export function seriesOnChart(
  s: InferenceSeries,
  selection: InferenceSelection,
  specs: GpuSpecs,
  emphasis: Emphasis,
  xAxis: XAxisDefinition = X_AXES[selection.xAxis],
): InferenceChartSeries {
  const side = sideOf(s.label, s.points, xAxis);
  const drawn = forScale(
    keptChartSeries(s.token, side, selection.metric, gpuFor(selection, specs, s.key.hardware)),
    selection.logScale,
    logXOf(selection),
  );
  return { ...drawn, look: s.look, emphasis };
}

/**
 * Best per GPU (or GPU × engine): each group's envelope, muted behind a compared pair, whose
 * own two series are drawn on top as in the every-series mode.
 */
function bestChart(
  groups: ReturnType<typeof bestSeries>['chart'],
  series: readonly InferenceSeries[],
  selection: InferenceSelection,
  specs: GpuSpecs,
  compare: CompareView,
): InferenceChartSeries[] {
  const muted = compare.status === 'ready';
  const envelopes = groups.flatMap(({ group, series: pieces }) =>
    pieces.map((piece) => ({
      ...forScale(piece, selection.logScale, logXOf(selection)),
      look: group.look,
      emphasis: (muted ? 'muted' : 'normal') as Emphasis,
    })),
  );
  if (compare.status !== 'ready') return envelopes;
  const pair = series.filter((s) => sameSeries(s.key, compare.a.key) || sameSeries(s.key, compare.b.key));
  return [...envelopes, ...chartSeries(pair, selection, specs, compare)];
}

/** The log scale applies to x too when x is a latency (they span orders of magnitude); never to interactivity. */
export function logXOf(selection: InferenceSelection): boolean {
  return selection.logScale && X_AXES[selection.xAxis].direction === 'lower-is-better';
}

const NO_GROUPS: InferenceGroup[] = [];

type Grouping = Parameters<typeof groupSeries>[0]['selection'];

/**
 * The parts of the view-model a metric, x-axis, price or compare choice does not change, kept
 * from the last call (`lastResult`): the same series' points arrays come back, so each
 * series' side (its frontier) is built once per x axis (`sideOf`) instead of on every switch.
 * Hidden series are marked after grouping, so hiding one keeps the others' sides too.
 */
const passing = lastResult((points: readonly BenchmarkPoint[], filters: string, manifest: Manifest) =>
  points.filter((p) => pointPasses(p, JSON.parse(filters) as InferenceSelection['filters'], manifest)),
);
const grouped = lastResult(
  (
    points: readonly BenchmarkPoint[],
    universe: readonly SeriesKey[],
    manifest: Manifest,
    specs: GpuSpecs,
    key: string,
  ) => groupSeries({ points, selection: JSON.parse(key) as Grouping, universe, manifest, specs }),
);
/** The series marked hidden or not; the same objects while neither they nor the hidden set change (the legend then stays). */
const withHidden = lastResult((series: readonly InferenceSeries[], hiddenKey: string) => {
  const hidden = JSON.parse(hiddenKey) as SeriesKey[];
  return series.map((s) => ({ ...s, hidden: hidden.some((h) => sameSeries(h, s.key)) }));
});

/**
 * Everything the inference page shows, from one model × sequence file and the selection:
 * the legend's series, the chart's series on the chosen axes, the empty state and the
 * compared pair (always at matched interactivity, whatever the x axis). Pure.
 */
export function buildInferenceViewModel(input: {
  points: readonly BenchmarkPoint[];
  selection: InferenceSelection;
  availability: InferenceAvailability;
  manifest: Manifest;
  specs: GpuSpecs;
}): InferenceViewModel {
  const { selection, availability, manifest, specs } = input;
  const universe = modelAvailability(availability, selection.model).series;
  // The quick filters act on the points: a series they empty is not measured here (a hidden
  // or compared one keeps its place in the address and says "no points here").
  const filtering = anyFilter(selection.filters);
  const points = filtering ? passing(input.points, JSON.stringify(selection.filters), manifest) : input.points;
  const shownPrecision = (list: readonly BenchmarkPoint[]) =>
    list.reduce((n, p) => n + Number(selection.precisions.includes(p.precision)), 0);
  const filteredOut = filtering ? shownPrecision(input.points) - shownPrecision(points) : 0;
  const grouping: Grouping = {
    model: selection.model,
    sequence: selection.sequence,
    precisions: selection.precisions,
    asOf: selection.asOf,
    hidden: [],
  };
  const series = withHidden(
    grouped(points, universe, manifest, specs, JSON.stringify(grouping)),
    JSON.stringify(selection.hidden),
  );
  const metric = METRICS[selection.metric];
  const xAxis = X_AXES[selection.xAxis];
  const compare = compareView(series, selection, manifest, specs);
  const best =
    selection.best === 'all'
      ? null
      : bestSeries({
          series,
          by: selection.best,
          metric,
          xAxis,
          gpu: (hardware) => gpuFor(selection, specs, hardware),
          engineLabel: (engine) => manifest.engines.find((e) => e.key === engine)?.label ?? engine,
        });
  const chart = best
    ? bestChart(best.chart, series, selection, specs, compare)
    : chartSeries(series, selection, specs, compare);
  const label = (list: readonly { key: string; label: string }[], key: string) =>
    list.find((x) => x.key === key)?.label ?? key;
  const modelName = manifest.models.find((m) => m.key === selection.model)?.displayName ?? selection.model;
  const allPrecisions = modelAvailability(availability, selection.model).precisions;
  const precisionsLabel =
    selection.precisions.length === allPrecisions.length
      ? 'all precisions'
      : selection.precisions.map((p) => label(manifest.precisions, p)).join(' and ');
  const base = {
    title: `${modelName}: every configuration`,
    modelName,
    sequenceLabel: label(manifest.sequences, selection.sequence),
    precisionsLabel,
    metric,
    xAxis,
    logX: logXOf(selection),
    series,
    best: selection.best,
    groups: best?.groups ?? NO_GROUPS,
    filtersLabel: describeFilters(selection.filters, manifest),
    filteredOut,
    chart,
  };
  const shownHardware = [...new Set(series.filter((s) => !s.hidden).map((s) => s.key.hardware))];
  return {
    ...base,
    pointCount: series.reduce((n, s) => n + s.points.length, 0),
    unplotted: chart.reduce((n, s) => n + s.unplotted, 0),
    empty: emptyState(base, selection.asOf),
    compare,
    price: priceSummary(selection, specs, manifest, shownHardware),
    asOf: asOfHeader(selection.asOf, runDatesOf(series.filter((s) => !s.hidden).flatMap((s) => s.points))),
    rankLink: rankLinkOf(selection, availability, compare),
  };
}

function rankLinkOf(selection: InferenceSelection, available: InferenceAvailability, compare: CompareView) {
  const targets = compare.status === 'ready' ? compare.model.targets.values : [];
  const target = targets.length > 0 ? targets[Math.floor(targets.length / 2)]! : null;
  const rank = {
    ...rankPage.parse('', available).selection,
    ...carriedChoices(selection),
    target: target === null ? null : Math.round(target * 100) / 100,
  };
  const search = rankPage.serialize(rank, available);
  return { href: `/rank${search ? `?${search}` : ''}`, target: rank.target };
}
