// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { BenchmarkPoint } from '../../data/schema';
import { render } from '@testing-library/react';
import { plottedPoints, PointMark } from './point-marks';
import type { SeriesStyle } from './series-styles';

const style = (color: string): SeriesStyle => ({ color, dash: undefined, shape: 'circle', muted: false });
/** Only `id` of the benchmark point matters here; the rest of it is not read. */
const at = (id: string, x: number, frontier: boolean) => ({
  x,
  y: 100 / x,
  frontier,
  point: { id } as BenchmarkPoint,
});

const series = [
  { label: 'MTP', style: style('blue'), measured: [at('m1', 10, true), at('m2', 20, false), at('m3', 30, true)] },
  { label: 'Off', style: style('orange'), measured: [at('o1', 15, false), at('o2', 25, true)] },
];

describe('plottedPoints', () => {
  it('lists dominated points before frontier points, each in series order, so frontier points are drawn on top', () => {
    expect(plottedPoints(series).map((p) => `${p.seriesLabel}:${p.point.id}`)).toEqual([
      'MTP:m2',
      'Off:o1',
      'MTP:m1',
      'MTP:m3',
      'Off:o2',
    ]);
  });

  it('leaves dominated points out when only the frontier is shown', () => {
    expect(plottedPoints(series, true).map((p) => p.point.id)).toEqual(['m1', 'm3', 'o2']);
  });

  it("carries each point's series style for its marker", () => {
    expect(plottedPoints(series).find((p) => p.point.id === 'o1')?.style.color).toBe('orange');
  });
});

describe('PointMark', () => {
  const mark = (frontier: boolean) => {
    const [p] = plottedPoints([{ label: 'MTP', style: style('#c2410c'), measured: [at('m', 10, frontier)] }]);
    const { container } = render(
      <svg>
        <PointMark cx={50} cy={50} payload={p} />
      </svg>,
    );
    return container.querySelector('path')!;
  };

  it('draws a dominated point faded inside an outline in the full series colour, so it stays visible', () => {
    const path = mark(false);
    expect(Number(path.getAttribute('fill-opacity'))).toBeLessThan(0.5);
    expect(path.getAttribute('stroke')).toBe('#c2410c');
    expect(path.getAttribute('stroke-opacity')).toBe('1');
  });

  it('draws a frontier point solid', () => {
    const path = mark(true);
    expect(path.getAttribute('fill-opacity')).toBe('1');
    expect(path.getAttribute('stroke')).toBeNull();
  });
});
