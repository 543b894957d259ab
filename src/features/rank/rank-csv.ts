import type { MetricDefinition } from '../../domain/metrics';
import { csvField } from '../compare/table-csv';
import type { Ranked } from './rank-ranking';
import type { RankModel } from './rank-types';

/** The ranked table's columns, in order (a contract: scripts read them by name). */
export const RANKED_CSV_COLUMNS = [
  'rank',
  'setup',
  'hardware',
  'engine',
  'spec_method',
  'precision',
  'target_tok_s_user',
  'metric',
  'value',
  'unit',
  'in_range',
  'reach_lo',
  'reach_hi',
  'vs_base_pct',
  'measured_at_least_value',
  'measured_at_least_tok_s_user',
  'concurrency',
  'date',
  'run_url',
  'source',
] as const;

function line(values: readonly (string | number | boolean | null)[]): string {
  return values.map(csvField).join(',');
}

/**
 * The ranked table, one line per row in the table's order, every number unrounded (as the
 * engine computed it): `value` is empty out of range (and for a measured-only metric, which
 * has no value at the target); `vs_base_pct` is (row ÷ baseline − 1) × 100, 0 for the baseline
 * itself, empty where there is no comparison; the configuration columns are those of the
 * row's winning series and its frontier point nearest the target; `source` is `published`
 * or `your data` (a row of one of your files, its setup "<label> · your data").
 */
export function rankedCsv(
  rows: readonly Ranked[],
  metric: MetricDefinition,
  target: number,
  baseline: Ranked | null,
): string {
  const lines = [line(RANKED_CSV_COLUMNS)];
  for (const r of rows) {
    const { row } = r;
    const best = row.best;
    const vs = r === baseline ? 0 : row.vsBase ? row.vsBase.fraction * 100 : null;
    lines.push(
      line([
        row.rank,
        row.label,
        row.hardware,
        best?.series.engine ?? null,
        best?.series.specMethod ?? null,
        best?.series.precision ?? null,
        target,
        metric.key,
        row.value,
        metric.unit,
        row.inRange,
        row.reach?.lo ?? null,
        row.reach?.hi ?? null,
        vs,
        row.atLeast?.value ?? null,
        row.atLeast?.tokPerSecPerUser ?? null,
        best?.point.concurrency ?? null,
        best?.point.date ?? null,
        best?.point.runUrl ?? null,
        row.own ? 'your data' : 'published',
      ]),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The matrix: setup, one column per bucket (its unrounded value, empty where not reached), the summary ratio and its bucket count. */
export function matrixCsv(matrix: RankModel['matrix']): string {
  const header = ['setup', ...matrix.buckets.map(String), 'summary_ratio', 'summary_buckets'];
  const lines = [line(header)];
  for (const row of matrix.rows) {
    lines.push(
      line([
        row.label,
        ...row.cells.map((c) => c?.value ?? null),
        row.summary?.ratio ?? null,
        row.summary?.buckets ?? null,
      ]),
    );
  }
  return `${lines.join('\n')}\n`;
}
