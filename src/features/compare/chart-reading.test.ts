import { describe, expect, it } from 'vitest';
import type { BenchmarkPoint } from '../../data/schema';
import { METRICS, X_AXES } from '../../domain/metrics';
import { chartDescription, pointReading } from './chart-reading';
import { cardPlacement } from './point-tooltip';

describe('pointReading', () => {
  it('says series, place, both values with units, concurrency and frontier status', () => {
    const p = {
      x: 56.204,
      y: 3417.42,
      frontier: true,
      seriesLabel: 'MTP',
      point: { concurrency: 64 } as BenchmarkPoint,
    };
    expect(pointReading(p, 2, 7, METRICS.throughput, X_AXES.interactivity)).toBe(
      'MTP, point 3 of 7: 56.20 tok/s/user, 3417.4 tok/s/GPU, concurrency 64, on the frontier.',
    );
  });
  it('puts a cost in dollars and a latency in seconds', () => {
    const p = { x: 2.5, y: 0.1843, frontier: false, seriesLabel: 'Off', point: { concurrency: 4 } as BenchmarkPoint };
    expect(pointReading(p, 0, 1, METRICS.cost, X_AXES.e2e)).toBe(
      'Off, point 1 of 1: 2.50 s, $0.184/M tok, concurrency 4, dominated.',
    );
  });
});

describe('chartDescription', () => {
  it('names both axes with the range the points span and counts series and points', () => {
    const text = chartDescription({
      metric: METRICS.throughput,
      xLabel: 'Interactivity (tok/s/user)',
      logX: false,
      logY: true,
      series: [
        [
          { x: 8.24, y: 10_100 },
          { x: 40, y: 2000 },
        ],
        [],
        [{ x: 243, y: 132 }],
      ],
    });
    expect(text).toMatch(/^Horizontal axis: Interactivity \(tok\/s\/user\) \(points from 8\.24 to 243\)\. /);
    expect(text).toContain('Vertical axis: Throughput / GPU in tok/s/GPU, log scale (points from 132 to 10.1k).');
    expect(text).toContain(' 2 series, 3 points. ');
  });
  it('says so when nothing is drawn', () => {
    const text = chartDescription({ metric: METRICS.throughput, xLabel: 'x', logX: false, logY: false, series: [[]] });
    expect(text).toBe('No points are drawn.');
  });
});

describe('cardPlacement (the hover and tap card stays inside the chart)', () => {
  it('opens right and below near the top left', () => {
    expect(cardPlacement({ left: 100, top: 50, width: 1200, height: 440 })).toEqual({ left: 114, width: 340, top: 64 });
  });
  it('opens left near the right edge and upwards in the lower half', () => {
    // 1000 + 14 + 340 > 1200, so left = 1000 − 14 − 340 = 646; bottom = 440 − 300 + 14 = 154.
    expect(cardPlacement({ left: 1000, top: 300, width: 1200, height: 440 })).toEqual({
      left: 646,
      width: 340,
      bottom: 154,
    });
  });
  it('on a 309 px phone chart is as wide as the chart and starts at its left edge', () => {
    expect(cardPlacement({ left: 150, top: 100, width: 309, height: 440 })).toEqual({ left: 0, width: 309, top: 114 });
  });
});
