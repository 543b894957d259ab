import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { DataError } from '../../components/data-error';
import { useDocumentTitle } from '../../components/use-document-title';
import { PlainAddressNotice } from '../../components/plain-address-notice';
import { Skeleton } from '../../components/skeleton';
import { specDecodeIndexQuery } from '../../data/queries';

/**
 * Route `/spec-decode`: every MTP-vs-Off comparison with its mid-band result. It reads one file,
 * the rows the ingest computed with the comparison page's own view model
 * (`buildSpecDecodeIndexFile`), not the comparisons' data.
 */
/** "13 MTP vs Off comparisons at matched interactivity: MTP leads in 9 at mid-band, Off in 1; 3 have no shared range." */
function indexDescription(rows: readonly { winner: 'MTP' | 'Off' | 'tie' | null }[]): string {
  const count = (w: string | null) => rows.filter((r) => r.winner === w).length;
  const parts = [
    `MTP leads in ${count('MTP')} at mid-band throughput`,
    `Off in ${count('Off')}`,
    ...(count('tie') > 0 ? [`${count('tie')} tied within 1%`] : []),
  ];
  const without = count(null);
  return `${rows.length} MTP vs Off comparisons at matched interactivity: ${parts.join(', ')}${without > 0 ? `; ${without} without a mid-band result` : ''}.`;
}

export function SpecDecodeIndexPage() {
  const index = useQuery(specDecodeIndexQuery());
  const rows = index.data?.rows ?? null;
  useDocumentTitle('Speculative decoding: every MTP vs Off comparison', rows && indexDescription(rows));
  return (
    <section className="page" aria-labelledby="sd-index-title">
      <h1 id="sd-index-title">Speculative decoding: MTP vs Off</h1>
      <PlainAddressNotice />
      <p className="lede">
        Every model, GPU and precision measured both with and without multi-token prediction, compared at matched
        interactivity on its default sequence with every engine pooled. Open one for the curves, the table and caveats.
      </p>
      {index.isError && (
        <DataError
          error={index.error}
          consequence="The list of comparisons cannot be shown."
          onRetry={() => void index.refetch()}
        />
      )}
      {!rows ? (
        !index.isError && <Skeleton label="Loading comparisons" lines={8} />
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
