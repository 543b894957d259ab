import { memo, useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { markerPath } from './marker-path';
import type { SeriesStyle } from './series-styles';
import './series-legend.css';

export interface LegendEntry {
  /** Stable id of the series (its URL token or key). */
  id: string;
  /** The full name, searched and read out. */
  label: string;
  /** What is printed under the group heading (e.g. the name without the GPU); `label` by default. */
  shortLabel?: string;
  /** Heading the entry is listed under, e.g. the GPU. */
  group: string;
  pointCount: number;
  hidden: boolean;
  style: SeriesStyle;
  /** A link after the entry, e.g. to a related page: `text` shown, `label` read out. */
  link?: { href: string; text: string; label: string };
}

interface SeriesLegendProps {
  entries: readonly LegendEntry[];
  /** Called with the entry's id and whether it is hidden now. */
  onToggle: (id: string, hidden: boolean) => void;
  /** Hides or shows every listed entry (those matching the search). */
  onSetHidden: (ids: string[], hidden: boolean) => void;
}

/** A line and marker drawn exactly as the chart draws the series. */
export function SeriesSwatch({ style }: { style: SeriesStyle }) {
  return (
    <svg width="30" height="14" viewBox="0 0 30 14" aria-hidden="true" className="legend-swatch">
      <line x1="1" y1="7" x2="29" y2="7" stroke={style.color} strokeWidth={2} strokeDasharray={style.dash} />
      {style.hollow ? (
        <path d={markerPath(style.shape, 15, 7, 48)} fill="none" stroke={style.color} strokeWidth={1.75} />
      ) : (
        <path d={markerPath(style.shape, 15, 7, 48)} fill={style.color} />
      )}
    </svg>
  );
}

function sameEntry(a: LegendEntry, b: LegendEntry): boolean {
  return (
    a.id === b.id &&
    a.label === b.label &&
    a.shortLabel === b.shortLabel &&
    a.pointCount === b.pointCount &&
    a.hidden === b.hidden &&
    a.style.color === b.style.color &&
    a.style.dash === b.style.dash &&
    a.style.shape === b.style.shape &&
    a.style.hollow === b.style.hollow &&
    a.link?.href === b.link?.href &&
    a.link?.text === b.link?.text
  );
}

/**
 * One entry, redrawn only when what it shows changes: a metric switch rebuilds every entry
 * object, and 60 swatches redrawn for nothing cost more than the chart's own update.
 */
const LegendItem = memo(
  function LegendItem({ entry, onToggle }: { entry: LegendEntry; onToggle: (id: string, hidden: boolean) => void }) {
    return (
      <li className={entry.hidden ? 'legend-item legend-hidden' : 'legend-item'}>
        <button
          type="button"
          className="legend-toggle"
          aria-pressed={!entry.hidden}
          // The name starts with the visible text, then the series' name when the visible text is a summary (best mode).
          aria-label={`${entry.shortLabel ? `${entry.shortLabel} · ${entry.label}` : entry.label} (${entry.pointCount} point${entry.pointCount === 1 ? '' : 's'})`}
          title={`${entry.hidden ? 'Show' : 'Hide'} ${entry.label}`}
          onClick={() => onToggle(entry.id, entry.hidden)}
          data-series={entry.id}
        >
          <SeriesSwatch style={entry.style} />
          <span className="legend-label">{entry.shortLabel ?? entry.label}</span>
          <span className="legend-count">({entry.pointCount})</span>
        </button>
        {entry.link && (
          <Link to={entry.link.href} aria-label={entry.link.label}>
            {entry.link.text}
          </Link>
        )}
      </li>
    );
  },
  (prev, next) => prev.onToggle === next.onToggle && sameEntry(prev.entry, next.entry),
);

/** True when every whitespace-separated word of `query` occurs in `label` (case-insensitive). */
export function matchesQuery(label: string, query: string): boolean {
  const text = label.toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => text.includes(word));
}

/** A legend longer than this gets a link past it, so the keyboard need not walk every entry. */
const SKIP_AFTER = 8;

/** What the search's live region says: "12 of 61 series match"; nothing without a search. */
export function searchAnnouncement(matching: number, total: number, query: string): string {
  return query.trim() ? `${matching} of ${total} series match` : '';
}

/**
 * Every series with its point count, grouped (by vendor), each a toggle button. A search box
 * narrows the list by name (the count is said politely); "Show"/"Hide" act on what the search
 * lists. A long legend starts with a link past it.
 */
// Memoised: a metric or x-axis switch keeps the entries, so the long legend is not re-rendered.
export const SeriesLegend = memo(function SeriesLegend({ entries, onToggle, onSetHidden }: SeriesLegendProps) {
  const [query, setQuery] = useState('');
  const searchId = useId();
  const afterId = useId();
  const listed = useMemo(() => entries.filter((e) => matchesQuery(e.label, query)), [entries, query]);
  const groups = useMemo(() => {
    const byGroup = new Map<string, LegendEntry[]>();
    for (const entry of listed) byGroup.set(entry.group, [...(byGroup.get(entry.group) ?? []), entry]);
    return [...byGroup.entries()];
  }, [listed]);
  const shown = entries.filter((e) => !e.hidden).length;
  const ids = listed.map((e) => e.id);
  return (
    <section className="series-legend" aria-label="Series" data-testid="legend">
      {entries.length > SKIP_AFTER && (
        <a
          className="legend-skip"
          href={`#${afterId}`}
          // Focus moves without a fragment in the address (the address is the view).
          onClick={(event) => {
            event.preventDefault();
            document.getElementById(afterId)?.focus();
          }}
        >
          Skip the legend ({entries.length} series)
        </a>
      )}
      <div className="legend-toolbar">
        <label className="control" htmlFor={searchId}>
          <span className="control-label">Find series</span>
          <input
            id={searchId}
            type="search"
            value={query}
            placeholder="e.g. MI355X MTP"
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>
        <span className="visually-hidden" role="status" data-testid="legend-announcement">
          {searchAnnouncement(listed.length, entries.length, query)}
        </span>
        <span className="muted" data-testid="legend-count">
          {shown} of {entries.length} series shown
          {query && ` · ${listed.length} match`}
        </span>
        <button type="button" className="button-quiet" onClick={() => onSetHidden(ids, false)} disabled={!ids.length}>
          Show {query ? 'matches' : 'all'}
        </button>
        <button type="button" className="button-quiet" onClick={() => onSetHidden(ids, true)} disabled={!ids.length}>
          Hide {query ? 'matches' : 'all'}
        </button>
      </div>
      {listed.length === 0 && <p className="muted">No series matches “{query}”.</p>}
      <div className="legend-groups">
        <h2 className="visually-hidden">Series by vendor</h2>
        {groups.map(([group, list]) => (
          <div key={group} className="legend-group">
            <h3 className="legend-group-title">{group}</h3>
            <ul className="legend-list">
              {list.map((entry) => (
                <LegendItem key={entry.id} entry={entry} onToggle={onToggle} />
              ))}
            </ul>
          </div>
        ))}
      </div>
      {/* Where the skip link lands: focus moves here, so Tab goes on after the legend. */}
      <span id={afterId} tabIndex={-1} className="legend-end" />
    </section>
  );
});
