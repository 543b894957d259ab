import { useQueries } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { benchmarksQuery } from './queries';
import type { BenchmarkPoint, Manifest, SequenceKey } from './schema';

export interface SequencePoints {
  model: string;
  sequence: SequenceKey;
  /** Every GPU's points, GPU by GPU in manifest order (each file is already sorted). */
  points: BenchmarkPoint[];
}

/**
 * Every point of one model and sequence: one file per GPU, fetched in parallel. `data` is
 * set once every file has loaded (previous data stays while a new choice loads); `warnings`
 * gathers what the loaded files left out (see `screenBenchmarkFile`); the first failed file
 * is reported as `error`, and `retry` refetches the failed ones.
 */
export function useSequencePoints(manifest: Manifest, model: string, sequence: SequenceKey) {
  const files = manifest.files.filter((f) => f.model === model && f.sequence === sequence);
  const result = useQueries({
    queries: files.map((f) => benchmarksQuery(f.model, f.sequence, f.hardware)),
    combine: (results) => {
      const failed = results.find((r) => r.isError);
      const complete = results.length > 0 && results.every((r) => r.data);
      const points = complete ? results.flatMap((r) => r.data?.points ?? []) : null;
      return {
        points,
        warnings: results.flatMap((r) => r.data?.warnings ?? []),
        error: failed?.error ?? null,
        failedCount: results.filter((r) => r.isError).length,
        refetchers: results.filter((r) => r.isError).map((r) => r.refetch),
      };
    },
  });
  // One object per loaded set of files, so that views memoised on it do not recompute.
  const points = result.points;
  const data = useMemo<SequencePoints | undefined>(
    () => (points && points.length > 0 ? { model, sequence, points } : undefined),
    [model, sequence, points],
  );
  const { refetchers } = result;
  const retry = useCallback(() => refetchers.forEach((refetch) => void refetch()), [refetchers]);
  return { data, warnings: result.warnings, error: result.error, isError: result.error !== null, retry };
}
