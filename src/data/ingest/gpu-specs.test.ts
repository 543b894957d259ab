import { describe, expect, it } from 'vitest';
import { gpuSpecsSchema } from '../schema.ts';
import { buildGpuSpecs, chooseDefaultSet, COST_TIER_LABELS, parseValidity } from './gpu-specs.ts';
import type { GpuSpecsInput } from './raw.ts';
import { assertValid } from '../validate';

describe('parseValidity', () => {
  it.each([
    ['<=2026-03-18 (first app commit) ', { date: '2026-03-18', bound: 'atOrBefore' }],
    ['2026-07-14', { date: '2026-07-14', bound: 'exact' }],
    [
      '~2026-08 (before the upstream change merged into vngcloud on 2026-08-14)',
      { date: '2026-08-14', bound: 'exact' },
    ],
    ['<=2026-08-14', { date: '2026-08-14', bound: 'atOrBefore' }],
    ['unknown', { date: null, bound: 'none' }],
    ['later than C (exact date unknown)', { date: null, bound: 'none' }],
    ['latest seen', { date: null, bound: 'none' }],
  ])('%j', (text, expected) => {
    expect(parseValidity(text)).toEqual(expected);
  });
});

// The validity strings of fixtures/real/gpu-specs.json, copied here so the rule is tested on its own.
const epochs = [
  { id: 'A', validFrom: '<=2026-03-18 (first app commit) ', validUntil: '2026-07-14' },
  { id: 'B', validFrom: '2026-07-14', validUntil: '~2026-08 (before the upstream change merged on 2026-08-14)' },
  { id: 'C', validFrom: '<=2026-08-14', validUntil: 'unknown' },
  { id: 'D', validFrom: 'later than C (exact date unknown)', validUntil: 'latest seen' },
];

describe('chooseDefaultSet', () => {
  it.each([
    // [first, last, expected set]
    ['2025-10-06', '2026-06-11', 'A'],
    ['2026-03-18', '2026-07-13', 'A'],
    ['2026-07-14', '2026-07-20', 'B'],
    ['2026-07-14', '2026-08-13', 'B'],
  ])('data %s … %s → set %s', (first, last, id) => {
    expect(chooseDefaultSet(epochs, { first, last }).id).toBe(id);
  });

  it('says which dates it used, and that early points predate the set', () => {
    const { reason } = chooseDefaultSet(epochs, { first: '2025-10-06', last: '2026-06-11' });
    expect(reason).toContain('Set A');
    expect(reason).toContain('2026-03-18');
    expect(reason).toContain('2026-07-14');
    expect(reason).toContain('2025-10-06');
    expect(reason).toContain('2026-06-11');
  });

  it('past every stated end: the newest set in force by then, saying so (the ingest does not stop)', () => {
    const choice = chooseDefaultSet(epochs, { first: '2026-09-01', last: '2026-09-30' });
    expect(choice.id).toBe('C'); // C started by 2026-08-14; D has no start date
    expect(choice.reason).toContain(
      "No set's stated validity includes the newest point of the latest view (2026-09-30)",
    );
    expect(choice.reason).toContain('stated end: none given');
  });

  it('fails rather than guess when no set had started by the newest point', () => {
    expect(() => chooseDefaultSet(epochs.slice(1), { first: '2026-01-01', last: '2026-02-01' })).toThrow(/0 sets/);
  });

  it('fails when two sets both claim the newest point', () => {
    const overlapping = [...epochs, { id: 'X', validFrom: '2026-01-01', validUntil: '2026-12-31' }];
    expect(() => chooseDefaultSet(overlapping, { first: '2026-05-01', last: '2026-06-11' })).toThrow(/2 sets/);
  });
});

describe('buildGpuSpecs', () => {
  const input: GpuSpecsInput = {
    costTiers: { costh: 'Owning - Hyperscaler', costn: 'Owning - Neocloud Giant', costr: '3 Year Rental' },
    gpuMeta: { mi355x: { vendor: 'AMD', arch: 'CDNA 4', label: 'MI355X' } },
    epochs: [
      {
        id: 'A',
        validFrom: '<=2026-03-18 (first app commit) ',
        validUntil: '2026-07-14',
        source: 'src A',
        notes: 'note A',
        gpus: { mi355x: { power: 2.65, costh: 1.48, costn: 1.9, costr: 2.1 } },
      },
      {
        id: 'D',
        validFrom: 'later',
        validUntil: 'latest seen',
        source: 'src D',
        notes: '',
        gpus: { mi355x: { power: 2.09, costh: 1.5, costr: 2.5 } },
      },
    ],
  };
  const out = buildGpuSpecs(input, { first: '2026-01-01', last: '2026-06-11' });

  it('matches the shipped schema', () => {
    expect(assertValid(gpuSpecsSchema, out)).toEqual(out);
  });

  it('maps power and the cost tiers that exist in each set', () => {
    expect(out.sets[0]!.gpus.mi355x).toEqual({
      kwPerGpu: 2.65,
      usdPerGpuHour: { costh: 1.48, costn: 1.9, costr: 2.1 },
    });
    expect(out.sets[1]!.gpus.mi355x).toEqual({ kwPerGpu: 2.09, usdPerGpuHour: { costh: 1.5, costr: 2.5 } });
  });

  it('copies the validity text (trimmed), source and notes', () => {
    expect(out.sets[0]).toMatchObject({
      id: 'A',
      validFrom: '<=2026-03-18 (first app commit)',
      source: 'src A',
      notes: 'note A',
    });
  });

  it('labels the tiers, rental honestly', () => {
    expect(out.tiers).toEqual([
      { key: 'costh', label: COST_TIER_LABELS.costh },
      { key: 'costn', label: COST_TIER_LABELS.costn },
      { key: 'costr', label: COST_TIER_LABELS.costr },
    ]);
    expect(COST_TIER_LABELS.costr).toMatch(/3-year/);
    expect(COST_TIER_LABELS.costr).toMatch(/retail/);
  });

  it('refuses a cost tier it has no label for', () => {
    expect(() =>
      buildGpuSpecs(
        { ...input, costTiers: { ...input.costTiers, costx: 'new' } },
        { first: '2026-01-01', last: '2026-06-11' },
      ),
    ).toThrow(/costx/);
  });
});
