import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BenchmarkPoint } from '../schema';
import { decodePoints, encodePoints } from './columns';
import { ownFileFromStored, storedOwnFile, type OwnFile } from './store';

/**
 * The columns form IndexedDB keeps a file's points in. Expected values are the hand-written
 * points below and hand-counted tables; every round trip goes through `structuredClone`, as
 * IndexedDB stores and reads a value.
 */

const metrics = (tokPerSecPerGpu: number, tokPerSecPerUser: number): BenchmarkPoint['metrics'] => ({
  tokPerSecPerGpu,
  outputTokPerSecPerGpu: tokPerSecPerGpu / 2,
  inputTokPerSecPerGpu: null,
  tokPerSecPerUser,
  p90TokPerSecPerUser: null,
  p99TokPerSecPerUser: 12.5,
  medianTtftSec: 0.1 + 0.2,
  p90TtftSec: null,
  p99TtftSec: null,
  medianE2eSec: 31.25,
  p90E2eSec: null,
  p99E2eSec: 1e-300,
  medianTpotSec: 0.012,
});

const base: BenchmarkPoint = {
  id: 'own:f1#1',
  hardware: 'b200',
  engine: 'vllm',
  precision: 'fp4',
  specMethod: 'none',
  disagg: true,
  multinode: true,
  prefill: null,
  decode: null,
  offloadMode: null,
  gpuCount: 16,
  gpuCountNote: null,
  concurrency: 4,
  date: '2026-04-28',
  image: null,
  runUrl: null,
  metrics: metrics(373.1951171875, 96.40310077519379),
};

const points: BenchmarkPoint[] = [
  base,
  {
    ...base,
    id: 'own:f1#2',
    hardware: 'h200',
    multinode: false,
    gpuCount: 8,
    concurrency: 8,
    image: 'vllm/vllm-openai:v0.11',
    metrics: metrics(Number.MAX_VALUE, Number.MIN_VALUE),
  },
  {
    ...base,
    id: 'own:f1#10',
    prefill: { tp: 4, ep: 1, dpAttention: false, workers: 1, gpus: 4 },
    decode: { tp: 8, ep: 8, dpAttention: true, workers: 2, gpus: 16 },
    offloadMode: 'cpu',
    gpuCount: null,
    gpuCountNote: 'inferred from the decode workers',
    runUrl: 'https://example.org/run/3',
    metrics: { ...metrics(-0, 2), inputTokPerSecPerGpu: 0, medianE2eSec: null },
  },
];

const roundTrip = (ps: readonly BenchmarkPoint[]) => decodePoints(structuredClone(encodePoints(ps)));

describe('encodePoints / decodePoints', () => {
  it('gives back every field of every point, numbers bit for bit', () => {
    const back = roundTrip(points);
    expect(back).toEqual(points);
    // toEqual does not tell -0 from 0: Object.is does.
    expect(Object.is(back[2]!.metrics.tokPerSecPerGpu, -0)).toBe(true);
    expect(back[1]!.metrics.tokPerSecPerGpu).toBe(Number.MAX_VALUE);
    expect(back[1]!.metrics.tokPerSecPerUser).toBe(5e-324);
    expect(back[0]!.metrics.medianTtftSec).toBe(0.30000000000000004);
    expect(back[2]!.metrics.medianE2eSec).toBeNull();
    expect(back[2]!.gpuCount).toBeNull();
    expect(back[2]!.metrics.inputTokPerSecPerGpu).toBe(0);
  });

  it('keeps numbers in typed arrays, other fields as a table of distinct values, ids as a prefix and numbers', () => {
    const c = encodePoints(points);
    expect(c.count).toBe(3);
    expect(c.id).toEqual({ kind: 'numbered', prefix: 'own:f1#', numbers: new Float64Array([1, 2, 10]) });
    expect(c.metrics.tokPerSecPerGpu.values).toBeInstanceOf(Float64Array);
    expect(c.metrics.tokPerSecPerGpu.marks).toBeNull();
    // medianE2eSec: 31.25, 31.25, null.
    expect([...c.metrics.medianE2eSec.marks!]).toEqual([0, 0, 1]);
    expect(c.tables.hardware.table).toEqual(['b200', 'h200']);
    expect([...c.tables.hardware.index]).toEqual([0, 1, 0]);
    expect(c.tables.hardware.index).toBeInstanceOf(Uint8Array);
    expect(c.tables.multinode.table).toEqual([true, false]);
    expect(c.tables.image.table).toEqual([null, 'vllm/vllm-openai:v0.11']);
    expect(c.tables.prefill.table).toHaveLength(2);
  });

  it('never makes a null into NaN, nor NaN into null; undefined stays undefined', () => {
    const odd = [
      { ...base, metrics: { ...base.metrics, medianE2eSec: Number.NaN, p90E2eSec: null } },
      { ...base, metrics: { ...base.metrics, p90E2eSec: undefined as unknown as null } },
    ];
    const back = roundTrip(odd);
    expect(back[0]!.metrics.medianE2eSec).toBeNaN();
    expect(back[0]!.metrics.p90E2eSec).toBeNull();
    expect(back[1]!.metrics.medianE2eSec).toBe(31.25);
    expect('p90E2eSec' in back[1]!.metrics).toBe(true);
    expect(back[1]!.metrics.p90E2eSec).toBeUndefined();
    expect(back.flatMap((p) => Object.values(p.metrics)).filter((v) => Number.isNaN(v))).toHaveLength(1);
  });

  it.each([
    ['a leading zero', ['own:f1#1', 'own:f1#02']],
    ['another prefix', ['own:f1#1', 'own:f2#2']],
    ['no number', ['latest#1', 'latest']],
    ['a first id without a number', ['x', 'x1']],
    ['more digits than a float holds exactly', ['r1', 'r12345678901234567']],
  ])('keeps ids as a list when they do not all read <prefix><number> (%s)', (_, ids) => {
    const ps = ids.map((id) => ({ ...base, id }));
    expect(encodePoints(ps).id.kind).toBe('list');
    expect(roundTrip(ps).map((p) => p.id)).toEqual(ids);
  });

  it('reads a range of points, and nothing past the end', () => {
    const c = encodePoints(points);
    expect(decodePoints(c, 1, 2)).toEqual([points[1]]);
    expect(decodePoints(c, 2, 99)).toEqual([points[2]]);
    expect(decodePoints(c, 3)).toEqual([]);
    expect(decodePoints(encodePoints([]))).toEqual([]);
  });

  it('uses a wider index when a field has more than 256 distinct values', () => {
    const many = Array.from({ length: 300 }, (_, i) => ({ ...base, id: `own:f1#${i}`, date: `2026-01-${i}` }));
    const c = encodePoints(many);
    expect(c.tables.date.index).toBeInstanceOf(Uint16Array);
    expect(roundTrip(many).map((p) => p.date)).toEqual(many.map((p) => p.date));
  });

  it('round-trips any doubles and nulls exactly (property)', () => {
    const value = fc.oneof(fc.double(), fc.constant(null));
    const property = () =>
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.double(), value, value), { maxLength: 40 }), (rows) => {
          const ps = rows.map(([t, e2e, out], i) => ({
            ...base,
            id: `own:p#${i}`,
            metrics: { ...base.metrics, tokPerSecPerGpu: t, medianE2eSec: e2e, outputTokPerSecPerGpu: out },
          }));
          const back = roundTrip(ps);
          return back.every(
            (p, i) =>
              Object.is(p.metrics.tokPerSecPerGpu, rows[i]![0]) &&
              Object.is(p.metrics.medianE2eSec, rows[i]![1]) &&
              Object.is(p.metrics.outputTokPerSecPerGpu, rows[i]![2]) &&
              p.id === `own:p#${i}`,
          );
        }),
      );
    expect(property).not.toThrow();
  });
});

const file: OwnFile = {
  id: 'f1',
  name: 'sweep.jsonl',
  bytes: 1234,
  addedAt: '2026-07-01T00:00:00.000Z',
  format: 'vllm',
  model: 'dsr1',
  sequence: '1k1k',
  setup: {
    label: 'my sweep',
    hardware: 'b200',
    gpuCount: 16,
    disagg: true,
    engine: 'vllm',
    precision: 'fp4',
    specMethod: 'none',
    sequence: '1k1k',
    date: '2026-04-28',
  },
  points,
  problems: ['row 6: median_tpot_ms must be greater than zero (got 0)'],
  runsRead: 4,
};

describe('the stored file', () => {
  it('keeps columns, not point objects, and reads back the same file', async () => {
    const stored = structuredClone(storedOwnFile(file));
    expect(stored.form).toBe('columns');
    expect('points' in stored).toBe(false);
    expect(await ownFileFromStored(stored)).toEqual(file);
  });

  it('reads a file kept in the old form (version 1: points as objects) as it was', async () => {
    const old = structuredClone(file);
    expect(await ownFileFromStored(old)).toEqual(file);
  });

  it('reads a large file in steps with the same points, in order', async () => {
    const many = Array.from({ length: 12_345 }, (_, i) => ({
      ...base,
      id: `own:f1#${i + 1}`,
      concurrency: i + 1,
      metrics: metrics(i * 0.1, 1000 / (i + 1)),
    }));
    const back = await ownFileFromStored(structuredClone(storedOwnFile({ ...file, points: many })));
    expect(back.points).toHaveLength(12_345);
    expect(back.points[12_344]!.id).toBe('own:f1#12345');
    expect(back.points[5000]!.concurrency).toBe(5001);
    expect(back.points[777]!.metrics.tokPerSecPerGpu).toBe(777 * 0.1);
    expect(back.points).toEqual(many);
  });
});
