import type { SymbolShape } from './series-styles';

/**
 * SVG path data for a point marker of `shape` centred on (cx, cy) covering `area` square
 * pixels, so every shape looks equally heavy. Pointed shapes (triangle, diamond, star) point
 * up. Coordinates are rounded to 0.01 px.
 *
 * Drawn as plain paths rather than Recharts' <Symbols>: a chart with 400+ points builds one
 * of these per point on every redraw.
 */
export function markerPath(shape: SymbolShape, cx: number, cy: number, area: number): string {
  const at = (x: number, y: number) => `${round(cx + x)},${round(cy + y)}`;
  const polygon = (points: readonly (readonly [number, number])[]) => `M${points.map(([x, y]) => at(x, y)).join('L')}Z`;
  switch (shape) {
    case 'circle': {
      const r = Math.sqrt(area / Math.PI);
      return `M${at(-r, 0)}A${round(r)},${round(r)} 0 1,0 ${at(r, 0)}A${round(r)},${round(r)} 0 1,0 ${at(-r, 0)}Z`;
    }
    case 'square': {
      const h = Math.sqrt(area) / 2;
      return polygon([
        [-h, -h],
        [h, -h],
        [h, h],
        [-h, h],
      ]);
    }
    case 'triangle': {
      // Equilateral, centroid at the centre: area = √3/4 · side².
      const side = Math.sqrt((4 * area) / Math.sqrt(3));
      const height = (side * Math.sqrt(3)) / 2;
      return polygon([
        [0, (-2 * height) / 3],
        [side / 2, height / 3],
        [-side / 2, height / 3],
      ]);
    }
    case 'diamond': {
      // A rhombus √3 times as tall as it is wide: area = 2 · halfWidth · halfHeight.
      const halfWidth = Math.sqrt(area / (2 * Math.sqrt(3)));
      const halfHeight = halfWidth * Math.sqrt(3);
      return polygon([
        [0, -halfHeight],
        [halfWidth, 0],
        [0, halfHeight],
        [-halfWidth, 0],
      ]);
    }
    case 'cross': {
      // A plus sign of five equal squares of side a: area = 5a².
      const a = Math.sqrt(area / 5);
      const n = a / 2;
      const f = a * 1.5;
      return polygon([
        [-n, -f],
        [n, -f],
        [n, -n],
        [f, -n],
        [f, n],
        [n, n],
        [n, f],
        [-n, f],
        [-n, n],
        [-f, n],
        [-f, -n],
        [-n, -n],
      ]);
    }
    case 'star': {
      // Five points: outer radius R and inner radius kR alternate every 36°; area = 5·k·R²·sin 36°.
      const k = 0.45;
      const step = Math.PI / 5;
      const outer = Math.sqrt(area / (5 * k * Math.sin(step)));
      const points: [number, number][] = [];
      for (let i = 0; i < 10; i++) {
        const r = i % 2 === 0 ? outer : outer * k;
        const angle = -Math.PI / 2 + i * step;
        points.push([r * Math.cos(angle), r * Math.sin(angle)]);
      }
      return polygon(points);
    }
  }
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}
