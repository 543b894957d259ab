import { downloadCsv } from '../../components/download';
import { formatTokPerSecPerUser } from '../../domain/format';
import { cellText, changeText, trendCsv, type TrendTable } from './trend';

/** Dates × targets: the metric on each date's curve, "unreachable" past its frontier, the change vs the first date reaching the target. */
export function TrendTableView({ table, caption, fileName }: { table: TrendTable; caption: string; fileName: string }) {
  return (
    <>
      {/* A scrollable region must be reachable from the keyboard (axe: scrollable-region-focusable). */}
      {/* oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table className="pinned-table trend-table" data-testid="trend-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Run date</th>
              {table.targets.map((t) => (
                <th scope="col" key={t}>
                  {formatTokPerSecPerUser(t)} tok/s/user
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.date} data-date={row.date}>
                <th scope="row">{row.date}</th>
                {row.cells.map((cell, i) => (
                  <td key={table.targets[i]} data-status={cell.status}>
                    <span data-value>{cellText(cell, table.metric)}</span>
                    {cell.status === 'value' && cell.baseDate !== row.date && (
                      <div className="cell-delta" data-change>
                        {changeText(cell.changeFraction)}
                      </div>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="row">
        <button type="button" className="button-quiet" onClick={() => downloadCsv(fileName, trendCsv(table, caption))}>
          Download trend (CSV)
        </button>
        <span className="muted">Changes are against the first date that reaches each target.</span>
      </p>
    </>
  );
}
