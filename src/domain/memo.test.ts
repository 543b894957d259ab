import { describe, expect, it } from 'vitest';
import { lastResult, pointsOfFiles } from './memo';

describe('lastResult', () => {
  it('runs again only when an argument is another value or object', () => {
    let runs = 0;
    const sum = lastResult((xs: readonly number[], scale: number) => {
      runs++;
      return xs.reduce((a, b) => a + b, 0) * scale;
    });
    const xs = [1, 2, 3];
    expect(sum(xs, 2)).toBe(12);
    expect(sum(xs, 2)).toBe(12);
    expect(runs).toBe(1);
    // An equal but different array is another argument.
    expect(sum([1, 2, 3], 2)).toBe(12);
    expect(runs).toBe(2);
    expect(sum(xs, 3)).toBe(18);
    expect(runs).toBe(3);
  });

  it('returns the same object for the same arguments, so what is built on it can be reused', () => {
    const wrap = lastResult((key: string) => ({ key }));
    const first = wrap('a');
    expect(wrap('a')).toBe(first);
    expect(wrap('b')).not.toBe(first);
    // Only the last call is kept.
    expect(wrap('a')).not.toBe(first);
    expect(wrap('a')).toEqual(first);
  });
});

describe('pointsOfFiles', () => {
  it('joins the files’ points in order, once per files array', () => {
    const files = [{ points: ['a', 'b'] }, { points: [] }, { points: ['c'] }];
    const joined = pointsOfFiles(files);
    expect(joined).toEqual(['a', 'b', 'c']);
    expect(pointsOfFiles(files)).toBe(joined);
    expect(pointsOfFiles([...files])).not.toBe(joined);
  });
});
