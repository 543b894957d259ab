import { describe, expect, it } from 'vitest';
import { THIN_ABOVE, thinForDrawing, thinSeriesPoints, type ThinGrid } from './thin-points';

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
