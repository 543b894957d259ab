import { HARDWARE } from '../../domain/catalog';
import { rowToPoint } from '../../data/ingest/rows';
import type { BenchmarkPoint, SequenceKey } from '../../data/schema';
import type { OwnFile } from '../../data/own/store';

/**
 * A file of InferenceX API rows, read with the ingest's own row reader (`rowToPoint`): each row
 * says its model, sequence, GPU, engine and precision, so only a label is asked. A kept file is
 * one setup (model, sequence, GPU, engine, precision, spec method, disaggregation), priced and
 * drawn as one series: the rows of the most common setup are kept, every other row is named with
 * why it is not (add it as its own file). Pure.
 */
export function rowsFileRecord(input: {
  id: string;
  name: string;
  bytes: number;
  addedAt: string;
  rows: readonly unknown[];
  label: string;
}): OwnFile | { problems: string[] } {
  const { id, rows } = input;
  const ctx = { tag: `own:${id}`, knownHardware: new Set(HARDWARE.map((h) => h.key)) };
  const problems: string[] = [];
  const converted: { row: number; model: string; sequence: SequenceKey; point: BenchmarkPoint }[] = [];
  rows.forEach((raw, i) => {
    const result = rowToPoint(raw, i + 1, ctx);
    if (result.ok) converted.push({ row: i + 1, ...result.value });
    else problems.push(`row ${i + 1}: ${result.reason}`);
  });
  const setupOf = (c: (typeof converted)[number]) => {
    const p = c.point;
    return [c.model, c.sequence, p.hardware, p.engine, p.precision, p.specMethod, p.disagg ? 'disagg' : '']
      .filter(Boolean)
      .join(' ');
  };
  const counts = new Map<string, number>();
  for (const c of converted) counts.set(setupOf(c), (counts.get(setupOf(c)) ?? 0) + 1);
  const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const kept = converted.filter((c) => setupOf(c) === main);
  for (const c of converted) {
    if (setupOf(c) !== main)
      problems.push(
        `row ${c.row}: ${setupOf(c)}; a file is kept for one setup (${main} here): add the other rows as their own file`,
      );
  }
  const first = kept[0];
  if (!first) return { problems: problems.length > 0 ? problems : ['the file holds no rows'] };
  const p = first.point;
  return {
    id,
    name: input.name,
    bytes: input.bytes,
    addedAt: input.addedAt,
    format: 'inferencex-rows',
    model: first.model,
    sequence: first.sequence,
    setup: {
      label: input.label,
      hardware: p.hardware,
      gpuCount: p.gpuCount ?? 1,
      disagg: p.disagg,
      engine: p.engine,
      precision: p.precision,
      specMethod: p.specMethod,
      sequence: first.sequence,
      date: p.date,
    },
    points: kept.map((c) => c.point),
    problems,
    runsRead: rows.length,
  };
}
