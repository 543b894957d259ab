import type { PreviewChart } from '../../components/page-preview.ts';
import { GLYPH_HEIGHT, textCells, textWidth } from './pixel-font.ts';

export interface Raster {
  width: number;
  height: number;
  /** RGB, 3 bytes per pixel, rows top to bottom. */
  rgb: Uint8Array;
}

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;
/** The plot area: where x and y ranges map to, in pixels. */
export const PREVIEW_PLOT = { left: 90, right: 1140, top: 170, bottom: 540 } as const;

const BACKGROUND = '#ffffff';
const INK = '#1f2430';
const MUTED = '#5a5f6b';
const GRID = '#dcdde2';
const BAND = '#e9eef8';

function rgbOf(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`preview colours are #rrggbb, not ${hex}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

/** The plot's ranges: x over every curve (and band), y from 0 to the highest value, 5% headroom. */
export function previewRanges(chart: PreviewChart): { x: [number, number]; y: [number, number] } | null {
  const xs = chart.series.flatMap((s) => s.points.map((p) => p[0]));
  const ys = chart.series.flatMap((s) => s.points.map((p) => p[1]));
  if (xs.length === 0) return null;
  const lo = Math.min(...xs);
  const hi = Math.max(...xs);
  return { x: [lo, hi > lo ? hi : lo + 1], y: [0, Math.max(...ys) * 1.05 || 1] };
}

/**
 * Draws `chart` as a 1200 × 630 picture (the size link previews use): headline and subtitle,
 * the band, the targets, each curve as a thick line (dashed where the page dashes it), a legend,
 * the axis units and their ends. Pure: same input, same pixels.
 */
export function drawPreview(chart: PreviewChart): Raster {
  const width = PREVIEW_WIDTH;
  const height = PREVIEW_HEIGHT;
  const rgb = new Uint8Array(width * height * 3);
  const set = (x: number, y: number, color: [number, number, number]) => {
    const px = Math.round(x);
    const py = Math.round(y);
    if (px < 0 || py < 0 || px >= width || py >= height) return;
    rgb.set(color, (py * width + px) * 3);
  };
  const fill = (x0: number, y0: number, x1: number, y1: number, color: string) => {
    const c = rgbOf(color);
    for (let y = Math.max(0, Math.floor(y0)); y < Math.min(height, Math.ceil(y1)); y += 1) {
      for (let x = Math.max(0, Math.floor(x0)); x < Math.min(width, Math.ceil(x1)); x += 1) set(x, y, c);
    }
  };
  const text = (s: string, x: number, y: number, scale: number, color: string) => {
    const c = rgbOf(color);
    for (const [cx, cy] of textCells(s)) {
      for (let dy = 0; dy < scale; dy += 1)
        for (let dx = 0; dx < scale; dx += 1) set(x + cx * scale + dx, y + cy * scale + dy, c);
    }
  };
  const disc = (x: number, y: number, r: number, c: [number, number, number]) => {
    for (let dy = -r; dy <= r; dy += 1)
      for (let dx = -r; dx <= r; dx += 1) if (dx * dx + dy * dy <= r * r) set(x + dx, y + dy, c);
  };
  fill(0, 0, width, height, BACKGROUND);
  const big = textWidth(chart.headline) * 5 <= PREVIEW_WIDTH - 120 ? 5 : 4;
  text(fitted(chart.headline, big), 60, 40, big, INK);
  text(fitted(chart.subtitle, 3), 60, 40 + GLYPH_HEIGHT * 5 + 22, 3, MUTED);
  const ranges = previewRanges(chart);
  const P = PREVIEW_PLOT;
  if (ranges) {
    const sx = (x: number) => P.left + ((x - ranges.x[0]) / (ranges.x[1] - ranges.x[0])) * (P.right - P.left);
    const sy = (y: number) => P.bottom - ((y - ranges.y[0]) / (ranges.y[1] - ranges.y[0])) * (P.bottom - P.top);
    if (chart.band) fill(sx(chart.band.lo), P.top, sx(chart.band.hi) + 1, P.bottom, BAND);
    const grid = rgbOf(GRID);
    for (const t of chart.targets) {
      for (let y = P.top; y < P.bottom; y += 1) if (Math.floor((y - P.top) / 8) % 2 === 0) set(sx(t), y, grid);
    }
    fill(P.left - 2, P.top, P.left, P.bottom + 2, MUTED);
    fill(P.left - 2, P.bottom, P.right, P.bottom + 2, MUTED);
    for (const s of chart.series) {
      const c = rgbOf(s.color);
      let run = 0;
      s.points.forEach((p, i) => {
        const prev = s.points[i - 1];
        if (!prev) return;
        const [x0, y0, x1, y1] = [sx(prev[0]), sy(prev[1]), sx(p[0]), sy(p[1])];
        const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0)));
        for (let k = 0; k <= steps; k += 1) {
          run += 1;
          // Dashes of 18 px drawn, 10 px left out, along the curve's length.
          if (s.dashed && run % 28 >= 18) continue;
          disc(x0 + ((x1 - x0) * k) / steps, y0 + ((y1 - y0) * k) / steps, 3, c);
        }
      });
    }
    text('TOK/S/GPU', P.left + 12, P.top - 4, 2, MUTED);
    // The highest value drawn, ticked on the y axis, and the axis' zero.
    const top = Math.max(...chart.series.flatMap((s) => s.points.map((p) => p[1])));
    const topText = tick(top);
    fill(P.left - 10, sy(top) - 1, P.left, sy(top) + 1, MUTED);
    text(topText, P.left - 14 - textWidth(topText) * 2, sy(top) - 7, 2, MUTED);
    text('0', P.left - 14 - textWidth('0') * 2, P.bottom - 14, 2, MUTED);
    text(tick(ranges.x[0]), P.left, P.bottom + 12, 2, MUTED);
    const hi = tick(ranges.x[1]);
    text(hi, P.right - textWidth(hi) * 2, P.bottom + 12, 2, MUTED);
    const unit = 'TOK/S/USER';
    text(unit, (P.left + P.right) / 2 - textWidth(unit), P.bottom + 12, 2, MUTED);
  }
  let x = 60;
  for (const s of chart.series) {
    fill(x, 588, x + 36, 594, s.color);
    text(s.label, x + 48, 584, 2, INK);
    x += 48 + textWidth(s.label) * 2 + 40;
  }
  const brand = 'ISOLINE';
  text(brand, width - 60 - textWidth(brand) * 3, 580, 3, INK);
  return { width, height, rgb };
}

/** A value at an axis end: whole numbers. */
function tick(value: number): string {
  return String(Math.round(value));
}

/** `text` cut with "..." to fit the image's width at `scale`. */
function fitted(text: string, scale: number): string {
  const room = Math.floor((PREVIEW_WIDTH - 120) / scale);
  if (textWidth(text) <= room) return text;
  let cut = text;
  while (cut.length > 0 && textWidth(`${cut}...`) > room) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}...`;
}
