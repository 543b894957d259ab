import { describe, expect, it } from 'vitest';
import { markerPath } from './marker-path';
import type { SymbolShape } from './series-styles';

/** The vertices of a path made of M, L and Z commands. */
function vertices(d: string): [number, number][] {
  expect(d).toMatch(/^M[\d.,L-]+Z$/);
  return d
    .slice(1, -1)
    .split('L')
    .map((pair) => pair.split(',').map(Number) as [number, number]);
}

/** Shoelace formula: the area a simple polygon encloses. */
function polygonArea(points: readonly [number, number][]): number {
  let twice = 0;
  points.forEach(([x0, y0], i) => {
    const [x1, y1] = points[(i + 1) % points.length]!;
    twice += x0 * y1 - x1 * y0;
  });
  return Math.abs(twice) / 2;
}

/** Centroid of a simple polygon (area-weighted). */
function centroid(points: readonly [number, number][]): [number, number] {
  let a = 0;
  let cx = 0;
  let cy = 0;
  points.forEach(([x0, y0], i) => {
    const [x1, y1] = points[(i + 1) % points.length]!;
    const cross = x0 * y1 - x1 * y0;
    a += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  });
  return [cx / (3 * a), cy / (3 * a)];
}

const POLYGONS: [SymbolShape, number][] = [
  ['square', 4],
  ['triangle', 3],
  ['diamond', 4],
  ['cross', 12],
  ['star', 10],
];

describe('markerPath', () => {
  it.each(POLYGONS)('a %s has %i corners, encloses the asked area and is centred on the point', (shape, corners) => {
    const points = vertices(markerPath(shape, 100, 50, 64));
    expect(points).toHaveLength(corners);
    // Coordinates are rounded to 0.01 px, which moves the area by well under 1%.
    expect(polygonArea(points)).toBeCloseTo(64, 0);
    const [x, y] = centroid(points);
    expect(x).toBeCloseTo(100, 1);
    expect(y).toBeCloseTo(50, 1);
  });

  it('scales with the area: four times the area, twice the width', () => {
    const width = (area: number) => {
      const xs = vertices(markerPath('triangle', 0, 0, area)).map(([x]) => x);
      return Math.max(...xs) - Math.min(...xs);
    };
    expect(width(256) / width(64)).toBeCloseTo(2, 2);
  });

  it('points pointed shapes up (smaller y is up in SVG)', () => {
    for (const shape of ['triangle', 'diamond', 'star'] as const) {
      const points = vertices(markerPath(shape, 0, 0, 64));
      const top = points.reduce((a, b) => (b[1] < a[1] ? b : a));
      expect(top[0]).toBeCloseTo(0, 2);
    }
  });

  it('draws a circle as two half arcs of the radius that gives the area', () => {
    const d = markerPath('circle', 10, 20, 64);
    const m = /^M([\d.]+),20A([\d.]+),([\d.]+) 0 1,0 ([\d.]+),20A([\d.]+),\5 0 1,0 \1,20Z$/.exec(d);
    expect(m).not.toBeNull();
    const [, left, rx, ry, right] = m!.map(Number);
    expect(rx).toBe(ry);
    expect(Math.PI * rx! ** 2).toBeCloseTo(64, 0);
    expect(right! - left!).toBeCloseTo(2 * rx!, 1);
    expect((left! + right!) / 2).toBeCloseTo(10, 2);
  });
});
