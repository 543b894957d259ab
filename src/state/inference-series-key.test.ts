import { describe, expect, it } from 'vitest';
import { parseSeriesToken, seriesToken, type SeriesKey } from './inference-series-key';
import { UNIVERSE } from './__fixtures__/series-universe';

const universe = UNIVERSE as SeriesKey[];
const [h100Off, , b200Off, , , mi4Mtp, mi8Off] = universe as [
  SeriesKey,
  SeriesKey,
  SeriesKey,
  SeriesKey,
  SeriesKey,
  SeriesKey,
  SeriesKey,
];

describe('series tokens', () => {
  it.each<[SeriesKey, string]>([
    [h100Off, 'h100:dynamo-trt:none'],
    [mi4Mtp, 'mi355x:sglang:mtp:fp4'],
    [mi8Off, 'mi355x:sglang:none:fp8'],
    [b200Off, 'b200:trt:none'],
  ])('%j ↔ %s', (key, token) => {
    expect(seriesToken(key, universe)).toBe(token);
    expect(parseSeriesToken(token, universe).key).toEqual(key);
  });

  it.each([
    ['h100:dynamo-trt:none:fp8', h100Off],
    ['b200:trt:mtp:fp4', universe[3]],
  ])('accepts the long form %s of an unambiguous series', (token, key) => {
    expect(parseSeriesToken(token, universe).key).toEqual(key);
  });

  it.each([
    ['mi355x:sglang:mtp', /add the precision/],
    ['mi355x:vllm:mtp:fp4', /no series/],
    ['tpu:x:none', /no series/],
    ['h100', /not a series/],
    ['a:b:c:d:e', /not a series/],
    ['', /not a series/],
  ])('rejects %j', (token, problem) => {
    const parsed = parseSeriesToken(token, universe);
    expect(parsed.key).toBeUndefined();
    expect(parsed.problem).toMatch(problem);
  });
});
