import type { QueryClient } from '@tanstack/react-query';
import { benchmarksQuery, gpuSpecsQuery, historyQuery, manifestQuery } from '../../data/queries';
import { inferenceAvailability } from '../../state/availability';
import { inferencePage } from '../../state/pages/inference';

/**
 * Fetches the files the inference chart at `search` will show: every GPU's file of the
 * model and sequence the address selects (after the same corrections the page makes), its
 * history files when the address names a day (`date`).
 * Resolves when they are in the cache (or failed: the page then reports it); never rejects.
 */
export async function prefetchInferenceData(client: QueryClient, search: string): Promise<void> {
  const [manifest, specs] = await Promise.all([
    client.ensureQueryData(manifestQuery()),
    client.ensureQueryData(gpuSpecsQuery()),
  ]).catch(() => [null, null] as const);
  if (!manifest || !specs) return;
  const availability = inferenceAvailability(manifest, specs);
  if (!availability) return;
  const { model, sequence, asOf } = inferencePage.parse(search, availability).selection;
  const files = manifest.files.filter((f) => f.model === model && f.sequence === sequence);
  await Promise.all(
    files.map((f) =>
      asOf === null
        ? client.prefetchQuery(benchmarksQuery(f.model, f.sequence, f.hardware))
        : client.prefetchQuery(historyQuery(f.model, f.sequence, f.hardware)),
    ),
  );
}
