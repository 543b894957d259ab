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
  /** Every GPU with its vendor, in manifest order. */
  hardware: readonly { key: string; vendor: string }[];
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
}

/**
 * Hues per vendor, one per GPU in manifest order: AMD warm (red, orange, amber, rose), NVIDIA
 * greens then blues (Hopper comes first in the manifest, Blackwell after). Unknown vendors get
 * purples. A GPU beyond its vendor's list reuses the list from the start.
 */
const VENDOR_HUES: Record<string, readonly number[]> = {
  AMD: [2, 24, 42, 340],
  NVIDIA: [150, 118, 212, 234, 190, 256, 172],
};
const OTHER_HUES = [290, 310, 275];

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
  };
}

/** Lightness range per theme: darker colours on a light background, lighter on a dark one. */
const LIGHTNESS = { light: [28, 56], dark: [52, 76] } as const;

/** A concrete CSS colour for a look in a theme. */
export function lookColor(look: SeriesLook, theme: 'light' | 'dark'): string {
  const [lo, hi] = LIGHTNESS[theme];
  const lightness = Math.round(lo + (hi - lo) * look.shade);
  return `hsl(${look.hue} 72% ${lightness}%)`;
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
