import { describe, expect, it } from 'vitest';
import { clampCursor, firstCursor, moveCursor, nearestIndex, type ChartKey, type ChartKeySeries } from './chart-keys';

// Three series as x positions (interactivity); the middle one has no drawn point.
const SERIES: ChartKeySeries[] = [[10, 20, 40], [], [12, 33, 60, 90]];

describe('moveCursor', () => {
  it.each<[string, { series: number; point: number }, ChartKey, { series: number; point: number }]>([
    ['Right steps along the series', { series: 0, point: 0 }, 'ArrowRight', { series: 0, point: 1 }],
    ['Right stops at the last point', { series: 0, point: 2 }, 'ArrowRight', { series: 0, point: 2 }],
    ['Left steps back', { series: 2, point: 3 }, 'ArrowLeft', { series: 2, point: 2 }],
    ['Left stops at the first point', { series: 2, point: 0 }, 'ArrowLeft', { series: 2, point: 0 }],
    ['Home goes to the first point', { series: 2, point: 3 }, 'Home', { series: 2, point: 0 }],
    ['End goes to the last point', { series: 2, point: 1 }, 'End', { series: 2, point: 3 }],
    // From x = 20: |12 − 20| = 8, |33 − 20| = 13, so 12; the empty series is skipped.
    ['Down skips the empty series, nearest x', { series: 0, point: 1 }, 'ArrowDown', { series: 2, point: 0 }],
    // From x = 40: |33 − 40| = 7 beats |60 − 40| = 20.
    ['Down from x = 40 lands on 33', { series: 0, point: 2 }, 'ArrowDown', { series: 2, point: 1 }],
    // From x = 60: |40 − 60| = 20 beats |20 − 60| = 40.
    ['Up from x = 60 lands on 40', { series: 2, point: 2 }, 'ArrowUp', { series: 0, point: 2 }],
    ['Up stops at the first series', { series: 0, point: 1 }, 'ArrowUp', { series: 0, point: 1 }],
    ['Down stops at the last series', { series: 2, point: 1 }, 'ArrowDown', { series: 2, point: 1 }],
  ])('%s', (_name, from, key, to) => {
    expect(moveCursor(SERIES, from, key)).toEqual(to);
  });

  it('starts at the first drawn point when nothing is focused yet', () => {
    expect(moveCursor([[], [5, 6]], null, 'ArrowRight')).toEqual({ series: 1, point: 1 });
  });

  it('clamps a cursor left over from series that changed', () => {
    expect(moveCursor(SERIES, { series: 0, point: 9 }, 'ArrowLeft')).toEqual({ series: 0, point: 1 });
    expect(moveCursor(SERIES, { series: 7, point: 0 }, 'ArrowRight')).toEqual({ series: 0, point: 1 });
  });

  it('answers null when nothing is drawn', () => {
    expect(moveCursor([[], []], null, 'ArrowDown')).toBeNull();
    expect(firstCursor([])).toBeNull();
  });
});

describe('nearestIndex and clampCursor', () => {
  it('takes the lower point on a tie', () => {
    // 15 is 5 from both 10 and 20.
    expect(nearestIndex([10, 20], 15)).toBe(0);
    expect(nearestIndex([10, 20], 15.001)).toBe(1);
  });
  it('moves an empty series to the first drawn point', () => {
    expect(clampCursor(SERIES, { series: 1, point: 0 })).toEqual({ series: 0, point: 0 });
  });
});
