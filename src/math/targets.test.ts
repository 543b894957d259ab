import { describe, expect, it } from 'vitest';
import { checkTargets, defaultTargets, parseTargetList } from './targets.ts';
import type { Band } from './types.ts';

const overlap = (lo: number, hi: number): Band => ({ kind: 'overlap', lo, hi });

describe('defaultTargets', () => {
  it.each([
    { name: 'published page band (≈ 2.96–76.3)', band: overlap(2.96, 76.3), targets: [21, 40, 58] },
    { name: 'integer band', band: overlap(10, 50), targets: [20, 30, 40] },
    { name: 'narrow band deduplicates', band: overlap(3, 4), targets: [3, 4] },
    { name: 'rounding below the band is clamped up', band: overlap(3.2, 4.0), targets: [4] },
    { name: 'rounding above the band is clamped down', band: overlap(4.0, 4.9), targets: [4] },
    { name: 'single-point integer band', band: overlap(20, 20), targets: [20] },
    { name: 'band without a whole number gives the midpoint', band: overlap(3.2, 3.8), targets: [3.5] },
    { name: 'no overlap', band: { kind: 'none', a: [1, 2], b: [3, 4] } as Band, targets: [] },
  ])('$name → $targets', ({ band, targets }) => {
    expect(defaultTargets(band)).toEqual(targets);
  });
});

describe('parseTargetList', () => {
  it.each([
    { text: '35,56,77', targets: [35, 56, 77], rounded: false },
    { text: ' 77 , 35,56 ', targets: [35, 56, 77], rounded: false },
    { text: '18.37', targets: [18.37], rounded: false },
    { text: '13.9,40', targets: [13.9, 40], rounded: false },
    // Half up on the decimal digits: 20.005 is stored as 20.00499…, yet reads as 20.01.
    { text: '20.005,30,40', targets: [20.01, 30, 40], rounded: true },
    { text: '20.004', targets: [20], rounded: true },
    { text: '35.00,0.5,.25', targets: [0.25, 0.5, 35], rounded: false },
    { text: '10000', targets: [10000], rounded: false },
    { text: '9999.996', targets: [10000], rounded: true },
  ])('$text → $targets', ({ text, targets, rounded }) => {
    expect(parseTargetList(text)).toEqual({ ok: true, targets, rounded });
  });

  it.each([
    { text: '', reason: 'Give 1 to 3 targets, separated by commas' },
    { text: '1,2,3,4', reason: 'Give 1 to 3 targets, separated by commas' },
    { text: '35,,77', reason: 'Each target must be a number above 0 tok/s/user' },
    { text: '10,abc,30', reason: 'Each target must be a number above 0 tok/s/user' },
    { text: '-5,10,20', reason: 'Each target must be a number above 0 tok/s/user' },
    { text: '0,10,20', reason: 'Each target must be a number above 0 tok/s/user' },
    { text: '0.004', reason: 'Each target must be a number above 0 tok/s/user' },
    { text: '1e3', reason: 'Each target must be a number above 0 tok/s/user' },
    { text: 'Infinity', reason: 'Each target must be a number above 0 tok/s/user' },
    { text: '10000.01', reason: 'Each target must be at most 10000 tok/s/user' },
    { text: '30,30', reason: '30 tok/s/user is given twice' },
    { text: '30.001,30', reason: '30 tok/s/user is given twice' },
  ])('refuses "$text": $reason', ({ text, reason }) => {
    expect(parseTargetList(text)).toEqual({ ok: false, reason });
  });
});

describe('checkTargets', () => {
  it('accepts targets inside the unrounded band (inclusive) and explains the rest', () => {
    const result = checkTargets(overlap(2.96, 76.3), [21, 2.96, 80, 2, Number.NaN, 76.3]);
    expect(result.accepted).toEqual([21, 2.96, 76.3]);
    expect(result.rejected).toEqual([
      {
        index: 2,
        value: 80,
        reason: 'outside-band',
        message: '80 tok/s/user is outside the band both sides reach, 2.96–76.3 tok/s/user',
      },
      {
        index: 3,
        value: 2,
        reason: 'outside-band',
        message: '2 tok/s/user is outside the band both sides reach, 2.96–76.3 tok/s/user',
      },
      { index: 4, value: null, reason: 'not-a-number', message: 'A target is not a number' },
    ]);
  });

  it('accepts 13.9 inside a 13.84–98.06 band (a native min of 14 refused it)', () => {
    expect(checkTargets(overlap(13.8372, 98.0581), [13.9, 50, 98])).toEqual({ accepted: [13.9, 50, 98], rejected: [] });
  });

  it('takes a band edge given to 0.01 as the edge itself, never a point outside the band', () => {
    const result = checkTargets(overlap(13.8372, 98.0581), [13.84, 13.83, 98.06]);
    expect(result.accepted).toEqual([13.84, 98.0581]);
    expect(result.rejected.map((r) => [r.value, r.reason])).toEqual([[13.83, 'outside-band']]);
    expect(checkTargets(overlap(13.8372, 98.0581), [13.8322]).accepted).toEqual([13.8372]);
  });

  it('gives a one-point band exactly one target: its point, as the table prints it', () => {
    const band = overlap(18.3742, 18.3742);
    expect(checkTargets(band, [18.37])).toEqual({ accepted: [18.3742], rejected: [] });
    const result = checkTargets(band, [18.37, 18.375, 19]);
    expect(result.accepted).toEqual([18.3742]);
    expect(result.rejected).toEqual([
      { index: 1, value: 18.375, reason: 'duplicate', message: '18.375 tok/s/user is given twice' },
      {
        index: 2,
        value: 19,
        reason: 'outside-band',
        message: '19 tok/s/user is outside the only interactivity both sides reach, 18.37 tok/s/user',
      },
    ]);
    const two = checkTargets(overlap(20, 20), [20, 20.004]);
    expect(two.rejected.map((r) => r.reason)).toEqual(['duplicate']);
  });

  it('refuses duplicates and more than three targets, saying why', () => {
    const result = checkTargets(overlap(10, 90), [20, 20, 30, 40, 50]);
    expect(result.accepted).toEqual([20, 30, 40]);
    expect(result.rejected).toEqual([
      { index: 1, value: 20, reason: 'duplicate', message: '20 tok/s/user is given twice' },
      {
        index: 4,
        value: 50,
        reason: 'too-many',
        message: '50 tok/s/user is left out: at most 3 targets are compared',
      },
    ]);
  });

  it('rejects every finite target when there is no band', () => {
    const result = checkTargets({ kind: 'none', a: [3, 10], b: [12, 40] }, [5, 15]);
    expect(result.accepted).toEqual([]);
    expect(result.rejected.map((r) => r.reason)).toEqual(['outside-band', 'outside-band']);
    expect(result.rejected[0]!.message).toBe(
      '5 tok/s/user cannot be compared: the two sides share no interactivity band',
    );
  });

  it('handles an empty list', () => {
    expect(checkTargets(overlap(1, 2), [])).toEqual({ accepted: [], rejected: [] });
  });
});
