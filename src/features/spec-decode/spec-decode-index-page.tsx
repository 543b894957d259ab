import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { DataError } from '../../components/data-error';
import { Skeleton } from '../../components/skeleton';
import { benchmarksQuery, gpuSpecsQuery, manifestQuery } from '../../data/queries';
import type { BenchmarkPoint } from '../../data/schema';
import { buildSpecDecodeIndex, specDecodeIndexFiles } from './index-view-model';

/** Route `/spec-decode`: every MTP-vs-Off comparison with its mid-band result. */
export function SpecDecodeIndexPage() {
  const manifest = useQuery(manifestQuery());
  const specs = useQuery(gpuSpecsQuery());
  const files = useMemo(
    () => (manifest.data && specs.data ? specDecodeIndexFiles(manifest.data, specs.data) : []),
    [manifest.data, specs.data],
  );
  const benchmarks = useQueries({
    queries: files.map((f) => benchmarksQuery(f.model, f.sequence, f.hardware)),
    combine: (results) => results,
  });
  const loaded = benchmarks.map((b) => b.data);
  const rows = useMemo(() => {
    if (!manifest.data || !specs.data) return null;
    const byFile = new Map<string, BenchmarkPoint[]>();
    for (const file of loaded)
      if (file) byFile.set(JSON.stringify([file.model, file.sequence, file.hardware]), file.points);
    return buildSpecDecodeIndex(manifest.data, specs.data, (model, sequence, hardware) =>
      byFile.get(JSON.stringify([model, sequence, hardware])),
    );
    // `loaded` is a new array each render; its files are stable references from the cache.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [manifest.data, specs.data, ...loaded]);
  const failed = [manifest, specs, ...benchmarks].find((q) => q.isError);
  return (
    <section className="page" aria-labelledby="sd-index-title">
      <h1 id="sd-index-title">Speculative decoding: MTP vs Off</h1>
      <p className="lede">
        Every model, GPU and precision measured both with and without multi-token prediction, compared at matched
        interactivity on its default sequence with every engine pooled. Open one for the curves, the table and caveats.
      </p>
      {failed && (
        <DataError
          error={failed.error}
          consequence="Comparisons that need this file are missing from the list below."
          onRetry={() => void failed.refetch()}
        />
      )}
      {!rows ? (
        <Skeleton label="Loading comparisons" lines={8} />
      ) : (
        <table className="index-table" data-testid="spec-decode-index">
          <caption className="visually-hidden">MTP vs Off comparisons and their mid-band results</caption>
          <thead>
            <tr>
              <th scope="col">Comparison</th>
              <th scope="col">Sequence</th>
              <th scope="col">Mid-band throughput</th>
              <th scope="col">Crossover</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.href}>
                <th scope="row">
                  <Link to={row.href}>
                    {row.hardwareLabel} {row.precisionLabel}: MTP vs Off
                  </Link>
                  <div className="muted">{row.modelName}</div>
                </th>
                <td>{row.sequenceLabel}</td>
                <td className={row.winner === 'MTP' ? 'result-mtp' : row.winner === 'Off' ? 'result-off' : ''}>
                  {row.headline}
                </td>
                <td>{row.crossover}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
