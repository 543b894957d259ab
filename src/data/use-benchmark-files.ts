import { useQueries } from '@tanstack/react-query';
import { useCallback } from 'react';
import { benchmarkFilePath, benchmarksQuery, historyFilePath, historyQuery } from './queries';
import type { Manifest, SequenceKey } from './schema';
import type { LoadedBenchmarkFile } from './screen-points';

/** One data file a page needs: a model × sequence × GPU, its latest view (default) or its history. */
export interface FileRequest {
  model: string;
  sequence: SequenceKey;
  hardware: string;
  view?: 'latest' | 'history';
}

const queryOf = (r: FileRequest) =>
  r.view === 'history'
    ? historyQuery(r.model, r.sequence, r.hardware)
    : benchmarksQuery(r.model, r.sequence, r.hardware);

/** The address of a requested file, relative to the site. */
export const requestPath = (r: FileRequest): string =>
  (r.view === 'history' ? historyFilePath : benchmarkFilePath)(r.model, r.sequence, r.hardware);

/** Every GPU's file of one model and sequence, in manifest order: what a chart of all setups reads. */
export function sequenceFiles(manifest: Manifest, model: string, sequence: SequenceKey): FileRequest[] {
  return manifest.files
    .filter((f) => f.model === model && f.sequence === sequence)
    .map((f) => ({ model: f.model, sequence: f.sequence, hardware: f.hardware }));
}

export interface BenchmarkFiles {
  /** Every requested file, in request order, once all have loaded; null before. */
  files: readonly LoadedBenchmarkFile[] | null;
  /** The files that have loaded so far (some may have failed), in request order. */
  loaded: readonly LoadedBenchmarkFile[];
  /** True once every request has an answer, data or error. */
  settled: boolean;
  /** The first failure, or null. */
  error: unknown;
  /** Paths still downloading. */
  pending: readonly string[];
  /** Asks again for the files that failed. */
  retry: () => void;
}

/**
 * The data files of one view, fetched in parallel through the query cache. The combined
 * result is structurally shared by the query layer, so `files` keeps its identity while no
 * file changes and views memoised on it are not rebuilt.
 */
export function useBenchmarkFiles(requests: readonly FileRequest[]): BenchmarkFiles {
  const result = useQueries({
    queries: requests.map(queryOf),
    combine: (results) => {
      const loaded = results.flatMap((r) => (r.data ? [r.data] : []));
      const failed = results.filter((r) => r.isError);
      return {
        files: results.length > 0 && loaded.length === results.length ? loaded : null,
        loaded,
        settled: results.every((r) => r.data !== undefined || r.isError),
        error: failed[0]?.error ?? null,
        pendingIndexes: results.flatMap((r, i) => (r.isPending && !r.isError ? [i] : [])),
        refetchers: failed.map((r) => r.refetch),
      };
    },
  });
  const { refetchers } = result;
  const retry = useCallback(() => refetchers.forEach((refetch) => void refetch()), [refetchers]);
  const pending = result.pendingIndexes.map((i) => requestPath(requests[i]!));
  return { files: result.files, loaded: result.loaded, settled: result.settled, error: result.error, pending, retry };
}
