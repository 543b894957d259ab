import { useQuery } from '@tanstack/react-query';
import { gpuSpecsQuery, manifestQuery } from './queries';

/**
 * The two files every page reads first: the manifest and the cost and power assumptions.
 * Each is undefined until loaded; `failed` is the first that could not be used (with a way to
 * ask again), or null.
 */
export function useManifestAndSpecs() {
  const manifest = useQuery(manifestQuery());
  const specs = useQuery(gpuSpecsQuery());
  const failedQuery = manifest.isError ? manifest : specs.isError ? specs : null;
  const failed = failedQuery && { error: failedQuery.error, retry: () => void failedQuery.refetch() };
  return { manifest: manifest.data, specs: specs.data, failed };
}
