import type { SpecMethod } from '../data/schema';

/**
 * One series of the inference chart: a GPU running one engine, with or without a spec
 * method, at one precision. An object, compared field by field; the string form exists only
 * for the URL (`seriesToken` / `parseSeriesToken`) and is never split elsewhere.
 */
export interface SeriesKey {
  hardware: string;
  engine: string;
  specMethod: SpecMethod;
  precision: string;
}

export function sameSeries(a: SeriesKey, b: SeriesKey): boolean {
  return (
    a.hardware === b.hardware && a.engine === b.engine && a.specMethod === b.specMethod && a.precision === b.precision
  );
}

function samePrecisionless(a: SeriesKey, b: SeriesKey): boolean {
  return a.hardware === b.hardware && a.engine === b.engine && a.specMethod === b.specMethod;
}

/**
 * The URL token `hardware:engine:specMethod[:precision]`, e.g. `mi355x:sglang:mtp:fp4`.
 * The precision is left out when `universe` (every series the model can have) has only one
 * precision for that GPU, engine and method (`h100:dynamo-trt:none`), so links stay short and
 * a token keeps its meaning whichever precisions are shown.
 */
export function seriesToken(key: SeriesKey, universe: readonly SeriesKey[]): string {
  const base = `${key.hardware}:${key.engine}:${key.specMethod}`;
  const twins = universe.filter((u) => samePrecisionless(u, key));
  return twins.length === 1 && twins[0]!.precision === key.precision ? base : `${base}:${key.precision}`;
}

/**
 * Reads a URL token against `universe`: the series it names, or why it names none
 * (malformed, unknown, or a three-part token that fits several precisions).
 */
export function parseSeriesToken(
  token: string,
  universe: readonly SeriesKey[],
): { key: SeriesKey; problem?: undefined } | { key?: undefined; problem: string } {
  const parts = token.split(':');
  if (parts.length !== 3 && parts.length !== 4) {
    return { problem: `"${token}" is not a series (expected gpu:engine:method or gpu:engine:method:precision)` };
  }
  const [hardware, engine, specMethod, precision] = parts;
  const matches = universe.filter(
    (u) =>
      u.hardware === hardware &&
      u.engine === engine &&
      u.specMethod === specMethod &&
      (precision === undefined || u.precision === precision),
  );
  if (matches.length === 0) return { problem: `no series "${token}" in this model's data` };
  if (matches.length > 1) {
    return { problem: `"${token}" fits ${matches.map((m) => m.precision).join(' and ')}; add the precision` };
  }
  return { key: { ...matches[0]! } };
}

/** `keys` without repeats, in `universe` order (keys not in the universe are dropped). */
export function inUniverseOrder(keys: readonly SeriesKey[], universe: readonly SeriesKey[]): SeriesKey[] {
  return universe.filter((u) => keys.some((k) => sameSeries(k, u))).map((u) => ({ ...u }));
}
