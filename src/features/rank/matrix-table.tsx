import { memo } from 'react';
import type { RankModel } from './rank-types';
import { sameData } from '../../components/same-data';

/** Cells are shaded by how far a row is from the baseline, in five steps; the text says the same. */
function shade(fraction: number | null, higherIsBetter: boolean): string {
  if (fraction === null) return 'cell-neutral';
  const better = higherIsBetter ? fraction : -fraction;
  if (Math.abs(better) <= 0.01) return 'cell-neutral';
  const strength = Math.abs(better) >= 0.25 ? 'strong' : 'mild';
  return `cell-${better > 0 ? 'better' : 'worse'}-${strength}`;
}

/** Every setup across interactivity buckets, with % against the baseline and a one-number summary per row. */
export const RankMatrix = memo(
  MatrixTable,
  // Drawn again only when a cell, a bucket or the metric changes (not for a price the metric ignores).
  (p, n) => p.rank.metric === n.rank.metric && sameData(p.rank.matrix, n.rank.matrix),
);

function MatrixTable({ rank }: { rank: RankModel }) {
  const { matrix, metric } = rank;
  if (matrix.buckets.length === 0) return null;
  const higherIsBetter = metric.direction === 'higher-is-better';
  return (
    <section className="rank-below-fold" aria-labelledby="rank-matrix-title">
      <h2 id="rank-matrix-title">Across interactivity, every {matrix.step} tok/s/user</h2>
      <p className="muted" data-testid="rank-matrix-definition">
        {matrix.definition}
      </p>
      {/* A scrollable region must be reachable from the keyboard (axe: scrollable-region-focusable). */}
      {/* oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Matrix of every setup across interactivity">
        <table className="rank-matrix" data-testid="rank-matrix">
          <caption className="visually-hidden">
            {metric.tableLabel} per setup and interactivity bucket, with the change against the baseline
          </caption>
          <thead>
            <tr>
              <th scope="col">Setup</th>
              {matrix.buckets.map((b) => (
                <th scope="col" key={b}>
                  {b}
                </th>
              ))}
              <th scope="col">Summary</th>
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.id} data-row={row.id} data-own={row.own || undefined}>
                <th scope="row">{row.label}</th>
                {row.cells.map((cell, i) => (
                  <td
                    key={matrix.buckets[i]}
                    className={cell ? shade(cell.vsBaseFraction, higherIsBetter) : 'cell-empty'}
                  >
                    {cell ? (
                      <>
                        {cell.shown}
                        {cell.vsBaseShown && <div className="cell-delta">{cell.vsBaseShown}</div>}
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                ))}
                <td data-cell="summary">{row.summary ? `${row.summary.shown} (${row.summary.buckets})` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
