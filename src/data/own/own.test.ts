import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat, parseResultFile } from './detect';
import { ownPoints, ownPointsInSteps, sequenceHint, type OwnSetup } from './to-points';

/**
 * The result readers against real files (fixtures/own-results, see its README). Expected values
 * are computed here from the files' own numbers with the documented derivations
 * (tok/s/GPU = total ÷ GPUs, tok/s/user = 1000 ÷ median TPOT in ms), not by the code under test.
 */

const dir = new URL('../../../fixtures/own-results/', import.meta.url);
const text = (name: string) => readFileSync(new URL(name, dir), 'utf8');
type VllmRun = Record<string, number | string | null> & {
  max_concurrency: number;
  total_token_throughput: number;
  output_throughput: number;
  median_tpot_ms: number;
  median_ttft_ms: number;
  p99_ttft_ms: number;
  median_e2el_ms: number;
};
const vllmFiles = readdirSync(new URL('vllm-gpt-oss-120b/', dir))
  .filter((f) => f.startsWith('concurrency_'))
  .map((f) => `vllm-gpt-oss-120b/${f}`)
  .sort((a, b) => Number(/concurrency_(\d+)/.exec(a)![1]) - Number(/concurrency_(\d+)/.exec(b)![1]));
const rawRuns = vllmFiles.map((f) => JSON.parse(text(f)) as VllmRun);

const setup: OwnSetup = {
  label: 'gpt-oss-120b, 16 GPUs',
  hardware: 'b200',
  gpuCount: 16,
  disagg: true,
  engine: 'vllm',
  precision: 'fp4',
  specMethod: 'none',
  sequence: '1k1k',
  date: '2026-04-28',
};

describe('vLLM --save-result files (real)', () => {
  it('detects each file as a vLLM result and reads its run', () => {
    expect(rawRuns.map((r) => r.max_concurrency)).toEqual([4, 8, 32, 128, 256]);
    for (const f of vllmFiles) {
      expect(detectFormat(text(f))).toEqual({ format: 'vllm' });
      const parsed = parseResultFile('vllm', text(f));
      expect(parsed.problems).toEqual([]);
      expect(parsed.records).toHaveLength(1);
      expect(parsed.hints).toMatchObject({ date: '2026-04-28', backend: 'openai' });
      expect(parsed.hints.modelId).toContain('gpt-oss-120b');
    }
  });

  it('places the runs at tok/s/GPU = total ÷ 16 and tok/s/user = 1000 ÷ median TPOT', () => {
    const parsed = parseResultFile('vllm', text('vllm-gpt-oss-120b.jsonl'));
    expect(parsed.problems).toEqual([]);
    expect(sequenceHint(parsed)).toBe('1k1k'); // 40,960 tokens in and out over 40 requests
    const { points, problems } = ownPoints(parsed, setup, 'f1');
    expect(problems).toEqual([]);
    expect(points.map((p) => p.id)).toEqual(['own:f1#1', 'own:f1#2', 'own:f1#3', 'own:f1#4', 'own:f1#5']);
    points.forEach((p, i) => {
      const r = rawRuns[i]!;
      expect(p.concurrency).toBe(r.max_concurrency);
      expect(p.metrics.tokPerSecPerGpu).toBe(r.total_token_throughput / 16);
      expect(p.metrics.tokPerSecPerUser).toBe(1000 / r.median_tpot_ms);
      expect(p.metrics.outputTokPerSecPerGpu).toBe(r.output_throughput / 16);
      expect(p.metrics.medianTtftSec).toBe(r.median_ttft_ms / 1000);
      expect(p.metrics.p99TtftSec).toBe(r.p99_ttft_ms / 1000);
      expect(p.metrics.medianE2eSec).toBe(r.median_e2el_ms / 1000);
      expect(p.gpuCount).toBe(16);
    });
    // One figure by hand: conc 32, 5,971.122 tok/s over 16 GPUs = 373.195 tok/s/GPU at 96.40 tok/s/user.
    expect(points[2]!.metrics.tokPerSecPerGpu).toBeCloseTo(373.1951, 4);
    expect(points[2]!.metrics.tokPerSecPerUser).toBeCloseTo(96.403, 4);
  });

  it('says when the chosen sequence disagrees with the token counts the file holds', () => {
    const parsed = parseResultFile('vllm', text('vllm-gpt-oss-120b.jsonl'));
    expect(ownPoints(parsed, { ...setup, sequence: '8k1k' }, 'f1').warnings).toEqual([
      "the file's runs average the 1k1k sequence's token counts, but 8k1k was chosen",
    ]);
  });
});

describe('SGLang bench_serving JSON lines (the real runs in SGLang key names)', () => {
  it('is detected as SGLang and gives the same points as the vLLM reading', () => {
    const sglang = text('sglang-format-gpt-oss-120b.jsonl');
    expect(detectFormat(sglang)).toEqual({ format: 'sglang' });
    const a = ownPoints(parseResultFile('sglang', sglang), setup, 'f').points;
    const b = ownPoints(parseResultFile('vllm', text('vllm-gpt-oss-120b.jsonl')), setup, 'f').points;
    expect(a).toHaveLength(5);
    a.forEach((p, i) => {
      expect(p.concurrency).toBe(b[i]!.concurrency);
      expect(p.metrics.tokPerSecPerGpu).toBeCloseTo(b[i]!.metrics.tokPerSecPerGpu, 9);
      expect(p.metrics.tokPerSecPerUser).toBe(b[i]!.metrics.tokPerSecPerUser);
      expect(p.metrics.medianE2eSec).toBe(b[i]!.metrics.medianE2eSec);
    });
  });
});

describe('Isoline CSV (real InferenceX rows in its columns)', () => {
  const rows = (
    JSON.parse(
      readFileSync(new URL('../../../fixtures/real/inferencex_dsr1_latest_2026-06-14.json', import.meta.url), 'utf8'),
    ) as {
      conc: number;
      metrics: { tput_per_gpu: number; median_intvty: number; median_ttft: number };
    }[]
  ).slice(65, 70);

  it('reads tok/s/GPU and tok/s/user as given, and milliseconds as seconds', () => {
    const csv = text('h200-sglang-fp8-1k8k.csv');
    expect(detectFormat(csv)).toEqual({ format: 'csv' });
    const parsed = parseResultFile('csv', csv);
    expect(parsed.problems).toEqual([]);
    expect(parsed.hints.date).toBe('2026-03-25');
    const { points } = ownPoints(parsed, { ...setup, hardware: 'h200', gpuCount: 8, sequence: '1k8k' }, 'c');
    expect(points.map((p) => p.concurrency)).toEqual(rows.map((r) => r.conc));
    points.forEach((p, i) => {
      expect(p.metrics.tokPerSecPerGpu).toBe(rows[i]!.metrics.tput_per_gpu);
      expect(p.metrics.tokPerSecPerUser).toBe(rows[i]!.metrics.median_intvty);
      expect(p.metrics.medianTtftSec).toBeCloseTo(rows[i]!.metrics.median_ttft, 12);
    });
  });
});

describe('bad input: every problem named by row and field, the rest kept', () => {
  const run = (change: Record<string, unknown>) => JSON.stringify({ ...rawRuns[0], ...change });

  it.each<[string, string, string[]]>([
    [
      'a zero TPOT',
      [run({}), run({}), run({ median_tpot_ms: 0 })].join('\n'),
      ['row 3: median_tpot_ms must be greater than zero (got 0)'],
    ],
    ['a missing concurrency', run({ max_concurrency: undefined }), ['row 1: max_concurrency missing']],
    [
      'vLLM without --max-concurrency',
      run({ max_concurrency: null }),
      ['row 1: max_concurrency must be a number (got null)'],
    ],
    [
      'a throughput written as a string',
      run({ total_token_throughput: '5971' }),
      ['row 1: total_token_throughput must be a finite number (got "5971")'],
    ],
    ['a broken line', [run({}), '{"max_concurrency": 8,', run({})].join('\n'), ['row 2: not valid JSON']],
  ])('%s', (_name, file, expected) => {
    const parsed = parseResultFile('vllm', file);
    expect(parsed.problems.map((p) => p.replace(/ \(Unexpected.*|\(Expected.*$/, '').trimEnd())).toEqual(
      expected.map((e) => e),
    );
    expect(parsed.records.length).toBe(parsed.runsRead - expected.length);
  });

  it('CSV: names missing columns and bad cells, keeps the good rows', () => {
    expect(parseResultFile('csv', 'concurrency,tpot_ms\n4,8.3\n').problems).toEqual([
      'a throughput column is missing: tok_per_s_per_gpu, or total_tok_per_s',
    ]);
    const parsed = parseResultFile(
      'csv',
      'concurrency,total_tok_per_s,tpot_ms,colour\n4,918.4,8.39,red\n0,1857.9,8.48,\n8,abc,8.48,\n',
    );
    expect(parsed.problems).toEqual([
      'columns not used: colour (see the documented columns)',
      'row 2: concurrency must be a positive integer (got "0")',
      'row 3: total_tok_per_s must be greater than zero (got "abc")',
      'row 3: no throughput (tok_per_s_per_gpu or total_tok_per_s)',
    ]);
    expect(parsed.records.map((r) => r.row)).toEqual([1]);
  });

  it('refuses what it cannot read, saying what it expected', () => {
    expect(detectFormat('')).toEqual({ format: null, reason: 'the file is empty' });
    expect(detectFormat('hello')).toMatchObject({ format: null });
    expect(detectFormat('{"foo": 1}')).toMatchObject({ format: null, reason: expect.stringContaining('vLLM result') });
  });
});

describe('runs handed from the worker', () => {
  it('pack into one buffer and unpack to the same runs, nulls included', async () => {
    const { packRecords, unpackRecords } = await import('./records');
    const records = parseResultFile('csv', text('h200-sglang-fp8-1k8k.csv')).records;
    expect(records.some((r) => r.totalTokPerSec === null)).toBe(true);
    const packed = packRecords(records);
    expect(packed.length).toBe(records.length * 19);
    expect(unpackRecords(packed)).toEqual(records);
    expect(unpackRecords(packRecords([]))).toEqual([]);
  });
});

describe('ownPointsInSteps', () => {
  const parsed = parseResultFile('csv', text('h200-sglang-fp8-1k8k.csv'));
  const csvSetup = { ...setup, hardware: 'h200', gpuCount: 8, sequence: '1k8k' as const };

  it('places the runs as ownPoints does, a few per step, problems and warnings included', async () => {
    expect(parsed.records.length).toBeGreaterThan(4);
    // An engine key the schema refuses makes every run a problem; the other setups keep every run.
    for (const s of [csvSetup, { ...csvSetup, sequence: '8k1k' as const }, { ...csvSetup, engine: 'A B' }]) {
      const whole = ownPoints(parsed, s, 'c');
      const stepped = await ownPointsInSteps(parsed, s, 'c', { signal: new AbortController().signal, step: 2 });
      expect(stepped).toEqual(whole);
    }
    expect(ownPoints(parsed, { ...csvSetup, engine: 'A B' }, 'c').points).toEqual([]);
  });

  it('gives up, with null, when the form changes while it runs', async () => {
    const controller = new AbortController();
    const placing = ownPointsInSteps(parsed, csvSetup, 'c', { signal: controller.signal, step: 2 });
    controller.abort();
    expect(await placing).toBeNull();
  });
});
