/**
 * Colour-vision deficiency simulation and colour difference, to check the chart palette.
 *
 * Simulation: Machado, Oliveira and Fernandes, "A Physiologically-based Model for Simulation of
 * Color Vision Deficiency", IEEE TVCG 15(6), 2009, the published matrices at severity 1.0
 * (protanopia, deuteranopia, tritanopia), applied to linear-light sRGB as in the paper. Each
 * row sums to 1, so white and greys are unchanged. Results outside [0, 1] are clipped.
 *
 * Difference: CIE 1976 ΔE*ab between CIELAB colours (sRGB, D65 white).
 */

export type Rgb = readonly [number, number, number];
export type Deficiency = 'protanopia' | 'deuteranopia' | 'tritanopia';

type Matrix = readonly [Rgb, Rgb, Rgb];

const MACHADO_2009: Record<Deficiency, Matrix> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

/** sRGB channel (0–1) to linear light. */
export function toLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Linear light (0–1) to an sRGB channel. */
export function toSrgb(c: number): number {
  return c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055;
}

const clip = (c: number) => Math.min(1, Math.max(0, c));

function apply(m: Matrix, [r, g, b]: Rgb): Rgb {
  return [
    m[0][0] * r + m[0][1] * g + m[0][2] * b,
    m[1][0] * r + m[1][1] * g + m[1][2] * b,
    m[2][0] * r + m[2][1] * g + m[2][2] * b,
  ];
}

/** How an sRGB colour (channels 0–1) looks with the deficiency, as sRGB channels 0–1. */
export function simulate(rgb: Rgb, deficiency: Deficiency): Rgb {
  const [r, g, b] = apply(MACHADO_2009[deficiency], [toLinear(rgb[0]), toLinear(rgb[1]), toLinear(rgb[2])]);
  return [toSrgb(clip(r)), toSrgb(clip(g)), toSrgb(clip(b))];
}

/** sRGB (0–1) to CIELAB, D65 white. */
export function toLab(rgb: Rgb): Rgb {
  const lin: Rgb = [toLinear(rgb[0]), toLinear(rgb[1]), toLinear(rgb[2])];
  const [x, y, z] = apply(
    [
      [0.4124564, 0.3575761, 0.1804375],
      [0.2126729, 0.7151522, 0.072175],
      [0.0193339, 0.119192, 0.9503041],
    ],
    lin,
  );
  const d = 6 / 29;
  const f = (t: number) => (t > d ** 3 ? Math.cbrt(t) : t / (3 * d * d) + 4 / 29);
  const [fx, fy, fz] = [f(x / 0.95047), f(y / 1), f(z / 1.08883)];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** CIE76 colour difference of two sRGB colours: about 2.3 is just noticeable side by side. */
export function deltaE(a: Rgb, b: Rgb): number {
  const [l1, a1, b1] = toLab(a);
  const [l2, a2, b2] = toLab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}
