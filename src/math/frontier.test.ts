import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeFrontier } from './frontier.ts';
import { interactivityX } from './engine-x.ts';
import type { SidePoint } from './types.ts';

function pt(id: string, tokPerSecPerUser: number, tokPerSecPerGpu: number): SidePoint {
  return {
    id,
    x: interactivityX(tokPerSecPerUser),
    tokPerSecPerGpu,
    outputTokPerSecPerGpu: null,
    inputTokPerSecPerGpu: null,
    concurrency: 1,
  };
}

const ids = (points: readonly SidePoint[]) => points.map((p) => p.id);

// DeepSeek-V4-Pro MI355X SGLang fp4 8k/1k, 2026-05-21 (blog points table): conc → (tok/s/user, tok/s/GPU).
const MAY_21: SidePoint[] = [
  pt('c1', 57.06, 59.2),
  pt('c4', 47.71, 198.5),
  pt('c8', 41.78, 348.2),
  pt('c16', 33.37, 561.3),
  pt('c32', 23.99, 811.7),
  pt('c64', 16.79, 959.6),
  pt('c128', 13.76, 1556.0),
  pt('c256', 9.37, 2256.1),
  pt('c512', 5.59, 1814.4),
];

describe('computeFrontier', () => {
  it.each([
    { name: 'empty input', points: [], frontier: [], dominated: [] },
    { name: 'one point', points: [pt('a', 20, 1000)], frontier: ['a'], dominated: [] },
    {
      name: 'two points on a trade-off',
      points: [pt('fast', 40, 300), pt('dense', 10, 2000)],
      frontier: ['dense', 'fast'],
      dominated: [],
    },
    {
      name: 'two points, one dominates',
      points: [pt('good', 40, 3000), pt('bad', 10, 2000)],
      frontier: ['good'],
      dominated: ['bad'],
    },
    {
      name: 'equal interactivity keeps the higher throughput',
      points: [pt('lo', 20, 900), pt('hi', 20, 1000)],
      frontier: ['hi'],
      dominated: ['lo'],
    },
    {
      name: 'equal throughput keeps the higher interactivity',
      points: [pt('slow', 15, 1000), pt('quick', 20, 1000)],
      frontier: ['quick'],
      dominated: ['slow'],
    },
    {
      name: 'exact duplicates keep the smallest id',
      points: [pt('z', 20, 1000), pt('m', 20, 1000)],
      frontier: ['m'],
      dominated: ['z'],
    },
    {
      name: 'real sweep (2026-05-21): conc 512 is dominated by conc 256',
      points: MAY_21,
      frontier: ['c256', 'c128', 'c64', 'c32', 'c16', 'c8', 'c4', 'c1'],
      dominated: ['c512'],
    },
  ])('$name', ({ points, frontier, dominated }) => {
    const result = computeFrontier(points);
    expect(ids(result.frontier)).toEqual(frontier);
    expect(result.dominatedIds).toEqual(dominated);
    expect(result.excluded).toEqual([]);
  });

  it.each([
    { value: Number.NaN, reason: 'non-finite' },
    { value: Infinity, reason: 'non-finite' },
    { value: -Infinity, reason: 'non-finite' },
    { value: null as unknown as number, reason: 'non-finite' },
    { value: undefined as unknown as number, reason: 'non-finite' },
    { value: 0, reason: 'non-positive' },
    { value: -0, reason: 'non-positive' },
    { value: -12.5, reason: 'non-positive' },
  ])('excludes interactivity or throughput $value as $reason', ({ value, reason }) => {
    const result = computeFrontier([pt('ok', 20, 1000), pt('badX', value, 1000), pt('badY', 30, value)]);
    expect(ids(result.frontier)).toEqual(['ok']);
    expect(result.excluded).toEqual([
      { id: 'badX', reason },
      { id: 'badY', reason },
    ]);
  });

  it('prefers non-finite over non-positive when both fields are bad', () => {
    expect(computeFrontier([pt('x', -1, Number.NaN)]).excluded).toEqual([{ id: 'x', reason: 'non-finite' }]);
  });

  it('keeps interactivity strictly rising and throughput strictly falling', () => {
    const { frontier } = computeFrontier(MAY_21);
    for (let i = 1; i < frontier.length; i++) {
      expect(frontier[i]!.x).toBeGreaterThan(frontier[i - 1]!.x);
      expect(frontier[i]!.tokPerSecPerGpu).toBeLessThan(frontier[i - 1]!.tokPerSecPerGpu);
    }
  });

  it('does not depend on input order and accounts for every id exactly once', () => {
    const shuffled = MAY_21.toReversed().concat(pt('nan', Number.NaN, 1));
    const result = computeFrontier(shuffled);
    expect(ids(result.frontier)).toEqual(ids(computeFrontier(MAY_21).frontier));
    const all = [...ids(result.frontier), ...result.dominatedIds, ...result.excluded.map((e) => e.id)];
    expect(all.sort()).toEqual(ids(shuffled).sort());
  });

  it('does not mutate its input', () => {
    const input = [...MAY_21];
    computeFrontier(input);
    expect(input).toEqual(MAY_21);
  });
});

/**
 * The contract stated plainly: sort the valid points by x descending, throughput descending,
 * id ascending (a stable sort, so equal ids keep their input order), then sweep.
 */
function referenceFrontier(points: readonly SidePoint[]): { frontier: SidePoint[]; dominatedIds: string[] } {
  const valid = points.filter((p) => p.x > 0 && p.tokPerSecPerGpu > 0);
  const sorted = valid.sort((a, b) =>
    a.x !== b.x
      ? b.x - a.x
      : a.tokPerSecPerGpu !== b.tokPerSecPerGpu
        ? b.tokPerSecPerGpu - a.tokPerSecPerGpu
        : a.id < b.id
          ? -1
          : a.id > b.id
            ? 1
            : 0,
  );
  const frontier: SidePoint[] = [];
  const dominatedIds: string[] = [];
  for (const p of sorted) {
    if (frontier.length === 0 || p.tokPerSecPerGpu > frontier[frontier.length - 1]!.tokPerSecPerGpu) frontier.push(p);
    else dominatedIds.push(p.id);
  }
  return { frontier: frontier.toReversed(), dominatedIds };
}

describe('computeFrontier against the plainly stated sort', () => {
  // Few distinct values and ids, so ties of x, of throughput and of all three are common;
  // up to 300 points, so the sort merges runs several levels deep.
  const tiedPoint = fc.record({
    id: fc.constantFrom('a', 'b', 'c', 'd'),
    x: fc.integer({ min: 1, max: 12 }).map((v) => interactivityX(v * 2.5)),
    tokPerSecPerGpu: fc.integer({ min: 1, max: 9 }).map((v) => v * 100),
    outputTokPerSecPerGpu: fc.constant(null),
    inputTokPerSecPerGpu: fc.constant(null),
    concurrency: fc.nat(1000),
  });

  it('keeps the same points (the same objects), in the same order, and lists the dominated in sweep order', () => {
    fc.assert(
      fc.property(fc.array(tiedPoint, { maxLength: 300 }), (points) => {
        const expected = referenceFrontier(points);
        const result = computeFrontier(points);
        expect(result.frontier.length).toBe(expected.frontier.length);
        result.frontier.forEach((p, i) => expect(p).toBe(expected.frontier[i]));
        expect(result.dominatedIds).toEqual(expected.dominatedIds);
      }),
      { numRuns: 200 },
    );
  });
});
