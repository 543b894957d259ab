import type { SpecMethod } from '../../data/schema';

export type SymbolShape = 'circle' | 'triangle' | 'square' | 'diamond' | 'cross' | 'star';

/** How a series is drawn: colour plus a dash pattern and a marker shape, so it never relies on colour alone. */
export interface SeriesStyle {
  color: string;
  dash: string | undefined;
  shape: SymbolShape;
  /** Extra series (other precisions) are drawn lighter than the compared pair. */
  muted: boolean;
  /** Line width in px; by default 1.5 when muted, else 2.5. */
  strokeWidth?: number;
  /** Opacity of the line and frontier markers; by default 0.55 (line) and 0.6 (markers) when muted, else 1. */
  opacity?: number;
  /** Outlined markers (your own data), instead of filled ones. */
  hollow?: boolean;
}

/** What decides a series' look: its GPU (and vendor), engine, spec method and precision. */
export interface SeriesIdentity {
  hardware: string;
  engine: string;
  specMethod: SpecMethod;
  precision: string;
}

/** The manifest's orders, so a series keeps its look whatever else is shown. */
export interface StyleOrder {
  /** Every GPU with its vendor (and architecture, for the family marker), in manifest order. */
  hardware: readonly { key: string; vendor: string; arch?: string }[];
  precisions: readonly string[];
  /** Every series that can appear (for the model), so a GPU's engines get stable shades. */
  universe: readonly SeriesIdentity[];
}

/** A theme-free look: hue family from the vendor, shade from the engine, shape and dash from method and precision. */
export interface SeriesLook {
  /** HSL hue in degrees. */
  hue: number;
  /** 0 (darkest of the GPU's engines) to 1 (lightest). */
  shade: number;
  dash: string | undefined;
  shape: SymbolShape;
  /**
   * The marker of the GPU's vendor and architecture (`FAMILY_SHAPES`), for lines that stand for a
   * whole GPU (best per GPU or per engine), where spec method and precision are mixed. Colour
   * alone does not tell the families apart under red–green colour blindness (see
   * src/features/inference/palette-vision.test.ts).
   */
  familyShape?: SymbolShape;
}

/**
 * Markers per vendor family, one per architecture in manifest order: NVIDIA round and pointed
 * up (Hopper ●, Blackwell ▲), AMD square-cornered (CDNA 3 ■, CDNA 4 ◆); a vendor's third
 * architecture gets its last shape; other vendors crosses.
 */
export const FAMILY_SHAPES: Record<string, readonly SymbolShape[]> = {
  NVIDIA: ['circle', 'triangle', 'star'],
  AMD: ['square', 'diamond', 'cross'],
};

function familyShapeOf(hardware: string, order: StyleOrder): SymbolShape {
  const gpu = order.hardware.find((h) => h.key === hardware);
  const shapes = FAMILY_SHAPES[gpu?.vendor ?? ''] ?? ['cross'];
  const archs = [...new Set(order.hardware.filter((h) => h.vendor === gpu?.vendor).map((h) => h.arch ?? ''))];
  const index = Math.max(0, archs.indexOf(gpu?.arch ?? ''));
  return shapes[Math.min(index, shapes.length - 1)]!;
}

const GLYPHS: Record<SymbolShape, string> = {
  circle: '●',
  triangle: '▲',
  square: '■',
  diamond: '◆',
  cross: '✚',
  star: '★',
};

/** The family markers in words for the chart's key: "NVIDIA Hopper ●, Blackwell ▲; AMD CDNA 3 ■, CDNA 4 ◆". */
export function familyMarkersText(hardware: StyleOrder['hardware']): string {
  const vendors = [...new Set(hardware.map((h) => h.vendor))];
  return vendors
    .map((vendor) => {
      const archs = [...new Set(hardware.filter((h) => h.vendor === vendor).map((h) => h.arch ?? ''))];
      const first = hardware.find((h) => h.vendor === vendor)!;
      const marks = archs.map((arch) => {
        const gpu = hardware.find((h) => h.vendor === vendor && (h.arch ?? '') === arch) ?? first;
        return `${arch} ${GLYPHS[familyShapeOf(gpu.key, { hardware, precisions: [], universe: [] })]}`.trim();
      });
      return `${vendor} ${marks.join(', ')}`;
    })
    .join('; ');
}

/**
 * Hues per vendor, one per GPU in manifest order: AMD warm (red, orange, amber, rose), NVIDIA
 * greens then blues (Hopper comes first in the manifest, Blackwell after). Unknown vendors get
 * purples. A GPU beyond its vendor's list reuses the list from the start.
 */
export const VENDOR_HUES: Record<string, readonly number[]> = {
  AMD: [2, 24, 42, 340],
  NVIDIA: [150, 118, 212, 234, 190, 256, 172],
};
export const OTHER_HUES = [290, 310, 275];

/** Off draws solid lines and round-ish markers, MTP dashed lines and pointed ones; precision picks within. */
const SHAPES: Record<SpecMethod, readonly SymbolShape[]> = {
  none: ['circle', 'square', 'cross'],
  mtp: ['triangle', 'diamond', 'star'],
};
export const MTP_DASH = '7 4';

function hueOf(hardware: string, order: StyleOrder): number {
  const vendor = order.hardware.find((h) => h.key === hardware)?.vendor ?? '';
  const hues = VENDOR_HUES[vendor] ?? OTHER_HUES;
  const sameVendor = order.hardware.filter((h) => h.vendor === vendor).map((h) => h.key);
  const index = Math.max(0, sameVendor.indexOf(hardware));
  return hues[index % hues.length]!;
}

function shadeOf(series: SeriesIdentity, order: StyleOrder): number {
  const engines = [...new Set(order.universe.filter((u) => u.hardware === series.hardware).map((u) => u.engine))];
  const index = engines.indexOf(series.engine);
  return engines.length <= 1 || index < 0 ? 0.5 : index / (engines.length - 1);
}

/**
 * The look of a series, independent of which other series are shown: colour says GPU (grouped
 * by vendor) and engine (shade); dash and marker say spec method and precision, so MTP and
 * Off never differ by colour alone.
 */
export function seriesLook(series: SeriesIdentity, order: StyleOrder): SeriesLook {
  const precisionIndex = Math.max(0, order.precisions.indexOf(series.precision));
  const shapes = SHAPES[series.specMethod];
  return {
    hue: hueOf(series.hardware, order),
    shade: shadeOf(series, order),
    dash: series.specMethod === 'mtp' ? MTP_DASH : undefined,
    shape: shapes[precisionIndex % shapes.length]!,
    familyShape: familyShapeOf(series.hardware, order),
  };
}

/** Lightness range per theme: darker colours on a light background, lighter on a dark one. */
const LIGHTNESS = { light: [28, 56], dark: [52, 76] } as const;
const SATURATION = 72;

/**
 * The chart's background in each theme (`--surface` in src/app/styles.css; a unit test holds
 * the two in step). Every series colour keeps at least 3:1 contrast against it (WCAG for
 * graphics), whatever its hue: yellows and greens look light at a lightness where blues do not.
 */
export const CHART_BACKGROUND = { light: '#ffffff', dark: '#191c22' } as const;
export const MIN_GRAPHIC_CONTRAST = 3;

/** sRGB channels (0–1) of an HSL colour. */
function hslToRgb(hue: number, saturation: number, lightness: number): [number, number, number] {
  const s = saturation / 100;
  const l = lightness / 100;
  const k = (n: number) => (n + hue / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1));
  return [f(0), f(8), f(4)];
}

/** WCAG 2 relative luminance of sRGB channels (0–1). */
export function relativeLuminance([r, g, b]: readonly [number, number, number]): number {
  const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function hexChannels(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1]!, 16) / 255, parseInt(m[2]!, 16) / 255, parseInt(m[3]!, 16) / 255];
}

export function contrastRatio(a: readonly [number, number, number], b: readonly [number, number, number]): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The contrast of a series colour (HSL at the palette's saturation) with the theme's chart background. */
export function seriesContrast(hue: number, lightness: number, theme: 'light' | 'dark'): number {
  return contrastRatio(hslToRgb(hue, SATURATION, lightness), hexChannels(CHART_BACKGROUND[theme]));
}

/**
 * The theme's lightness range narrowed, for this hue, to the lightnesses that keep 3:1 with the
 * background: on a light chart the lightest end comes down, on a dark one the darkest goes up.
 */
const lightnessRanges = new Map<string, readonly [number, number]>();

function lightnessRange(hue: number, theme: 'light' | 'dark'): readonly [number, number] {
  // Steps through lightness one percent at a time, computing a contrast each: done once per hue
  // and theme, not for every series on every redraw.
  const key = `${theme}:${hue}`;
  let range = lightnessRanges.get(key);
  if (!range) lightnessRanges.set(key, (range = searchLightnessRange(hue, theme)));
  return range;
}

function searchLightnessRange(hue: number, theme: 'light' | 'dark'): [number, number] {
  let [lo, hi]: [number, number] = [...LIGHTNESS[theme]];
  if (theme === 'light') while (hi > 0 && seriesContrast(hue, hi, theme) < MIN_GRAPHIC_CONTRAST) hi -= 1;
  else while (lo < 100 && seriesContrast(hue, lo, theme) < MIN_GRAPHIC_CONTRAST) lo += 1;
  if (theme === 'light') lo = Math.min(lo, hi);
  else hi = Math.max(hi, lo);
  return [lo, hi];
}

/** A concrete CSS colour for a look in a theme. */
export function lookColor(look: SeriesLook, theme: 'light' | 'dark'): string {
  const [lo, hi] = lightnessRange(look.hue, theme);
  const lightness = Math.round(lo + (hi - lo) * look.shade);
  return `hsl(${look.hue} ${SATURATION}% ${lightness}%)`;
}

/** The chart style of a look. */
export function lookStyle(
  look: SeriesLook,
  theme: 'light' | 'dark',
  emphasis: 'normal' | 'strong' | 'muted',
): SeriesStyle {
  return {
    color: lookColor(look, theme),
    dash: look.dash,
    shape: look.shape,
    muted: emphasis === 'muted',
    strokeWidth: emphasis === 'strong' ? 3 : emphasis === 'muted' ? 1.25 : 1.75,
    // With dozens of series, only a strong fade lets the compared pair stand out.
    opacity: emphasis === 'muted' ? 0.2 : undefined,
  };
}
