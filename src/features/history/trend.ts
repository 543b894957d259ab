import { compareText } from '../../domain/text-order';
import { formatSignedPercent } from '../../domain/format';
import type { GpuAssumptions, MetricDefinition } from '../../domain/metrics';
import type { ComparedSide } from '../compare/sides';
import { csvField } from '../compare/table-csv';

/** One run date of the setup: the frontier and curve of the points dated that day. */
export interface HistoryRun {
  date: string;
  side: ComparedSide;
}

/**
 * One date × target cell. `unreachable`: the date's frontier does not cover the target (nothing
 * is extrapolated); `no-value`: it does, but the metric has no value there (measured only, or an
 * assumption is missing).
 */
export type TrendCell =
  | {
      status: 'value';
      value: number;
      /** value / base − 1, against the first date that reaches this target; 0 on that date itself. */
      changeFraction: number;
      baseDate: string;
    }
  | { status: 'unreachable'; domain: readonly [number, number] | null }
  | { status: 'no-value' };

export interface TrendRow {
  date: string;
  cells: TrendCell[];
}

export interface TrendTable {
  metric: MetricDefinition;
  targets: number[];
  /** Oldest date first. */
  rows: TrendRow[];
}

/** The metric's value on a run's curve at `target` (tok/s/user), or why there is none. */
function readAt(run: HistoryRun, target: number, metric: MetricDefinition, gpu: GpuAssumptions) {
  const values = run.side.curve.at(target);
  if (!values) return { status: 'unreachable' as const, domain: run.side.curve.domain };
  if (metric.source.kind === 'measured-only') return { status: 'no-value' as const };
  const value = metric.read({ ...values, medianE2eSec: null }, gpu);
  return value === null ? { status: 'no-value' as const } : { status: 'value' as const, value };
}

/**
 * The metric at each target across every run date (rows = dates, oldest first; columns =
 * targets), each value read on that date's own curve (frontier and Steffen spline), with the
 * change against the first date that reaches the target. Pure.
 */
export function buildTrendTable(
  runs: readonly HistoryRun[],
  targets: readonly number[],
  metric: MetricDefinition,
  gpu: GpuAssumptions,
): TrendTable {
  const ordered = [...runs].sort((a, b) => compareText(a.date, b.date));
  const bases: ({ date: string; value: number } | null)[] = targets.map(() => null);
  const rows = ordered.map((run) => ({
    date: run.date,
    cells: targets.map((target, i): TrendCell => {
      const read = readAt(run, target, metric, gpu);
      if (read.status !== 'value') return read;
      const base = (bases[i] ??= { date: run.date, value: read.value });
      return { status: 'value', value: read.value, changeFraction: read.value / base.value - 1, baseDate: base.date };
    }),
  }));
  return { metric, targets: [...targets], rows };
}

/** "+81.2%" or "-12.0%": a change, not a winner (negative means a lower value than the base date's). */
export function changeText(fraction: number): string {
  return formatSignedPercent(fraction);
}

/** How a cell reads in the table: the formatted value, or "unreachable" / "—". */
export function cellText(cell: TrendCell, metric: MetricDefinition): string {
  if (cell.status === 'unreachable') return 'unreachable';
  if (cell.status === 'no-value') return '—';
  return metric.formatEstimate(cell.value);
}

/**
 * The trend table as CSV: one line per date × target with the shown value, the unrounded one,
 * the change against the first date reaching the target and that date. `title` becomes a
 * comment line.
 */
export function trendCsv(table: TrendTable, title: string): string {
  const header = ['date', 'target_tok_s_user', `${table.metric.tableLabel} (shown)`, 'unrounded', 'change', 'vs_date'];
  // The title is one quoted field, so a comma in it never splits the line into cells.
  const lines = [csvField(`# ${title}`), header.map(csvField).join(',')];
  for (const row of table.rows) {
    row.cells.forEach((cell, i) => {
      const value = cell.status === 'value' ? cell.value : null;
      const change = cell.status === 'value' ? changeText(cell.changeFraction) : null;
      const base = cell.status === 'value' ? cell.baseDate : null;
      const fields = [row.date, table.targets[i]!, cellText(cell, table.metric), value, change, base];
      lines.push(fields.map(csvField).join(','));
    });
  }
  return `${lines.join('\n')}\n`;
}

const DAY_MS = 86_400_000;

/** A run date as a day number (days since 1970-01-01, UTC): the trend chart's x, to scale. */
export const dayOfDate = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/** A day number back as its date, `YYYY-MM-DD`. */
export const dateOfDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * The trend table as lines, one per target: its values in date order, split into pieces where a
 * date has none (unreachable, or no value), so the chart leaves a gap there rather than joining
 * across it. A piece of one date is a single point.
 */
export function trendLines(table: TrendTable): { target: number; pieces: { x: number; y: number }[][] }[] {
  return table.targets.map((target, i) => {
    const pieces: { x: number; y: number }[][] = [];
    let piece: { x: number; y: number }[] = [];
    for (const row of table.rows) {
      const cell = row.cells[i];
      if (cell?.status === 'value') piece.push({ x: dayOfDate(row.date), y: cell.value });
      else if (piece.length > 0) {
        pieces.push(piece);
        piece = [];
      }
    }
    if (piece.length > 0) pieces.push(piece);
    return { target, pieces };
  });
}
