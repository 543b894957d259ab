import { describe, expect, it } from 'vitest';
import { lookColor, lookStyle, MTP_DASH, seriesLook, type SeriesIdentity, type StyleOrder } from './series-styles';

const hardware = [
  { key: 'h100', vendor: 'NVIDIA' },
  { key: 'b200', vendor: 'NVIDIA' },
  { key: 'mi300x', vendor: 'AMD' },
  { key: 'mi355x', vendor: 'AMD' },
  { key: 'tpu', vendor: 'Google' },
];
const s = (hw: string, engine: string, specMethod: 'none' | 'mtp', precision: string): SeriesIdentity => ({
  hardware: hw,
  engine,
  specMethod,
  precision,
});
const universe = [
  s('h100', 'trt', 'none', 'fp8'),
  s('b200', 'sglang', 'none', 'fp4'),
  s('b200', 'trt', 'mtp', 'fp4'),
  s('b200', 'dynamo-trt', 'none', 'fp8'),
  s('mi300x', 'sglang', 'none', 'fp8'),
  s('mi355x', 'sglang', 'mtp', 'fp4'),
  s('mi355x', 'atom', 'none', 'fp8'),
  s('tpu', 'jax', 'none', 'bf16'),
];
const order: StyleOrder = { hardware, precisions: ['fp4', 'fp8'], universe };
const look = (x: SeriesIdentity) => seriesLook(x, order);

/** Hue in the warm band (reds through ambers, including roses). */
const warm = (hue: number) => hue <= 60 || hue >= 330;
/** Hue in the green-to-blue band. */
const greenBlue = (hue: number) => hue >= 90 && hue <= 260;

describe('seriesLook', () => {
  it('colours AMD GPUs warm and NVIDIA GPUs green or blue, one hue per GPU', () => {
    const hues = new Map(universe.map((u) => [u.hardware, look(u).hue]));
    expect(warm(hues.get('mi300x')!) && warm(hues.get('mi355x')!)).toBe(true);
    expect(greenBlue(hues.get('h100')!) && greenBlue(hues.get('b200')!)).toBe(true);
    expect(new Set(hues.values()).size).toBe(5);
    expect(warm(hues.get('tpu')!) || greenBlue(hues.get('tpu')!)).toBe(false);
  });

  it('tells MTP from Off by dash and marker, not by colour', () => {
    const off = look(s('b200', 'trt', 'none', 'fp4'));
    const mtp = look(s('b200', 'trt', 'mtp', 'fp4'));
    expect([off.hue, off.shade]).toEqual([mtp.hue, mtp.shade]);
    expect(off.dash).toBeUndefined();
    expect(mtp.dash).toBe(MTP_DASH);
    expect(off.shape).not.toBe(mtp.shape);
  });

  it('gives each method × precision of one engine its own marker', () => {
    const shapes = (['none', 'mtp'] as const).flatMap((m) =>
      ['fp4', 'fp8'].map((p) => look(s('b200', 'trt', m, p)).shape),
    );
    expect(new Set(shapes).size).toBe(4);
  });

  it('shades the engines of one GPU from dark to light, the same whatever else is shown', () => {
    const shades = ['sglang', 'trt', 'dynamo-trt'].map((e) => look(s('b200', e, 'none', 'fp4')).shade);
    expect(shades).toEqual([0, 0.5, 1]);
    expect(look(s('h100', 'trt', 'none', 'fp8')).shade).toBe(0.5);
  });
});

describe('lookColor and lookStyle', () => {
  it('is lighter on the dark theme', () => {
    const l = look(s('mi355x', 'atom', 'none', 'fp8'));
    const lightness = (c: string) => Number(/(\d+)%\)$/.exec(c)![1]);
    expect(lightness(lookColor(l, 'dark'))).toBeGreaterThan(lightness(lookColor(l, 'light')));
  });

  it('fades muted series and thickens strong ones', () => {
    const l = look(s('b200', 'trt', 'mtp', 'fp4'));
    expect(lookStyle(l, 'light', 'muted')).toMatchObject({ muted: true, opacity: 0.2 });
    expect(lookStyle(l, 'light', 'strong').strokeWidth).toBeGreaterThan(lookStyle(l, 'light', 'normal').strokeWidth!);
    expect(lookStyle(l, 'light', 'normal')).toMatchObject({ muted: false, opacity: undefined, dash: MTP_DASH });
  });
});
