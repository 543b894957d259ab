import { formatPercent, formatSignedPercent, formatTokPerSecPerUser, MISSING_VALUE } from '../../domain/format';
import { METRICS, type GpuAssumptions, type MetricDefinition, type MetricKey } from '../../domain/metrics';
import type { Comparison, RelativeDelta, Side, SideComparison, SideMetrics } from '../../math';
import { readMetricAt } from './metric-reading';

/** Rows every pinned table shows, in this order. */
export const FIXED_TABLE_METRICS: readonly MetricKey[] = ['throughput', 'cost', 'tok-per-mw', 'concurrency'];

/** What a measured-only metric's cells say instead of a number. */
export const MEASURED_ONLY_NOTE = 'measured only: no value between measured points';

export interface TableCell {
  a: string;
  b: string;
  /** The unrounded values the cells were rounded from (null where a cell shows "—"). */
  valueA: number | null;
  valueB: number | null;
  /** "Off +94.6%", "Off 48% less", "tied", or null where there is nothing to compare. */
  delta: string | null;
  winner: Side | 'tie' | null;
  /** Why a side shows "—", in words. */
  notes: string[];
}

export interface TableRow {
  key: MetricKey;
  /** The quantity's name (`MetricDefinition.quantity`, "usdPerMillionTokens"), as the row is marked in the page. */
  metric: string;
  label: string;
  cells: TableCell[];
}

/** The table's metrics: the fixed rows, then the selected metric's row when it is not one of them. */
export function tableMetrics(selected: MetricKey): MetricKey[] {
  return FIXED_TABLE_METRICS.includes(selected) ? [...FIXED_TABLE_METRICS] : [...FIXED_TABLE_METRICS, selected];
}

/** "MTP is out of range: its frontier covers 12.0–250.3 tok/s/user". */
export function outOfRangeNote(label: string, side: Exclude<SideComparison, SideMetrics>): string {
  if (side.domain === null) return `${label} has no measured point here`;
  const [lo, hi] = side.domain;
  return `${label} is out of range: its measured frontier covers ${formatTokPerSecPerUser(lo, 1)}–${formatTokPerSecPerUser(hi, 1)} tok/s/user`;
}

/** Delta wording shared by table cells: higher-is-better "+X.X%", lower-is-better "X% less". */
export function deltaText(delta: RelativeDelta | null | undefined, labels: Record<Side, string>): string | null {
  if (!delta) return null;
  if (delta.winner === 'tie') return 'tied (within 1%)';
  const who = labels[delta.winner];
  return delta.wording === 'more'
    ? `${who} ${formatSignedPercent(delta.magnitudeFraction)}`
    : `${who} ${formatPercent(delta.magnitudeFraction)} less`;
}

function cellFor(
  comparison: Comparison,
  metric: MetricDefinition,
  labels: Record<Side, string>,
  gpus: Record<Side, GpuAssumptions>,
): TableCell {
  if (metric.source.kind === 'measured-only') {
    const none = { a: MISSING_VALUE, b: MISSING_VALUE, valueA: null, valueB: null, delta: null, winner: null };
    return { ...none, notes: [MEASURED_ONLY_NOTE] };
  }
  const reading = readMetricAt(metric, comparison, gpus);
  const shown = (side: SideComparison, value: number | null) =>
    side.status === 'in-range' ? metric.formatEstimate(value) : MISSING_VALUE;
  const notes: string[] = [];
  if (comparison.a.status === 'out-of-range') notes.push(outOfRangeNote(labels.A, comparison.a));
  if (comparison.b.status === 'out-of-range') notes.push(outOfRangeNote(labels.B, comparison.b));
  return {
    a: shown(comparison.a, reading.a),
    b: shown(comparison.b, reading.b),
    valueA: reading.a,
    valueB: reading.b,
    delta: deltaText(reading.delta, labels),
    winner: reading.delta ? reading.delta.winner : null,
    notes,
  };
}

/**
 * The pinned table: one row per metric of `tableMetrics(selected)`, one cell per target,
 * values read through the metric registry with each side's GPU assumptions and formatted
 * like the sentences. A measured-only metric's cells show "—" and say why.
 */
export function buildTableRows(
  comparisons: readonly Comparison[],
  labels: Record<Side, string>,
  selected: MetricKey,
  gpus: Record<Side, GpuAssumptions>,
): TableRow[] {
  return tableMetrics(selected).map((key) => {
    const metric = METRICS[key];
    return {
      key,
      metric: metric.quantity,
      label: metric.tableLabel,
      cells: comparisons.map((comparison) => cellFor(comparison, metric, labels, gpus)),
    };
  });
}
