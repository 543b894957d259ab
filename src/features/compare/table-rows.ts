import {
  formatConcurrency,
  formatPercent,
  formatSignedPercent,
  formatThroughput,
  formatTokPerSecPerMw,
  formatTokPerSecPerUser,
  formatUsd,
  MISSING_VALUE,
} from '../../domain/format';
import type { Comparison, RelativeDelta, Side, SideComparison, SideMetrics } from '../../math';

export type TableMetric = 'tokPerSecPerGpu' | 'usdPerMillionTokens' | 'tokPerSecPerMegawatt' | 'concurrency';

export interface TableCell {
  a: string;
  b: string;
  /** "Off +94.6%", "Off 48% less", "tied", or null where there is nothing to compare. */
  delta: string | null;
  winner: Side | 'tie' | null;
  /** Why a side shows "—", in words. */
  notes: string[];
}

export interface TableRow {
  metric: TableMetric;
  label: string;
  cells: TableCell[];
}

const ROWS: { metric: TableMetric; label: string; format: (x: number | null) => string }[] = [
  { metric: 'tokPerSecPerGpu', label: 'Throughput (tok/s/GPU)', format: formatThroughput },
  { metric: 'usdPerMillionTokens', label: 'Cost ($/M tok)', format: formatUsd },
  { metric: 'tokPerSecPerMegawatt', label: 'tok/s/MW', format: formatTokPerSecPerMw },
  { metric: 'concurrency', label: 'Concurrency', format: formatConcurrency },
];

/** "MTP is out of range: its frontier covers 12.0–250.3 tok/s/user". */
export function outOfRangeNote(label: string, side: Exclude<SideComparison, SideMetrics>): string {
  if (side.domain === null) return `${label} has no measured point here`;
  const [lo, hi] = side.domain;
  return `${label} is out of range: its measured frontier covers ${formatTokPerSecPerUser(lo, 1)}–${formatTokPerSecPerUser(hi, 1)} tok/s/user`;
}

/** Delta wording shared by table cells: higher-is-better "+X.X%", lower-is-better "X% less". */
export function deltaText(delta: RelativeDelta | undefined, labels: Record<Side, string>): string | null {
  if (!delta) return null;
  if (delta.winner === 'tie') return 'tied (within 1%)';
  const who = labels[delta.winner];
  return delta.wording === 'more'
    ? `${who} ${formatSignedPercent(delta.magnitudeFraction)}`
    : `${who} ${formatPercent(delta.magnitudeFraction)} less`;
}

function cellFor(comparison: Comparison, row: (typeof ROWS)[number], labels: Record<Side, string>): TableCell {
  const value = (side: SideComparison) => (side.status === 'in-range' ? row.format(side[row.metric]) : MISSING_VALUE);
  const notes: string[] = [];
  if (comparison.a.status === 'out-of-range') notes.push(outOfRangeNote(labels.A, comparison.a));
  if (comparison.b.status === 'out-of-range') notes.push(outOfRangeNote(labels.B, comparison.b));
  const delta = row.metric === 'concurrency' ? undefined : comparison.deltas[row.metric];
  return {
    a: value(comparison.a),
    b: value(comparison.b),
    delta: deltaText(delta, labels),
    winner: delta ? delta.winner : null,
    notes,
  };
}

/** The pinned table: one row per metric, one cell per target, formatted like the sentences. */
export function buildTableRows(comparisons: readonly Comparison[], labels: Record<Side, string>): TableRow[] {
  return ROWS.map((row) => ({
    metric: row.metric,
    label: row.label,
    cells: comparisons.map((comparison) => cellFor(comparison, row, labels)),
  }));
}
