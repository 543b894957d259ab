import { describe, expect, it } from 'vitest';
import { isIsoDate, latestRuns, lineKeyOf, runDatesOf, type DatedLinePoint } from './runs';

const stage = { tp: 8, ep: 1, dpAttention: false, workers: 0 };
const point = (id: string, date: string, change: Partial<DatedLinePoint> = {}) => ({
  id,
  hardware: 'mi355x',
  engine: 'sglang',
  precision: 'fp8',
  specMethod: 'none',
  disagg: false,
  prefill: stage,
  decode: stage,
  offloadMode: null,
  date,
  ...change,
});

describe('latestRuns', () => {
  const a1 = point('a1', '2026-01-10');
  const a2 = point('a2', '2026-01-10');
  const a3 = point('a3', '2026-03-02');
  const b1 = point('b1', '2026-02-01', { decode: { ...stage, tp: 4 } });
  const c1 = point('c1', '2026-01-20', { offloadMode: 'cpu' });
  const u1 = point('u1', '2026-01-05', { prefill: null, decode: null });
  const all = [a1, a2, a3, b1, c1, u1];
  const ids = (points: { id: string }[]) => points.map((p) => p.id);

  it.each<[string | undefined, string[]]>([
    [undefined, ['a3', 'b1', 'c1', 'u1']],
    ['2026-03-02', ['a3', 'b1', 'c1', 'u1']],
    ['2026-03-01', ['a1', 'a2', 'b1', 'c1', 'u1']],
    ['2026-01-19', ['a1', 'a2', 'u1']],
    ['2026-01-04', []],
  ])('as of %s: each line keeps the points of its newest run on or before the day', (day, expected) => {
    expect(ids(latestRuns(all, day))).toEqual(expected);
  });

  it('reads the line of each point from `keys` when given', () => {
    // a1..u1 called one line: its newest date is a3's, so a3 alone is kept.
    expect(
      ids(
        latestRuns(
          all,
          undefined,
          all.map(() => 'one line'),
        ),
      ),
    ).toEqual(['a3']);
    // b1 and c1 moved into u1's line: u1 (01-05) and c1 (01-20) lose to b1 (02-01).
    const keys = all.map((p) => (p === b1 || p === c1 || p === u1 ? 'b' : lineKeyOf(p)));
    expect(ids(latestRuns(all, '2026-03-01', keys))).toEqual(['a1', 'a2', 'b1']);
    expect(ids(latestRuns(all, undefined, all.map(lineKeyOf)))).toEqual(ids(latestRuns(all)));
    expect(() => latestRuns(all, undefined, ['a'])).toThrow(/one key per point/);
  });

  it('tells lines apart by layout and offload mode, and puts unknown layouts in one line', () => {
    const keys = new Set(all.map(lineKeyOf));
    expect(keys.size).toBe(4);
    expect(lineKeyOf(a1)).toBe(lineKeyOf(a3));
    expect(lineKeyOf(a1)).not.toBe(lineKeyOf(c1));
    expect(lineKeyOf(u1)).toBe(lineKeyOf(point('u2', '2026-02-02', { prefill: null, decode: null })));
  });

  it('lists distinct run dates oldest first', () => {
    expect(runDatesOf(all)).toEqual(['2026-01-05', '2026-01-10', '2026-01-20', '2026-02-01', '2026-03-02']);
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2026-02-28', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['20260201', false],
    ['', false],
    ['2026-02-01T00:00', false],
  ])('%s → %s', (text, ok) => {
    expect(isIsoDate(text)).toBe(ok);
  });
});
