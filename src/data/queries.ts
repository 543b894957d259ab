import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { DataFileError, fetchValidated } from './fetch-json';
import {
  benchmarkFileSchema,
  gpuSpecsSchema,
  ingestReportSchema,
  manifestSchema,
  publishedTableSchema,
  runDatesFileSchema,
  specDecodeIndexFileSchema,
  type BenchmarkFile,
  type SequenceKey,
} from './schema';
import { screenBenchmarkFile, type LoadedBenchmarkFile } from './screen-points';

export type { LoadedBenchmarkFile };

export const MANIFEST_PATH = 'data/manifest.json';
export const GPU_SPECS_PATH = 'data/gpu-specs.json';

export const INGEST_REPORT_PATH = 'data/ingest-report.json';

/** What the `/spec-decode` index shows, computed at ingest (see `specDecodeIndexFileSchema`). */
export const SPEC_DECODE_INDEX_PATH = 'data/spec-decode-index.json';

export function benchmarkFilePath(model: string, sequence: SequenceKey, hardware: string): string {
  return `data/benchmarks/${model}/${sequence}/${hardware}.json`;
}

export function historyFilePath(model: string, sequence: SequenceKey, hardware: string): string {
  return `data/history/${model}/${sequence}/${hardware}.json`;
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
async function loadPoints(
  view: BenchmarkFile['view'],
  path: string,
  want: { model: string; sequence: SequenceKey; hardware: string },
  signal: AbortSignal,
  client: QueryClient,
): Promise<LoadedBenchmarkFile> {
  const [file, manifest] = await Promise.all([
    fetchValidated(path, benchmarkFileSchema, signal),
    client.ensureQueryData(manifestQuery()),
  ]);
  if (
    file.model !== want.model ||
    file.sequence !== want.sequence ||
    file.hardware !== want.hardware ||
    file.view !== view
  ) {
    throw new DataFileError(
      'schema',
      path,
      `${path} holds the ${file.view} view of ${file.model} ${file.sequence} ${file.hardware}, ` +
        `not the requested ${view} view of ${want.model} ${want.sequence} ${want.hardware}.`,
    );
  }
  return screenBenchmarkFile(path, file, manifest);
}

/**
 * One model × sequence × GPU: the unit a page downloads (the latest view). Resolves with the
 * points a page can place and a warning for any left out (see `screenBenchmarkFile`), which
 * needs the manifest: it is read through its own query, so it comes from the cache when a page
 * already has it.
 */
export const benchmarksQuery = (model: string, sequence: SequenceKey, hardware: string) =>
  queryOptions({
    queryKey: ['benchmarks', model, sequence, hardware] as const,
    queryFn: ({ signal, client }): Promise<LoadedBenchmarkFile> =>
      loadPoints('latest', benchmarkFilePath(model, sequence, hardware), { model, sequence, hardware }, signal, client),
  });

/** Every run of one model × sequence × GPU, each point dated (for "as of" and /history). */
export const historyQuery = (model: string, sequence: SequenceKey, hardware: string) =>
  queryOptions({
    queryKey: ['history', model, sequence, hardware] as const,
    queryFn: ({ signal, client }): Promise<LoadedBenchmarkFile> =>
      loadPoints('history', historyFilePath(model, sequence, hardware), { model, sequence, hardware }, signal, client),
  });

/** The run dates of every configuration group of a model (`path` from `manifest.runDates`). */
export const runDatesQuery = (path: string) =>
  queryOptions({
    queryKey: ['run-dates', path] as const,
    queryFn: ({ signal }) => fetchValidated(path, runDatesFileSchema, signal),
  });

/** A table a source printed (`path` from `manifest.published`). */
export const publishedQuery = (path: string) =>
  queryOptions({
    queryKey: ['published', path] as const,
    queryFn: ({ signal }) => fetchValidated(path, publishedTableSchema, signal),
  });

/** What the ingest did not ship as is, and why (the catalog's notes). */
export const ingestReportQuery = () =>
  queryOptions({
    queryKey: ['ingest-report'] as const,
    queryFn: ({ signal }) => fetchValidated(INGEST_REPORT_PATH, ingestReportSchema, signal),
  });

/** Every MTP-vs-Off comparison's index row, as the ingest computed it: the index's only file. */
export const specDecodeIndexQuery = () =>
  queryOptions({
    queryKey: ['spec-decode-index'] as const,
    queryFn: ({ signal }) => fetchValidated(SPEC_DECODE_INDEX_PATH, specDecodeIndexFileSchema, signal),
  });
