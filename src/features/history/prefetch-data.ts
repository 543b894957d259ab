import type { QueryClient } from '@tanstack/react-query';
import { gpuSpecsQuery, historyQuery, manifestQuery, publishedQuery, runDatesQuery } from '../../data/queries';
import type { Workload } from '../../state/availability';
import { historyAvailability } from '../../state/history-availability';
import { parseHistorySearch } from '../../state/pages/history';

/**
 * Fetches what the history page at `workload` and `search` will read: the model's run-dates
 * file and this workload's published tables, then the history file of the sequence the
 * address selects (after the page's own corrections). Resolves when they are in the cache
 * (or failed: the page then reports it); never rejects.
 */
export async function prefetchHistoryData(client: QueryClient, workload: Workload, search: string): Promise<void> {
  const [manifest, specs] = await Promise.all([
    client.ensureQueryData(manifestQuery()),
    client.ensureQueryData(gpuSpecsQuery()),
  ]).catch(() => [null, null] as const);
  const runDatesPath = manifest?.runDates.find((r) => r.model === workload.model)?.path;
  if (!manifest || !specs || !runDatesPath) return;
  const tables = manifest.published.filter(
    (p) => p.model === workload.model && p.hardware === workload.hardware && p.precision === workload.precision,
  );
  const [runDates, published] = await Promise.all([
    client.ensureQueryData(runDatesQuery(runDatesPath)),
    Promise.all(tables.map((t) => client.ensureQueryData(publishedQuery(t.path)))),
  ]).catch(() => [null, null] as const);
  if (!runDates || !published) return;
  const available = historyAvailability(manifest, specs, workload, runDates, published);
  if (!available) return;
  const { sequence } = parseHistorySearch(search, available).selection;
  await client.prefetchQuery(historyQuery(workload.model, sequence, workload.hardware));
}
