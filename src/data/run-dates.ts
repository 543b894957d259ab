import { useQuery } from '@tanstack/react-query';
import { runDatesQuery } from './queries';
import type { Manifest, RunDatesFile, SequenceKey } from './schema';

/** Which configuration groups a page's choice covers; an absent field matches every group. */
export interface RunDatesFilter {
  hardware?: string;
  /** Any of these precisions. */
  precisions?: readonly string[];
  sequence?: SequenceKey;
  engine?: string | null;
  specMethod?: string;
}

/** The run dates of the groups a choice covers, newest first, each once. */
export function runDatesMatching(file: RunDatesFile, filter: RunDatesFilter): string[] {
  const dates = new Set<string>();
  for (const g of file.groups) {
    if (filter.hardware !== undefined && g.hardware !== filter.hardware) continue;
    if (filter.precisions !== undefined && !filter.precisions.includes(g.precision)) continue;
    if (filter.sequence !== undefined && g.sequence !== filter.sequence) continue;
    if (filter.engine != null && g.engine !== filter.engine) continue;
    if (filter.specMethod !== undefined && g.specMethod !== filter.specMethod) continue;
    for (const d of g.dates) dates.add(d);
  }
  return [...dates].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
}

/**
 * A model's run-dates file (small; listed in `manifest.runDates`), for date pickers. Undefined
 * while loading, when it failed, or when the model has none: pickers then offer the latest view only.
 */
export function useRunDates(manifest: Manifest, model: string): { file: RunDatesFile | undefined; failed: boolean } {
  const path = manifest.runDates.find((r) => r.model === model)?.path ?? null;
  const query = useQuery({ ...runDatesQuery(path ?? ''), enabled: path !== null });
  return { file: query.data, failed: query.isError };
}
