import { describe, expect, it } from 'vitest';
import type { InferenceAvailability } from '../availability';
import type { SeriesKey } from '../inference-series-key';
import { NO_FILTERS } from '../params';
import { defaultInferenceSelection, inferencePage, INFERENCE_PARAMS, type InferenceSelection } from './inference';
import { UNIVERSE } from '../__fixtures__/series-universe';

const universe = UNIVERSE as SeriesKey[];
const availability: InferenceAvailability = {
  models: [
    {
      key: 'dsr1',
      sequences: ['1k1k', '1k8k', '8k1k'],
      defaultSequence: '8k1k',
      precisions: ['fp4', 'fp8'],
      series: universe,
      filters: { vendors: ['nvidia', 'amd'], engines: ['sglang', 'trt', 'dynamo-trt'] },
    },
    {
      key: 'llama',
      sequences: ['1k1k'],
      defaultSequence: '1k1k',
      precisions: ['fp8'],
      series: [universe[0]!],
      filters: { vendors: ['nvidia'], engines: ['dynamo-trt'] },
    },
  ],
  defaultModel: 'dsr1',
  tiers: ['costh', 'costn', 'costr'],
  defaultTier: 'costh',
  costSets: ['A', 'B'],
  defaultCostSet: 'A',
};
const base = defaultInferenceSelection(availability);
const [h100Off, h100Mtp, b200Off, , mi4Off, mi4Mtp, mi8Off] = universe as [
  SeriesKey,
  SeriesKey,
  SeriesKey,
  SeriesKey,
  SeriesKey,
  SeriesKey,
  SeriesKey,
];

describe('inference page: parameters', () => {
  it('composes these parameters, model first (the rest is checked against it)', () => {
    expect(INFERENCE_PARAMS.map((p) => p.name)).toEqual([
      'model',
      'seq',
      'date',
      'prec',
      'metric',
      'x',
      'hide',
      'scale',
      'frontier',
      'vendor',
      'engine',
      'spec',
      'disagg',
      'a',
      'b',
      'best',
      'at',
      'tier',
      'usd',
      'costs',
    ]);
  });
});

describe('inference page: reading a link', () => {
  it.each<[string, Partial<InferenceSelection>]>([
    ['', {}],
    ['seq=1k1k', { sequence: '1k1k' }],
    ['date=2026-02-01', { asOf: '2026-02-01' }],
    ['seq=1k1k&date=2025-12-31&prec=fp4', { sequence: '1k1k', asOf: '2025-12-31', precisions: ['fp4'] }],
    ['prec=fp8', { precisions: ['fp8'] }],
    ['prec=fp8,fp4', {}],
    ['metric=input-cost&tier=costr', { metric: 'input-cost', tier: 'costr' }],
    ['metric=e2e-latency', { metric: 'e2e-latency' }],
    ['x=ttft-p99', { xAxis: 'ttft-p99' }],
    ['x=e2e', { xAxis: 'e2e' }],
    ['hide=mi355x:sglang:none:fp8,h100:dynamo-trt:none', { hidden: [h100Off, mi8Off], best: 'all' }],
    ['scale=log&frontier=only', { logScale: true, frontierOnly: true }],
    ['scale=linear&frontier=all', {}],
    ['a=mi355x:sglang:mtp:fp4', { compareA: mi4Mtp, best: 'all' }],
    ['a=mi355x:sglang:mtp:fp4&b=mi355x:sglang:none:fp4', { compareA: mi4Mtp, compareB: mi4Off, best: 'all' }],
    [
      'a=mi355x:sglang:mtp:fp4&b=h100:dynamo-trt:mtp&at=60,20,40',
      { compareA: mi4Mtp, compareB: h100Mtp, targets: [20, 40, 60], best: 'all' },
    ],
    ['vendor=amd', { filters: { ...NO_FILTERS, vendor: 'amd' } }],
    ['engine=trt&spec=mtp&disagg=no', { filters: { vendor: null, engine: 'trt', spec: 'mtp', disagg: false } }],
    ['disagg=yes&spec=none', { filters: { ...NO_FILTERS, spec: 'none', disagg: true } }],
    ['b=mi355x:sglang:none:fp4', { compareB: mi4Off, best: 'all' }],
    ['best=gpu', {}],
    ['best=engine', { best: 'engine' }],
    ['best=all', { best: 'all' }],
    ['hide=b200:trt:none&best=gpu', { hidden: [b200Off], best: 'gpu' }],
    ['a=b200:trt:none&best=engine', { compareA: b200Off, best: 'engine' }],
    // A filter that leaves out a compared series keeps it in the link (it has no points here).
    ['vendor=amd&a=b200:trt:none', { compareA: b200Off, best: 'all', filters: { ...NO_FILTERS, vendor: 'amd' } }],
    ['usd=2.5', { usdPerGpuHour: 2.5 }],
    ['costs=B', { costSet: 'B' }],
    ['model=llama', defaultInferenceSelection(availability, 'llama')],
    [
      'model=llama&hide=h100:dynamo-trt:none',
      { ...defaultInferenceSelection(availability, 'llama'), hidden: [h100Off], best: 'all' },
    ],
  ])('accepts %j', (search, expected) => {
    const { selection, corrections } = inferencePage.parse(search, availability);
    expect(corrections).toEqual([]);
    expect(selection).toEqual({ ...base, ...expected });
  });

  it.each<[string, string[], Partial<InferenceSelection>]>([
    ['model=gpt9', ['model'], {}],
    ['model=gpt9&seq=1k1k', ['model'], { sequence: '1k1k' }],
    ['model=llama&seq=8k1k', ['seq'], defaultInferenceSelection(availability, 'llama')],
    ['seq=4k4k', ['seq'], {}],
    ['date=2026-02-30', ['date'], {}],
    ['date=yesterday', ['date'], {}],
    ['date=2026-2-1', ['date'], {}],
    ['prec=int3', ['prec'], {}],
    ['prec=fp8,int3', ['prec'], { precisions: ['fp8'] }],
    ['prec=', ['prec'], {}],
    ['metric=vibes', ['metric'], {}],
    ['x=latency', ['x'], {}],
    ['hide=mi355x:sglang:mtp,b200:trt:none', ['hide'], { hidden: [b200Off], best: 'all' }],
    ['hide=junk', ['hide'], {}],
    ['scale=cubic', ['scale'], {}],
    ['frontier=yes', ['frontier'], {}],
    ['a=nope', ['a'], {}],
    ['a=mi355x:sglang:mtp:fp4&b=mi355x:sglang:mtp:fp4', ['b'], { compareA: mi4Mtp, best: 'all' }],
    ['at=20,40,60', ['at'], {}],
    ['a=mi355x:sglang:mtp:fp4&at=20,40,60', ['at'], { compareA: mi4Mtp, best: 'all' }],
    [
      'a=mi355x:sglang:mtp:fp4&b=b200:trt:none&at=1,2,3,4',
      ['at'],
      { compareA: mi4Mtp, compareB: b200Off, best: 'all' },
    ],
    [
      'a=mi355x:sglang:mtp:fp4&b=b200:trt:none&at=1,2',
      [],
      { compareA: mi4Mtp, compareB: b200Off, targets: [1, 2], best: 'all' },
    ],
    ['vendor=intel', ['vendor'], {}],
    ['model=llama&vendor=amd', ['vendor'], defaultInferenceSelection(availability, 'llama')],
    ['engine=vllm&spec=eagle&disagg=maybe', ['engine', 'spec', 'disagg'], {}],
    ['spec=MTP', ['spec'], {}],
    ['best=chip', ['best'], {}],
    ['hide=junk&best=chip', ['hide', 'best'], {}],
    ['tier=free', ['tier'], {}],
    ['usd=-1', ['usd'], {}],
    ['usd=0', ['usd'], {}],
    ['usd=1e3', ['usd'], {}],
    ['usd=5000', ['usd'], {}],
    ['costs=Z', ['costs'], {}],
    ['utm_source=chat', ['utm_source'], {}],
    ['seq=1k1k&seq=8k1k', ['seq'], { sequence: '1k1k' }],
    ['metric=vibes&x=nope&scale=log', ['metric', 'x'], { logScale: true }],
  ])('corrects %j and reports %j', (search, params, expected) => {
    const { selection, corrections } = inferencePage.parse(search, availability);
    expect(corrections.map((c) => c.param).sort()).toEqual([...params].sort());
    for (const c of corrections) expect(c.message.length).toBeGreaterThan(10);
    expect(selection).toEqual({ ...base, ...expected });
  });

  it('reports the value it was given, decoded', () => {
    const { corrections } = inferencePage.parse('metric=%3Cscript%3E', availability);
    expect(corrections[0]).toMatchObject({ param: 'metric', given: '<script>' });
  });
});

describe('inference page: writing a link', () => {
  it('omits every default, so the canonical link is the bare path', () => {
    expect(inferencePage.serialize(base, availability)).toBe('');
  });

  it.each<[Partial<InferenceSelection>, string]>([
    [{ sequence: '1k1k' }, 'seq=1k1k'],
    [{ asOf: null }, ''],
    [{ sequence: '1k1k', asOf: '2026-02-01', precisions: ['fp8'] }, 'seq=1k1k&date=2026-02-01&prec=fp8'],
    [{ precisions: ['fp8'] }, 'prec=fp8'],
    [{ metric: 'cost', xAxis: 'ttft' }, 'metric=cost&x=ttft'],
    [{ hidden: [h100Off, mi8Off], best: 'all' }, 'hide=h100:dynamo-trt:none,mi355x:sglang:none:fp8'],
    [{ hidden: [h100Off] }, 'hide=h100:dynamo-trt:none&best=gpu'],
    [{ best: 'all' }, 'best=all'],
    [{ best: 'engine' }, 'best=engine'],
    [
      { filters: { vendor: 'nvidia', engine: 'sglang', spec: 'none', disagg: true } },
      'vendor=nvidia&engine=sglang&spec=none&disagg=yes',
    ],
    [{ filters: { ...NO_FILTERS, disagg: false }, logScale: true }, 'scale=log&disagg=no'],
    [{ logScale: true, frontierOnly: true }, 'scale=log&frontier=only'],
    [{ compareA: mi4Mtp, compareB: b200Off, best: 'all' }, 'a=mi355x:sglang:mtp:fp4&b=b200:trt:none'],
    [
      { compareA: mi4Mtp, compareB: b200Off, targets: [20.5, 40, 60.25], best: 'all' },
      'a=mi355x:sglang:mtp:fp4&b=b200:trt:none&at=20.5,40,60.25',
    ],
    [{ compareA: mi4Mtp, targets: [20, 40, 60], best: 'all' }, 'a=mi355x:sglang:mtp:fp4'],
    [{ compareA: mi4Mtp }, 'a=mi355x:sglang:mtp:fp4&best=gpu'],
    [{ tier: 'costn', costSet: 'B' }, 'tier=costn&costs=B'],
    [{ usdPerGpuHour: 1.25 }, 'usd=1.25'],
    [defaultInferenceSelection(availability, 'llama'), 'model=llama'],
  ])('writes %j as %s', (change, expected) => {
    expect(inferencePage.serialize({ ...base, ...change }, availability)).toBe(expected);
  });

  it.each<Partial<InferenceSelection>>([
    {},
    { sequence: '1k8k', precisions: ['fp4'], metric: 'output-cost', tier: 'costr' },
    { asOf: '2026-02-01', compareA: h100Off, compareB: mi8Off },
    { xAxis: 'e2e-p90', logScale: true, frontierOnly: true, hidden: [h100Mtp, mi4Off, mi8Off] },
    { xAxis: 'e2e-p90', hidden: [h100Mtp], best: 'all' },
    { compareA: h100Off, compareB: mi8Off, targets: [5, 50.5, 120] },
    { compareA: h100Off, compareB: mi8Off, targets: [5, 50.5, 120], best: 'all' },
    { compareB: mi4Mtp },
    { best: 'engine', filters: { vendor: 'amd', engine: 'sglang', spec: 'mtp', disagg: false } },
    { best: 'all', filters: { ...NO_FILTERS, disagg: true } },
    { usdPerGpuHour: 3.125, costSet: 'B', metric: 'input-throughput' },
    { ...defaultInferenceSelection(availability, 'llama'), hidden: [h100Off], xAxis: 'ttft' },
  ])('round-trips %j', (change) => {
    const selection = { ...base, ...change };
    const search = inferencePage.serialize(selection, availability);
    const parsed = inferencePage.parse(search, availability);
    expect(parsed.corrections).toEqual([]);
    expect(parsed.selection).toEqual(selection);
    expect(inferencePage.serialize(parsed.selection, availability)).toBe(search);
  });

  it('corrects junk to a canonical link that parses cleanly', () => {
    const junk = 'x=nope&hide=junk,b200:trt:none:fp4&seq=1k1k&seq=8k1k&a=zzz&usd=abc&utm=1';
    const first = inferencePage.parse(junk, availability);
    const canonical = inferencePage.serialize(first.selection, availability);
    expect(canonical).toBe('seq=1k1k&hide=b200:trt:none');
    // The link named a series, so it shows every series, as such links always did.
    expect(first.selection.best).toBe('all');
    expect(inferencePage.parse(canonical, availability).corrections).toEqual([]);
  });
});
