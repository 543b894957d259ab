import { Link } from 'react-router';
import { downloadCsv } from '../../components/download';
import { formatTokPerSecPerUser } from '../../domain/format';
import { Select } from '../../components/select';
import { rankPage, type RankSelection } from '../../state/pages/rank';
import { configurationText } from './rank-config';
import { sparseNoteText } from './rank-words';
import type { RankRow } from './rank-types';
import type { RankViewModel } from './rank-view-model';

const LEADER = '__leader__';

/** The ranked table at the target, the baseline picker and the CSV downloads; out-of-range rows last. */
export function RankTable({ vm, selection }: { vm: RankViewModel; selection: RankSelection }) {
  const { pickBaseline } = rankPage.useActions();
  const { rank } = vm;
  const inRange = rank.rows.filter((r) => r.inRange);
  const outOfRange = rank.rows.filter((r) => !r.inRange);
  const fileBase = `isoline-rank-${selection.model}-${selection.sequence}-${selection.metric}-${rank.target}`;
  return (
    <section aria-labelledby="rank-table-title">
      <h2 id="rank-table-title">Ranked at {rank.target} tok/s/user</h2>
      <div className="controls" role="group" aria-label="Baseline">
        <Select
          label="Percentages against"
          value={selection.base ?? LEADER}
          options={[
            { value: LEADER, label: 'The leader' },
            ...inRange.filter((r) => !r.own).map((r) => ({ value: r.id, label: r.label })),
            ...(selection.base && !inRange.some((r) => r.id === selection.base)
              ? [{ value: selection.base, label: `${selection.base} (does not reach the target)`, disabled: true }]
              : []),
          ]}
          onChange={(v) => pickBaseline(v === LEADER ? null : v)}
        />
      </div>
      <div className="table-scroll">
        <table className="rank-table" data-testid="rank-table">
          <caption className="visually-hidden">
            {rank.metric.tableLabel} of every setup at {rank.target} tok/s/user, best first
          </caption>
          <thead>
            <tr>
              <th scope="col">Rank</th>
              <th scope="col">Setup</th>
              <th scope="col">{rank.metric.tableLabel}</th>
              <th scope="col">vs baseline</th>
              <th scope="col">Best series and configuration there</th>
              <th scope="col">Measured at least</th>
            </tr>
          </thead>
          <tbody>
            {inRange.map((row) => (
              <RankTableRow
                key={row.id}
                row={row}
                href={vm.inferenceLinks.get(row.id)}
                isBase={row === rank.baseline}
              />
            ))}
          </tbody>
        </table>
      </div>
      {outOfRange.length > 0 && (
        <>
          <h3>Not reaching {rank.target} tok/s/user</h3>
          <ul className="rank-out-of-range" data-testid="rank-out-of-range">
            {outOfRange.map((row) => (
              <li key={row.id} data-row={row.id} data-own={row.own || undefined}>
                {row.label}: {row.reachText}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="row">
        <button
          type="button"
          className="button-quiet"
          onClick={() => downloadCsv(`${fileBase}.csv`, rank.csv.ranked())}
        >
          Download ranking (CSV)
        </button>
        <button
          type="button"
          className="button-quiet"
          onClick={() => downloadCsv(`${fileBase}-matrix.csv`, rank.csv.matrix())}
        >
          Download matrix (CSV)
        </button>
        <span className="muted">Shown and unrounded values; the address of this page reproduces the view.</span>
      </p>
    </section>
  );
}

function RankTableRow({ row, href, isBase }: { row: RankRow; href: string | undefined; isBase: boolean }) {
  return (
    <tr
      data-row={row.id}
      data-own={row.own || undefined}
      className={[isBase && 'rank-baseline', row.own && 'rank-own'].filter(Boolean).join(' ') || undefined}
    >
      <td data-cell="rank">{row.rank}</td>
      <th scope="row" data-cell="setup">
        {href ? <Link to={href}>{row.label}</Link> : row.label}
        {isBase && <span className="muted"> (baseline)</span>}
      </th>
      <td data-cell="value">{row.shown}</td>
      <td data-cell="vs-base">{isBase ? 'baseline' : (row.vsBase?.words ?? '—')}</td>
      <td data-cell="config">
        {row.best && (
          <>
            {row.best.seriesLabel}
            <div className="muted">
              {configurationText(row.best.point)}
              {row.best.point.runUrl && (
                <>
                  {' · '}
                  <a href={row.best.point.runUrl} rel="noreferrer">
                    run
                  </a>
                </>
              )}
            </div>
          </>
        )}
        {row.warnings.length > 0 && (
          <div className="sparse-note" data-cell="warnings">
            {sparseNoteText(row.warnings)}
          </div>
        )}
      </td>
      <td data-cell="at-least">
        {row.atLeast
          ? `${row.atLeast.shown} at ${formatTokPerSecPerUser(row.atLeast.tokPerSecPerUser, 1)} tok/s/user`
          : '—'}
      </td>
    </tr>
  );
}
