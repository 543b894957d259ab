import type { ComparisonModel } from './comparison-model';

/** One CSV field: quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: string | number | boolean | null): string {
  const text = value === null ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The pinned table as CSV: one line per row and target (the fixed rows and the selected
 * metric's), with each side's value as shown in the table, the unrounded value it was
 * rounded from (empty where the table shows "—"), the delta and the notes as worded in the
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
  // The title is one quoted field, so a comma in it never splits the line into cells.
  const lines = [csvField(`# ${title}`), header.map(csvField).join(',')];
  for (const row of model.table) {
    row.cells.forEach((cell, i) => {
      const target = model.targets.values[i] ?? null;
      const values = [
        row.label,
        target,
        cell.a,
        cell.valueA,
        cell.b,
        cell.valueB,
        cell.delta,
        cell.notes.join('; ') || null,
      ];
      lines.push(values.map(csvField).join(','));
    });
  }
  return `${lines.join('\n')}\n`;
}
