import type { PublishedTable } from '../../data/schema';
import type { HistoryRun } from './trend';

/** One published cell beside ours, compared at the precision the source printed. */
export interface PublishedCell {
  date: string;
  target: number;
  /** Null: the source printed "unreachable". */
  published: number | null;
  /** Our unrounded tok/s/GPU on that date's curve; null where our frontier does not reach the target. */
  ours: number | null;
  /** Ours rounded to the source's decimals. */
  oursRounded: number | null;
  matches: boolean;
  /** Why the cell differs, derived from the data; null when it matches. */
  reason: string | null;
}

export interface PublishedComparison {
  table: PublishedTable;
  cells: PublishedCell[];
  numericMatched: number;
  numericTotal: number;
  unreachableMatched: number;
  unreachableTotal: number;
}

/** Rounds half away from zero to `decimals` on the decimal digits. */
function roundTo(value: number, decimals: number): number {
  return Number(`${Math.round(Number(`${value}e${decimals}`))}e-${decimals}`);
}

/** A concurrency a run's printed sweep skips while other dates of the setup have it, with the points around it. */
interface SweepGap {
  missing: number;
  below: number;
  above: number;
  /** Interactivity (tok/s/user) range the missing point would fall in, widened to the neighbouring frontier knots. */
  near: readonly [number, number];
}

function sweepGaps(run: HistoryRun, runs: readonly HistoryRun[]): SweepGap[] {
  const concurrencies = (r: HistoryRun) => [...new Set(r.side.points.map((p) => p.concurrency))].sort((a, b) => a - b);
  const own = concurrencies(run);
  const others = new Set(runs.filter((r) => r !== run).flatMap(concurrencies));
  const interactivity = (c: number) => run.side.points.find((p) => p.concurrency === c)!.metrics.tokPerSecPerUser;
  const knots = run.side.frontier.map((p) => p.metrics.tokPerSecPerUser).sort((a, b) => a - b);
  const gaps: SweepGap[] = [];
  for (let i = 1; i < own.length; i++) {
    const [below, above] = [own[i - 1]!, own[i]!];
    for (const missing of [...others].sort((a, b) => a - b)) {
      if (missing <= below || missing >= above) continue;
      const lo = Math.min(interactivity(below), interactivity(above));
      const hi = Math.max(interactivity(below), interactivity(above));
      const knotBelow = knots.filter((x) => x < lo).pop() ?? lo;
      const knotAbove = knots.find((x) => x > hi) ?? hi;
      gaps.push({ missing, below, above, near: [knotBelow, knotAbove] });
    }
  }
  return gaps;
}

/**
 * Why our cell differs from the published one, from what the printed points hold: a target
 * in or next to the interval a skipped concurrency would fill (its spline segment there rests
 * on the missing point), else points the source did not print.
 */
function differenceReason(
  cell: Omit<PublishedCell, 'matches' | 'reason'>,
  run: HistoryRun | undefined,
  runs: readonly HistoryRun[],
): string {
  if (!run) return `the data holds no run of ${cell.date}`;
  if (cell.published === null) return 'the printed points reach this target; the post says unreachable';
  if (cell.ours === null) return 'the printed points do not reach this target';
  const gaps = sweepGaps(run, runs);
  const gap = gaps.find((g) => cell.target >= g.near[0] && cell.target <= g.near[1]);
  if (gap)
    return `the printed sweep skips conc ${gap.missing}: the target lies in or next to the conc ${gap.below}…${gap.above} interval that point would fill`;
  return 'the post’s curve rests on points it did not print';
}

/**
 * Our curve of each published date against a source's table, cell by cell: the same metric
 * (tok/s/GPU) at the same target, rounded to the source's decimals, "unreachable" matching
 * a target our frontier does not reach. Pure.
 */
export function comparePublished(table: PublishedTable, runs: readonly HistoryRun[]): PublishedComparison {
  const cells = table.cells.map((c): PublishedCell => {
    const run = runs.find((r) => r.date === c.date);
    const ours = run?.side.curve.at(c.target)?.tokPerSecPerGpu ?? null;
    const oursRounded = ours === null ? null : roundTo(ours, table.decimals);
    const base = { date: c.date, target: c.target, published: c.value, ours, oursRounded };
    const matches = run !== undefined && oursRounded === c.value;
    return { ...base, matches, reason: matches ? null : differenceReason(base, run, runs) };
  });
  const numeric = cells.filter((c) => c.published !== null);
  const unreachable = cells.filter((c) => c.published === null);
  return {
    table,
    cells,
    numericMatched: numeric.filter((c) => c.matches).length,
    numericTotal: numeric.length,
    unreachableMatched: unreachable.filter((c) => c.matches).length,
    unreachableTotal: unreachable.length,
  };
}
