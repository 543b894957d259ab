import type { BenchmarkPoint, GpuSpecs } from '../../data/schema';
import type { OwnFileShown } from '../own/own-fit';
import { METRIC_KEYS, X_AXES, type GpuAssumptions, type MetricKey, type XAxisDefinition } from '../../domain/metrics';
import type { OwnFile } from '../../data/own/store';
import type { SeriesKey } from '../../state/inference-series-key';
import type { InferenceSelection } from '../../state/pages/inference';
import {
  buildChartSeries,
  chartCurve,
  measuredValues,
  type ChartCurve,
  type ChartSeries,
  type MeasuredValues,
} from '../compare/chart-model';
import { lookStyle, type SeriesLook, type SeriesStyle, type SymbolShape } from '../compare/series-styles';
import { sideOf, type ComparedSide } from '../compare/sides';
import { forScale, gpuFor, logXOf, type InferenceChartSeries } from './view-model';

/** One of your files drawn on the chart: its own series, never part of the address's series. */
export interface OwnSeries {
  /** `own:<file id>`: the legend's and the chart's key (no published token starts so). */
  id: string;
  fileName: string;
  /** The file's GPU, engine, spec method and precision: the published series it is measured against. */
  key: SeriesKey;
  /** "<label> · your data". */
  label: string;
  points: BenchmarkPoint[];
  hidden: boolean;
  look: SeriesLook;
  /** The series on the chart's axes and metric; null when hidden, or while its side is being found. */
  chart: InferenceChartSeries | null;
  /** Shown, but its side (frontier) on the chart's x axis is not ready yet: not drawn until it is. */
  computing: boolean;
}

/** A file's side on an x axis: the side, or null while it is being found (off the main thread). */
export type OwnSideLookup = (
  label: string,
  points: readonly BenchmarkPoint[],
  axis: XAxisDefinition,
) => ComparedSide | null;

/**
 * Your files' hues (purples and a teal, away from the vendors' reds and greens) and shapes, by
 * the file's place among those shown; the line is dotted and the markers hollow, so your data
 * never reads as a published series.
 */
const OWN_HUES = [292, 186, 320, 266];
const OWN_SHAPES: readonly SymbolShape[] = ['circle', 'square', 'triangle', 'diamond'];
export const OWN_DASH = '2 3';

export const ownSeriesId = (fileId: string) => `own:${fileId}`;

/** "<label> · your data": the series' label, and its sides' label. */
export const ownSeriesLabel = (file: Pick<OwnFile, 'setup'>) => `${file.setup.label} · your data`;

/**
 * A side's chart series already built, by series id, metric and prices, the latest few: going
 * back to a metric (or x axis) shown a moment ago reads no point again. Held per side object,
 * so they go with it.
 */
const charts = new WeakMap<ComparedSide, Map<string, ChartSeries>>();
const CHARTS_PER_SIDE = 4;

/**
 * What a metric switch reads, built when the page is idle (`ownCurveJobs`) or on first use, by
 * metric and prices: each file's metric values at its points (per points array, so the same on
 * every x axis: 50,000 numbers each) and each side's curve (thinned for drawing: a few thousand
 * points at most). A switch then only lays the points out, and no copy of 50,000 chart points is
 * kept per metric. The latest few of each; the least recently used goes first.
 */
const valuesKept = new WeakMap<readonly BenchmarkPoint[], Map<string, MeasuredValues>>();
const curvesKept = new WeakMap<ComparedSide, Map<string, ChartCurve | null>>();
const KEPT_PER_OWNER = METRIC_KEYS.length + 2;

const partKey = (metric: MetricKey, gpu: GpuAssumptions) => JSON.stringify([metric, gpu]);

function keptOf<O extends object, V>(kept: WeakMap<O, Map<string, V>>, owner: O, key: string, build: () => V): V {
  let byKey = kept.get(owner);
  if (!byKey) kept.set(owner, (byKey = new Map()));
  let value: V;
  if (byKey.has(key)) {
    value = byKey.get(key)!;
    byKey.delete(key);
  } else value = build();
  byKey.set(key, value);
  if (byKey.size > KEPT_PER_OWNER) byKey.delete(byKey.keys().next().value!);
  return value;
}

const valuesOf = (side: ComparedSide, metric: MetricKey, gpu: GpuAssumptions) =>
  keptOf(valuesKept, side.points, partKey(metric, gpu), () => measuredValues(side.points, metric, gpu));
const curveOf = (side: ComparedSide, metric: MetricKey, gpu: GpuAssumptions) =>
  keptOf(curvesKept, side, partKey(metric, gpu), () => chartCurve(side, metric, gpu));

function chartOf(id: string, side: ComparedSide, metric: MetricKey, gpu: GpuAssumptions): ChartSeries {
  let built = charts.get(side);
  if (!built) charts.set(side, (built = new Map()));
  const key = JSON.stringify([id, metric, gpu]);
  let chart = built.get(key);
  if (chart) built.delete(key);
  else
    chart = buildChartSeries(id, side, metric, gpu, {
      values: valuesOf(side, metric, gpu),
      curve: curveOf(side, metric, gpu),
    });
  built.set(key, chart);
  if (built.size > CHARTS_PER_SIDE) built.delete(built.keys().next().value!);
  return chart;
}

/** A look's chart style for your data: as published series are styled, with hollow markers. */
export function ownStyle(
  look: SeriesLook,
  theme: 'light' | 'dark',
  emphasis: 'normal' | 'strong' | 'muted' = 'normal',
): SeriesStyle {
  return { ...lookStyle(look, theme, emphasis), hollow: true };
}

/**
 * Your files shown on the page (`fitOwnFiles`: the page's model and sequence, the points its
 * precision and quick filters keep) as series, one per file, in the order added, on the
 * chart's x axis and metric with the page's prices. Each side comes from `side` (built here,
 * once per points array and axis, unless given: the page gives the sides found in a worker,
 * and a series whose side is not ready yet is `computing`, not drawn). Pure but for the caches.
 */
export function buildOwnSeries(input: {
  shown: readonly OwnFileShown[];
  selection: InferenceSelection;
  specs: GpuSpecs;
  /** Series ids (`own:<id>`) the user hid on this page. */
  hidden: ReadonlySet<string>;
  side?: OwnSideLookup;
}): OwnSeries[] {
  const { shown, selection, specs, hidden, side: sideFor = sideOf } = input;
  const xAxis = X_AXES[selection.xAxis];
  return shown.map(({ file: f, points }, i) => {
    const id = ownSeriesId(f.id);
    const label = ownSeriesLabel(f);
    const look: SeriesLook = {
      hue: OWN_HUES[i % OWN_HUES.length]!,
      shade: 0.5,
      dash: OWN_DASH,
      shape: OWN_SHAPES[i % OWN_SHAPES.length]!,
    };
    const isHidden = hidden.has(id);
    const side = isHidden ? null : sideFor(label, points, xAxis);
    const chart: InferenceChartSeries | null = side && {
      ...forScale(
        chartOf(id, side, selection.metric, gpuFor(selection, specs, f.setup.hardware)),
        selection.logScale,
        logXOf(selection),
      ),
      look,
      emphasis: 'normal',
    };
    const { hardware, engine, specMethod, precision } = f.setup;
    const key: SeriesKey = { hardware, engine, specMethod, precision };
    return { id, fileName: f.name, key, label, points, hidden: isHidden, look, chart, computing: !isHidden && !side };
  });
}

/**
 * The work a later metric switch would otherwise do in its own task: for each of your series
 * drawn (shown, not hidden, its side on the chart's x axis ready), the values and the curve of
 * every other metric at the page's prices, a job each (so none is long), those not built yet. The page
 * runs them when it is idle after drawing; a job run late (the choice changed meanwhile) only
 * builds parts that may not be asked for. Same inputs as `buildOwnSeries`.
 */
export function ownCurveJobs(input: Parameters<typeof buildOwnSeries>[0]): (() => void)[] {
  const { shown, selection, specs, hidden, side: sideFor = sideOf } = input;
  const xAxis = X_AXES[selection.xAxis];
  return shown.flatMap(({ file: f, points }) => {
    if (hidden.has(ownSeriesId(f.id))) return [];
    const side = sideFor(ownSeriesLabel(f), points, xAxis);
    if (!side) return [];
    const gpu = gpuFor(selection, specs, f.setup.hardware);
    return METRIC_KEYS.filter((m) => m !== selection.metric).flatMap((m) => [
      ...(valuesKept.get(side.points)?.has(partKey(m, gpu)) ? [] : [() => void valuesOf(side, m, gpu)]),
      ...(curvesKept.get(side)?.has(partKey(m, gpu)) ? [] : [() => void curveOf(side, m, gpu)]),
    ]);
  });
}
