// @vitest-environment jsdom
import type { MouseEvent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ComposedChart } from 'recharts';
import type { BenchmarkPoint } from '../../data/schema';
import { render } from '@testing-library/react';
import { markerPath } from './marker-path';
import { markGroups, nearestDrawn, plottedPoints, PointLayer, type PlottedPoint } from './point-marks';
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

describe('PointLayer', () => {
  const points = plottedPoints(series);
  // The plot is x 60–400 px, y 0–270 px, for x in [0, 40] and y in [0, 12].
  const geometry = {
    x: (v: number) => 60 + (340 * v) / 40,
    y: (v: number) => 270 * (1 - v / 12),
  };
  const drawLayer = (shown = points) => {
    const handlers = {
      onPointClick: vi.fn<(point: PlottedPoint) => void>(),
      onPointEnter: vi.fn<(point: PlottedPoint, event: MouseEvent) => void>(),
      onPointLeave: vi.fn<() => void>(),
    };
    const { container } = render(
      <ComposedChart width={400} height={300} margin={{ top: 0, right: 0, bottom: 0, left: 0 }}>
        <PointLayer points={shown} geometry={geometry} {...handlers} />
      </ComposedChart>,
    );
    return { marks: [...container.querySelectorAll('.recharts-scatter > path.point-mark')], handlers };
  };

  it('draws a path per run of one series and kind, in drawing order, each holding its points at the given scales', () => {
    const { marks } = drawLayer();
    // Drawing order: MTP:m2 (x 20, dominated: outlined), Off:o1, then MTP:m1 + MTP:m3, Off:o2.
    expect(marks.map((m) => m.getAttribute('fill'))).toEqual(['blue', 'orange', 'blue', 'orange']);
    expect(marks.map((m) => m.classList.contains('point-mark-dominated'))).toEqual([true, true, false, false]);
    expect(marks.map((m) => m.getAttribute('data-points'))).toEqual(['1', '1', '2', '1']);
    // MTP:m2, (20, 5), is at 60 + 340 × 20/40 = 230 px, 270 × (1 − 5/12) = 157.5 px.
    expect(marks[0]!.getAttribute('d')).toBe(markerPath('circle', 230, 157.5, 64));
    // MTP:m1 (10, 10) at 145, 45 px and MTP:m3 (30, 10/3) at 315, 195 px, one after the other.
    expect(marks[2]!.getAttribute('d')).toBe(markerPath('circle', 145, 45, 64) + markerPath('circle', 315, 195, 64));
  });

  it('draws a dominated point faded inside an outline in the full series colour, and a frontier point solid', () => {
    const { marks } = drawLayer();
    expect(Number(marks[0]!.getAttribute('fill-opacity'))).toBeLessThan(0.5);
    expect(marks[0]!.getAttribute('stroke')).toBe('blue');
    expect(marks[0]!.getAttribute('stroke-opacity')).toBe('1');
    expect(marks[2]!.getAttribute('fill-opacity')).toBe('1');
    expect(marks[2]!.getAttribute('stroke')).toBeNull();
  });

  it('leaves a point off the scales out of its path, and keeps the rest', () => {
    const off = [{ ...points[2]!, y: Number.NaN }, points[3]!];
    const { marks } = drawLayer(off);
    expect(marks).toHaveLength(1);
    expect(marks[0]!.getAttribute('data-points')).toBe('1');
    expect(marks[0]!.getAttribute('d')).toBe(markerPath('circle', 315, 195, 64));
  });
});

describe('markGroups', () => {
  const geometry = { x: (v: number) => v, y: (v: number) => v };
  it('starts a group where the series or the frontier flag changes, never merging runs apart in the drawing order', () => {
    const groups = markGroups(plottedPoints(series), geometry);
    expect(groups.map((g) => [g.start, g.count, g.frontier, g.style.color])).toEqual([
      [0, 1, false, 'blue'],
      [1, 1, false, 'orange'],
      [2, 2, true, 'blue'],
      [4, 1, true, 'orange'],
    ]);
    // Three series alternating: MTP's two frontier runs stay apart, so Off's point stays between them.
    const a = style('blue');
    const b = style('orange');
    const mixed = [
      { ...at('1', 1, true), seriesLabel: 'A', style: a },
      { ...at('2', 2, true), seriesLabel: 'B', style: b },
      { ...at('3', 3, true), seriesLabel: 'A', style: a },
    ];
    expect(markGroups(mixed, geometry).map((g) => g.drawn.map((d) => d.index))).toEqual([[0], [1], [2]]);
  });
});

describe('nearestDrawn', () => {
  const group = markGroups(plottedPoints(series), { x: (v) => v * 10, y: (v) => v * 10 })[2]!;
  it("is the group's point whose centre is nearest the pointer", () => {
    // MTP:m1 at (100, 100), MTP:m3 at (300, 33.3).
    expect(nearestDrawn(group, 104, 97)).toBe(2);
    expect(nearestDrawn(group, 296, 40)).toBe(3);
  });
  it('gives a tie to the later point, the one drawn on top', () => {
    const twin = {
      ...group,
      drawn: [
        { index: 7, cx: 5, cy: 5 },
        { index: 8, cx: 5, cy: 5 },
      ],
    };
    expect(nearestDrawn(twin, 6, 6)).toBe(8);
  });
  it('is undefined for a group with nothing drawn', () => {
    expect(nearestDrawn({ ...group, drawn: [] }, 0, 0)).toBeUndefined();
  });
});
