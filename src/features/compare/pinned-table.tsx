import { formatTokPerSecPerUser } from '../../domain/format';
import type { TableRow } from './table-rows';

interface PinnedTableProps {
  caption: string;
  labelA: string;
  labelB: string;
  targets: readonly number[];
  rows: readonly TableRow[];
}

/** The matched-interactivity table: one column per target, both sides and the delta per cell. */
export function PinnedTable({ caption, labelA, labelB, targets, rows }: PinnedTableProps) {
  return (
    // A scrollable region must be reachable from the keyboard (axe: scrollable-region-focusable).
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="pinned-table" data-testid="pinned-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Metric</th>
            {targets.map((t) => (
              <th scope="col" key={t}>
                {formatTokPerSecPerUser(t)} tok/s/user
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-metric={row.metric}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, i) => (
                <td key={targets[i]}>
                  <div className={cell.winner === 'A' ? 'cell-side winner' : 'cell-side'}>
                    <span className="side-name">{labelA}</span> <span data-side="a">{cell.a}</span>
                    {cell.winner === 'A' && <span className="visually-hidden"> (better)</span>}
                  </div>
                  <div className={cell.winner === 'B' ? 'cell-side winner' : 'cell-side'}>
                    <span className="side-name">{labelB}</span> <span data-side="b">{cell.b}</span>
                    {cell.winner === 'B' && <span className="visually-hidden"> (better)</span>}
                  </div>
                  {cell.delta && (
                    <div className="cell-delta" data-delta>
                      {cell.delta}
                    </div>
                  )}
                  {cell.notes.map((note) => (
                    <div className="cell-note" key={note}>
                      {note}
                    </div>
                  ))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
