import { describe, expect, it } from 'vitest';
import { sameData } from './same-data';

const point = { concurrency: 64, date: '2026-06-11' };

describe('sameData', () => {
  it.each([
    ['one number', 1.5, 1.5, true],
    ['NaN and NaN', NaN, NaN, true],
    ['0 and -0 (Object.is)', 0, -0, false],
    ['null and an object', null, {}, false],
    ['a string and a number', '1', 1, false],
    [
      'equal nested rows',
      { id: 'b200', cells: [{ v: 1, s: '1.0' }, null] },
      { id: 'b200', cells: [{ v: 1, s: '1.0' }, null] },
      true,
    ],
    [
      'one cell differs',
      { id: 'b200', cells: [{ v: 1, s: '1.0' }] },
      { id: 'b200', cells: [{ v: 1, s: '1.1' }] },
      false,
    ],
    ['arrays of other lengths', [1, 2], [1, 2, 3], false],
    ['an array and an object with its keys', [1], { 0: 1 }, false],
    ['a missing key against an undefined one', { a: 1 }, { a: 1, b: undefined }, false],
    ['the same key set, one undefined elsewhere', { a: 1, b: undefined }, { a: 1, c: undefined }, false],
    ['one shared point object', { best: point }, { best: point }, true],
    ['two maps with the same entries (only one map is the same)', new Map([[1, 2]]), new Map([[1, 2]]), false],
    ['two functions', () => 1, () => 1, false],
  ])('%s', (_, a, b, expected) => {
    expect(sameData(a, b)).toBe(expected);
    expect(sameData(b, a)).toBe(expected);
  });
});
