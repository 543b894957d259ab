import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readShippedJson } from '../../tests/setup/shipped-data';
import { benchmarkFileSchema, gpuSpecsSchema, manifestSchema } from './schema';
import {
  array,
  assertValid,
  boolean,
  explain,
  finiteNumber,
  formatIssues,
  matching,
  nonEmptyString,
  nonNegativeInt,
  nonNegativeNumber,
  nullable,
  object,
  oneOf,
  optional,
  parse,
  positiveInt,
  positiveNumber,
  record,
  refine,
  related,
  show,
  string,
  unknown,
  webAddress,
  type Validator,
} from './validate';

/** The problems a value has, as the page would list them; [] when valid. */
function problems(v: Validator<unknown>, value: unknown): string[] {
  const result = parse(v, value);
  return result.ok ? [] : formatIssues(result.issues);
}

describe('primitives', () => {
  it.each<[string, Validator<unknown>, unknown, string[]]>([
    ['a finite number', finiteNumber(), -2.5, []],
    ['Infinity as a number', finiteNumber(), Infinity, ['must be a finite number (got Infinity)']],
    ['NaN as a number', finiteNumber(), Number.NaN, ['must be a finite number (got NaN)']],
    ['a numeric string as a number', finiteNumber(), '3', ['must be a finite number (got "3")']],
    ['zero as positive', positiveNumber(), 0, ['must be greater than zero (got 0)']],
    ['a tiny positive', positiveNumber(), 1e-9, []],
    ['zero as non-negative', nonNegativeNumber(), 0, []],
    ['a negative as non-negative', nonNegativeNumber(), -0.1, ['must not be negative (got -0.1)']],
    ['1 as positive integer', positiveInt(), 1, []],
    ['0 as positive integer', positiveInt(), 0, ['must be a positive integer (got 0)']],
    ['1.5 as positive integer', positiveInt(), 1.5, ['must be a positive integer (got 1.5)']],
    ['0 as non-negative integer', nonNegativeInt(), 0, []],
    ['-1 as non-negative integer', nonNegativeInt(), -1, ['must be a non-negative integer (got -1)']],
    ['true', boolean(), true, []],
    ['"true" as boolean', boolean(), 'true', ['must be true or false (got "true")']],
    ['the empty string', string(), '', []],
    ['a number as string', string(), 5, ['must be a string (got 5)']],
    ['the empty string as non-empty', nonEmptyString(), '', ['must not be empty (got "")']],
    ['a date', matching(/^\d{4}-\d{2}-\d{2}$/, 'a YYYY-MM-DD date'), '2026-01-31', []],
    [
      'a non-date',
      matching(/^\d{4}-\d{2}-\d{2}$/, 'a YYYY-MM-DD date'),
      '31/01/2026',
      ['must be a YYYY-MM-DD date (got "31/01/2026")'],
    ],
    ['an https address', webAddress(), 'https://github.com/o/r/actions/runs/1', []],
    [
      'a javascript: address',
      webAddress(),
      'javascript:alert(1)',
      ['must be an http(s) address (got "javascript:alert(1)")'],
    ],
    ['a relative address', webAddress(), '/runs/1', ['must be an http(s) address (got "/runs/1")']],
    ['a listed value', oneOf(['1k1k', '8k1k']), '8k1k', []],
    ['an unlisted value', oneOf(['1k1k', '8k1k']), '8k8k', ['must be one of "1k1k", "8k1k" (got "8k8k")']],
    ['the one literal', oneOf([1]), 1, []],
    ['another version', oneOf([1]), 2, ['must be 1 (got 2)']],
    ['anything as unknown', unknown(), { a: [1] }, []],
  ])('%s', (_name, v, value, expected) => {
    expect(problems(v, value)).toEqual(expected);
  });

  it('says "missing" for an absent value, and accepts one only when optional', () => {
    expect(problems(finiteNumber(), undefined)).toEqual(['missing']);
    expect(problems(optional(finiteNumber()), undefined)).toEqual([]);
    expect(problems(optional(finiteNumber()), 'x')).toEqual(['must be a finite number (got "x")']);
  });

  it('null is valid only when nullable, and the message says null would do', () => {
    expect(problems(positiveNumber(), null)).toEqual(['must be a finite number (got null)']);
    expect(problems(nullable(positiveNumber()), null)).toEqual([]);
    expect(problems(nullable(positiveNumber()), -1)).toEqual(['must be greater than zero (got -1)']);
    expect(problems(nullable(positiveNumber()), Infinity)).toEqual(['must be a finite number or null (got Infinity)']);
  });

  it('refine adds a test after the inner checks pass', () => {
    const even = refine(finiteNumber(), (n) => n % 2 === 0, 'be even');
    expect(problems(even, 4)).toEqual([]);
    expect(problems(even, 3)).toEqual(['must be even (got 3)']);
    expect(problems(even, 'x')).toEqual(['must be a finite number (got "x")']);
  });

  it('related checks a rule across fields after the fields pass, reporting inside the value', () => {
    const range = related(
      object({ lo: finiteNumber(), hi: finiteNumber() }),
      (r) => r.lo <= r.hi,
      (r) => [{ path: ['hi'], message: `must not be below lo (got ${r.hi} < ${r.lo})` }],
    );
    const ranges = object({ ranges: array(range) });
    expect(
      problems(ranges, {
        ranges: [
          { lo: 1, hi: 2 },
          { lo: 5, hi: 3 },
        ],
      }),
    ).toEqual(['ranges.1.hi: must not be below lo (got 3 < 5)']);
    // The fields are checked first; the rule is not asked about a value they refuse.
    expect(problems(ranges, { ranges: [{ lo: 'x', hi: 3 }] })).toEqual([
      'ranges.0.lo: must be a finite number (got "x")',
    ]);
    expect(range.test({ lo: 1, hi: 1 })).toBe(true);
    // A rule whose fast test refuses what its report finds nothing wrong with is a bug, said loudly.
    const inconsistent = related(
      finiteNumber(),
      () => false,
      () => [],
    );
    expect(() => parse(inconsistent, 1)).toThrow('validate: test rejected a value that check accepts');
  });

  it('a web address validator that remembers good addresses still refuses every bad one', () => {
    const web = webAddress();
    const runs = Array.from({ length: 10_050 }, (_, i) => `https://github.com/o/r/actions/runs/${i}`);
    for (const bad of ['javascript:alert(1)', 'javascript:alert(1)', '/runs/1', 'ftp://example.com/x']) {
      expect(web.test(bad)).toBe(false);
      expect(web.test(runs[0])).toBe(true);
    }
    // Past the number it remembers, it forgets and keeps answering the same.
    for (const run of runs) expect(web.test(run)).toBe(true);
    expect(web.test(runs[0])).toBe(true);
    expect(problems(web, 'javascript:alert(1)')).toEqual(['must be an http(s) address (got "javascript:alert(1)")']);
  });

  it('shortens long values in messages and keeps non-JSON numbers visible', () => {
    expect(show('x'.repeat(100))).toBe(`"${'x'.repeat(56)}...`);
    expect(show(-Infinity)).toBe('-Infinity');
    expect(show(undefined)).toBe('undefined');
  });
});

describe('objects and lists', () => {
  const point = object({
    id: nonEmptyString(),
    concurrency: positiveInt(),
    metrics: object({ tokPerSecPerGpu: positiveNumber(), p99TtftSec: nullable(nonNegativeNumber()) }),
    image: optional(nullable(string())),
  });
  const file = object({ schemaVersion: oneOf([1]), points: array(point, { minLength: 1 }) });
  const valid = {
    schemaVersion: 1,
    points: [
      { id: 'a#0', concurrency: 4, metrics: { tokPerSecPerGpu: 100.5, p99TtftSec: null }, extra: 'kept' },
      { id: 'a#1', concurrency: 8, metrics: { tokPerSecPerGpu: 80, p99TtftSec: 1.2 }, image: null },
    ],
  };

  it('returns the input itself when valid, unknown keys included', () => {
    const result = parse(file, valid);
    expect(result).toEqual({ ok: true, value: valid });
    const value = result.ok ? result.value : null;
    expect(value).toBe(valid);
    expect(value?.points[0]).toHaveProperty('extra', 'kept');
  });

  it('reports every problem with its path, not only the first', () => {
    const broken = {
      schemaVersion: 1,
      points: [
        { id: '', concurrency: 4, metrics: { tokPerSecPerGpu: 100.5, p99TtftSec: null } },
        { id: 'a#1', concurrency: 0, metrics: { p99TtftSec: -1 } },
        'not a point',
      ],
    };
    expect(problems(file, broken)).toEqual([
      'points.0.id: must not be empty (got "")',
      'points.1.concurrency: must be a positive integer (got 0)',
      'points.1.metrics.tokPerSecPerGpu: missing',
      'points.1.metrics.p99TtftSec: must not be negative (got -1)',
      'points.2: must be an object (got "not a point")',
    ]);
  });

  it('checks list length and element types', () => {
    expect(problems(file, { schemaVersion: 1, points: [] })).toEqual(['points: must have at least 1 entry (got 0)']);
    expect(problems(file, { schemaVersion: 1, points: {} })).toEqual(['points: must be a list (got {})']);
    expect(problems(file, [valid])).toEqual([`must be an object (got ${show([valid])})`]);
  });

  it('checks every value of a record', () => {
    const prices = record(positiveNumber());
    expect(problems(prices, { hyperscaler: 1.48, neocloud: 1.2 })).toEqual([]);
    expect(problems(prices, { hyperscaler: 1.48, neocloud: 0 })).toEqual([
      'neocloud: must be greater than zero (got 0)',
    ]);
    expect(problems(prices, null)).toEqual(['must be an object (got null)']);
  });

  it('assertValid returns the typed value or throws with every problem', () => {
    expect(assertValid(file, valid, 'the file')).toBe(valid);
    expect(() => assertValid(file, { schemaVersion: 2, points: [] }, 'the file')).toThrow(
      'the file is not valid: schemaVersion: must be 1 (got 2); points: must have at least 1 entry (got 0)',
    );
  });
});

describe('the fast path agrees with the reporting path', () => {
  // Real shipped files, with one value somewhere replaced by junk: `test` (what a page runs)
  // must accept exactly what `explain` (which lists problems) finds nothing wrong with.
  const manifest = readShippedJson('data/manifest.json');
  const specs = readShippedJson('data/gpu-specs.json');
  const benchmarks = readShippedJson('data/benchmarks/dsr1/8k1k/mi355x.json');
  const junk = fc.oneof(
    fc.constantFrom(
      null,
      undefined,
      '',
      'x',
      0,
      -1,
      1.5,
      Number.NaN,
      Infinity,
      true,
      [],
      {},
      '2026-13-01',
      'javascript:x',
    ),
    fc.integer(),
    fc.double(),
    fc.string({ maxLength: 4 }),
  );

  /** The value with the leaf (or branch) at a random path replaced by `replacement`. */
  function mutate(value: unknown, pick: number[], replacement: unknown): unknown {
    if (pick.length === 0 || value === null || typeof value !== 'object') return replacement;
    const keys = Object.keys(value);
    if (keys.length === 0) return replacement;
    const key = keys[pick[0]! % keys.length]!;
    const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...value }) as Record<string, unknown>;
    copy[key] = mutate((value as Record<string, unknown>)[key], pick.slice(1), replacement);
    return copy;
  }

  it.each([
    ['manifest', manifestSchema, manifest],
    ['gpu-specs', gpuSpecsSchema, specs],
    ['a benchmark file', benchmarkFileSchema, benchmarks],
  ] as const)('%s', (_name, schema, file) => {
    expect(schema.test(file)).toBe(true);
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 0, maxLength: 6 }), junk, (pick, replacement) => {
        const value = mutate(file, pick, replacement);
        expect(schema.test(value)).toBe(explain(schema, value).length === 0);
      }),
      { numRuns: 400 },
    );
  });
});
