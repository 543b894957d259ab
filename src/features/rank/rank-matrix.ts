import { formatSignedPercent, MISSING_VALUE } from '../../domain/format';
import type { MetricDefinition } from '../../domain/metrics';
import type { Ranked } from './rank-ranking';
import { orderingOf, readRowAt } from './rank-rows';
import type { RankMatrixRow, RankModel } from './rank-types';

/** More buckets than this widen the step (a page of hundreds of columns helps no one). */
export const MAX_BUCKETS = 500;

/**
 * Multiples of `step` (tok/s/user) inside the union of the rows' reaches, ascending. A step
 * that is not finite and > 0 is taken as 10; one that would give more than MAX_BUCKETS
 * multiples across the whole range is widened to a whole multiple of itself that does not.
 */
export function matrixBuckets(rows: readonly Ranked[], asked: number): { step: number; buckets: number[] } {
  const parts = rows.flatMap((r) => r.row.reachParts);
  let step = Number.isFinite(asked) && asked > 0 ? asked : 10;
  if (parts.length === 0) return { step, buckets: [] };
  const lo = Math.min(...parts.map((p) => p.lo));
  const hi = Math.max(...parts.map((p) => p.hi));
  const widen = Math.ceil((hi - lo) / step / MAX_BUCKETS);
  if (widen > 1) step *= widen;
  const buckets: number[] = [];
  for (let k = Math.ceil(lo / step); k * step <= hi; k++) {
    const x = Number((k * step).toPrecision(12));
    if (parts.some((p) => p.lo <= x && x <= p.hi)) buckets.push(x);
  }
  return { step, buckets };
}

function geometricMean(ratios: readonly number[]): number {
  return Math.exp(ratios.reduce((sum, r) => sum + Math.log(r), 0) / ratios.length);
}

function definition(metric: MetricDefinition, baseline: Ranked | null): string {
  const ordering = orderingOf(metric);
  if (ordering === 'measured-at-least') {
    return `${metric.label} is measured only: nothing is interpolated between measured points, so the matrix has no values.`;
  }
  const cell = `Each cell is the setup's ${metric.label} (${metric.unit}) at that interactivity, from its best series there; "${MISSING_VALUE}" where no series reaches it.`;
  if (ordering === 'throughput' || baseline === null) return cell;
  const base = baseline.row.label;
  const sense =
    metric.direction === 'lower-is-better'
      ? `lower is better here, so above 0% (a ratio above 1) means the setup is worse than ${base}`
      : `above 0% (a ratio above 1) means the setup delivers more than ${base}`;
  return `${cell} The percent beside it is setup ÷ ${base} − 1 at the same interactivity. The summary is the geometric mean of setup ÷ ${base} over the buckets both reach (their number is shown), printed as a percent (+10% = 1.10×); ${sense}.`;
}

/**
 * The matrix: one cell per row and bucket (the row's value there, `readRowAt`), with the
 * percent against the baseline at the same bucket, and per row the geometric mean of
 * row ÷ baseline over the buckets both reach. A neutral metric has values but no
 * percentages; a measured-only one has no values.
 */
export function buildMatrix(
  rows: readonly Ranked[],
  metric: MetricDefinition,
  baseline: Ranked | null,
  askedStep: number,
): RankModel['matrix'] {
  const { step, buckets } = matrixBuckets(rows, askedStep);
  const ordering = orderingOf(metric);
  const valueAt = (r: Ranked, x: number) =>
    ordering === 'measured-at-least' ? null : (readRowAt(r.group, metric, x)?.value ?? null);
  const compared = ordering === 'value' && baseline !== null;
  const baseValues = buckets.map((x) => (compared ? valueAt(baseline, x) : null));
  const matrixRows = rows.map((r): RankMatrixRow => {
    const isBase = r === baseline;
    const ratios: number[] = [];
    const cells = buckets.map((x, i) => {
      const value = valueAt(r, x);
      if (value === null) return null;
      const base = baseValues[i] ?? null;
      const ratio = base !== null && base > 0 && value > 0 ? value / base : null;
      if (ratio !== null) ratios.push(ratio);
      const vsBaseShown =
        isBase && compared ? 'baseline' : ratio === null ? MISSING_VALUE : formatSignedPercent(ratio - 1);
      return {
        value,
        shown: metric.formatEstimate(value),
        vsBaseFraction: ratio === null ? null : ratio - 1,
        vsBaseShown,
      };
    });
    const summary =
      ratios.length === 0
        ? null
        : (() => {
            const ratio = geometricMean(ratios);
            return { ratio, shown: isBase ? 'baseline' : formatSignedPercent(ratio - 1), buckets: ratios.length };
          })();
    return { id: r.row.id, label: r.row.label, own: r.row.own, cells, summary };
  });
  return { step, buckets, rows: matrixRows, definition: definition(metric, baseline) };
}
