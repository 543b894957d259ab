import type { Comparison, SideComparison } from '../../math';
import type { ComparisonModel } from './comparison-model';
import type { TableMetric } from './table-rows';

/** One CSV field: quoted when it holds a comma, quote or line break (RFC 4180). */
function field(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function rawValue(side: SideComparison, metric: TableMetric): number | null {
  return side.status === 'in-range' ? side[metric] : null;
}

/**
 * The pinned table as CSV: one line per metric and target, with each side's value as shown
 * in the table, the unrounded value it was rounded from, and the delta as worded in the
 * table. `title` becomes a comment line naming the workload and the cost assumptions.
 */
export function comparisonTableCsv(model: ComparisonModel, title: string): string {
  const header = [
    'metric',
    'target_tok_s_user',
    `${model.a.label} (shown)`,
    `${model.a.label} (unrounded)`,
    `${model.b.label} (shown)`,
    `${model.b.label} (unrounded)`,
    'delta',
    'note',
  ];
  const lines = [`# ${title}`, header.map(field).join(',')];
  for (const row of model.table) {
    row.cells.forEach((cell, i) => {
      const comparison: Comparison | undefined = model.comparisons[i];
      const target = model.targets.values[i] ?? null;
      if (!comparison) return;
      const values = [
        row.label,
        target,
        cell.a,
        rawValue(comparison.a, row.metric),
        cell.b,
        rawValue(comparison.b, row.metric),
        cell.delta,
        cell.notes.join('; ') || null,
      ];
      lines.push(values.map(field).join(','));
    });
  }
  return `${lines.join('\n')}\n`;
}
