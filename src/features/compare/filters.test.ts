import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type QuickFilters } from '../../state/params';
import { anyFilter, describeFilters, pointPasses, type FilteredPoint } from './filters';
import { groupBySeries, groupKeyOf } from './grouping';

const manifest = {
  hardware: [
    { key: 'mi355x', label: 'MI355X', vendor: 'AMD', arch: 'CDNA 4', pointCount: 1 },
    { key: 'gb200', label: 'GB200 NVL72', vendor: 'NVIDIA', arch: 'Blackwell', pointCount: 1 },
  ],
  engines: [
    { key: 'sglang', label: 'SGLang', pointCount: 1 },
    { key: 'dynamo-trt', label: 'Dynamo TensorRT-LLM', pointCount: 1 },
  ],
  specMethods: [
    { key: 'none' as const, label: 'Off', pointCount: 1 },
    { key: 'mtp' as const, label: 'MTP', pointCount: 1 },
  ],
};

const amdMtp: FilteredPoint = { hardware: 'mi355x', engine: 'sglang', specMethod: 'mtp', disagg: false };
const nvDisagg: FilteredPoint = { hardware: 'gb200', engine: 'dynamo-trt', specMethod: 'none', disagg: true };
const unknownGpu: FilteredPoint = { hardware: 'tpu9', engine: 'sglang', specMethod: 'none', disagg: false };
const f = (patch: Partial<QuickFilters>): QuickFilters => ({ ...NO_FILTERS, ...patch });

describe('pointPasses', () => {
  it.each<[string, QuickFilters, boolean[]]>([
    // [amdMtp, nvDisagg, unknownGpu]
    ['no filter', NO_FILTERS, [true, true, true]],
    ['vendor=amd', f({ vendor: 'amd' }), [true, false, false]],
    ['vendor=nvidia', f({ vendor: 'nvidia' }), [false, true, false]],
    ['engine=sglang', f({ engine: 'sglang' }), [true, false, true]],
    ['spec=mtp', f({ spec: 'mtp' }), [true, false, false]],
    ['spec=none', f({ spec: 'none' }), [false, true, true]],
    ['disagg=yes', f({ disagg: true }), [false, true, false]],
    ['disagg=no', f({ disagg: false }), [true, false, true]],
    ['vendor=amd&spec=none', f({ vendor: 'amd', spec: 'none' }), [false, false, false]],
    [
      'vendor=nvidia&disagg=yes&engine=dynamo-trt',
      f({ vendor: 'nvidia', disagg: true, engine: 'dynamo-trt' }),
      [false, true, false],
    ],
  ])('%s', (_, filters, expected) => {
    expect([amdMtp, nvDisagg, unknownGpu].map((p) => pointPasses(p, filters, manifest))).toEqual(expected);
  });
});

describe('anyFilter and describeFilters', () => {
  it('say which filters are set, in words', () => {
    expect(anyFilter(NO_FILTERS)).toBe(false);
    expect(describeFilters(NO_FILTERS, manifest)).toBe('');
    expect(anyFilter(f({ disagg: false }))).toBe(true);
    expect(describeFilters({ vendor: 'amd', engine: 'sglang', spec: 'mtp', disagg: true }, manifest)).toBe(
      'AMD GPUs, SGLang, MTP, disaggregated',
    );
    expect(describeFilters(f({ spec: 'none', disagg: false }), manifest)).toBe('spec decoding Off, not disaggregated');
  });
});

describe('grouping', () => {
  const key = (hardware: string, engine: string, precision = 'fp8') => ({
    hardware,
    engine,
    specMethod: 'none' as const,
    precision,
  });

  it('keys a series by GPU, or by GPU and engine', () => {
    expect(groupKeyOf(key('mi355x', 'sglang'), 'gpu')).toBe('mi355x');
    expect(groupKeyOf(key('mi355x', 'sglang'), 'engine')).toBe('mi355x:sglang');
  });

  it('groups in the order of each group’s first item, items in their order', () => {
    const items = [key('b200', 'trt'), key('mi355x', 'atom'), key('b200', 'sglang'), key('mi355x', 'atom', 'fp4')];
    expect(groupBySeries(items, (k) => k, 'gpu').map((g) => [g.id, g.engine, g.items.length])).toEqual([
      ['b200', null, 2],
      ['mi355x', null, 2],
    ]);
    const byEngine = groupBySeries(items, (k) => k, 'engine');
    expect(byEngine.map((g) => g.id)).toEqual(['b200:trt', 'mi355x:atom', 'b200:sglang']);
    expect(byEngine[1]!.items.map((k) => k.precision)).toEqual(['fp8', 'fp4']);
    expect(byEngine[2]).toMatchObject({ hardware: 'b200', engine: 'sglang' });
  });
});
