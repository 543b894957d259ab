import { formatTokPerSecPerUser } from '../../domain/format';
import type { MetricDefinition } from '../../domain/metrics';
import type { SideCurve, SideSplines } from '../../math';
import { keptEnvelope } from '../compare/kept-envelope';
import type { Ranked } from './rank-ranking';
import { orderMetric } from './rank-rows';
import type { RankModel } from './rank-types';
import { rangeText, user } from './rank-words';

type Segment = RankModel['leader']['segments'][number];

/**
 * The curves the lead is decided on: each series' spline of the ordering metric, weighted as
 * the registry says (1 for a spline; 1 / price or 1 / kW for a derived metric, so the largest
 * weighted throughput is the cheapest or most efficient). Series missing the spline or the
 * assumption take no part.
 */
function curvesOf(
  rows: readonly Ranked[],
  metric: MetricDefinition,
): { series: keyof SideSplines; curves: { curve: SideCurve; weight: number; row: Ranked }[] } | null {
  const source = orderMetric(metric).source;
  if (source.kind === 'measured-only') return null;
  const curves = rows.flatMap((row) =>
    row.group.series.flatMap((s) => {
      const spline = s.side.curve.splines?.[source.series] ?? null;
      const weight = source.kind === 'derived' ? source.weight(s.gpu) : 1;
      return spline && weight !== null ? [{ curve: s.side.curve, weight, row }] : [];
    }),
  );
  return { series: source.series, curves };
}

function changeWords(segments: readonly Segment[]): string[] {
  if (segments.length === 1) {
    const s = segments[0]!;
    return [`${s.label} leads across the whole range, ${rangeText({ lo: s.from, hi: s.to })} tok/s/user.`];
  }
  return segments.slice(1).map((next, i) => {
    const previous = segments[i]!;
    if (previous.to < next.from) {
      return `No setup is measured between ${formatTokPerSecPerUser(previous.to, 2)} and ${user(next.from, 2)}.`;
    }
    return `${previous.label} leads below ${user(next.from, 2)}, ${next.label} above.`;
  });
}

/**
 * Which row leads at each interactivity over the union of the rows' reaches (the upper envelope
 * of all their series, `curveEnvelope`), as contiguous segments: a row that leads through
 * several of its series is one segment; change points are exact. A neutral metric's lead is
 * that of throughput (its rows' order); a measured-only metric has none.
 */
export function buildLeader(rows: readonly Ranked[], metric: MetricDefinition): RankModel['leader'] {
  if (metric.source.kind === 'measured-only') {
    return { segments: [], changes: [`${metric.label} is measured only: no one leads between measured points.`] };
  }
  const found = curvesOf(rows, metric);
  const curves = found?.curves ?? [];
  const segments: Segment[] = [];
  const envelope = found
    ? keptEnvelope(
        curves.map((c) => c.curve),
        { series: found.series, weights: curves.map((c) => c.weight) },
      )
    : [];
  for (const s of envelope) {
    const row = curves[s.curve]!.row.row;
    const last = segments[segments.length - 1];
    if (last && last.rowId === row.id && last.to === s.from) last.to = s.to;
    else segments.push({ from: s.from, to: s.to, rowId: row.id, label: row.label });
  }
  if (segments.length === 0) return { segments, changes: ['No setup has a curve to compare here.'] };
  return { segments, changes: changeWords(segments) };
}
