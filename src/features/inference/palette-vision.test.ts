import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gpuSpecsSchema, manifestSchema } from '../../data/schema';
import { assertValid } from '../../data/validate';
import { inferenceAvailability } from '../../state/availability';
import { defaultInferenceSelection } from '../../state/pages/inference';
import { deltaE, simulate, toLab, type Deficiency, type Rgb } from '../compare/colour-vision';
import { familyMarkersText, lookStyle } from '../compare/series-styles';
import { shippedPoints } from '../../../tests/setup/shipped-data';
import { buildInferenceViewModel } from './view-model';

/**
 * /inference tells GPUs of different vendors apart for readers with red–green colour blindness
 * (issue 13): under a protanopia or deuteranopia simulation every pair of lines from different
 * vendors differs by ΔE*ab ≥ 10 (about four just-noticeable differences, what a thin line or a
 * 9 px marker needs) or by its marker. The simulation math is checked against values computed
 * by hand first.
 */

/** hsl(h s% l%) to sRGB channels, written out here from the CSS Color 4 formula (not the app's). */
function hsl(css: string): Rgb {
  const [h, s, l] = css.match(/[\d.]+/g)!.map(Number) as [number, number, number];
  const c = (1 - Math.abs((2 * l) / 100 - 1)) * (s / 100);
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = l / 100 - c / 2;
  const sector = Math.floor(h / 60) % 6;
  const [r, g, b] = [
    [c, x, 0],
    [x, c, 0],
    [0, c, x],
    [0, x, c],
    [x, 0, c],
    [c, 0, x],
  ][sector]!;
  return [r! + m, g! + m, b! + m];
}

describe('colour-vision simulation (Machado et al. 2009, severity 1) and ΔE', () => {
  it('matches values worked by hand', () => {
    // Deuteranopia of pure red: the matrix's first column (0.367322, 0.280085, −0.011820) in
    // linear light, the negative clipped to 0, then sRGB-encoded: 1.055·0.367322^(1/2.4) − 0.055
    // = 0.64006 and 1.055·0.280085^(1/2.4) − 0.055 = 0.56581.
    const red = simulate([1, 0, 0], 'deuteranopia');
    expect(red[0]).toBeCloseTo(0.64006, 4);
    expect(red[1]).toBeCloseTo(0.56581, 4);
    expect(red[2]).toBe(0);
    // Protanopia of pure green: column 2 is (1.052583, 0.786281, −0.048116): 1 after clipping,
    // 1.055·0.786281^(1/2.4) − 0.055 = 0.89943, 0.
    const green = simulate([0, 1, 0], 'protanopia');
    expect(green[0]).toBeCloseTo(1, 9);
    expect(green[1]).toBeCloseTo(0.89943, 4);
    expect(green[2]).toBe(0);
    // Rows sum to 1: greys are seen as they are.
    for (const d of ['protanopia', 'deuteranopia', 'tritanopia'] as const) {
      simulate([0.5, 0.5, 0.5], d).forEach((c) => expect(c).toBeCloseTo(0.5, 5));
    }
  });

  it('puts sRGB red at the published CIELAB value and white 100 from black', () => {
    // sRGB red is L* 53.24, a* 80.09, b* 67.20 (D65), as colour references list it.
    const [l, a, b] = toLab([1, 0, 0]);
    expect(l).toBeCloseTo(53.24, 1);
    expect(a).toBeCloseTo(80.09, 1);
    expect(b).toBeCloseTo(67.2, 1);
    expect(deltaE([1, 1, 1], [0, 0, 0])).toBeCloseTo(100, 3);
  });
});

const root = resolve(import.meta.dirname, '../../..');
const read = (path: string) => JSON.parse(readFileSync(resolve(root, path), 'utf8')) as unknown;
const manifest = assertValid(manifestSchema, read('public/data/manifest.json'));
const specs = assertValid(gpuSpecsSchema, read('public/data/gpu-specs.json'));
const availability = inferenceAvailability(manifest, specs)!;
const MIN_DELTA_E = 10;
const DEFICIENCIES: Deficiency[] = ['deuteranopia', 'protanopia'];

describe.each(['gpu', 'engine'] as const)('/inference, best per %s, under red–green colour blindness', (best) => {
  const vm = buildInferenceViewModel({
    points: shippedPoints('8k1k'),
    selection: { ...defaultInferenceSelection(availability), best },
    availability,
    manifest,
    specs,
  });
  const lines = vm.groups.map((g) => ({ id: g.id, vendor: g.vendor, look: g.look }));
  const pairs = lines.flatMap((a, i) =>
    lines
      .slice(i + 1)
      .filter((b) => b.vendor !== a.vendor)
      .map((b) => [a, b]),
  );

  it.each(['light', 'dark'] as const)('%s theme: lines of different vendors differ by colour or by marker', (theme) => {
    expect(new Set(lines.map((l) => l.vendor))).toEqual(new Set(['NVIDIA', 'AMD']));
    const merged: string[] = [];
    for (const [a, b] of pairs) {
      const [sa, sb] = [lookStyle(a!.look, theme, 'normal'), lookStyle(b!.look, theme, 'normal')];
      for (const d of DEFICIENCIES) {
        const e = deltaE(simulate(hsl(sa.color), d), simulate(hsl(sb.color), d));
        if (e < MIN_DELTA_E && sa.shape === sb.shape) merged.push(`${a!.id}/${b!.id} ${d} ΔE ${e.toFixed(1)}`);
      }
    }
    expect(merged).toEqual([]);
  });

  it('needs the marker: colour alone merges a Hopper green with an AMD warm colour under deuteranopia', () => {
    const h200 = lookStyle(lines.find((l) => l.id.startsWith('h200'))!.look, 'light', 'normal');
    const amd = lines.filter((l) => l.vendor === 'AMD').map((l) => lookStyle(l.look, 'light', 'normal'));
    const closest = Math.min(
      ...amd.map((s) => deltaE(simulate(hsl(h200.color), 'deuteranopia'), simulate(hsl(s.color), 'deuteranopia'))),
    );
    expect(closest).toBeLessThan(MIN_DELTA_E);
    expect(amd.every((s) => s.shape !== h200.shape)).toBe(true);
  });
});

describe('the chart key names the family markers', () => {
  it('lists each vendor’s architectures with their marker, in manifest order', () => {
    expect(familyMarkersText(manifest.hardware)).toBe('NVIDIA Hopper ●, Blackwell ▲; AMD CDNA 3 ■, CDNA 4 ◆');
  });
});
