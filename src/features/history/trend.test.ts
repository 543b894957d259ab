import { describe, expect, it } from 'vitest';
import { METRICS } from '../../domain/metrics';
import { dateOfDay, dayOfDate, trendLines, type TrendCell, type TrendTable } from './trend';

const value = (v: number): TrendCell => ({ status: 'value', value: v, changeFraction: 0, baseDate: '2026-01-01' });
const unreachable: TrendCell = { status: 'unreachable', domain: [30, 50] };
const noValue: TrendCell = { status: 'no-value' };

describe('trendLines', () => {
  // Hand-made table (not real data): two targets over four run dates, each kind of empty cell.
  const table: TrendTable = {
    metric: METRICS.throughput,
    targets: [20, 40],
    rows: [
      { date: '2026-01-01', cells: [value(10), value(20)] },
      { date: '2026-01-02', cells: [unreachable, value(21)] },
      { date: '2026-01-03', cells: [value(12), noValue] },
      { date: '2026-01-05', cells: [value(13), value(23)] },
    ],
  };

  it('splits each target where a date has no value, and keeps lone dates as single points', () => {
    // Day numbers counted with Python's date arithmetic from 1970-01-01.
    expect(trendLines(table)).toEqual([
      {
        target: 20,
        pieces: [
          [{ x: 20454, y: 10 }],
          [
            { x: 20456, y: 12 },
            { x: 20458, y: 13 },
          ],
        ],
      },
      {
        target: 40,
        pieces: [
          [
            { x: 20454, y: 20 },
            { x: 20455, y: 21 },
          ],
          [{ x: 20458, y: 23 }],
        ],
      },
    ]);
  });

  it('draws nothing for a target no date reaches', () => {
    const none = { ...table, targets: [99], rows: table.rows.map((r) => ({ ...r, cells: [unreachable] })) };
    expect(trendLines(none)).toEqual([{ target: 99, pieces: [] }]);
  });

  it('reads day numbers back as the same dates', () => {
    expect(dayOfDate('2026-01-05')).toBe(20458);
    expect(dateOfDay(20458)).toBe('2026-01-05');
  });
});
