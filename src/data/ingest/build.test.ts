import { describe, expect, it } from 'vitest';
import type { BenchmarkPoint } from '../schema.ts';
import { buildDataset, compareIds, comparePoints, toJsonText } from './build.ts';
import { canonicalKey, findDuplicates } from './dedupe.ts';
import { deploymentSplit, rowToPoint } from './rows.ts';

/** A hand-made row builder with realistic numbers (MI355X-like single node, 1k/1k). */
function row(over: Record<string, unknown> = {}, metrics: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    hardware: 'mi355x',
    framework: 'sglang',
    model: 'dsr1',
    precision: 'fp4',
    spec_method: 'none',
    disagg: false,
    is_multinode: false,
    prefill_tp: 4,
    prefill_ep: 1,
    prefill_dp_attention: false,
    prefill_num_workers: 0,
    decode_tp: 4,
    decode_ep: 1,
    decode_dp_attention: false,
    decode_num_workers: 0,
    num_prefill_gpu: 4,
    num_decode_gpu: 4,
    isl: 1024,
    osl: 1024,
    conc: 16,
    image: null,
    metrics: { tput_per_gpu: 610.5, median_intvty: 88.2, median_tpot: 0.01134, ...metrics },
    date: '2026-05-01',
    run_url: 'https://github.com/example/hand-made/actions/runs/2',
    ...over,
  };
}

const gpuSpecs = {
  costTiers: { costh: 'Owning - Hyperscaler' },
  gpuMeta: {
    mi355x: { vendor: 'AMD', arch: 'CDNA 4', label: 'MI355X' },
    b200: { vendor: 'NVIDIA', arch: 'Blackwell', label: 'B200' },
  },
  epochs: [
    {
      id: 'A',
      validFrom: '<=2026-01-01',
      validUntil: '2026-12-31',
      source: 's',
      notes: '',
      gpus: { mi355x: { power: 2.65, costh: 1.48 }, b200: { power: 2.17, costh: 1.95 } },
    },
  ],
};

function build(rows: unknown[]) {
  return buildDataset({
    source: { name: 'SemiAnalysis InferenceX', url: 'https://github.com/SemiAnalysisAI/InferenceX', licence: 'test' },
    gpuSpecs: { file: 'gpu-specs.json', sha256: 'a'.repeat(64), role: 'specs', data: gpuSpecs },
    benchmarks: [
      {
        file: 'rows.json',
        tag: 'latest-test',
        sha256: 'b'.repeat(64),
        role: 'rows',
        kind: 'history',
        captured: null,
        rows,
      },
    ],
  });
}

describe('rowToPoint metrics', () => {
  const ctx = { tag: 't', knownHardware: new Set(['mi355x']) };

  it('maps metric names and leaves missing optional ones null', () => {
    const r = rowToPoint(row({}, { p99_intvty: 80.1, output_tput_per_gpu: null }), 3, ctx);
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.point.metrics).toEqual({
      tokPerSecPerGpu: 610.5,
      outputTokPerSecPerGpu: null,
      inputTokPerSecPerGpu: null,
      tokPerSecPerUser: 88.2,
      p90TokPerSecPerUser: null,
      p99TokPerSecPerUser: 80.1,
      medianTtftSec: null,
      p90TtftSec: null,
      p99TtftSec: null,
      medianE2eSec: null,
      p90E2eSec: null,
      p99E2eSec: null,
      medianTpotSec: 0.01134,
    });
    expect(r.value.point.id).toBe('t#3');
  });

  it('accepts a zero optional throughput but rejects a zero latency, naming it', () => {
    // A 0-second time is no measurement and a latency axis cannot place it (the shipped
    // schema refuses it too); the row is listed as rejected rather than shipped.
    expect(rowToPoint(row({}, { p99_intvty: 0 }), 0, ctx).ok).toBe(true);
    expect(rowToPoint(row({}, { median_ttft: 0 }), 0, ctx)).toEqual({
      ok: false,
      reason: expect.stringContaining('metrics.median_ttft: must be greater than zero (got 0)'),
    });
  });

  it('treats missing image and run_url (history rows) as null', () => {
    const r = rowToPoint(row({ image: undefined, run_url: undefined }), 0, ctx);
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.point.image).toBeNull();
    expect(r.value.point.runUrl).toBeNull();
  });

  it('ignores extra upstream fields and metrics it does not ship', () => {
    const r = rowToPoint(row({ benchmark_type: 'single_turn' }, { std_intvty: 8400, 'p99.9_tpot': 0.02 }), 0, ctx);
    expect(r.ok).toBe(true);
  });
});

/**
 * A hand-made disaggregated GB200 row: 1 prefill worker on 4 GPUs, 4 decode workers on 8 GPUs
 * each (36 GPUs). Upstream style metrics: 9000 input tok/s per *prefill* GPU, 450 output tok/s
 * per *decode* GPU, total (9000 × 4 + 450 × 32) / 36 = (36000 + 14400) / 36 = 1400 tok/s/GPU.
 */
function disaggRow(over: Record<string, unknown> = {}): Record<string, unknown> {
  return row(
    {
      hardware: 'b200',
      framework: 'dynamo-trt',
      disagg: true,
      is_multinode: true,
      prefill_tp: 4,
      prefill_num_workers: 1,
      decode_tp: 8,
      decode_num_workers: 4,
      num_prefill_gpu: 4,
      num_decode_gpu: 32,
      ...over,
    },
    { tput_per_gpu: 1400, input_tput_per_gpu: 9000, output_tput_per_gpu: 450 },
  );
}

describe('input/output throughput per deployment GPU', () => {
  const ctx = { tag: 't', knownHardware: new Set(['mi355x', 'b200']) };

  it('rescales disaggregated per-pool figures by hand: 9000 × 4 / 36 = 1000 in, 450 × 32 / 36 = 400 out', () => {
    const r = rowToPoint(disaggRow(), 0, ctx);
    if (!r.ok) throw new Error(r.reason);
    const m = r.value.point.metrics;
    expect(r.value.point.gpuCount).toBe(36);
    expect(r.value.point.gpuCountNote).toBeNull();
    expect(m.inputTokPerSecPerGpu).toBe(1000);
    expect(m.outputTokPerSecPerGpu).toBe(400);
    expect(m.tokPerSecPerGpu).toBe(1400); // as measured, and 1000 + 400
  });

  it('leaves single-node figures as they are', () => {
    const r = rowToPoint(row({}, { input_tput_per_gpu: 555, output_tput_per_gpu: 55.5 }), 0, ctx);
    if (!r.ok) throw new Error(r.reason);
    expect([r.value.point.metrics.inputTokPerSecPerGpu, r.value.point.metrics.outputTokPerSecPerGpu]).toEqual([
      555, 55.5,
    ]);
  });

  it('deploymentSplit: one missing side stays null, an unknown split nulls both', () => {
    const layout = { disagg: true, prefillGpus: 8, decodeGpus: 16, gpuCount: 24, splitKnown: true };
    expect(deploymentSplit(3000, null, layout)).toEqual({ input: 1000, output: null });
    expect(deploymentSplit(null, 90, layout)).toEqual({ input: null, output: 60 });
    expect(deploymentSplit(3000, 90, { ...layout, splitKnown: false })).toEqual({ input: null, output: null });
    expect(deploymentSplit(3000, 90, { ...layout, disagg: false, gpuCount: 8 })).toEqual({ input: 3000, output: 90 });
  });
});

describe('duplicates', () => {
  it('canonicalKey ignores key order but not values', () => {
    expect(canonicalKey({ a: 1, b: [1, { c: 2, d: 3 }] })).toBe(canonicalKey({ b: [1, { d: 3, c: 2 }], a: 1 }));
    expect(canonicalKey({ a: 1 })).not.toBe(canonicalKey({ a: '1' }));
    expect(canonicalKey({ a: null })).not.toBe(canonicalKey({ a: Infinity }));
    expect(canonicalKey({ a: null })).not.toBe(canonicalKey({}));
    expect(canonicalKey([1, 2])).not.toBe(canonicalKey([2, 1]));
  });

  it('findDuplicates points each later copy at the first', () => {
    expect(findDuplicates([{ x: 1 }, { x: 2 }, { x: 1 }, { x: 2 }, { x: 1 }])).toEqual([
      { index: 2, duplicateOf: 0 },
      { index: 3, duplicateOf: 1 },
      { index: 4, duplicateOf: 0 },
    ]);
  });
});

describe('ordering', () => {
  it('compares ids by tag, then row index as a number', () => {
    expect(['a#10', 'a#9', 'b#1', 'a#100'].sort(compareIds)).toEqual(['a#9', 'a#10', 'a#100', 'b#1']);
  });

  it('sorts points by hardware, engine, precision, specMethod, disagg, gpuCount, concurrency, id', () => {
    const base = rowToPoint(row(), 0, { tag: 't', knownHardware: new Set(['mi355x', 'b200']) });
    if (!base.ok) throw new Error(base.reason);
    const p = (over: Partial<BenchmarkPoint>): BenchmarkPoint => ({ ...base.value.point, ...over });
    const points = [
      p({ id: 't#7', concurrency: 4 }),
      p({ id: 't#1', hardware: 'b200' }),
      p({ id: 't#2', engine: 'atom' }),
      p({ id: 't#3', precision: 'fp8' }),
      p({ id: 't#4', specMethod: 'mtp' }),
      p({ id: 't#5', disagg: true }),
      p({ id: 't#6', gpuCount: 8 }),
      p({ id: 't#10', concurrency: 4 }),
    ];
    expect(points.sort(comparePoints).map((x) => x.id)).toEqual([
      't#1',
      't#2',
      't#4', // 'mtp' sorts before 'none' (code-unit order)
      't#7',
      't#10',
      't#6',
      't#5',
      't#3',
    ]);
  });
});

describe('buildDataset', () => {
  const rows = [
    row({ conc: 64 }, { tput_per_gpu: 1500.2, median_intvty: 45.1 }),
    row({ spec_method: 'mtp', conc: 64 }, { tput_per_gpu: 1720.9, median_intvty: 70.3 }),
    row({ isl: 8192, date: '2026-04-02' }),
    row({ hardware: 'b200', framework: 'vllm-next', precision: 'fp8', date: '2026-03-03' }),
    row({ hardware: 'h999' }),
    row({ conc: 64 }, { tput_per_gpu: 1500.2, median_intvty: 45.1 }),
  ];
  const result = build(rows);
  const m = result.manifest;

  it('counts rows, kept points, rejections and duplicates', () => {
    expect(m.ingest.rowsRead).toBe(6);
    expect(m.ingest.pointsKept).toBe(4);
    expect(m.ingest).toMatchObject({ rejected: 1, duplicates: 1, historyPoints: 4 });
    expect(result.report.rejected).toEqual([
      { file: 'rows.json', index: 4, reason: expect.stringContaining('unknown GPU "h999"') },
    ]);
    expect(result.report.duplicates).toEqual([{ file: 'rows.json', index: 5, reason: 'same row as rows.json row 0' }]);
  });

  it('writes one file per model × sequence × GPU, with points in order', () => {
    expect(result.benchmarkFiles.map((f) => f.path)).toEqual([
      'data/benchmarks/dsr1/1k1k/b200.json',
      'data/benchmarks/dsr1/1k1k/mi355x.json',
      'data/benchmarks/dsr1/8k1k/mi355x.json',
    ]);
    expect(result.benchmarkFiles.map((f) => f.data.points.map((p) => p.id))).toEqual([
      ['latest-test#3'],
      ['latest-test#1', 'latest-test#0'],
      ['latest-test#2'],
    ]);
    expect(m.files).toEqual([
      {
        model: 'dsr1',
        sequence: '1k1k',
        hardware: 'b200',
        path: 'data/benchmarks/dsr1/1k1k/b200.json',
        pointCount: 1,
        dates: { first: '2026-03-03', last: '2026-03-03', distinct: 1 },
      },
      {
        model: 'dsr1',
        sequence: '1k1k',
        hardware: 'mi355x',
        path: 'data/benchmarks/dsr1/1k1k/mi355x.json',
        pointCount: 2,
        dates: { first: '2026-05-01', last: '2026-05-01', distinct: 1 },
      },
      {
        model: 'dsr1',
        sequence: '8k1k',
        hardware: 'mi355x',
        path: 'data/benchmarks/dsr1/8k1k/mi355x.json',
        pointCount: 1,
        dates: { first: '2026-04-02', last: '2026-04-02', distinct: 1 },
      },
    ]);
  });

  it('labels known keys from the catalog and unknown engines with their key', () => {
    expect(m.engines).toEqual([
      { key: 'sglang', label: 'SGLang', pointCount: 3 },
      { key: 'vllm-next', label: 'vllm-next', pointCount: 1 },
    ]);
    expect(m.hardware.map((h) => [h.key, h.label, h.vendor, h.arch, h.pointCount])).toEqual([
      ['b200', 'B200', 'NVIDIA', 'Blackwell', 1],
      ['mi355x', 'MI355X', 'AMD', 'CDNA 4', 3],
    ]);
    expect(m.specMethods).toEqual([
      { key: 'none', label: 'Off', pointCount: 3 },
      { key: 'mtp', label: 'MTP', pointCount: 1 },
    ]);
    expect(m.models).toEqual([
      {
        key: 'dsr1',
        displayName: 'DeepSeek-R1-0528',
        pointCount: 4,
        provenance: null,
        latestView: { basis: 'runs', file: null, captured: null },
        historyDates: { first: '2026-03-03', last: '2026-05-01', distinct: 3 },
      },
    ]);
  });

  it('summarises combos and dates', () => {
    expect(m.dates).toEqual({ first: '2026-03-03', last: '2026-05-01', distinct: 3 });
    expect(m.combos).toEqual([
      {
        model: 'dsr1',
        hardware: 'b200',
        precision: 'fp8',
        sequence: '1k1k',
        specMethods: ['none'],
        engines: ['vllm-next'],
        pointCount: 1,
        dates: { first: '2026-03-03', last: '2026-03-03' },
      },
      {
        model: 'dsr1',
        hardware: 'mi355x',
        precision: 'fp4',
        sequence: '1k1k',
        specMethods: ['none', 'mtp'],
        engines: ['sglang'],
        pointCount: 2,
        dates: { first: '2026-05-01', last: '2026-05-01' },
      },
      {
        model: 'dsr1',
        hardware: 'mi355x',
        precision: 'fp4',
        sequence: '8k1k',
        specMethods: ['none'],
        engines: ['sglang'],
        pointCount: 1,
        dates: { first: '2026-04-02', last: '2026-04-02' },
      },
    ]);
  });

  it('ships a disaggregated row with no recorded split, flagged, with its note', () => {
    const flaggedRow = disaggRow({
      prefill_tp: 36,
      decode_tp: 36,
      prefill_num_workers: 0,
      decode_num_workers: 0,
      num_prefill_gpu: 36,
      num_decode_gpu: 36,
    });
    const r = build([row(), flaggedRow]);
    expect(r.manifest.ingest.rejected).toBe(0);
    expect(r.manifest.ingest.pointsKept).toBe(2);
    const p = r.benchmarkFiles[0]!.data.points.find((x) => x.id === 'latest-test#1')!;
    expect(p.gpuCount).toBe(36);
    expect(p.gpuCountNote).toMatch(
      /^Inferred: the row records no prefill\/decode split; tp = 36 taken as the deployment size\./,
    );
    expect([p.metrics.inputTokPerSecPerGpu, p.metrics.outputTokPerSecPerGpu]).toEqual([null, null]);
    expect(p.metrics.tokPerSecPerGpu).toBe(1400);
    expect(r.report.flagged).toEqual([{ file: 'rows.json', index: 1, reason: p.gpuCountNote }]);
    expect(result.report.flagged).toEqual([]);
  });

  it('is deterministic: same input, same bytes', () => {
    const again = build(structuredClone(rows));
    expect(again.files.map((f) => toJsonText(f.data))).toEqual(result.files.map((f) => toJsonText(f.data)));
  });

  it.each<[unknown, string]>([
    [{ a: [1] }, '{\n"a": [1]\n}\n'],
    [{ v: 1, points: [{ x: 1 }, { x: 2.5 }] }, '{\n"v": 1,\n"points": [\n  {"x":1},\n  {"x":2.5}\n]\n}\n'],
    [{ empty: [], nested: { b: [1, 2] } }, '{\n"empty": [],\n"nested": {"b":[1,2]}\n}\n'],
    [[1, 2], '[1,2]\n'],
  ])('serialises %j one key, and one record, per line', (value, text) => {
    expect(toJsonText(value)).toBe(text);
    expect(JSON.parse(text)).toEqual(value);
  });

  it('refuses input that is not an array, or leaves nothing to ship', () => {
    expect(() => build({ rows: [] } as unknown as unknown[])).toThrow(/not a list of rows/);
    expect(() => build([row({ hardware: 'h999' })])).toThrow(/no rows survived/);
  });
});
