import { queryOptions } from '@tanstack/react-query';
import { DataFileError, fetchValidated } from './fetch-json';
import { benchmarkFileSchema, gpuSpecsSchema, manifestSchema, type SequenceKey } from './schema';

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

/** One model × sequence × GPU: the unit a page downloads. */
export const benchmarksQuery = (model: string, sequence: SequenceKey, hardware: string) =>
  queryOptions({
    queryKey: ['benchmarks', model, sequence, hardware] as const,
    queryFn: async ({ signal }) => {
      const path = benchmarkFilePath(model, sequence, hardware);
      const file = await fetchValidated(path, benchmarkFileSchema, signal);
      if (file.model !== model || file.sequence !== sequence || file.hardware !== hardware) {
        throw new DataFileError(
          'schema',
          path,
          `${path} holds ${file.model} ${file.sequence} ${file.hardware}, not the requested ${model} ${sequence} ${hardware}.`,
        );
      }
      return file;
    },
  });
