import { formatTokPerSecPerUser } from '../../domain/format';
import type { PublishedCell, PublishedComparison } from './published-compare';

const shown = (value: number | null) => (value === null ? 'unreachable' : String(value));

function Cell({ cell }: { cell: PublishedCell | undefined }) {
  if (!cell) return <td>—</td>;
  return (
    <td data-matches={cell.matches} className={cell.matches ? undefined : 'cell-differs'}>
      <span data-published>{shown(cell.published)}</span>
      {!cell.matches && (
        <div className="cell-note">
          ours <span data-ours>{shown(cell.oursRounded)}</span>
        </div>
      )}
    </td>
  );
}

/** The source's table, cell by cell beside ours at its own precision, and why the cells that differ do. */
export function PublishedTableView({ comparison: c }: { comparison: PublishedComparison }) {
  const { table } = c;
  const differing = c.cells.filter((cell) => !cell.matches);
  return (
    <>
      <p data-testid="published-summary">
        Our curves reproduce {c.numericMatched} of {c.numericTotal} numeric cells and {c.unreachableMatched} of{' '}
        {c.unreachableTotal} “unreachable” ones, compared at the table’s precision (
        {table.decimals === 0 ? 'whole numbers' : `${table.decimals} decimals`}).
        {differing.length > 0 && ` ${differing.length} differ; each is marked and explained below.`}
      </p>
      <div className="table-scroll">
        <table className="pinned-table" data-testid="published-table">
          <caption>
            {table.title} — tok/s/GPU; source: <a href={table.source.url}>{table.source.label}</a>
          </caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              {table.targets.map((t) => (
                <th scope="col" key={t}>
                  {formatTokPerSecPerUser(t)} tok/s/user
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.dates.map((date) => (
              <tr key={date} data-date={date}>
                <th scope="row">{date}</th>
                {table.targets.map((t) => (
                  <Cell key={t} cell={c.cells.find((cell) => cell.date === date && cell.target === t)} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {differing.length > 0 && (
        <ul className="caveats" data-testid="published-differences">
          {differing.map((cell) => (
            <li key={`${cell.date}@${cell.target}`} data-cell={`${cell.date}@${cell.target}`}>
              {cell.date} at {formatTokPerSecPerUser(cell.target)} tok/s/user: published {shown(cell.published)}, ours{' '}
              {shown(cell.oursRounded)} — {cell.reason}.
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
