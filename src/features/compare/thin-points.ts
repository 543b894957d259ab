/**
 * What the chart draws of its measured points when there are too many to draw each as an SVG
 * element (a 50,000-run file of your own). Display only: the points CSV, the tables, the
 * frontier and the curves are computed on every point, before and apart from this. Pure.
 *
 * Rule, per series, on a grid of square cells over the plot (in pixels, on the axes' own
 * scales, log where the axis is):
 * - frontier points: the first of each 3 × 3 px cell (in the series' order) is drawn. Two
 *   frontier points that close are one mark at chart size (a marker is 9 px across, so every
 *   frontier point's centre lies inside a drawn frontier marker), and the curve still passes
 *   through every one of them; when no two share a cell, every frontier point is drawn;
 * - dominated points: the first of each 8 × 8 px cell is drawn (about a marker's size);
 * - the points holding the series' smallest and largest x and y are always drawn, so the axes'
 *   automatic ranges are those of all the points.
 * The drawn points keep the series' order, so the keys walk them as before.
 */

/** The plot as the chart lays it out: its data bounds on each axis and its size in pixels. */
export interface ThinGrid {
  x: { min: number; max: number; log: boolean };
  y: { min: number; max: number; log: boolean };
  widthPx: number;
  heightPx: number;
}

export const FRONTIER_CELL_PX = 3;
export const DOMINATED_CELL_PX = 8;
/** A chart with more measured points than this is thinned; below it every point is drawn as before. */
export const THIN_ABOVE = 2000;

interface XYF {
  x: number;
  y: number;
  frontier: boolean;
}

/** A value's place along an axis in pixels from its start (NaN when a log axis cannot show it). */
function pixel(v: number, axis: ThinGrid['x'], sizePx: number): number {
  const t = axis.log
    ? (Math.log(v) - Math.log(axis.min)) / (Math.log(axis.max) - Math.log(axis.min))
    : (v - axis.min) / (axis.max - axis.min);
  return Number.isFinite(t) ? t * sizePx : axis.max === axis.min ? 0 : Number.NaN;
}

/** Indexes of the points holding the smallest and largest x and y (the first of ties). */
function extremes(points: readonly XYF[]): Set<number> {
  const keep = new Set<number>();
  if (points.length === 0) return keep;
  let [minX, maxX, minY, maxY] = [0, 0, 0, 0];
  for (let i = 1; i < points.length; i++) {
    const { x, y } = points[i]!;
    if (x < points[minX]!.x) minX = i;
    if (x > points[maxX]!.x) maxX = i;
    if (y < points[minY]!.y) minY = i;
    if (y > points[maxY]!.y) maxY = i;
  }
  for (const i of [minX, maxX, minY, maxY]) keep.add(i);
  return keep;
}

/**
 * One series' points to draw, by the rule above: a subsequence of `points`, in their order. A
 * point a log axis cannot place (x or y ≤ 0) is kept, as the chart would draw it.
 */
export function thinSeriesPoints<P extends XYF>(points: readonly P[], grid: ThinGrid): P[] {
  const always = extremes(points);
  const taken = new Set<number>();
  const out: P[] = [];
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    const px = pixel(p.x, grid.x, grid.widthPx);
    const py = pixel(p.y, grid.y, grid.heightPx);
    if (!Number.isFinite(px) || !Number.isFinite(py)) {
      out.push(p);
      continue;
    }
    const size = p.frontier ? FRONTIER_CELL_PX : DOMINATED_CELL_PX;
    const columns = Math.ceil(grid.widthPx / size) + 1;
    // Frontier and dominated cells are counted apart: a sign keeps their keys from meeting.
    const cell = (Math.floor(py / size) * columns + Math.floor(px / size) + 1) * (p.frontier ? 1 : -1);
    if (taken.has(cell) && !always.has(i)) continue;
    taken.add(cell);
    out.push(p);
  }
  return out;
}

/** The bounds of every series' points on each axis: y from 0 on a linear axis, as the chart's y domain starts there. */
function boundsOf(series: readonly { measured: readonly XYF[] }[], logX: boolean, logY: boolean) {
  let [x0, x1, y0, y1] = [Infinity, -Infinity, logY ? Infinity : 0, -Infinity];
  for (const s of series) {
    for (const p of s.measured) {
      if (!(logX && p.x <= 0)) [x0, x1] = [Math.min(x0, p.x), Math.max(x1, p.x)];
      if (!(logY && p.y <= 0)) [y0, y1] = [Math.min(y0, p.y), Math.max(y1, p.y)];
    }
  }
  return { x: { min: x0, max: x1, log: logX }, y: { min: y0, max: y1, log: logY } };
}

/**
 * The series as the chart draws them: each with its `measured` thinned (`thinSeriesPoints`)
 * when the chart holds more than `THIN_ABOVE` points to draw (only frontier ones when
 * `frontierOnly`), else the very same series. `drawn` and `total` count those points.
 */
export function thinForDrawing<S extends { measured: readonly XYF[] }>(
  series: readonly S[],
  plot: { widthPx: number; heightPx: number; logX: boolean; logY: boolean; frontierOnly: boolean },
): { series: readonly S[]; drawn: number; total: number } {
  const shown = (s: S) => (plot.frontierOnly ? s.measured.filter((p) => p.frontier) : s.measured);
  const total = series.reduce((n, s) => n + shown(s).length, 0);
  if (total <= THIN_ABOVE) return { series, drawn: total, total };
  const grid: ThinGrid = { ...boundsOf(series, plot.logX, plot.logY), widthPx: plot.widthPx, heightPx: plot.heightPx };
  const thinned = series.map((s) => ({ ...s, measured: thinSeriesPoints(shown(s), grid) }));
  return { series: thinned, drawn: thinned.reduce((n, s) => n + s.measured.length, 0), total };
}
