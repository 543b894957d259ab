import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { DataError } from '../../components/data-error';
import { useDocumentTitle } from '../../components/use-document-title';
import { PlainAddressNotice } from '../../components/plain-address-notice';
import { Skeleton } from '../../components/skeleton';
import { benchmarksQuery } from '../../data/queries';
import { useManifestAndSpecs } from '../../data/use-manifest-and-specs';
import type { BenchmarkPoint } from '../../data/schema';
import { buildSpecDecodeIndex, specDecodeIndexFiles } from './index-view-model';

/** Route `/spec-decode`: every MTP-vs-Off comparison with its mid-band result. */
export function SpecDecodeIndexPage() {
  useDocumentTitle('Speculative decoding: every MTP vs Off comparison');
  const { manifest, specs, failed: catalogFailed } = useManifestAndSpecs();
  const files = useMemo(() => (manifest && specs ? specDecodeIndexFiles(manifest, specs) : []), [manifest, specs]);
  // The combined result is structurally shared by the query layer: `loaded` keeps its
  // identity while no file changes, so the rows below are not rebuilt on every render.
  const { loaded, failedFile } = useQueries({
    queries: files.map((f) => benchmarksQuery(f.model, f.sequence, f.hardware)),
    combine: (results) => {
      const broken = results.find((r) => r.isError);
      return {
        loaded: results.map((r) => r.data),
        failedFile: broken ? { error: broken.error, retry: broken.refetch } : null,
      };
    },
  });
  const rows = useMemo(() => {
    if (!manifest || !specs) return null;
    const byFile = new Map<string, BenchmarkPoint[]>();
    for (const file of loaded)
      if (file) byFile.set(JSON.stringify([file.model, file.sequence, file.hardware]), file.points);
    return buildSpecDecodeIndex(manifest, specs, (model, sequence, hardware) =>
      byFile.get(JSON.stringify([model, sequence, hardware])),
    );
  }, [manifest, specs, loaded]);
  const failed = catalogFailed ?? (failedFile && { error: failedFile.error, retry: () => void failedFile.retry() });
  return (
    <section className="page" aria-labelledby="sd-index-title">
      <h1 id="sd-index-title">Speculative decoding: MTP vs Off</h1>
      <PlainAddressNotice />
      <p className="lede">
        Every model, GPU and precision measured both with and without multi-token prediction, compared at matched
        interactivity on its default sequence with every engine pooled. Open one for the curves, the table and caveats.
      </p>
      {failed && (
        <DataError
          error={failed.error}
          consequence="Comparisons that need this file are missing from the list below."
          onRetry={failed.retry}
        />
      )}
      {!rows ? (
        !catalogFailed && <Skeleton label="Loading comparisons" lines={8} />
      ) : (
        // A scrollable region must be reachable from the keyboard (axe: scrollable-region-focusable).
        // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Every MTP vs Off comparison">
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
        </div>
      )}
    </section>
  );
}
