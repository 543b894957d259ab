import { describe, expect, it } from 'vitest';
import type { SpecDecodeAvailability } from '../availability';
import {
  defaultSpecDecodeSelection,
  SPEC_DECODE_PARAMS,
  specDecodePage,
  type SpecDecodeSelection,
} from './spec-decode';

// Shaped like MI355X FP4 in the shipped data: both sides in all three sequences.
const availability: SpecDecodeAvailability = {
  workload: { model: 'dsr1', hardware: 'mi355x', precision: 'fp4' },
  sequences: ['1k1k', '1k8k', '8k1k'],
  defaultSequence: '8k1k',
  otherPrecisions: ['fp8'],
  engines: ['atom', 'mori-sglang', 'sglang'],
  tiers: ['costh', 'costn', 'costr'],
  defaultTier: 'costh',
  costSets: ['A', 'B', 'C', 'D'],
  defaultCostSet: 'A',
};
const base = defaultSpecDecodeSelection(availability);

describe('spec-decode page: parameters', () => {
  it('composes these parameters, and the path pins the workload', () => {
    expect(SPEC_DECODE_PARAMS.map((p) => p.name)).toEqual([
      'seq',
      'date',
      'metric',
      'prec',
      'at',
      'tier',
      'engine',
      'scale',
      'costs',
    ]);
    expect(base).toMatchObject({ model: 'dsr1', hardware: 'mi355x', precision: 'fp4', sequence: '8k1k' });
  });
});

describe('spec-decode page: reading a link', () => {
  it.each<[string, Partial<SpecDecodeSelection>]>([
    ['', {}],
    ['seq=1k1k', { sequence: '1k1k' }],
    ['date=2026-02-01', { asOf: '2026-02-01' }],
    ['seq=1k1k&date=2024-02-29', { sequence: '1k1k', asOf: '2024-02-29' }],
    ['metric=cost&tier=costr', { metric: 'cost', tier: 'costr' }],
    ['prec=fp8', { extraPrecisions: ['fp8'] }],
    ['at=58,21,39', { targets: [21, 39, 58] }],
    ['at=20.5,30,40.25', { targets: [20.5, 30, 40.25] }],
    ['at=40', { targets: [40] }],
    ['engine=sglang&scale=log', { engine: 'sglang', logScale: true }],
    ['scale=linear', { logScale: false }],
    ['costs=B', { costSet: 'B' }],
  ])('accepts %j', (search, expected) => {
    const { selection, corrections } = specDecodePage.parse(search, availability);
    expect(corrections).toEqual([]);
    expect(selection).toEqual({ ...base, ...expected });
  });

  it.each<[string, string, Partial<SpecDecodeSelection>]>([
    ['seq=4k4k', 'seq', {}],
    ['seq=', 'seq', {}],
    ['date=2026-13-01', 'date', {}],
    ['date=', 'date', {}],
    ['date=2026-02-01T00:00', 'date', {}],
    ['metric=vibes', 'metric', {}],
    ['prec=fp4,int3', 'prec', {}],
    ['prec=fp8,int3', 'prec', { extraPrecisions: ['fp8'] }],
    ['at=1,2,3,4', 'at', {}],
    ['at=30,30', 'at', {}],
    ['at=10,abc,30', 'at', {}],
    ['at=-5,10,20', 'at', {}],
    ['at=0,10,20', 'at', {}],
    ['at=1e3,10,20', 'at', {}],
    ['at=NaN,10,20', 'at', {}],
    ['at=10,20,99999', 'at', {}],
    ['tier=free', 'tier', {}],
    ['engine=vllm', 'engine', {}],
    ['scale=cubic', 'scale', {}],
    ['costs=Z', 'costs', {}],
    ['utm_source=chat', 'utm_source', {}],
    ['seq=1k1k&seq=8k1k', 'seq', { sequence: '1k1k' }],
  ])('corrects %j and reports %s', (search, param, expected) => {
    const { selection, corrections } = specDecodePage.parse(search, availability);
    expect(corrections.map((c) => c.param)).toEqual([param]);
    expect(corrections[0]?.message.length).toBeGreaterThan(10);
    expect(selection).toEqual({ ...base, ...expected });
  });

  it('keeps the valid parameters when others are junk', () => {
    const { selection, corrections } = specDecodePage.parse('seq=1k8k&metric=%3Cscript%3E&engine=atom', availability);
    expect(selection).toEqual({ ...base, sequence: '1k8k', engine: 'atom' });
    expect(corrections).toHaveLength(1);
    expect(corrections[0]?.given).toBe('<script>');
  });
});

describe('spec-decode page: writing a link', () => {
  it('omits every default, so the canonical link is the bare path', () => {
    expect(specDecodePage.serialize(base, availability)).toBe('');
  });

  it.each<[Partial<SpecDecodeSelection>, string]>([
    [{ sequence: '1k1k' }, 'seq=1k1k'],
    [{ asOf: null }, ''],
    [{ sequence: '1k1k', asOf: '2026-01-15' }, 'seq=1k1k&date=2026-01-15'],
    [{ metric: 'tok-per-mw', logScale: true }, 'metric=tok-per-mw&scale=log'],
    [{ targets: [21, 39, 58] }, 'at=21,39,58'],
    [{ targets: [20.5, 30, 40.25] }, 'at=20.5,30,40.25'],
    [{ extraPrecisions: ['fp8'], engine: 'mori-sglang' }, 'prec=fp8&engine=mori-sglang'],
    [{ tier: 'costn', costSet: 'C' }, 'tier=costn&costs=C'],
  ])('writes %j as %s', (change, expected) => {
    expect(specDecodePage.serialize({ ...base, ...change }, availability)).toBe(expected);
  });

  it.each<Partial<SpecDecodeSelection>>([
    {},
    { sequence: '1k8k', metric: 'cost', tier: 'costr' },
    { asOf: '2026-05-01', engine: 'atom' },
    { targets: [5, 50.5, 120], engine: 'sglang', logScale: true },
    { extraPrecisions: ['fp8'], metric: 'joules-per-token', costSet: 'D' },
  ])('round-trips %j', (change) => {
    const selection = { ...base, ...change };
    const search = specDecodePage.serialize(selection, availability);
    const parsed = specDecodePage.parse(search, availability);
    expect(parsed.corrections).toEqual([]);
    expect(parsed.selection).toEqual(selection);
    expect(specDecodePage.serialize(parsed.selection, availability)).toBe(search);
  });
});
