import type { BenchmarkPoint, Manifest } from '../../data/schema';
import {
  METRIC_KEYS,
  METRICS,
  type GpuAssumptions,
  type MetricDefinition,
  type MetricKey,
  type XAxisDefinition,
} from '../../domain/metrics';
import { operating, type ChartPoint } from '../compare/chart-model';
import { plottedPoints } from '../compare/point-marks';
import type { SeriesStyle } from '../compare/series-styles';
import { csvField } from '../compare/table-csv';

export interface PointsCsvInput {
  /** What the chart shows, written as the file's first line (one cell). */
  title: string;
  /** The series exactly as the chart is given them (the same objects, so the same numbers). */
  series: readonly { label: string; style: SeriesStyle; measured: readonly ChartPoint[] }[];
  /** As the chart's `frontierOnly`: dominated points are then not drawn, and not written. */
  frontierOnly?: boolean;
  metric: MetricDefinition;
  xAxis: Pick<XAxisDefinition, 'valueLabel' | 'unit'>;
  /** The sequence's label ("8k/1k"): every point of a chart shares it. */
  sequenceLabel: string;
  manifest: Pick<Manifest, 'engines' | 'precisions' | 'hardware'>;
  /** $/GPU-hour and kW the page charges a GPU (the chart's derived values use the same). */
  gpu: (hardware: string) => GpuAssumptions;
  /** Where a point comes from when not published ("your data: run.jsonl"); published otherwise. */
  pointSource?: (point: BenchmarkPoint) => string | null;
}

/** The metrics written for every point besides the chart's own x and y (concurrency has its own column). */
const METRIC_COLUMNS: readonly MetricKey[] = METRIC_KEYS.filter((key) => key !== 'concurrency');

type Cell = string | number | boolean | null;

const yesNo = (b: boolean) => (b ? 'yes' : 'no');

function labelOf(list: readonly { key: string; label: string }[], key: string): string {
  return list.find((x) => x.key === key)?.label ?? key;
}

type Stage = NonNullable<BenchmarkPoint['prefill']>;

/** Workers, TP, EP and DP-attention of a pool; empty cells where the row does not record it. */
function stageCells(s: Stage | null): Cell[] {
  return s === null ? [null, null, null, null] : [s.workers, s.tp, s.ep, yesNo(s.dpAttention)];
}

/**
 * Every point the chart draws, in the order it draws them, with its full configuration, run
 * link, the x and y it is drawn at, and every metric the pages show for it (unrounded; empty
 * where a value cannot be computed, e.g. no price for the GPU). Single-node points fill
 * `tp`/`ep`/`dp_attention`; disaggregated ones the prefill and decode pools instead.
 */
export function chartPointsCsv(input: PointsCsvInput): string {
  const { metric, xAxis, manifest } = input;
  const header = [
    'series',
    'source',
    'frontier',
    'gpu',
    'engine',
    'spec_method',
    'precision',
    'sequence',
    'disaggregated',
    'multinode',
    'tp',
    'ep',
    'dp_attention',
    'prefill_workers',
    'prefill_tp',
    'prefill_ep',
    'prefill_dp_attention',
    'decode_workers',
    'decode_tp',
    'decode_ep',
    'decode_dp_attention',
    'gpus',
    'kv_offload',
    'concurrency',
    'date',
    'run_url',
    'point_id',
    `chart x: ${xAxis.valueLabel} (${xAxis.unit})`,
    `chart y: ${metric.tableLabel}`,
    'Interactivity, median (tok/s/user)',
    'Time to first token, median (s)',
    ...METRIC_COLUMNS.map((k) => METRICS[k].tableLabel),
    '$/GPU-hour (assumed)',
    'kW/GPU (assumed, all-in)',
  ];
  const lines = [csvField(`# ${input.title}`), header.map(csvField).join(',')];
  for (const drawn of plottedPoints(input.series, input.frontierOnly)) {
    const p = drawn.point;
    const gpu = input.gpu(p.hardware);
    const single = !p.disagg && p.decode !== null;
    const cells: Cell[] = [
      drawn.seriesLabel,
      input.pointSource?.(p) ?? 'published',
      yesNo(drawn.frontier),
      labelOf(manifest.hardware, p.hardware),
      labelOf(manifest.engines, p.engine),
      p.specMethod === 'mtp' ? 'MTP' : 'none',
      labelOf(manifest.precisions, p.precision),
      input.sequenceLabel,
      yesNo(p.disagg),
      yesNo(p.multinode),
      ...(single ? [p.decode!.tp, p.decode!.ep, yesNo(p.decode!.dpAttention)] : [null, null, null]),
      ...(p.disagg ? stageCells(p.prefill) : stageCells(null)),
      ...(p.disagg ? stageCells(p.decode) : stageCells(null)),
      p.gpuCount,
      p.offloadMode,
      p.concurrency,
      p.date,
      p.runUrl,
      p.id,
      drawn.x,
      drawn.y,
      p.metrics.tokPerSecPerUser,
      p.metrics.medianTtftSec,
      ...METRIC_COLUMNS.map((k) => METRICS[k].read(operating(p), gpu)),
      gpu.usdPerGpuHour,
      gpu.kwPerGpu,
    ];
    lines.push(cells.map(csvField).join(','));
  }
  return `${lines.join('\n')}\n`;
}
