import { describe, expect, it } from 'vitest';
import { joulesPerToken, tokPerSecPerMegawatt, usdPerMillionTokens } from './derived.ts';

// MI355X assumptions of the published compare page: $1.48 per GPU-hour, 2.65 kW all-in per GPU.
describe('derived metrics', () => {
  it.each([
    { tps: 2232.0, usd: 1.48, expected: 0.18419 },
    { tps: 4342.7, usd: 1.48, expected: 0.094668 },
    { tps: 1000, usd: 3.6, expected: 1 },
    { tps: 198.94, usd: 1.95, expected: 2.722764 },
  ])('usdPerMillionTokens($tps tok/s/GPU, $usd USD/GPU-hour) ≈ $expected', ({ tps, usd, expected }) => {
    expect(usdPerMillionTokens(tps, usd)).toBeCloseTo(expected, 5);
  });

  it.each([
    { tps: 2232.0, kw: 2.65, expected: 842264.1509 },
    { tps: 554.9, kw: 2.65, expected: 209396.2264 },
    { tps: 1000, kw: 2, expected: 500000 },
  ])('tokPerSecPerMegawatt($tps, $kw kW) ≈ $expected', ({ tps, kw, expected }) => {
    expect(tokPerSecPerMegawatt(tps, kw)).toBeCloseTo(expected, 3);
  });

  it.each([
    { tps: 2232.0, kw: 2.65, expected: 1.187276 },
    { tps: 2650, kw: 2.65, expected: 1 },
  ])('joulesPerToken($tps, $kw kW) ≈ $expected', ({ tps, kw, expected }) => {
    expect(joulesPerToken(tps, kw)).toBeCloseTo(expected, 6);
  });

  const BAD = [0, -0, -5, Number.NaN, Infinity, -Infinity];
  it.each(BAD)('returns null (never NaN/Infinity) when either input is %s', (bad) => {
    for (const fn of [usdPerMillionTokens, tokPerSecPerMegawatt, joulesPerToken]) {
      expect(fn(bad, 1.48)).toBeNull();
      expect(fn(1000, bad)).toBeNull();
    }
  });

  it.each([
    { name: 'cost overflow', value: usdPerMillionTokens(Number.MIN_VALUE, 1.48) },
    { name: 'power overflow', value: tokPerSecPerMegawatt(Number.MAX_VALUE, 0.5) },
    { name: 'energy overflow', value: joulesPerToken(Number.MIN_VALUE, 2.65) },
  ])('returns null when the result would overflow ($name)', ({ value }) => {
    expect(value).toBeNull();
  });
});
