import { describe, expect, it } from 'vitest';
import { decodeSegment, matchPagePath } from './page-paths';

describe('decodeSegment', () => {
  it.each<[string, string | null]>([
    ['dsr1', 'dsr1'],
    ['%64sr1', 'dsr1'],
    ['a%20b', 'a b'],
    ['%C3%A9', 'é'],
    ['a%2Fb', 'a/b'],
    // Malformed: a truncated UTF-8 sequence, a lone or short escape, a non-hex escape, a lone surrogate.
    ['%E0%A4', null],
    ['fp4%', null],
    ['%4', null],
    ['%zz', null],
    ['%ED%A0%80', null],
  ])('%s → %s', (segment, expected) => {
    expect(decodeSegment(segment)).toBe(expected);
  });
});

describe('matchPagePath', () => {
  it.each<[Parameters<typeof matchPagePath>[0], string, string[] | null]>([
    ['catalog', '/', []],
    ['catalog', '/inference', null],
    ['catalog', '//', null],
    ['inference', '/inference', []],
    ['inference', '/inference/', []],
    ['inference', '/Inference', []],
    ['inference', '/inference/x', null],
    ['inference', '/inferences', null],
    ['specDecodeIndex', '/spec-decode/', []],
    ['specDecode', '/spec-decode/%E0%A4/mi355x/fp4', ['%E0%A4', 'mi355x', 'fp4']],
    ['specDecode', '/spec-decode/dsr1/mi355x/fp4/', ['dsr1', 'mi355x', 'fp4']],
    ['specDecode', '/spec-decode/dsr1/mi355x', null],
  ])('%s matches %s: %j', (page, pathname, expected) => {
    expect(matchPagePath(page, pathname)).toEqual(expected);
  });
});
