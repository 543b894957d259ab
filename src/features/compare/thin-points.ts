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
function pixelsOf(axis: ThinGrid['x'], sizePx: number): (v: number) => number {
  const [lo, hi] = axis.log ? [Math.log(axis.min), Math.log(axis.max)] : [axis.min, axis.max];
  const flat = axis.max === axis.min;
  return (v) => {
    const t = ((axis.log ? Math.log(v) : v) - lo) / (hi - lo);
    return Number.isFinite(t) ? t * sizePx : flat ? 0 : Number.NaN;
  };
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
 * The cells of one size already taken: a bitmap over the plot (50,000 points: no hashing), and
 * a set for a cell off the plot (a point outside the bounds the grid was made with).
 */
function cellsOf(grid: ThinGrid, size: number) {
  const columns = Math.ceil(grid.widthPx / size) + 1;
  const rows = Math.ceil(grid.heightPx / size) + 1;
  const onPlot = new Uint8Array(columns * rows);
  const offPlot = new Set<string>();
  /** Takes the cell of (px, py); whether it was free. */
  return (px: number, py: number): boolean => {
    const [c, r] = [Math.floor(px / size), Math.floor(py / size)];
    if (c >= 0 && c < columns && r >= 0 && r < rows) {
      const free = onPlot[r * columns + c] === 0;
      onPlot[r * columns + c] = 1;
      return free;
    }
    const key = `${c} ${r}`;
    const free = !offPlot.has(key);
    offPlot.add(key);
    return free;
  };
}

/**
 * One series' points to draw, by the rule above: a subsequence of `points`, in their order. A
 * point a log axis cannot place (x or y ≤ 0) is kept, as the chart would draw it.
 */
export function thinSeriesPoints<P extends XYF>(points: readonly P[], grid: ThinGrid): P[] {
  const always = extremes(points);
  const xPx = pixelsOf(grid.x, grid.widthPx);
  const yPx = pixelsOf(grid.y, grid.heightPx);
  const frontierCells = cellsOf(grid, FRONTIER_CELL_PX);
  const dominatedCells = cellsOf(grid, DOMINATED_CELL_PX);
  const out: P[] = [];
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    const px = xPx(p.x);
    const py = yPx(p.y);
    if (!Number.isFinite(px) || !Number.isFinite(py)) {
      out.push(p);
      continue;
    }
    if ((p.frontier ? frontierCells : dominatedCells)(px, py) || always.has(i)) out.push(p);
  }
  return out;
}

/** The bounds of every series' points on each axis: y from 0 on a linear axis, as the chart's y domain starts there. */
function boundsOf(series: readonly { measured: readonly XYF[] }[], logX: boolean, logY: boolean) {
  let [x0, x1, y0, y1] = [Infinity, -Infinity, logY ? Infinity : 0, -Infinity];
  for (const s of series) {
    for (const { x, y } of s.measured) {
      if (!(logX && x <= 0)) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
      }
      if (!(logY && y <= 0)) {
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
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

/** Columns a long curve is cut into across its x range, on a linear and on a log scale. */
export const CURVE_COLUMNS = 2048;

/** Marks, per column (`column[i]`, ascending; -1 for none), its first, last, lowest and highest point. */
function markColumns(ys: ArrayLike<number>, column: Int32Array, keep: Uint8Array): void {
  let at = -1;
  let [first, low, high] = [0, 0, 0];
  const close = (last: number) => {
    keep[first] = keep[last] = keep[low] = keep[high] = 1;
  };
  for (let i = 0; i < column.length; i++) {
    const c = column[i]!;
    const y = ys[i]!;
    if (c < 0 || !Number.isFinite(y)) keep[i] = 1;
    else if (c !== at) {
      if (at >= 0) close(i - 1);
      [at, first, low, high] = [c, i, i, i];
    } else {
      if (y < ys[low]!) low = i;
      if (y > ys[high]!) high = i;
    }
  }
  if (at >= 0) close(column.length - 1);
}

/** Each of the first `n` x's column of `columns` over [x0, x1], linear or by log x; -1 where it has none. */
function columnsOf(
  xs: ArrayLike<number>,
  n: number,
  x0: number,
  x1: number,
  log: boolean,
  columns: number,
): Int32Array {
  const out = new Int32Array(n);
  const [lo, span] = log ? [Math.log(x0), Math.log(x1) - Math.log(x0)] : [x0, x1 - x0];
  for (let i = 0; i < n; i++) {
    const x = xs[i]!;
    const c = Math.floor((((log ? Math.log(x) : x) - lo) / span) * columns);
    out[i] = Number.isFinite(c) ? Math.min(columns - 1, c) : -1;
  }
  return out;
}

/**
 * `thinCurvePoints` on a curve given as its first `n` x and y values (ascending x): which of
 * them to keep (1), or null to keep them all. For a curve computed straight into arrays (a
 * derived metric along a 50,000-knot frontier): no object per point that is dropped. Pure.
 */
export function curvePointsKept(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  n: number,
  columns = CURVE_COLUMNS,
): Uint8Array | null {
  if (n <= 4 * columns) return null;
  const x0 = xs[0]!;
  const x1 = xs[n - 1]!;
  if (!(x1 > x0)) return null;
  const keep = new Uint8Array(n);
  markColumns(ys, columnsOf(xs, n, x0, x1, false, columns), keep);
  if (x0 > 0) markColumns(ys, columnsOf(xs, n, x0, x1, true, columns), keep);
  return keep;
}

interface XY {
  x: number;
  y: number;
}

/**
 * A curve's points (ascending x) to join, when there are more than 4 × `columns` of them (a
 * frontier of 50,000 points): per column of its x range, on a linear and on a log scale, the
 * first, last, lowest and highest point; others are dropped. Every dropped point then lies
 * between two kept ones less than a column apart in x (at most 1/`columns` of the range:
 * under a pixel on any chart narrower than 2,048 px) and between the lowest and highest kept y
 * of that column, which the drawn line joins; the ends and the extremes are kept, so the axes
 * do not change. Fewer points, or x not increasing: the points as given. Display only: the
 * frontier, tables and sentences use every point. Pure.
 */
export function thinCurvePoints<P extends XY>(points: readonly P[], columns = CURVE_COLUMNS): P[] {
  if (points.length <= 4 * columns) return [...points];
  const xs = Float64Array.from(points, (p) => p.x);
  const ys = Float64Array.from(points, (p) => p.y);
  const keep = curvePointsKept(xs, ys, points.length, columns);
  return keep ? points.filter((_, i) => keep[i] === 1) : [...points];
}
