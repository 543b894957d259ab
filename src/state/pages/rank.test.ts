import { describe, expect, it } from 'vitest';
import { gpuSpecsSchema, manifestSchema } from '../../data/schema';
import { assertValid } from '../../data/validate';
import { readShippedJson } from '../../../tests/setup/shipped-data';
import { inferenceAvailability } from '../availability';
import { RANK_PARAMS, rankPage } from './rank';

const manifest = assertValid(manifestSchema, readShippedJson('data/manifest.json'));
const specs = assertValid(gpuSpecsSchema, readShippedJson('data/gpu-specs.json'));
const available = inferenceAvailability(manifest, specs)!;

describe('rank page: parameters', () => {
  it('composes these parameters, in this order (the grouping before the baseline it checks)', () => {
    expect(RANK_PARAMS.map((p) => p.name)).toEqual([
      'model',
      'seq',
      'date',
      'prec',
      'metric',
      'at',
      'by',
      'base',
      'step',
      'vendor',
      'engine',
      'spec',
      'disagg',
      'tier',
      'usd',
      'costs',
    ]);
  });

  it.each([
    '',
    'seq=1k1k&metric=cost&at=40',
    'seq=1k1k&date=2026-02-01&at=40',
    'date=2030-01-01',
    'by=engine&base=mi355x:sglang',
    'by=series&base=mi355x:sglang:mtp:fp4&step=5',
    'prec=fp8&vendor=amd&disagg=no&tier=costn&costs=B',
  ])('round-trips %j as the canonical link', (search) => {
    const parsed = rankPage.parse(search, available);
    expect(parsed.corrections).toEqual([]);
    expect(rankPage.serialize(parsed.selection, available)).toBe(search);
  });

  it('checks the baseline against the grouping it is read with', () => {
    // A GPU × engine id is no row when rows are GPUs.
    const { selection, corrections } = rankPage.parse('base=mi355x:sglang', available);
    expect(selection.base).toBeNull();
    expect(corrections.map((c) => c.param)).toEqual(['base']);
  });
});
