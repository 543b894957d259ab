import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatAxisTick,
  formatConcurrency,
  formatCount,
  formatJoulesPerToken,
  formatPercent,
  formatSignedPercent,
  formatThroughput,
  formatTokPerSecPerMw,
  formatTokPerSecPerUser,
  formatUsd,
  MISSING_VALUE,
  significantDigits,
} from './format.ts';

describe('format helpers', () => {
  it.each([
    { fn: formatThroughput, x: 4342.7, text: '4342.7' },
    { fn: formatThroughput, x: 2232, text: '2232.0' },
    { fn: formatThroughput, x: 12345.66, text: '12345.7' },
    { fn: formatThroughput, x: -0.04, text: '0.0' },
    { fn: formatUsd, x: 0.18419, text: '$0.184' },
    { fn: formatUsd, x: 0.094668, text: '$0.095' },
    { fn: formatUsd, x: 12.5, text: '$12.500' },
    { fn: formatUsd, x: -0.1, text: '-$0.100' },
    { fn: formatUsd, x: -0.0001, text: '$0.000' },
    { fn: formatTokPerSecPerMw, x: 842264.15, text: '842,264' },
    { fn: formatTokPerSecPerMw, x: 1638754.7, text: '1,638,755' },
    { fn: formatTokPerSecPerMw, x: 999.5, text: '1,000' },
    { fn: formatTokPerSecPerMw, x: 12, text: '12' },
    { fn: formatJoulesPerToken, x: 1.187276, text: '1.19' },
    { fn: formatConcurrency, x: 37.6, text: '~38' },
    { fn: formatConcurrency, x: 4096, text: '~4,096' },
    { fn: formatPercent, x: 0.486, text: '49%' },
    { fn: formatPercent, x: 0.4837, text: '48%' },
    { fn: formatPercent, x: -0.2, text: '-20%' },
    { fn: formatPercent, x: 0, text: '0%' },
    { fn: formatSignedPercent, x: 0.945654, text: '+94.6%' },
    { fn: formatSignedPercent, x: -0.1, text: '-10.0%' },
    { fn: formatSignedPercent, x: 0, text: '0.0%' },
    { fn: formatSignedPercent, x: -0.0001, text: '0.0%' },
    { fn: formatTokPerSecPerUser, x: 21, text: '21' },
    { fn: formatTokPerSecPerUser, x: 21.5, text: '21.50' },
  ])('$fn.name($x) → "$text"', ({ fn, x, text }) => {
    expect(fn(x)).toBe(text);
  });

  it('formats interactivity with fixed decimals on request', () => {
    expect(formatTokPerSecPerUser(31.2, 2)).toBe('31.20');
    expect(formatTokPerSecPerUser(31, 2)).toBe('31.00');
  });

  it.each([Number.NaN, Infinity, -Infinity, null])('prints %s as the missing-value dash', (x) => {
    for (const fn of [
      formatThroughput,
      formatUsd,
      formatTokPerSecPerMw,
      formatJoulesPerToken,
      formatConcurrency,
      formatPercent,
      formatSignedPercent,
      formatTokPerSecPerUser,
    ]) {
      expect(fn(x)).toBe(MISSING_VALUE);
    }
  });
});

describe('formatCount', () => {
  it.each<[number | null, string]>([
    [1462, '1,462'],
    [435, '435'],
    [0, '0'],
    [null, MISSING_VALUE],
  ])('formatCount(%s) → %s', (count, expected) => {
    expect(formatCount(count)).toBe(expected);
  });
});

describe('formatAxisTick', () => {
  it.each<[number, string, string]>([
    [0, '', '0'],
    [2.5, '', '2.5'],
    [65, '', '65'],
    [260, '', '260'],
    [1000, '', '1k'],
    [3000, 'tok/s/GPU', '3k'],
    [4500, 'tok/s/GPU', '4.5k'],
    [12000, 'tok/s/GPU', '12k'],
    [13500, 'tok/s/GPU', '13.5k'],
    [1234, '', '1.23k'],
    [0.8, '$/M tok', '$0.8'],
    [3.2, '$/M tok', '$3.2'],
    [0.0035, 'J/tok', '0.0035'],
    [Number.NaN, '', MISSING_VALUE],
  ])('%s (%s) → %s', (value, unit, expected) => {
    expect(formatAxisTick(value, unit)).toBe(expected);
  });

  it('puts an axis reaching a million in millions, every tick from 1000 up', () => {
    expect([0, 250_000, 500_000, 750_000, 1_000_000].map((v) => formatAxisTick(v, 'tok/s/MW', 1_000_000))).toEqual([
      '0',
      '0.25M',
      '0.5M',
      '0.75M',
      '1M',
    ]);
    expect(formatAxisTick(1_500_000, '', 2e6)).toBe('1.5M');
    expect(formatAxisTick(800, '', 2e6)).toBe('800');
    // Below a million the axis stays in thousands.
    expect(formatAxisTick(900_000, '', 900_000)).toBe('900k');
  });

  it('never mixes "k" and separators on one axis', () => {
    const ticks = [0, 3000, 6000, 9000, 12000].map((v) => formatAxisTick(v, 'tok/s/GPU'));
    expect(ticks).toEqual(['0', '3k', '6k', '9k', '12k']);
  });
});

describe('significantDigits', () => {
  // The independent reference is the platform's own number formatting, which the function replaces.
  const intl = (digits: number) =>
    new Intl.NumberFormat('en-US', { maximumSignificantDigits: digits, useGrouping: false });
  const reference = [1, 2, 3, 4].map(intl);

  it.each<[number, string]>([
    [0, '0'],
    [-0, '-0'],
    [1.005, '1.01'],
    [2.675, '2.68'],
    [999.5, '1000'],
    [0.0009995, '0.001'],
    [-13.45, '-13.5'],
    [123456789, '123000000'],
    [1e-9, '0.000000001'],
    [4.35e21, '4350000000000000000000'],
  ])('%s → %s', (x, expected) => {
    expect(significantDigits(x, 3)).toBe(expected);
    expect(reference[2]!.format(x)).toBe(expected);
  });

  it('prints what Intl.NumberFormat prints, for any finite number and 1 to 4 digits', () => {
    const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
    // Decimals with few digits, where halves are ties: 1.005, 0.0125, 2.5e-7 …
    const short = fc
      .tuple(fc.integer({ min: -99999, max: 99999 }), fc.integer({ min: -12, max: 12 }))
      .map(([m, e]) => Number(`${m}e${e}`));
    fc.assert(
      fc.property(fc.oneof(finite, short), fc.integer({ min: 1, max: 4 }), (x, digits) => {
        expect(significantDigits(x, digits)).toBe(reference[digits - 1]!.format(x));
      }),
      { numRuns: 20_000 },
    );
  });
});
