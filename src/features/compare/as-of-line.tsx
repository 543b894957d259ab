import type { AsOfHeader } from './as-of';
import './as-of.css';

/** The header line under a page's heading: the latest view or the day shown, and the run dates of the shown points. */
export function AsOfLine({ header }: { header: AsOfHeader }) {
  return (
    <div className="as-of-line" data-testid="as-of">
      <p className="muted">
        <span data-testid="as-of-text">{header.text}</span>
        {header.note && ` ${header.note}`}
      </p>
      {header.allDates && (
        <details className="as-of-dates">
          <summary>All {header.allDates.length} run dates of the shown points</summary>
          <ul data-testid="as-of-dates">
            {header.allDates.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
