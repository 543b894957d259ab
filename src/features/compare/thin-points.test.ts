import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { THIN_ABOVE, thinCurvePoints, thinForDrawing, thinSeriesPoints, type ThinGrid } from './thin-points';

const f = (x: number, y: number) => ({ x, y, frontier: true });
const d = (x: number, y: number) => ({ x, y, frontier: false });

/** 0..100 on both axes over 100 × 100 px: one data unit is one pixel. */
const unit: ThinGrid = {
  x: { min: 0, max: 100, log: false },
  y: { min: 0, max: 100, log: false },
  widthPx: 100,
  heightPx: 100,
};

describe('thinSeriesPoints', () => {
  it('keeps one dominated point per 8 px cell and one frontier point per 3 px cell, in order', () => {
    const points = [
      f(0, 100), // smallest x, largest y: kept
      d(10, 10), // cell (1, 1) of 8 px: the first there, kept
      d(11, 11), // same cell: dropped
      d(15.9, 8), // same cell (x 8–16, y 8–16): dropped
      d(16, 10), // the next cell to the right: kept
      f(45, 45), // 3 px cell (15, 15): kept
      f(46, 46), // 46 / 3 = 15.3: same cell, dropped
      f(48, 48), // cell (16, 16): kept
      d(45.5, 45.5), // a dominated point where a frontier point is drawn: its own kind's cell, kept
      f(100, 0), // largest x, smallest y: kept
    ];
    expect(thinSeriesPoints(points, unit)).toEqual([
      f(0, 100),
      d(10, 10),
      d(16, 10),
      f(45, 45),
      f(48, 48),
      d(45.5, 45.5),
      f(100, 0),
    ]);
  });

  it('keeps every frontier point when no two share a 3 px cell', () => {
    const frontier = [f(0, 100), f(3, 90), f(6, 80), f(9.5, 70), f(50, 40), f(100, 0)];
    expect(thinSeriesPoints(frontier, unit)).toEqual(frontier);
  });

  it('always keeps the points at the smallest and largest x and y, even in one cell', () => {
    expect(thinSeriesPoints([d(1, 1), d(2, 2), d(3, 3), d(4, 4)], unit)).toEqual([d(1, 1), d(4, 4)]);
  });

  it('places points on a log axis by their logarithm', () => {
    // x from 1 to 1000 over 300 px: 100 px per decade. 900 and 910 are 3 px apart on a linear
    // axis (cells 89 and 90) but 0.48 px apart on the log axis (both in cell 98).
    const points = [f(1, 1), f(900, 5), f(910, 5), f(1000, 10)];
    const grid = (log: boolean): ThinGrid => ({
      x: { min: 1, max: 1000, log },
      y: { min: 0, max: 10, log: false },
      widthPx: 300,
      heightPx: 100,
    });
    expect(thinSeriesPoints(points, grid(true))).toEqual([f(1, 1), f(900, 5), f(1000, 10)]);
    expect(thinSeriesPoints(points, grid(false))).toEqual(points);
  });

  it('keeps a point a log axis cannot place, as the chart would draw it', () => {
    const grid: ThinGrid = { ...unit, x: { min: 1, max: 100, log: true } };
    const points = [d(1, 0), d(50, 50), d(-2, 50.5), d(0, 50.2), d(50.1, 50.1), d(100, 100)];
    expect(thinSeriesPoints(points, grid)).toEqual([d(1, 0), d(50, 50), d(-2, 50.5), d(0, 50.2), d(100, 100)]);
  });
});

describe('thinForDrawing', () => {
  const plot = { widthPx: 100, heightPx: 100, logX: false, logY: false, frontierOnly: false };
  const same = (n: number) => Array.from({ length: n }, () => d(5, 5));

  it(`draws every point of a chart of ${THIN_ABOVE} points or fewer, and says so`, () => {
    const series = [{ key: 'a', measured: same(THIN_ABOVE) }];
    const out = thinForDrawing(series, plot);
    expect(out.series).toBe(series);
    expect([out.drawn, out.total]).toEqual([THIN_ABOVE, THIN_ABOVE]);
  });

  it('thins a larger chart per series and counts what is drawn of all', () => {
    // 2,001 identical dominated points: one mark; another series' two far-apart points stay.
    const series = [
      { key: 'a', measured: same(THIN_ABOVE + 1) },
      { key: 'b', measured: [d(0, 0), d(100, 100)] },
    ];
    const out = thinForDrawing(series, plot);
    expect(out.series.map((s) => [s.key, s.measured.length])).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    expect([out.drawn, out.total]).toEqual([3, THIN_ABOVE + 3]);
  });

  it('counts only frontier points when only they are drawn', () => {
    const series = [{ key: 'a', measured: [...same(THIN_ABOVE + 5), f(1, 1), f(90, 90)] }];
    const few = thinForDrawing(series, { ...plot, frontierOnly: true });
    expect(few.series).toBe(series);
    expect([few.drawn, few.total]).toEqual([2, 2]);
  });
});

describe('thinCurvePoints', () => {
  const xy = (x: number, y: number) => ({ x, y });

  it('keeps a curve of 4 × columns points or fewer as it is', () => {
    const points = [1, 2, 3, 4, 5, 6, 7, 8].map((x) => xy(x, 10 - x));
    expect(thinCurvePoints(points, 2)).toEqual(points);
  });

  it('keeps the first, last, lowest and highest point of each column', () => {
    // x 0..8 over 2 columns (no log columns: x starts at 0): x 0–3 in the first, 4–8 in the second.
    const ys = [5, 1, 9, 3, 4, 4, 2, 8, 6];
    const points = ys.map((y, x) => xy(x, y));
    // Second column, y 4 4 2 8 6: first (x 4), lowest (x 6), highest (x 7), last (x 8); x 5 dropped.
    expect(thinCurvePoints(points, 2).map((p) => p.x)).toEqual([0, 1, 2, 3, 4, 6, 7, 8]);
  });

  it('also keeps them per column of log x when x starts above zero', () => {
    // x 1, 2, 4, …, 512 over 2 columns: linear ones split at 256.5 (x 1–256 | 512), log ones at
    // √512 ≈ 22.6 (x 1–16 | 32–512); y falls, so first = highest and last = lowest.
    const points = Array.from({ length: 10 }, (_, i) => xy(2 ** i, 100 - i));
    expect(thinCurvePoints(points, 2).map((p) => p.x)).toEqual([1, 16, 32, 256, 512]);
  });

  it('drops only points lying, within one column, between kept ones in x and in y (property)', () => {
    const columns = 3;
    const curve = fc
      .array(
        fc.tuple(fc.double({ min: 0.001, max: 1000, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true })),
        {
          minLength: 13,
          maxLength: 120,
        },
      )
      .map((pairs) => pairs.map(([x, y]) => xy(x, y)).sort((a, b) => a.x - b.x));
    const property = () =>
      fc.assert(
        fc.property(curve, (points) => {
          const kept = thinCurvePoints(points, columns);
          const x0 = points[0]!.x;
          const x1 = points[points.length - 1]!.x;
          const scales = [(x: number) => (x - x0) / (x1 - x0), (x: number) => Math.log(x / x0) / Math.log(x1 / x0)];
          if (!(x1 > x0)) return kept.length === points.length;
          for (const t of scales) {
            const column = (x: number) => Math.min(columns - 1, Math.floor(t(x) * columns));
            for (const p of points) {
              if (kept.includes(p)) continue;
              const same = kept.filter((k) => column(k.x) === column(p.x));
              const inX = same.some((k) => k.x <= p.x) && same.some((k) => k.x >= p.x);
              const inY = same.some((k) => k.y <= p.y) && same.some((k) => k.y >= p.y);
              if (!inX || !inY) return false;
            }
          }
          return kept[0] === points[0] && kept.at(-1) === points.at(-1);
        }),
      );
    expect(property).not.toThrow();
  });
});
