import type { SeriesStyle } from '../compare/series-styles';

interface DateLegendProps {
  dates: readonly { date: string; style: SeriesStyle; points: number }[];
  from: string | null;
  to: string | null;
}

/** Which curve is which run date, newest first, with the compared pair named. */
export function DateLegend({ dates, from, to }: DateLegendProps) {
  return (
    <ul className="date-legend" data-testid="date-legend" aria-label="Run dates">
      {dates.toReversed().map(({ date, style, points }) => (
        <li key={date} data-date={date}>
          <svg width="28" height="10" aria-hidden="true">
            <line
              x1="1"
              y1="5"
              x2="27"
              y2="5"
              stroke={style.color}
              strokeWidth={style.strokeWidth ?? 2}
              strokeDasharray={style.dash}
              opacity={style.opacity ?? 1}
            />
          </svg>{' '}
          {date}
          <span className="muted">
            {' '}
            · {points} point{points === 1 ? '' : 's'}
            {date === from && ' · from'}
            {date === to && ' · to'}
          </span>
        </li>
      ))}
    </ul>
  );
}
