import type { BenchmarkPoint, GpuSpecs } from '../../data/schema';
import type { OwnFileShown } from '../own/own-fit';
import { X_AXES, type GpuAssumptions, type MetricKey, type XAxisDefinition } from '../../domain/metrics';
import type { SeriesKey } from '../../state/inference-series-key';
import type { InferenceSelection } from '../../state/pages/inference';
import { buildChartSeries, type ChartSeries } from '../compare/chart-model';
import { lookStyle, type SeriesLook, type SeriesStyle, type SymbolShape } from '../compare/series-styles';
import { buildSide, type ComparedSide } from '../compare/sides';
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
  /** The series on the chart's axes and metric; null when hidden. */
  chart: InferenceChartSeries | null;
}

/**
 * Your files' hues (purples and a teal, away from the vendors' reds and greens) and shapes, by
 * the file's place among those shown; the line is dotted and the markers hollow, so your data
 * never reads as a published series.
 */
const OWN_HUES = [292, 186, 320, 266];
const OWN_SHAPES: readonly SymbolShape[] = ['circle', 'square', 'triangle', 'diamond'];
export const OWN_DASH = '2 3';

export const ownSeriesId = (fileId: string) => `own:${fileId}`;

/**
 * Sides already built, by the very points array (a file's points as the page's filters keep
 * them) and then by x axis and label: a metric switch, or a page re-render, does not redo the
 * frontier and curves of 50,000 points. Held weakly, so a removed file's sides go with it.
 */
const sides = new WeakMap<readonly BenchmarkPoint[], Map<string, ComparedSide>>();

function sideOf(label: string, points: BenchmarkPoint[], xAxis: XAxisDefinition): ComparedSide {
  let byAxis = sides.get(points);
  if (!byAxis) sides.set(points, (byAxis = new Map()));
  const key = JSON.stringify([xAxis.key, label]);
  let side = byAxis.get(key);
  if (!side) byAxis.set(key, (side = buildSide(label, points, xAxis)));
  return side;
}

/**
 * A side's chart series already built, by series id, metric and prices, the latest few: going
 * back to a metric (or x axis) shown a moment ago reads no point again. Held per side object,
 * so they go with it.
 */
const charts = new WeakMap<ComparedSide, Map<string, ChartSeries>>();
const CHARTS_PER_SIDE = 4;

function chartOf(id: string, side: ComparedSide, metric: MetricKey, gpu: GpuAssumptions): ChartSeries {
  let built = charts.get(side);
  if (!built) charts.set(side, (built = new Map()));
  const key = JSON.stringify([id, metric, gpu]);
  let chart = built.get(key);
  if (chart) built.delete(key);
  else chart = buildChartSeries(id, side, metric, gpu);
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
 * chart's x axis and metric with the page's prices. Pure.
 */
export function buildOwnSeries(input: {
  shown: readonly OwnFileShown[];
  selection: InferenceSelection;
  specs: GpuSpecs;
  /** Series ids (`own:<id>`) the user hid on this page. */
  hidden: ReadonlySet<string>;
}): OwnSeries[] {
  const { shown, selection, specs, hidden } = input;
  const xAxis = X_AXES[selection.xAxis];
  return shown.map(({ file: f, points }, i) => {
    const id = ownSeriesId(f.id);
    const label = `${f.setup.label} · your data`;
    const look: SeriesLook = {
      hue: OWN_HUES[i % OWN_HUES.length]!,
      shade: 0.5,
      dash: OWN_DASH,
      shape: OWN_SHAPES[i % OWN_SHAPES.length]!,
    };
    const isHidden = hidden.has(id);
    const chart: InferenceChartSeries | null = isHidden
      ? null
      : {
          ...forScale(
            chartOf(id, sideOf(label, points, xAxis), selection.metric, gpuFor(selection, specs, f.setup.hardware)),
            selection.logScale,
            logXOf(selection),
          ),
          look,
          emphasis: 'normal',
        };
    const { hardware, engine, specMethod, precision } = f.setup;
    const key: SeriesKey = { hardware, engine, specMethod, precision };
    return { id, fileName: f.name, key, label, points, hidden: isHidden, look, chart };
  });
}
