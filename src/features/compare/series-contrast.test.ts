import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_BACKGROUND, lookColor, OTHER_HUES, VENDOR_HUES } from './series-styles';

/**
 * Every series colour keeps at least 3:1 against the chart's background in both themes (WCAG
 * 1.4.11 for graphics). The conversion and the contrast are computed here, separately from the
 * code under test: CSS hsl() → sRGB by the CSS Color 4 formula, then WCAG relative luminance.
 */
function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const hp = (((h % 360) + 360) % 360) / 60;
  const x = c * (1 - Math.abs((hp % 2) - 1));
  const [r, g, b] =
    hp < 1 ? [c, x, 0] : hp < 2 ? [x, c, 0] : hp < 3 ? [0, c, x] : hp < 4 ? [0, x, c] : hp < 5 ? [x, 0, c] : [c, 0, x];
  const m = l - c / 2;
  return [r + m, g + m, b + m];
}
const luminance = (rgb: readonly number[]) =>
  rgb
    .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
    .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
const fromHex = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
const ratio = (a: readonly number[], b: readonly number[]) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};
function contrastOf(css: string, theme: 'light' | 'dark'): number {
  const m = /^hsl\((\d+) (\d+)% (\d+)%\)$/.exec(css);
  if (!m) throw new Error(`not an hsl() colour: ${css}`);
  return ratio(hslToRgb(Number(m[1]), Number(m[2]) / 100, Number(m[3]) / 100), fromHex(CHART_BACKGROUND[theme]));
}

const hues = [...Object.values(VENDOR_HUES).flat(), ...OTHER_HUES];
const shades = [0, 0.25, 0.5, 0.75, 1];

describe('series colours against the chart background', () => {
  it.each(['light', 'dark'] as const)('%s theme: every hue at every shade reaches 3:1', (theme) => {
    const below = hues.flatMap((hue) =>
      shades.flatMap((shade) => {
        const css = lookColor({ hue, shade, dash: undefined, shape: 'circle' }, theme);
        const c = contrastOf(css, theme);
        return c < 3 ? [`${css}: ${c.toFixed(2)}:1`] : [];
      }),
    );
    expect(below).toEqual([]);
  });

  it('keeps shades apart: the darkest and lightest engine of a GPU still differ', () => {
    for (const theme of ['light', 'dark'] as const) {
      for (const hue of hues) {
        const dark = lookColor({ hue, shade: 0, dash: undefined, shape: 'circle' }, theme);
        const light = lookColor({ hue, shade: 1, dash: undefined, shape: 'circle' }, theme);
        expect({ hue, theme, same: dark === light }).toEqual({ hue, theme, same: false });
      }
    }
  });

  it('uses the background the stylesheet gives the chart (--surface of each theme)', () => {
    const css = readFileSync(resolve(import.meta.dirname, '../../app/styles.css'), 'utf8');
    const light = /:root \{[^}]*--surface: (#[0-9a-f]{6});/i.exec(css)?.[1];
    const dark = /:root\[data-theme='dark'\] \{[^}]*--surface: (#[0-9a-f]{6});/i.exec(css)?.[1];
    expect({ light, dark }).toEqual(CHART_BACKGROUND);
  });
});
