import { formatTokPerSecPerUser } from '../../domain/format';
import type { TableRow } from './table-rows';
import { useNarrow } from './use-narrow';

interface PinnedTableProps {
  caption: string;
  labelA: string;
  labelB: string;
  targets: readonly number[];
  rows: readonly TableRow[];
}

/**
 * The matched-interactivity table: one column per target, both sides and the delta per cell.
 * On a phone, one card per target instead (`PinnedCards`): the numbers fit the screen without
 * scrolling sideways, and the caption wraps.
 */
export function PinnedTable(props: PinnedTableProps) {
  const narrow = useNarrow();
  if (narrow) return <PinnedCards {...props} />;
  const { caption, labelA, labelB, targets, rows } = props;
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
                  <CellSides cell={cell} labelA={labelA} labelB={labelB} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Both sides of one cell, the better one marked in words as well as in bold. */
function CellSides({ cell, labelA, labelB }: { cell: TableRow['cells'][number]; labelA: string; labelB: string }) {
  return (
    <>
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
    </>
  );
}

/** The same numbers as the table, one card per target: metric, both sides and the delta, top to bottom. */
export function PinnedCards({ caption, labelA, labelB, targets, rows }: PinnedTableProps) {
  return (
    <div className="pinned-cards" data-testid="pinned-cards">
      <p className="pinned-caption">{caption}</p>
      <ul className="pinned-card-list">
        {targets.map((t, i) => (
          <li key={t} className="pinned-card" data-target={t}>
            <h3>At {formatTokPerSecPerUser(t)} tok/s/user</h3>
            <dl>
              {rows.map((row) => (
                <div key={row.key} className="pinned-card-row" data-metric={row.metric}>
                  <dt>{row.label}</dt>
                  <dd>{row.cells[i] && <CellSides cell={row.cells[i]} labelA={labelA} labelB={labelB} />}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </div>
  );
}
