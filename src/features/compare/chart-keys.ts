/** Where keyboard focus is among the chart's points: a series and a point of it, both indexes into `ChartKeySeries[]`. */
export interface ChartCursor {
  series: number;
  point: number;
}

/** One navigable series: its drawn points' x positions in ascending order (in the axis' own space, e.g. log x on a log axis). */
export type ChartKeySeries = readonly number[];

/** The keys the chart answers; every other key is left to the browser. */
export type ChartKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

export function isChartKey(key: string): key is ChartKey {
  return (
    key === 'ArrowLeft' ||
    key === 'ArrowRight' ||
    key === 'ArrowUp' ||
    key === 'ArrowDown' ||
    key === 'Home' ||
    key === 'End'
  );
}

/** The first point of the first series that has one; null when nothing is drawn. */
export function firstCursor(series: readonly ChartKeySeries[]): ChartCursor | null {
  const s = series.findIndex((xs) => xs.length > 0);
  return s < 0 ? null : { series: s, point: 0 };
}

/** Index of the x in ascending `xs` nearest to `x`; the lower one on a tie. `xs` must not be empty. */
export function nearestIndex(xs: ChartKeySeries, x: number): number {
  let best = 0;
  for (let i = 1; i < xs.length; i++) if (Math.abs(xs[i]! - x) < Math.abs(xs[best]! - x)) best = i;
  return best;
}

/**
 * Where a key moves the cursor: Left and Right step along the series (stopping at its ends),
 * Home and End jump to its first and last point, Up and Down go to the previous and next
 * series that has points (skipping empty ones, stopping at the first and last), landing on
 * the point nearest in x to the one left. A cursor that no longer fits the series (they
 * changed under it) is clamped first; with no points at all the answer is null.
 */
export function moveCursor(
  series: readonly ChartKeySeries[],
  cursor: ChartCursor | null,
  key: ChartKey,
): ChartCursor | null {
  const start = clampCursor(series, cursor);
  if (!start) return null;
  const xs = series[start.series]!;
  switch (key) {
    case 'ArrowLeft':
      return { ...start, point: Math.max(0, start.point - 1) };
    case 'ArrowRight':
      return { ...start, point: Math.min(xs.length - 1, start.point + 1) };
    case 'Home':
      return { ...start, point: 0 };
    case 'End':
      return { ...start, point: xs.length - 1 };
    case 'ArrowUp':
    case 'ArrowDown': {
      const step = key === 'ArrowUp' ? -1 : 1;
      for (let s = start.series + step; s >= 0 && s < series.length; s += step) {
        const next = series[s]!;
        if (next.length > 0) return { series: s, point: nearestIndex(next, xs[start.point]!) };
      }
      return start;
    }
  }
}

/** The cursor kept inside the series: the nearest valid series and point, or the first point when it has none. */
export function clampCursor(series: readonly ChartKeySeries[], cursor: ChartCursor | null): ChartCursor | null {
  if (!cursor) return firstCursor(series);
  const xs = series[cursor.series];
  if (!xs || xs.length === 0) return firstCursor(series);
  return { series: cursor.series, point: Math.min(Math.max(0, cursor.point), xs.length - 1) };
}
