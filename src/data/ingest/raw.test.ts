import { describe, expect, it } from 'vitest';
import { parse } from '../validate.ts';
import { rawDateSchema } from './raw.ts';

describe('rawDateSchema: a real YYYY-MM-DD date', () => {
  it.each([
    ['2026-05-01', true],
    ['2026-01-31', true],
    ['2026-12-31', true],
    ['2026-04-30', true],
    ['2024-02-29', true], // divisible by 4
    ['2000-02-29', true], // divisible by 400
    ['0000-02-29', true], // year 0 is divisible by 400
    ['2026-02-28', true],
    ['2026-02-29', false],
    ['1900-02-29', false], // divisible by 100, not by 400
    ['2100-02-29', false],
    ['2026-04-31', false],
    ['2026-06-31', false],
    ['2026-01-32', false],
    ['2026-00-10', false],
    ['2026-13-01', false],
    ['2026-05-00', false],
    ['2026-5-01', false],
    ['2026-05-01T00:00:00Z', false],
  ])('%s → %s', (date, valid) => {
    expect(parse(rawDateSchema, date).ok).toBe(valid);
  });

  it('says why a well-formed day is not in the calendar', () => {
    const result = parse(rawDateSchema, '2026-02-29');
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      'must be a real YYYY-MM-DD date (got "2026-02-29")',
    ]);
  });
});
