import { formatAxisTick } from '../../domain/format';
import { METRICS, type GpuAssumptions, type MetricDefinition, type XAxisDefinition } from '../../domain/metrics';
import type { EnvelopeOptions, EnvelopeSegment } from '../../math';
import { keptChartSeries, type ChartCurve, type ChartPoint, type ChartSeries } from '../compare/chart-model';
import { groupBySeries, type SeriesGrouping } from '../compare/grouping';
import { keptEnvelope } from '../compare/kept-envelope';
import type { SeriesLook } from '../compare/series-styles';
import { sideOf, chartX, engineX, type ComparedSide } from '../compare/sides';
import type { InferenceSeries } from './series';

/** Where one series of a group is its best, in the chart's x unit, ascending. */
export interface GroupLead {
  /** Chart x range (tok/s/user, or seconds on a latency axis); lo = hi for a single point. */
  lo: number;
  hi: number;
  token: string;
  /** "SGLang MTP FP4": the series without its GPU. */
  configLabel: string;
}

/** One GPU (or GPU × engine) of the "best per GPU" legend mode. */
export interface InferenceGroup {
  id: string;
  /** "MI355X", or "MI355X SGLang" by engine. */
  label: string;
  vendor: string;
  /** The group's series present for the current choices, hidden ones included. */
  series: InferenceSeries[];
  /** Every series of the group is hidden. */
  hidden: boolean;
  look: SeriesLook;
  leads: GroupLead[];
  /** "ATOM FP4 12.3–45.6 tok/s/user; SGLang MTP FP4 45.6–98 tok/s/user", or why nothing leads. */
  leadText: string;
}

/** Samples per envelope segment between its ends, so a chord is within a pixel at chart size. */
const SEGMENT_SAMPLES = 24;

/**
 * What decides "best" for a metric, as `curveEnvelope` options: the metric's own spline when it
 * has one and higher is better; a derived metric (cost, power) through its throughput spline
 * weighted per GPU (1 / price: the cheapest per token is the largest weighted throughput). A
 * metric without a direction (concurrency) or known only at measured points (latency) has no
 * curve to compare, so the best is the series with the most throughput there.
 */
export function envelopeOptions(metric: MetricDefinition, gpus: readonly GpuAssumptions[]): EnvelopeOptions {
  const source = metric.source;
  if (source.kind === 'derived') return { series: source.series, weights: gpus.map((g) => source.weight(g)) };
  if (source.kind === 'spline' && metric.direction === 'higher-is-better') return { series: source.series };
  return { series: 'tokPerSecPerGpu' };
}

const range = (axis: XAxisDefinition, s: EnvelopeSegment) => {
  const [a, b] = [chartX(axis, s.from), chartX(axis, s.to)];
  return { lo: Math.min(a, b), hi: Math.max(a, b) };
};

/** The envelope's curve: each segment sampled on its own series' curve, contiguous segments joined. */
function envelopeCurves(
  segments: readonly EnvelopeSegment[],
  sides: readonly ComparedSide[],
  drawn: readonly ChartSeries[],
  metric: MetricDefinition,
  gpus: readonly GpuAssumptions[],
): ChartCurve[] {
  const axis = sides[0]!.xAxis;
  const runs: { x: number; y: number }[][] = [];
  let last: EnvelopeSegment | null = null;
  for (const s of segments) {
    if (s.to <= s.from) continue;
    if (!last || last.to !== s.from) runs.push([]);
    last = s;
    const run = runs[runs.length - 1]!;
    if (metric.source.kind === 'measured-only') {
      // Known at measured points only: the leader's own frontier points within its segment.
      const { lo, hi } = range(axis, s);
      run.push(...(drawn[s.curve]!.curve?.points ?? []).filter((p) => p.x >= lo && p.x <= hi));
      continue;
    }
    const side = sides[s.curve]!;
    const knots = side.curve.knotXs.filter((x) => x > s.from && x < s.to);
    const even = Array.from(
      { length: SEGMENT_SAMPLES - 1 },
      (_, k) => s.from + ((s.to - s.from) * (k + 1)) / SEGMENT_SAMPLES,
    );
    for (const x of [s.from, ...[...knots, ...even].sort((p, q) => p - q), s.to]) {
      const values = side.curve.at(x);
      const y = values ? metric.read({ ...values, medianE2eSec: null }, gpus[s.curve]!) : null;
      if (y !== null) run.push({ x: chartX(axis, x), y });
    }
  }
  return runs
    .filter((run) => run.length > 1)
    .map((run) => ({ kind: 'linear', points: [...run].sort((p, q) => p.x - q.x) }));
}

/** A point is on the envelope when it is a frontier point of its series inside one of that series' segments. */
function onEnvelope(
  segments: readonly EnvelopeSegment[],
  index: number,
  side: ComparedSide,
  point: ChartPoint,
): boolean {
  if (!point.frontier) return false;
  const x = engineX(side.xAxis, point.point);
  return segments.some((s) => s.curve === index && s.from <= x && x <= s.to);
}

function leadText(leads: readonly GroupLead[], axis: XAxisDefinition, measured: boolean): string {
  if (leads.length === 0) return measured ? 'no curve on this axis' : 'no series of it has a curve here';
  return leads
    .map((l) =>
      l.lo === l.hi
        ? `${l.configLabel} at ${formatAxisTick(l.lo)} ${axis.unit}`
        : `${l.configLabel} ${formatAxisTick(l.lo)}–${formatAxisTick(l.hi)} ${axis.unit}`,
    )
    .join('; ');
}

/**
 * The "best per GPU" (or per GPU × engine) view of the shown series: for each group its
 * legend entry, and the chart series drawing the upper envelope of its visible series on the
 * chart's metric and axis (`curveEnvelope`) with every measured point of those series, the
 * points on the envelope marked as its frontier. Nothing is interpolated between series: the
 * envelope is always one series' own curve.
 */
export function bestSeries(input: {
  series: readonly InferenceSeries[];
  by: SeriesGrouping;
  metric: MetricDefinition;
  xAxis: XAxisDefinition;
  gpu: (hardware: string) => GpuAssumptions;
  engineLabel: (engine: string) => string;
}): { groups: InferenceGroup[]; chart: { group: InferenceGroup; series: ChartSeries[] }[] } {
  const { metric, xAxis } = input;
  const groups: InferenceGroup[] = [];
  const chart: { group: InferenceGroup; series: ChartSeries[] }[] = [];
  for (const g of groupBySeries(input.series, (s) => s.key, input.by)) {
    const first = g.items[0]!;
    const visible = g.items.filter((s) => !s.hidden);
    const sides = visible.map((s) => sideOf(s.label, s.points, xAxis));
    const gpus = visible.map((s) => input.gpu(s.key.hardware));
    const drawn = visible.map((s, i) => keptChartSeries(s.token, sides[i]!, metric.key, gpus[i]!));
    const segments = keptEnvelope(
      sides.map((s) => s.curve),
      envelopeOptions(METRICS[metric.key], gpus),
    );
    const leads = segments.map((s) => ({
      ...range(xAxis, s),
      token: visible[s.curve]!.token,
      configLabel: visible[s.curve]!.configLabel,
    }));
    leads.sort((p, q) => p.lo - q.lo || p.hi - q.hi);
    const group: InferenceGroup = {
      id: g.id,
      label: g.engine === null ? first.gpuLabel : `${first.gpuLabel} ${input.engineLabel(g.engine)}`,
      vendor: first.vendor,
      series: g.items,
      hidden: visible.length === 0,
      // A line mixes spec methods and precisions: its marker says the GPU's vendor and architecture.
      look: {
        ...first.look,
        dash: undefined,
        shape: first.look.familyShape ?? 'circle',
        ...(g.engine === null ? { shade: 0.5 } : {}),
      },
      leads,
      leadText: visible.length === 0 ? 'hidden' : leadText(leads, xAxis, metric.source.kind === 'measured-only'),
    };
    groups.push(group);
    if (visible.length === 0) continue;
    const curves = envelopeCurves(segments, sides, drawn, metric, gpus);
    const measured = drawn
      .flatMap((d, i) => d.measured.map((p) => ({ ...p, frontier: onEnvelope(segments, i, sides[i]!, p) })))
      .sort((p, q) => p.x - q.x);
    const unplotted = drawn.reduce((n, d) => n + d.unplotted, 0);
    const key = `best:${g.id}`;
    const pieces: ChartSeries[] = (curves.length > 0 ? curves : [null]).map((curve, k) => ({
      key: k === 0 ? key : `${key}#${k + 1}`,
      label: group.label,
      // A gap in the envelope is a second piece of curve; the points belong to the first.
      measured: k === 0 ? measured : [],
      curve,
      unplotted: k === 0 ? unplotted : 0,
    }));
    chart.push({ group, series: pieces });
  }
  return { groups, chart };
}
