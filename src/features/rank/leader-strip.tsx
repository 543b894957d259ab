import { formatTokPerSecPerUser } from '../../domain/format';
import { memo } from 'react';
import type { RankModel } from './rank-types';
import { sameData } from '../../components/same-data';

/** Which setup leads at each interactivity, as a strip along the x axis, and the changes of lead in words. */
export const RankLeader = memo(
  LeaderStrip,
  (p, n) => p.rank.metric === n.rank.metric && sameData(p.rank.leader, n.rank.leader),
);

function LeaderStrip({ rank }: { rank: RankModel }) {
  const { segments, changes } = rank.leader;
  if (segments.length === 0) return null;
  const lo = segments[0]!.from;
  const hi = segments[segments.length - 1]!.to;
  const span = hi - lo || 1;
  return (
    <section className="rank-below-fold" aria-labelledby="rank-leader-title">
      <h2 id="rank-leader-title">Who leads across interactivity ({rank.metric.label})</h2>
      <div className="leader-strip" data-testid="rank-leader" aria-hidden="true">
        {segments.map((s, i) => (
          <div
            key={`${s.rowId}-${s.from}`}
            className={`leader-segment leader-${i % 2 === 0 ? 'even' : 'odd'}`}
            style={{ flexGrow: (s.to - s.from) / span }}
            title={`${s.label}: ${formatTokPerSecPerUser(s.from, 1)}–${formatTokPerSecPerUser(s.to, 1)} tok/s/user`}
          >
            {s.label}
          </div>
        ))}
      </div>
      <ul className="findings" data-testid="rank-leader-changes">
        {segments.map((s) => (
          <li key={`${s.rowId}-${s.from}`} className="visually-hidden">
            {s.label} leads from {formatTokPerSecPerUser(s.from, 1)} to {formatTokPerSecPerUser(s.to, 1)} tok/s/user.
          </li>
        ))}
        {changes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
    </section>
  );
}
