import { compareText } from '../../domain/text-order';
import { formatTokPerSecPerUser, MISSING_VALUE } from '../../domain/format';
import type { MetricDefinition } from '../../domain/metrics';
import {
  atLeastOf,
  better,
  nearestFrontierPoint,
  orderingOf,
  orderMetric,
  readRowAt,
  tied,
  type RankedSeries,
  type RowGroup,
} from './rank-rows';
import type { RankConfiguration, RankRow } from './rank-types';
import { reachText, user, versusWords } from './rank-words';

/** A row as ranked, with the value it was ordered by (null when it has none at the target). */
export interface Ranked {
  group: RowGroup;
  row: RankRow;
  order: number | null;
}

function configuration(series: RankedSeries, point: RankConfiguration['point']): RankConfiguration {
  const s = series.input;
  return { series: s.key, seriesToken: s.token, seriesLabel: s.label, engineLabel: s.engineLabel, point };
}

/** "MI300X SGLang has only 2 points on its frontier"; a target in a gap wider than half the frontier's range. */
export function sparseWarnings(series: RankedSeries, target: number): string[] {
  const knots = series.side.curve.knotXs;
  const name = series.input.label;
  const warnings: string[] = [];
  if (knots.length <= 2) {
    warnings.push(`${name} has only ${knots.length} point${knots.length === 1 ? '' : 's'} on its frontier`);
  }
  const span = knots.length > 1 ? knots[knots.length - 1]! - knots[0]! : 0;
  const i = knots.findIndex((k, j) => j + 1 < knots.length && k <= target && target <= knots[j + 1]!);
  if (i >= 0 && span > 0 && knots[i + 1]! - knots[i]! > span / 2) {
    const [lo, hi] = [knots[i]!, knots[i + 1]!];
    warnings.push(
      `${user(target)} lies in a gap of ${formatTokPerSecPerUser(lo, 2)}–${user(hi, 2)} between ${name}'s measured points, more than half its range`,
    );
  }
  return warnings;
}

/** One row at the target, before ranks and the baseline are known. */
function evaluate(group: RowGroup, metric: MetricDefinition, target: number): Ranked {
  const ordering = orderingOf(metric);
  const reading = readRowAt(group, metric, target);
  const atLeast = atLeastOf(group, metric, target);
  const inRange = reading !== null;
  const byMeasured = ordering === 'measured-at-least';
  const series = byMeasured ? (inRange ? (atLeast?.series ?? null) : null) : (reading?.series ?? null);
  const point = series && (byMeasured ? atLeast!.point : nearestFrontierPoint(series.side, target));
  const value = byMeasured ? null : (reading?.value ?? null);
  const order = byMeasured ? (inRange ? (atLeast?.order ?? null) : null) : (reading?.order ?? null);
  const all = group.reachParts;
  const row: RankRow = {
    id: group.id,
    label: group.label,
    hardware: group.hardware,
    vendor: group.vendor,
    own: group.own,
    rank: null,
    inRange,
    value,
    shown: value === null ? MISSING_VALUE : metric.formatEstimate(value),
    vsBase: null,
    best: series && point ? configuration(series, point) : null,
    reach: all.length > 0 ? { lo: all[0]!.lo, hi: all[all.length - 1]!.hi } : null,
    reachParts: all,
    reachText: reachText(all),
    atLeast:
      atLeast && atLeast.value !== null
        ? {
            value: atLeast.value,
            shown: metric.format(atLeast.value),
            tokPerSecPerUser: atLeast.point.metrics.tokPerSecPerUser,
            point: atLeast.point,
          }
        : null,
    warnings: series && !byMeasured ? sparseWarnings(series, target) : [],
  };
  return { group, row, order };
}

/** Distance from the target to a row's reach (out-of-range rows are listed nearest first). */
function distance(row: RankRow, target: number): number {
  const parts = row.reachParts;
  if (parts.length === 0) return Infinity;
  return Math.min(...parts.map((p) => (target < p.lo ? p.lo - target : target > p.hi ? target - p.hi : 0)));
}

/**
 * Rows at the target, ordered: ranked rows best first (ties within 1e-9 relative share a
 * rank, "1, 1, 3"), then rows that reach the target without a value (a missing price), then
 * out-of-range rows nearest first. Labels break every remaining tie.
 */
export function rankRows(groups: readonly RowGroup[], metric: MetricDefinition, target: number): Ranked[] {
  const ordering = orderMetric(metric);
  const all = groups.map((g) => evaluate(g, metric, target));
  const byLabel = (p: Ranked, q: Ranked) => compareText(p.row.label, q.row.label);
  const ranked = all
    .filter((r) => r.row.inRange && r.order !== null)
    .sort((p, q) =>
      better(p.order!, q.order!, ordering) ? -1 : better(q.order!, p.order!, ordering) ? 1 : byLabel(p, q),
    );
  ranked.forEach((r, i) => {
    const previous = ranked[i - 1];
    r.row.rank = previous && tied(previous.order!, r.order!) ? previous.row.rank : i + 1;
  });
  const unvalued = all.filter((r) => r.row.inRange && r.order === null).sort(byLabel);
  const outside = all
    .filter((r) => !r.row.inRange)
    .sort((p, q) => distance(p.row, target) - distance(q.row, target) || byLabel(p, q));
  return [...ranked, ...unvalued, ...outside];
}

/**
 * The baseline: the asked row when it has a value at the target, else the leader among the
 * published rows (your data is never the default: a link of the view then states the same
 * percentages), with the reason the asked one was not used; null when no row has a value. Sets each ranked row's
 * `vsBase` (none for a neutral metric, whose rows are ordered by throughput).
 */
export function applyBaseline(
  rows: readonly Ranked[],
  metric: MetricDefinition,
  base: string | null,
  target: number,
): { baseline: Ranked | null; problem: string | null } {
  const leader = rows.find((r) => r.row.rank !== null && !r.row.own) ?? null;
  const asked = base === null ? undefined : rows.find((r) => r.row.id === base);
  let problem: string | null = null;
  if (base !== null && asked === undefined) problem = `There is no setup "${base}" here; the leader is the baseline.`;
  else if (asked && asked.row.rank === null) {
    const why = asked.row.inRange ? `has no ${metric.label} value at ${user(target)}` : asked.row.reachText;
    problem = `${asked.row.label} ${why}, so it cannot be the baseline at ${user(target)}; the leader is.`;
  }
  const baseline = asked && asked.row.rank !== null ? asked : leader;
  if (baseline && orderingOf(metric) !== 'throughput') {
    for (const r of rows) {
      if (r === baseline || r.row.rank === null) continue;
      r.row.vsBase = versusWords(r.order!, baseline.order!, metric, baseline.row.label);
    }
  }
  return { baseline, problem };
}
