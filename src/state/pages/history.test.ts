import { describe, expect, it } from 'vitest';
import type { RunDatesFile } from '../../data/schema';
import { shippedHistoryPage } from '../../../tests/setup/history-reference';
import { historyAvailability, type HistoryAvailability } from '../history-availability';
import { historySearch, parseHistorySearch, settleSetup } from './history';

// A hand-made run-dates file: engine "a" ran 3 dates (Off, 8k/1k), "b" ran 4 (MTP only, 1k1k and 1k8k).
const GROUPS: RunDatesFile['groups'] = [
  {
    hardware: 'g',
    precision: 'fp4',
    sequence: '8k1k',
    engine: 'a',
    specMethod: 'none',
    dates: ['2026-01-05', '2026-02-01', '2026-03-01'],
    latest: ['2026-03-01'],
  },
  {
    hardware: 'g',
    precision: 'fp4',
    sequence: '1k1k',
    engine: 'b',
    specMethod: 'mtp',
    dates: ['2026-01-01', '2026-01-10'],
    latest: ['2026-01-10'],
  },
  {
    hardware: 'g',
    precision: 'fp4',
    sequence: '1k8k',
    engine: 'b',
    specMethod: 'mtp',
    dates: ['2026-01-02', '2026-01-20', '2026-02-20'],
    latest: ['2026-02-20'],
  },
];

const available: HistoryAvailability = {
  workload: { model: 'm', hardware: 'g', precision: 'fp4' },
  groups: GROUPS,
  engines: ['a', 'b'],
  sequenceOrder: ['1k1k', '1k8k', '8k1k'],
  published: [],
  tiers: ['costh', 'costr'],
  defaultTier: 'costh',
  costSets: ['A', 'B'],
  defaultCostSet: 'A',
};

const parse = (search: string) => parseHistorySearch(search, available);

describe('history parameters', () => {
  it('bare link: the engine with the most run dates, its Off runs, its 8k/1k or busiest sequence, first to last run', () => {
    const { selection, corrections } = parse('');
    expect(corrections).toEqual([]);
    expect(selection).toMatchObject({
      engine: 'b',
      spec: 'mtp',
      sequence: '1k8k',
      from: '2026-01-02',
      to: '2026-02-20',
    });
    expect(selection.targets).toBeNull();
    expect(parse('engine=a').selection).toMatchObject({
      spec: 'none',
      sequence: '8k1k',
      from: '2026-01-05',
      to: '2026-03-01',
    });
  });

  it.each([
    'engine=a',
    'engine=a&from=2026-02-01',
    'engine=a&to=2026-02-01',
    'seq=1k1k&from=2026-01-10',
    'engine=a&at=8,10,12,15,17,20,25,30,40,50',
    'at=12.5&metric=cost&tier=costr&costs=B',
  ])('round trip: %s', (search) => {
    const { selection, corrections } = parse(search);
    expect(corrections).toEqual([]);
    expect(historySearch(selection, available)).toBe(search);
  });

  it.each<[string, string, string, string]>([
    ['engine=zz', 'engine', 'engine "zz" has no runs on this GPU and precision; showing b', ''],
    ['spec=none', 'spec', 'b has no none runs on this GPU and precision; showing mtp', ''],
    ['spec=eagle', 'spec', 'spec method "eagle" is not none or mtp; showing mtp', ''],
    ['seq=8k1k', 'seq', 'sequence "8k1k" has no runs of this engine and spec method; showing 1k8k', ''],
    [
      'from=2026-01-25',
      'from',
      'this setup has no run on 2026-01-25; showing its run of 2026-01-20, the nearest before',
      'from=2026-01-20',
    ],
    [
      'from=2025-12-01',
      'from',
      'this setup has no run on or before 2025-12-01; showing from the first run, 2026-01-02',
      '',
    ],
    ['from=yesterday', 'from', '"yesterday" is not a day written YYYY-MM-DD; showing from the first run', ''],
    ['to=2026-02-30', 'to', '"2026-02-30" is not a day written YYYY-MM-DD; showing up to the last run', ''],
    [
      'to=2026-12-31',
      'to',
      'this setup has no run on 2026-12-31; showing its run of 2026-02-20, the nearest before',
      '',
    ],
    [
      'from=2026-01-20&to=2026-01-05',
      'to',
      '"to" 2026-01-05 is before "from" 2026-01-20; showing up to the last run, 2026-02-20',
      'from=2026-01-20',
    ],
    ['at=1,2,3,4,5,6,7,8,9,10,11', 'at', 'give 1 to 10 targets, separated by commas; using the defaults', ''],
    ['at=0', 'at', 'each target must be a number above 0 tok/s/user; using the defaults', ''],
    ['at=12.345', 'at', 'targets are kept to 0.01 tok/s/user: 12.35', 'at=12.35'],
  ])('corrects %s and says so', (search, param, message, canonical) => {
    const { selection, corrections } = parse(search);
    expect(corrections).toEqual([{ param, given: expect.any(String), message }]);
    expect(historySearch(selection, available)).toBe(canonical);
  });

  it('a new setup keeps the dates it also ran on and falls back for the rest', () => {
    const from1k8k = parse('from=2026-01-20').selection;
    expect(settleSetup({ ...from1k8k, sequence: '1k1k' }, available)).toMatchObject({
      sequence: '1k1k',
      from: null,
      to: null,
    });
    expect(settleSetup({ ...from1k8k, engine: 'a' }, available)).toMatchObject({
      engine: 'a',
      spec: 'none',
      sequence: '8k1k',
      from: null,
      to: null,
    });
    const a = parse('engine=a&from=2026-02-01').selection;
    expect(settleSetup({ ...a, sequence: '8k1k' }, available)).toMatchObject({ from: '2026-02-01', to: '2026-03-01' });
  });
});

describe('history availability on the shipped data', () => {
  it('dsv4 MI355X FP4: SGLang Off 8k/1k, 2026-05-02 to 2026-05-21, with the blog table', () => {
    const page = shippedHistoryPage('/history/dsv4/mi355x/fp4');
    expect(page.corrections).toEqual([]);
    expect(page.selection).toMatchObject({
      engine: 'sglang',
      spec: 'none',
      sequence: '8k1k',
      from: '2026-05-02',
      to: '2026-05-21',
    });
    expect(page.available.published.map((t) => [t.engine, t.specMethod, t.sequence])).toEqual([
      ['sglang', 'none', '8k1k'],
    ]);
  });

  it('is null for a GPU or model without runs', () => {
    const page = shippedHistoryPage('/history/dsv4/mi355x/fp4');
    const runDates = { schemaVersion: 1 as const, model: 'dsv4', groups: GROUPS };
    expect(
      historyAvailability(
        page.manifest,
        page.specs,
        { model: 'dsv4', hardware: 'tpu', precision: 'fp4' },
        runDates,
        [],
      ),
    ).toBeNull();
    expect(
      historyAvailability(page.manifest, page.specs, { model: 'x', hardware: 'g', precision: 'fp4' }, runDates, []),
    ).toBeNull();
  });
});
