// @vitest-environment jsdom
import type { MouseEvent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ComposedChart } from 'recharts';
import type { BenchmarkPoint } from '../../data/schema';
import { fireEvent, render } from '@testing-library/react';
import { markerPath } from './marker-path';
import { plottedPoints, PointLayer, PointMark, type PlottedPoint } from './point-marks';
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

describe('PointLayer', () => {
  const points = plottedPoints(series);
  // The plot is x 60–400 px, y 0–270 px, for x in [0, 40] and y in [0, 12].
  const geometry = {
    x: (v: number) => 60 + (340 * v) / 40,
    y: (v: number) => 270 * (1 - v / 12),
  };
  const drawLayer = () => {
    const handlers = {
      onPointClick: vi.fn<(point: PlottedPoint) => void>(),
      onPointEnter: vi.fn<(point: PlottedPoint, event: MouseEvent) => void>(),
      onPointLeave: vi.fn<() => void>(),
    };
    const { container } = render(
      <ComposedChart width={400} height={300} margin={{ top: 0, right: 0, bottom: 0, left: 0 }}>
        <PointLayer points={points} geometry={geometry} {...handlers} />
      </ComposedChart>,
    );
    return { marks: [...container.querySelectorAll('.recharts-scatter > path.point-mark')], handlers };
  };

  it('draws one mark per point, in drawing order, at the given scales', () => {
    const { marks } = drawLayer();
    expect(marks).toHaveLength(5);
    // Drawing order: MTP:m2 (x 20, dominated: outlined), Off:o1, MTP:m1, MTP:m3, Off:o2.
    expect(marks.map((m) => m.getAttribute('fill'))).toEqual(['blue', 'orange', 'blue', 'blue', 'orange']);
    expect(marks.map((m) => m.classList.contains('point-mark-dominated'))).toEqual([true, true, false, false, false]);
    // MTP:m2, (20, 5), is at 60 + 340 × 20/40 = 230 px, 270 × (1 − 5/12) = 157.5 px.
    expect(marks[0]!.getAttribute('d')).toBe(markerPath('circle', 230, 157.5, 64));
  });

  it('tells which point the pointer entered, left or clicked', () => {
    const { marks, handlers } = drawLayer();
    fireEvent.mouseOver(marks[1]!);
    expect(handlers.onPointEnter).toHaveBeenCalledTimes(1);
    expect(handlers.onPointEnter.mock.calls[0]![0].point.id).toBe('o1');
    fireEvent.mouseOut(marks[1]!);
    expect(handlers.onPointLeave).toHaveBeenCalledTimes(1);
    fireEvent.click(marks[3]!);
    expect(handlers.onPointClick.mock.calls[0]![0].point.id).toBe('m3');
  });
});
