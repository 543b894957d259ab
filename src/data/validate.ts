/**
 * A small validator for JSON: the app checks every data file it fetches with it, and the
 * ingest checks upstream rows and its own output with it.
 *
 * Written for this project rather than taken from a schema library because a page validates
 * its data before its first render: checking in place (no copy of the input is made) keeps a
 * 500-point file under a millisecond, and the code is a few KiB instead of tens.
 *
 * Each validator has two ways to check: `test`, a fast yes/no with no bookkeeping, which is
 * all a valid file ever runs; and `check`, which walks the value again recording every
 * problem with its path, run only when `test` said no.
 *
 * A validated value is the input itself, typed. Keys an object schema does not name are
 * kept, unchecked (upstream adds fields we do not read). Messages read as
 * `path: must be … (got …)`, or `path: missing`, e.g. `points.3.metrics.tokPerSecPerGpu:
 * must be greater than zero (got -1)`.
 */

export type IssuePath = readonly (string | number)[];

/** One thing wrong with a value, at a path of object keys and list indexes. */
export interface Issue {
  path: IssuePath;
  message: string;
}

interface Context {
  path: (string | number)[];
  issues: Issue[];
}

export interface Validator<T> {
  /** What a valid value is, in words, after "must be": "a finite number", "a list". */
  readonly expected: string;
  /** Whether the value has the right type; constraints are checked by `check`. */
  readonly accepts: (value: unknown) => boolean;
  /** Checks a value `accepts` took, recording each problem in `ctx`; true when there was none. */
  readonly check: (value: never, ctx: Context) => boolean;
  /** Whether the value (possibly undefined) is valid, recording nothing: the fast path. */
  readonly test: (value: unknown) => boolean;
  /** Set by `optional`: an absent value is valid. */
  readonly optional?: boolean;
  /** Never set: carries the validated type for `Infer`. */
  readonly _type?: T;
}

export type Infer<V> = V extends Validator<infer T> ? T : never;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** A rejected value as it appears in a message; numbers via String() so Infinity stays visible. */
export function show(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number') return String(value);
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function report(ctx: Context, message: string): false {
  ctx.issues.push({ path: [...ctx.path], message });
  return false;
}

/** Type check, then constraints: every validator, including those inside lists and objects, goes through here. */
function run(v: Validator<unknown>, value: unknown, ctx: Context): boolean {
  if (value === undefined) return v.optional === true || report(ctx, 'missing');
  if (!v.accepts(value)) return report(ctx, `must be ${v.expected} (got ${show(value)})`);
  return v.check(value as never, ctx);
}

/** `run` with `key` appended to the path problems are reported at. */
function runAt(key: string | number, v: Validator<unknown>, value: unknown, ctx: Context): boolean {
  ctx.path.push(key);
  const ok = run(v, value, ctx);
  ctx.path.pop();
  return ok;
}

export function parse<T>(v: Validator<T>, value: unknown): ParseResult<T> {
  if (v.test(value)) return { ok: true, value: value as T };
  const issues = explain(v, value);
  // `check` must find what `test` rejected; a validator where the two disagree is a bug here.
  if (issues.length === 0) throw new Error('validate: test rejected a value that check accepts');
  return { ok: false, issues };
}

/** Every problem of `value`, by the slow path alone ([] when valid). `parse` is the fast way to ask. */
export function explain(v: Validator<unknown>, value: unknown): Issue[] {
  const ctx: Context = { path: [], issues: [] };
  run(v, value, ctx);
  return ctx.issues;
}

/** `path: message` lines, e.g. `metrics.p99_ttft: must not be negative (got -1)`. */
export function formatIssues(issues: readonly Issue[]): string[] {
  return issues.map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message));
}

/** The value, typed, or an Error listing every problem. For the ingest and tests, where bad data is a bug. */
export function assertValid<T>(v: Validator<T>, value: unknown, what = 'value'): T {
  const result = parse(v, value);
  if (result.ok) return result.value;
  throw new Error(`${what} is not valid: ${formatIssues(result.issues).join('; ')}`);
}

/** A constraint on an accepted value: a test and the message (after "must ") when it fails. */
type Rule<T> = readonly [test: (value: T) => boolean, mustBe: string];

/**
 * `fused`, when given, is `accepts` and every rule written as one function: the number checks
 * run some 25 times per point (100,000s of times in the ingest), and one call instead of three
 * nested ones made checking a point's metrics about a third faster. It must agree with them
 * (the validate tests check the fast path against the reporting path on mutated files).
 */
function primitive<T>(
  expected: string,
  accepts: (value: unknown) => boolean,
  rules: readonly Rule<T>[],
  fused?: (value: unknown) => boolean,
): Validator<T> {
  const rule = rules.length === 1 ? rules[0]![0] : null;
  return {
    expected,
    accepts,
    check: (value: T, ctx: Context) => {
      for (const [test, mustBe] of rules) if (!test(value)) return report(ctx, `must ${mustBe} (got ${show(value)})`);
      return true;
    },
    test:
      fused ??
      (rules.length === 0
        ? accepts
        : rule
          ? (value: unknown) => accepts(value) && rule(value as T)
          : (value: unknown) => accepts(value) && rules.every(([test]) => test(value as T))),
  } as Validator<T>;
}

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** A finite number (JSON cannot hold NaN or ±Infinity, but a hand-built value can). */
export const finiteNumber = (): Validator<number> => primitive('a finite number', isFiniteNumber, []);
export const positiveNumber = (): Validator<number> =>
  primitive(
    'a finite number',
    isFiniteNumber,
    [[(n: number) => n > 0, 'be greater than zero']],
    (v) => typeof v === 'number' && Number.isFinite(v) && v > 0,
  );
export const nonNegativeNumber = (): Validator<number> =>
  primitive(
    'a finite number',
    isFiniteNumber,
    [[(n: number) => n >= 0, 'not be negative']],
    (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0,
  );
// Number.isInteger is false for NaN and ±Infinity, so it also says "finite".
export const positiveInt = (): Validator<number> =>
  primitive(
    'a number',
    isFiniteNumber,
    [[(n: number) => Number.isInteger(n) && n > 0, 'be a positive integer']],
    (v) => Number.isInteger(v) && (v as number) > 0,
  );
export const nonNegativeInt = (): Validator<number> =>
  primitive(
    'a number',
    isFiniteNumber,
    [[(n: number) => Number.isInteger(n) && n >= 0, 'be a non-negative integer']],
    (v) => Number.isInteger(v) && (v as number) >= 0,
  );

export const boolean = (): Validator<boolean> => primitive('true or false', (value) => typeof value === 'boolean', []);

const isString = (value: unknown): value is string => typeof value === 'string';

/** Any string, including the empty one. */
export const string = (): Validator<string> => primitive('a string', isString, []);
export const nonEmptyString = (): Validator<string> =>
  primitive('a string', isString, [[(s: string) => s.length > 0, 'not be empty']]);
export const matching = (pattern: RegExp, mustBe: string): Validator<string> =>
  primitive('a string', isString, [[(s: string) => pattern.test(s), `be ${mustBe}`]]);

function isWebAddress(s: string): boolean {
  try {
    const url = new URL(s);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Addresses one `webAddress` validator remembers as good before it forgets them all and starts again. */
const KNOWN_ADDRESSES = 10_000;

/**
 * An absolute http(s) address: these become links on the page, so no other scheme is let through.
 * Each validator remembers the addresses it accepted (up to `KNOWN_ADDRESSES`, so memory stays
 * bounded): a run's link is on every point of the run, and parsing it with `URL` on every point
 * was a fifth of checking a point.
 */
export const webAddress = (): Validator<string> => {
  const accepted = new Set<string>();
  const isKnownOrWebAddress = (s: string): boolean => {
    if (accepted.has(s)) return true;
    if (!isWebAddress(s)) return false;
    if (accepted.size >= KNOWN_ADDRESSES) accepted.clear();
    accepted.add(s);
    return true;
  };
  return primitive('a string', isString, [[isKnownOrWebAddress, 'be an http(s) address']]);
};

/** Exactly one of `values`. */
export function oneOf<const V extends readonly (string | number | boolean)[]>(values: V): Validator<V[number]> {
  const allowed = new Set<unknown>(values);
  const expected = values.length === 1 ? show(values[0]) : `one of ${values.map(show).join(', ')}`;
  return primitive(expected, (value) => allowed.has(value), []);
}

/** Anything at all, unchecked. */
export const unknown = (): Validator<unknown> => ({
  expected: 'anything',
  accepts: () => true,
  check: () => true,
  test: (value) => value !== undefined,
});

/** `null` or a valid value; the message for a wrong type says so ("a finite number or null"). */
export function nullable<T>(inner: Validator<T>): Validator<T | null> {
  return {
    expected: `${inner.expected} or null`,
    accepts: (value) => value === null || inner.accepts(value),
    check: (value: T | null, ctx: Context) => value === null || inner.check(value as never, ctx),
    test: (value: unknown) => value === null || inner.test(value),
  } as Validator<T | null>;
}

/** The key may be absent (undefined). */
export function optional<T>(inner: Validator<T>): Validator<T | undefined> {
  return { ...inner, optional: true, test: (value: unknown) => value === undefined || inner.test(value) } as Validator<
    T | undefined
  >;
}

/** A list whose every entry is valid; every bad entry is reported, not only the first. */
export function array<T>(item: Validator<T>, options: { minLength?: number } = {}): Validator<T[]> {
  const minLength = options.minLength ?? 0;
  return {
    expected: 'a list',
    accepts: Array.isArray,
    check: (value: unknown[], ctx: Context) => {
      if (value.length < minLength) {
        return report(
          ctx,
          `must have at least ${minLength} ${minLength === 1 ? 'entry' : 'entries'} (got ${value.length})`,
        );
      }
      let ok = true;
      for (let i = 0; i < value.length; i++) if (!runAt(i, item, value[i], ctx)) ok = false;
      return ok;
    },
    test: (value: unknown) => {
      if (!Array.isArray(value) || value.length < minLength) return false;
      const itemTest = item.test;
      for (let i = 0; i < value.length; i++) if (!itemTest(value[i])) return false;
      return true;
    },
  } as Validator<T[]>;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

type Shape = Record<string, Validator<unknown>>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
type OptionalKeys<S extends Shape> = { [K in keyof S]: undefined extends Infer<S[K]> ? K : never }[keyof S];
export type ObjectOf<S extends Shape> = Simplify<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Infer<S[K]> }
>;

/** An object with (at least) the named keys, each valid; other keys are kept unchecked. */
export function object<S extends Shape>(shape: S): Validator<ObjectOf<S>> & { readonly shape: S } {
  const entries = Object.entries(shape);
  const keys = entries.map(([key]) => key);
  const tests = entries.map(([, field]) => field.test);
  return {
    shape,
    expected: 'an object',
    accepts: isPlainObject,
    check: (value: Record<string, unknown>, ctx: Context) => {
      let ok = true;
      for (const [key, field] of entries) if (!runAt(key, field, value[key], ctx)) ok = false;
      return ok;
    },
    test: (value: unknown) => {
      if (!isPlainObject(value)) return false;
      for (let i = 0; i < keys.length; i++) if (!tests[i]!(value[keys[i]!])) return false;
      return true;
    },
  } as Validator<ObjectOf<S>> & { readonly shape: S };
}

/** An object used as a map: any keys, every value valid. */
export function record<T>(item: Validator<T>): Validator<Record<string, T>> {
  return {
    expected: 'an object',
    accepts: isPlainObject,
    check: (value: Record<string, unknown>, ctx: Context) => {
      let ok = true;
      for (const key of Object.keys(value)) if (!runAt(key, item, value[key], ctx)) ok = false;
      return ok;
    },
    test: (value: unknown) => {
      if (!isPlainObject(value)) return false;
      for (const key of Object.keys(value)) if (!item.test(value[key])) return false;
      return true;
    },
  } as Validator<Record<string, T>>;
}

/** A further test on a value the inner validator found valid. */
export function refine<T>(inner: Validator<T>, test: (value: T) => boolean, mustBe: string): Validator<T> {
  return {
    ...inner,
    check: (value: T, ctx: Context) =>
      inner.check(value as never, ctx) && (test(value) || report(ctx, `must ${mustBe} (got ${show(value)})`)),
    test: (value: unknown) => inner.test(value) && (value === undefined || test(value as T)),
  } as Validator<T>;
}

/**
 * Rules across the fields of a value the inner validator found valid, such as "every point
 * is of the file's GPU". `holds` is the fast yes/no; `problems` lists each broken rule with
 * its path inside the value, and must find at least one whenever `holds` says no (`parse`
 * throws if the two disagree, as it does for any validator).
 */
export function related<T>(
  inner: Validator<T>,
  holds: (value: T) => boolean,
  problems: (value: T) => readonly Issue[],
): Validator<T> {
  return {
    ...inner,
    check: (value: T, ctx: Context) => {
      if (!inner.check(value as never, ctx)) return false;
      if (holds(value)) return true;
      for (const issue of problems(value))
        ctx.issues.push({ path: [...ctx.path, ...issue.path], message: issue.message });
      return false;
    },
    test: (value: unknown) => inner.test(value) && holds(value as T),
  } as Validator<T>;
}
