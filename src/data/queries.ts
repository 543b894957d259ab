import { queryOptions } from '@tanstack/react-query';
import { DataFileError, fetchValidated } from './fetch-json';
import { benchmarkFileSchema, gpuSpecsSchema, manifestSchema, type SequenceKey } from './schema';
import { screenBenchmarkFile, type LoadedBenchmarkFile } from './screen-points';

export type { LoadedBenchmarkFile };

export const MANIFEST_PATH = 'data/manifest.json';
export const GPU_SPECS_PATH = 'data/gpu-specs.json';

export function benchmarkFilePath(model: string, sequence: SequenceKey, hardware: string): string {
  return `data/benchmarks/${model}/${sequence}/${hardware}.json`;
}

/** Static data: fetched once per session, never refetched on focus (see QueryClient defaults). */
export const manifestQuery = () =>
  queryOptions({
    queryKey: ['manifest'] as const,
    queryFn: ({ signal }) => fetchValidated(MANIFEST_PATH, manifestSchema, signal),
  });

export const gpuSpecsQuery = () =>
  queryOptions({
    queryKey: ['gpu-specs'] as const,
    queryFn: ({ signal }) => fetchValidated(GPU_SPECS_PATH, gpuSpecsSchema, signal),
  });

/**
 * One model × sequence × GPU: the unit a page downloads. Resolves with the points a page can
 * place and a warning for any left out (see `screenBenchmarkFile`), which needs the manifest:
 * it is read through its own query, so it comes from the cache when a page already has it.
 */
export const benchmarksQuery = (model: string, sequence: SequenceKey, hardware: string) =>
  queryOptions({
    queryKey: ['benchmarks', model, sequence, hardware] as const,
    queryFn: async ({ signal, client }): Promise<LoadedBenchmarkFile> => {
      const path = benchmarkFilePath(model, sequence, hardware);
      const [file, manifest] = await Promise.all([
        fetchValidated(path, benchmarkFileSchema, signal),
        client.ensureQueryData(manifestQuery()),
      ]);
      if (file.model !== model || file.sequence !== sequence || file.hardware !== hardware) {
        throw new DataFileError(
          'schema',
          path,
          `${path} holds ${file.model} ${file.sequence} ${file.hardware}, not the requested ${model} ${sequence} ${hardware}.`,
        );
      }
      return screenBenchmarkFile(path, file, manifest);
    },
  });
