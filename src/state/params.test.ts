import { describe, expect, it } from 'vitest';
import type { SequenceKey } from '../data/schema';
import type { MetricKey, XAxisKey } from '../domain/metrics';
import type { SeriesKey } from './inference-series-key';
import {
  asOfParam,
  comparedSeriesParam,
  costSetParam,
  customPriceParam,
  engineParam,
  extraPrecisionsParam,
  frontierOnlyParam,
  hiddenSeriesParam,
  metricParam,
  modelParam,
  parseUsdPerGpuHour,
  scaleParam,
  sequenceParam,
  shownPrecisionsParam,
  targetsParam,
  tierParam,
  xAxisParam,
  singleTargetParam,
  groupingParam,
  baselineParam,
  bucketStepParam,
  vendorFilterParam,
  engineFilterParam,
  specFilterParam,
  disaggFilterParam,
  bestParam,
  NO_FILTERS,
  type BestMode,
  type CostChoices,
  type FilterChoices,
  type QuickFilters,
} from './params';
import { parseSearch, serializeSearch, type ParamDef } from './url-params';

/** Every field any parameter owns, so each definition can be tested alone against one shape. */
interface Everything {
  model: string;
  sequence: SequenceKey;
  metric: MetricKey;
  xAxis: XAxisKey;
  logScale: boolean;
  frontierOnly: boolean;
  tier: string;
  costSet: string;
  usdPerGpuHour: number | null;
  engine: string | null;
  targets: number[] | null;
  precisions: string[];
  extraPrecisions: string[];
  hidden: SeriesKey[];
  compareA: SeriesKey | null;
  compareB: SeriesKey | null;
  target: number | null;
  by: 'gpu' | 'engine' | 'series';
  base: string | null;
  bucketStep: number;
  filters: QuickFilters;
  best: BestMode;
  asOf: string | null;
}

const series = (hardware: string, engine: string, specMethod: 'none' | 'mtp', precision: string): SeriesKey => ({
  hardware,
  engine,
  specMethod,
  precision,
});
// Shaped like the shipped data: MI355X SGLang measured in two precisions, H200 TRT in one.
const universe = [
  series('h200', 'trt', 'none', 'fp8'),
  series('mi355x', 'sglang', 'none', 'fp4'),
  series('mi355x', 'sglang', 'none', 'fp8'),
  series('mi355x', 'sglang', 'mtp', 'fp8'),
];

type Available = CostChoices;
const available: Available = {
  tiers: ['costh', 'costn', 'costr'],
  defaultTier: 'costh',
  costSets: ['A', 'B'],
  defaultCostSet: 'A',
};

type S = Everything;
type C = Available;
const filterChoices: FilterChoices = { vendors: ['nvidia', 'amd'], engines: ['sglang', 'trt'] };
/** The filler's filters (none at its default) with `patch` applied: a filter sets its own field only. */
const FILLER_FILTERS: QuickFilters = { vendor: '?', engine: '?', spec: 'mtp', disagg: true };
const filled = (patch: Partial<QuickFilters>): QuickFilters => ({ ...FILLER_FILTERS, ...patch });
const sequences = { sequences: ['1k1k', '8k1k'] as SequenceKey[], defaultSequence: '8k1k' as SequenceKey };

/** Each definition with a field it is read into, and rows: raw value → field value, correction (or null). */
const CASES: {
  def: ParamDef<S, C>;
  field: keyof S;
  rows: [raw: string, value: unknown, correction: string | null][];
}[] = [
  {
    def: modelParam<S, C>(() => ({ models: ['dsr1', 'gptoss'], defaultModel: 'dsr1' })),
    field: 'model',
    rows: [
      ['gptoss', 'gptoss', null],
      ['llama', 'dsr1', 'no model "llama" in the data; showing dsr1'],
    ],
  },
  {
    def: sequenceParam<S, C>(() => sequences, 'has no data for this model'),
    field: 'sequence',
    rows: [
      ['1k1k', '1k1k', null],
      ['4k4k', '8k1k', 'sequence "4k4k" has no data for this model; showing 8k1k'],
      ['', '8k1k', 'sequence "" has no data for this model; showing 8k1k'],
    ],
  },
  {
    def: metricParam<S, C>(),
    field: 'metric',
    rows: [
      ['cost', 'cost', null],
      ['joules-per-token', 'joules-per-token', null],
      ['vibes', 'throughput', '"vibes" is not a metric; showing throughput'],
      ['<script>', 'throughput', '"<script>" is not a metric; showing throughput'],
    ],
  },
  {
    def: xAxisParam<S, C>(),
    field: 'xAxis',
    rows: [
      ['ttft-p99', 'ttft-p99', null],
      ['speed', 'interactivity', '"speed" is not an x axis; showing interactivity'],
    ],
  },
  {
    def: scaleParam<S, C>(),
    field: 'logScale',
    rows: [
      ['log', true, null],
      ['linear', false, null],
      ['cubic', false, 'scale "cubic" is unknown; showing a linear scale'],
    ],
  },
  {
    def: frontierOnlyParam<S, C>(),
    field: 'frontierOnly',
    rows: [
      ['only', true, null],
      ['all', false, null],
      ['some', false, '"some" is not "only" or "all"; showing every point'],
    ],
  },
  {
    def: tierParam<S, C>(),
    field: 'tier',
    rows: [
      ['costr', 'costr', null],
      ['free', 'costh', 'cost tier "free" is unknown; showing costh'],
    ],
  },
  {
    def: costSetParam<S, C>(),
    field: 'costSet',
    rows: [
      ['B', 'B', null],
      ['Z', 'A', 'cost and power set "Z" is unknown; using set A'],
    ],
  },
  {
    def: customPriceParam<S, C>(),
    field: 'usdPerGpuHour',
    rows: [
      ['2.5', 2.5, null],
      ['1000', 1000, null],
      ['0', null, "$/GPU-hour must be a number above 0 and at most 1000; using the tier's prices"],
      ['1e3', null, "$/GPU-hour must be a number above 0 and at most 1000; using the tier's prices"],
      ['2.5555', null, "$/GPU-hour must be a number above 0 and at most 1000; using the tier's prices"],
    ],
  },
  {
    def: engineParam<S, C>(() => ['atom', 'sglang']),
    field: 'engine',
    rows: [
      ['sglang', 'sglang', null],
      ['vllm', null, 'engine "vllm" has no runs for this workload; pooling all engines'],
    ],
  },
  {
    def: targetsParam<S, C>(),
    field: 'targets',
    rows: [
      ['58,21,39', [21, 39, 58], null],
      ['40', [40], null],
      ['13.9,50', [13.9, 50], null],
      ['20.005,30,40', [20.01, 30, 40], 'targets are kept to 0.01 tok/s/user: 20.01, 30, 40'],
      ['10,20,30,40', null, 'give 1 to 3 targets, separated by commas; using the defaults'],
      ['10,abc', null, 'each target must be a number above 0 tok/s/user; using the defaults'],
      ['10,20000', null, 'each target must be at most 10000 tok/s/user; using the defaults'],
      ['20,20', null, '20 tok/s/user is given twice; using the defaults'],
    ],
  },
  {
    def: shownPrecisionsParam<S, C>(() => ['fp4', 'fp8']),
    field: 'precisions',
    rows: [
      ['fp8', ['fp8'], null],
      ['fp8,fp4', ['fp4', 'fp8'], null],
      ['fp8,int3', ['fp8'], "precision int3 is not in this model's data; ignored"],
      ['int3', ['fp4', 'fp8'], 'no known precision in "int3"; showing all precisions'],
    ],
  },
  {
    def: extraPrecisionsParam<S, C>(() => ['fp8']),
    field: 'extraPrecisions',
    rows: [
      ['fp8', ['fp8'], null],
      ['fp8,int3', ['fp8'], 'precision int3 is not available to add here; ignored'],
      ['fp4', [], 'precision fp4 is not available to add here; ignored'],
    ],
  },
  {
    def: hiddenSeriesParam<S, C>(() => universe),
    field: 'hidden',
    rows: [
      // Tokens name the precision only where the GPU, engine and method ran in several.
      ['mi355x:sglang:mtp,h200:trt:none', [universe[0], universe[3]], null],
      ['mi355x:sglang:none:fp4', [universe[1]], null],
      ['mi355x:sglang:none', [], '"mi355x:sglang:none" fits fp4 and fp8; add the precision; left visible'],
      ['b200:x:none', [], 'no series "b200:x:none" in this model\'s data; left visible'],
    ],
  },
  {
    def: comparedSeriesParam<S, C>('a', () => universe),
    field: 'compareA',
    rows: [
      ['h200:trt:none', universe[0], null],
      [
        'h200',
        null,
        '"h200" is not a series (expected gpu:engine:method or gpu:engine:method:precision); nothing compared',
      ],
    ],
  },
  {
    def: singleTargetParam<S, C>(),
    field: 'target',
    rows: [
      ['40', 40, null],
      ['13.9', 13.9, null],
      ['40.004', 40, 'the target is kept to 0.01 tok/s/user: 40'],
      ['40,50', null, 'give one target (one tok/s/user value); using the default target'],
      ['abc', null, 'each target must be a number above 0 tok/s/user (one tok/s/user value); using the default target'],
    ],
  },
  {
    def: groupingParam<S, C>(),
    field: 'by',
    rows: [
      ['engine', 'engine', null],
      ['series', 'series', null],
      ['vendor', 'gpu', '"vendor" is not a grouping (gpu, engine or series); one row per GPU'],
    ],
  },
  {
    def: baselineParam<S, C>(() => ['b200', 'mi355x']),
    field: 'base',
    rows: [
      ['mi355x', 'mi355x', null],
      ['h100', null, 'no setup "h100" in this grouping; percentages are against the leader'],
    ],
  },
  {
    def: bucketStepParam<S, C>(),
    field: 'bucketStep',
    rows: [
      ['5', 5, null],
      ['2.5', 2.5, null],
      ['0', 10, 'the bucket step must be a number from 1 to 500 tok/s/user; using 10'],
      ['1e3', 10, 'the bucket step must be a number from 1 to 500 tok/s/user; using 10'],
    ],
  },
  {
    def: vendorFilterParam<S, C>(() => filterChoices),
    field: 'filters',
    rows: [
      ['amd', filled({ vendor: 'amd' }), null],
      ['nvidia', filled({ vendor: 'nvidia' }), null],
      ['AMD', filled({ vendor: null }), `vendor "AMD" has no GPUs in this model's data; showing every vendor`],
      ['intel', filled({ vendor: null }), `vendor "intel" has no GPUs in this model's data; showing every vendor`],
    ],
  },
  {
    def: engineFilterParam<S, C>(() => filterChoices),
    field: 'filters',
    rows: [
      ['trt', filled({ engine: 'trt' }), null],
      ['vllm', filled({ engine: null }), 'engine "vllm" has no runs for this model; showing every engine'],
    ],
  },
  {
    def: specFilterParam<S, C>(),
    field: 'filters',
    rows: [
      ['mtp', filled({ spec: 'mtp' }), null],
      ['none', filled({ spec: 'none' }), null],
      ['off', filled({ spec: null }), 'spec method "off" is not none or mtp; showing both'],
    ],
  },
  {
    def: disaggFilterParam<S, C>(),
    field: 'filters',
    rows: [
      ['yes', filled({ disagg: true }), null],
      ['no', filled({ disagg: false }), null],
      ['true', filled({ disagg: null }), 'disaggregated "true" is not "yes" or "no"; showing both'],
    ],
  },
  {
    // The filler names series (hidden and compared), so the default here is every series.
    def: bestParam<S, C>(),
    field: 'best',
    rows: [
      ['gpu', 'gpu', null],
      ['engine', 'engine', null],
      ['all', 'all', null],
      ['chip', 'all', '"chip" is not "gpu", "engine" or "all"; showing every series'],
    ],
  },
  {
    // Any real calendar day, with or without a run; the default is the latest view (null).
    def: asOfParam<S, C>(),
    field: 'asOf',
    rows: [
      ['2026-02-01', '2026-02-01', null],
      ['2024-02-29', '2024-02-29', null],
      ['2030-12-31', '2030-12-31', null],
      ['2026-02-30', null, '"2026-02-30" is not a day written YYYY-MM-DD; showing the latest view'],
      ['2025-02-29', null, '"2025-02-29" is not a day written YYYY-MM-DD; showing the latest view'],
      ['2026-2-1', null, '"2026-2-1" is not a day written YYYY-MM-DD; showing the latest view'],
      ['01/02/2026', null, '"01/02/2026" is not a day written YYYY-MM-DD; showing the latest view'],
      ['latest', null, '"latest" is not a day written YYYY-MM-DD; showing the latest view'],
      ['', null, '"" is not a day written YYYY-MM-DD; showing the latest view'],
    ],
  },
];

/** A selection in which every field is set to a value no definition defaults to. */
const filler = (): S => ({
  model: '?',
  sequence: '1k8k',
  metric: 'concurrency',
  xAxis: 'e2e',
  logScale: true,
  frontierOnly: true,
  tier: '?',
  costSet: '?',
  usdPerGpuHour: 7,
  engine: '?',
  targets: [1],
  precisions: ['?'],
  extraPrecisions: ['?'],
  hidden: [universe[2]!],
  compareA: universe[2]!,
  compareB: universe[1]!,
  target: 3,
  by: 'series',
  base: '?',
  bucketStep: 3,
  filters: FILLER_FILTERS,
  best: 'engine',
  asOf: '1999-01-01',
});

describe('parameter definitions', () => {
  const rows = CASES.flatMap(({ def, field, rows: table }) =>
    table.map(([raw, value, correction]) => ({ name: def.name, def, field, raw, value, correction })),
  );

  it.each(rows)('$name=$raw reads as $value', ({ def, field, raw, value, correction }) => {
    const { selection, corrections } = parseSearch(
      [def],
      `${def.name}=${encodeURIComponent(raw)}`,
      filler(),
      available,
    );
    expect(selection[field]).toEqual(value);
    expect(corrections).toEqual(correction === null ? [] : [{ param: def.name, given: raw, message: correction }]);
  });

  it.each(rows.filter((r) => r.correction === null))(
    '$name=$raw round-trips through its link form',
    ({ def, raw, field }) => {
      const first = parseSearch([def], `${def.name}=${encodeURIComponent(raw)}`, filler(), available).selection;
      const link = serializeSearch([def], first, available);
      const again = parseSearch([def], link, filler(), available);
      expect(again.corrections).toEqual([]);
      expect(again.selection[field]).toEqual(first[field]);
      expect(serializeSearch([def], again.selection, available)).toBe(link);
    },
  );

  it.each(CASES)('$def.name is left out of a link at its default', ({ def }) => {
    const defaults = parseSearch([def], '', filler(), available).selection;
    expect(serializeSearch([def], defaults, available)).toBe('');
  });

  it('writes commas and colons as they are, so links stay readable', () => {
    const defs = [hiddenSeriesParam<S, C>(() => universe), targetsParam<S, C>()];
    const selection = { ...filler(), hidden: [universe[0]!, universe[3]!], targets: [21, 39.5, 58] };
    expect(serializeSearch(defs, selection, available)).toBe('hide=h200:trt:none,mi355x:sglang:mtp&at=21,39.5,58');
  });

  it('refuses to compare a series with itself', () => {
    const defs = [comparedSeriesParam<S, C>('a', () => universe), comparedSeriesParam<S, C>('b', () => universe)];
    const { selection, corrections } = parseSearch(defs, 'a=h200:trt:none&b=h200:trt:none', filler(), available);
    expect(selection.compareA).toEqual(universe[0]);
    expect(selection.compareB).toBeNull();
    expect(corrections.map((c) => c.message)).toEqual(['a series cannot be compared with itself; pick another']);
  });

  it('reports unknown and repeated parameters, and uses the first of repeats', () => {
    const defs = [metricParam<S, C>()];
    const { selection, corrections } = parseSearch(
      defs,
      'utm_source=chat&metric=cost&metric=tok-per-mw',
      filler(),
      available,
    );
    expect(selection.metric).toBe('cost');
    expect(corrections).toEqual([
      { param: 'utm_source', given: 'chat', message: 'unknown parameter "utm_source" ignored' },
      { param: 'metric', given: 'tok-per-mw', message: '"metric" given more than once; the first value is used' },
    ]);
  });
});

describe('quick filters and the legend mode', () => {
  const defs = [
    hiddenSeriesParam<S, C>(() => universe),
    comparedSeriesParam<S, C>('a', () => universe),
    vendorFilterParam<S, C>(() => filterChoices),
    engineFilterParam<S, C>(() => filterChoices),
    specFilterParam<S, C>(),
    disaggFilterParam<S, C>(),
    bestParam<S, C>(),
  ];
  /** Nothing hidden or compared yet, filters at their defaults. */
  const base = (): S => ({ ...filler(), hidden: [], compareA: null, compareB: null, filters: NO_FILTERS });
  const read = (search: string) => parseSearch(defs, search, base(), available);

  it('sets each filter on its own, all four together', () => {
    const { selection, corrections } = read('vendor=amd&engine=sglang&spec=none&disagg=no');
    expect(corrections).toEqual([]);
    expect(selection.filters).toEqual({ vendor: 'amd', engine: 'sglang', spec: 'none', disagg: false });
    expect(serializeSearch(defs, selection, available)).toBe('vendor=amd&engine=sglang&spec=none&disagg=no');
  });

  it.each<[string, BestMode, string]>([
    // Nothing named: the best per GPU, written only when it is not that.
    ['', 'gpu', ''],
    ['best=all', 'all', 'best=all'],
    ['best=engine', 'engine', 'best=engine'],
    // A link naming series keeps showing every series; best=gpu must then be written.
    ['hide=h200:trt:none', 'all', 'hide=h200:trt:none'],
    ['a=h200:trt:none', 'all', 'a=h200:trt:none'],
    ['a=h200:trt:none&best=gpu', 'gpu', 'a=h200:trt:none&best=gpu'],
    ['hide=h200:trt:none&best=all', 'all', 'hide=h200:trt:none'],
  ])('best: %j reads as %s and is written %j', (search, mode, link) => {
    const { selection, corrections } = read(search);
    expect(corrections).toEqual([]);
    expect(selection.best).toBe(mode);
    expect(serializeSearch(defs, selection, available)).toBe(link);
  });

  it('reads the filters it is not given as all, into a new object', () => {
    const start = filler();
    const { selection } = parseSearch(defs, 'spec=none', start, available);
    expect(selection.filters).toEqual({ ...NO_FILTERS, spec: 'none' });
    expect(start.filters).toEqual(FILLER_FILTERS);
  });
});

describe('parseUsdPerGpuHour', () => {
  it.each<[string, number | null]>([
    ['2', 2],
    [' 2.125 ', 2.125],
    ['0.001', 0.001],
    ['0', null],
    ['-1', null],
    ['35,56', null],
    ['1000.5', null],
    ['', null],
  ])('%j → %j', (value, expected) => {
    expect(parseUsdPerGpuHour(value)).toBe(expected);
  });
});
