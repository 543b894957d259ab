import { describe, expect, it } from 'vitest';
import { axisFor, chartGeometry, exactAxis, extent, plotArea, scaleOf } from './chart-geometry';

describe('plotArea', () => {
  it('is the chart less its margins (16 top, 24 right, 28 bottom, 16 left), the 72 px y axis and the 30 px x axis', () => {
    expect(plotArea(800, 440)).toEqual({ x: 88, y: 16, width: 688, height: 366 });
    expect(plotArea(800, 280, { top: 12, right: 24, bottom: 24, left: 16 })).toEqual({
      x: 88,
      y: 12,
      width: 688,
      height: 214,
    });
    expect(plotArea(50, 50).width).toBe(0);
  });
});

describe('scaleOf', () => {
  it('maps a linear domain onto the range, y upwards', () => {
    const y = scaleOf({ domain: [0, 400], log: false }, 300, 100);
    expect([y(0), y(100), y(400), y(500)]).toEqual([300, 250, 100, 50]);
  });

  it('maps a log domain by decades and cannot place zero or less', () => {
    const x = scaleOf({ domain: [1, 1000], log: true }, 0, 300);
    expect(x(10)).toBeCloseTo(100, 10);
    expect(x(100)).toBeCloseTo(200, 10);
    expect(x(0)).toBeNaN();
    expect(x(-1)).toBeNaN();
    expect(x(Number.NaN)).toBeNaN();
  });

  it('draws a domain of one value in the middle', () => {
    expect(scaleOf({ domain: [5, 5], log: false }, 0, 100)(5)).toBe(50);
  });
});

describe('axisFor and extent', () => {
  it('runs a linear y axis from zero and a linear x axis from its round tick below the values', () => {
    // From zero, steps 30 and 50 both end at 150: the larger wins.
    expect(axisFor(40, 130, { log: false, fromZero: true })).toEqual({
      domain: [0, 150],
      ticks: [0, 50, 100, 150],
      log: false,
    });
    expect(axisFor(40, 130, { log: false, fromZero: false })).toEqual({
      domain: [40, 140],
      ticks: [40, 60, 80, 100, 120, 140],
      log: false,
    });
  });

  it('gives a log axis 1-2-5 ticks over its positive values, and a default axis when there is nothing to show', () => {
    const points = [{ v: 0 }, { v: 3 }, { v: 140 }];
    const [lo, hi] = extent(points, (p) => p.v, true);
    expect([lo, hi]).toEqual([3, 140]);
    expect(axisFor(lo, hi, { log: true, fromZero: false })).toEqual({
      domain: [2, 200],
      ticks: [2, 5, 10, 20, 50, 100, 200],
      log: true,
    });
    expect(extent(points, (p) => p.v, false)).toEqual([0, 140]);
    const [none0, none1] = extent([], (p: { v: number }) => p.v, false);
    expect(axisFor(none0, none1, { log: false, fromZero: true })).toEqual({
      domain: [0, 1],
      ticks: [0, 1],
      log: false,
    });
    expect(axisFor(none0, none1, { log: true, fromZero: false }).domain).toEqual([1, 10]);
  });

  it('spans run dates exactly, with round ticks inside, and one date a day either side', () => {
    // Step 15 spans 20,460–20,535 (6 ticks), the least; those inside the dates are kept.
    expect(exactAxis(20470, 20530)).toEqual({
      domain: [20470, 20530],
      ticks: [20475, 20490, 20505, 20520],
      log: false,
    });
    expect(exactAxis(20500, 20500).domain).toEqual([20499, 20501]);
  });
});

describe('chartGeometry', () => {
  it('places the axes’ ends on the plot’s edges', () => {
    const g = chartGeometry(
      800,
      440,
      { domain: [0, 250], ticks: [], log: false },
      { domain: [0, 12000], ticks: [], log: false },
    );
    expect([g.x(0), g.x(250), g.y(0), g.y(12000), g.y(6000)]).toEqual([88, 776, 382, 16, 199]);
  });
});
