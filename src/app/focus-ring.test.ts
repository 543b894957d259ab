import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(resolve(import.meta.dirname, 'styles.css'), 'utf8');

/** The custom properties declared in the first rule whose selector is exactly `selector`. */
function declarations(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`styles.css has no rule ${selector}`);
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start)).replace(/\/\*[\s\S]*?\*\//g, '');
  return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

/** Each theme's variables: dark overrides light on the same root element, so it inherits the rest. */
const light = declarations(':root');
const themes = { light, dark: { ...light, ...declarations(":root[data-theme='dark']") } };

function colour(vars: Record<string, string>, name: string): string {
  const value = vars[name];
  if (value === undefined) throw new Error(`no ${name}`);
  const ref = /^var\((--[\w-]+)\)$/.exec(value);
  return ref ? colour(vars, ref[1]!) : value;
}

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = match.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('the segmented toggles’ focus ring', () => {
  it('is drawn from the two ring colours, on keyboard focus only', () => {
    const rule = /\.segment:has\(input:focus-visible\)\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
    expect(rule).toMatch(/inset 0 0 0 2px var\(--focus-ring\)/);
    expect(rule).toMatch(/inset 0 0 0 4px var\(--focus-ring-inner\)/);
    expect(css).not.toMatch(/\.segment:focus-within/);
  });

  it('checks colours as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 6);
    // #767676 on white is the well-known 4.54:1.
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it.each(Object.entries(themes))('contrasts at least 3:1 with what it touches (%s theme)', (_, vars) => {
    const outer = colour(vars, '--focus-ring');
    const inner = colour(vars, '--focus-ring-inner');
    // The outer line against the page and the header the toggles sit on.
    expect(contrast(outer, colour(vars, '--bg'))).toBeGreaterThanOrEqual(3);
    expect(contrast(outer, colour(vars, '--surface'))).toBeGreaterThanOrEqual(3);
    expect(contrast(outer, colour(vars, '--border'))).toBeGreaterThanOrEqual(3);
    // The inner line against the selected segment's fill, and the two lines against each other.
    expect(contrast(inner, colour(vars, '--accent'))).toBeGreaterThanOrEqual(3);
    expect(contrast(outer, inner)).toBeGreaterThanOrEqual(3);
  });

  it('needs two colours: the old ring was the selected fill itself', () => {
    for (const vars of Object.values(themes)) {
      expect(contrast(colour(vars, '--accent'), colour(vars, '--accent'))).toBe(1);
    }
    // Contrast depends on luminance alone, and the greys span it: no colour clears 3:1 against both dark accent and dark background.
    const dark = themes.dark;
    const bothOk = (hex: string) =>
      contrast(hex, colour(dark, '--accent')) >= 3 && contrast(hex, colour(dark, '--bg')) >= 3;
    const greys = Array.from({ length: 256 }, (_, i) => `#${i.toString(16).padStart(2, '0').repeat(3)}`);
    expect(greys.filter(bothOk)).toEqual([]);
  });
});

describe('the edges of selects and text inputs', () => {
  it('use the control border colour', () => {
    const rule = /\.control select,\s*\.control input\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
    expect(rule).toMatch(/border: 1px solid var\(--control-border\)/);
  });

  it.each(Object.entries(themes))(
    'contrast at least 3:1 with the surface and page behind them (%s theme)',
    (_, vars) => {
      const edge = colour(vars, '--control-border');
      expect(contrast(edge, colour(vars, '--surface'))).toBeGreaterThanOrEqual(3);
      expect(contrast(edge, colour(vars, '--bg'))).toBeGreaterThanOrEqual(3);
    },
  );
});
