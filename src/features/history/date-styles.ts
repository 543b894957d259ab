import type { SeriesStyle } from '../compare/series-styles';

/**
 * How a run date's curve is drawn: the newest emphasised (the page's first colour, thick,
 * round markers), older dates in the second colour, fading with age; `from` draws triangles
 * so the compared pair never differs by colour alone.
 */
export function dateStyle(
  series: { date: string; newest: boolean; age: number },
  from: string | null,
  colors: { a: string; b: string },
): SeriesStyle {
  if (series.newest) return { color: colors.a, dash: undefined, shape: 'circle', muted: false, strokeWidth: 3 };
  return {
    color: colors.b,
    dash: series.date === from ? '7 4' : undefined,
    shape: series.date === from ? 'triangle' : 'square',
    muted: series.date !== from,
    strokeWidth: series.date === from ? 2 : 1.5,
    opacity: series.date === from ? 0.9 : 0.75 - 0.5 * series.age,
  };
}
