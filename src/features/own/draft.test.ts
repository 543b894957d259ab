import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseResultFile } from '../../data/own/detect';
import { draftToSetup, matchEngine, matchModel, ownFileRecord, prefillDraft, type SetupDraft } from './draft';
import { rowsFileRecord } from './rows-file';

/**
 * The form's prefill and mapping against the real example files (fixtures/own-results); the
 * expected values are read from the files' own fields here, not from the code under test.
 */

const dir = new URL('../../../fixtures/own-results/', import.meta.url);
const text = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const models = [
  { key: 'dsr1', displayName: 'DeepSeek-R1-0528' },
  { key: 'dsv4', displayName: 'DeepSeek-V4-Pro' },
];
const ctx = (fileName: string) => ({
  fileName,
  models,
  pageModel: 'dsv4',
  pageSequence: '8k1k' as const,
  today: '2026-07-01',
});
const rawRuns = text('vllm-gpt-oss-120b.jsonl')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { total_token_throughput: number; median_tpot_ms: number; max_concurrency: number });

describe('matching what a file says to the catalog', () => {
  it.each<[string | null, string | null]>([
    ['deepseek-ai/DeepSeek-R1-0528', 'dsr1'],
    ['/models/deepseek-r1-0528-fp4', 'dsr1'],
    ['/models/DeepSeek-V4-Pro-FP4/', 'dsv4'],
    ['dsr1', 'dsr1'],
    ['/models/models--openai--gpt-oss-120b/snapshots/b5c9/', null],
    ['', null],
    [null, null],
  ])('model id %j → %j', (id, key) => expect(matchModel(id, models)).toBe(key));

  it.each<[string | null, string | null]>([
    ['vllm', 'vllm'],
    ['sglang', 'sglang'],
    ['sglang-oai', 'sglang'],
    ['SGLang', 'sglang'],
    ['tensorrt-llm', 'trt'],
    ['openai', null],
    ['openai-chat', null],
    ['tgi', null],
    [null, null],
  ])('backend %j → engine %j', (backend, engine) => expect(matchEngine(backend)).toBe(engine));
});

describe('the form as it opens', () => {
  it('vLLM JSON lines: label from the name, sequence from the token counts, date from the file; engine and GPU asked', () => {
    const first = JSON.parse(text('vllm-gpt-oss-120b.jsonl').split('\n')[0]!) as { backend: string; date: string };
    expect(first.backend).toBe('openai');
    expect(first.date.slice(0, 8)).toBe('20260428');
    const draft = prefillDraft(
      parseResultFile('vllm', text('vllm-gpt-oss-120b.jsonl')),
      ctx('vllm-gpt-oss-120b.jsonl'),
    );
    expect(draft).toEqual<SetupDraft>({
      label: 'vllm-gpt-oss-120b',
      model: 'dsv4', // gpt-oss-120b is not a published model: the page's
      hardware: '',
      gpuCount: '',
      disagg: false,
      engine: '', // "openai" is vLLM's client, not a server
      precision: '',
      specMethod: 'none',
      sequence: '1k1k', // 40,960 in and out over 40 requests, not the page's 8k1k
      date: '2026-04-28',
    });
  });

  it('SGLang JSON lines: the engine from its backend', () => {
    const draft = prefillDraft(
      parseResultFile('sglang', text('sglang-format-gpt-oss-120b.jsonl')),
      ctx('sglang-format-gpt-oss-120b.jsonl'),
    );
    expect(draft.engine).toBe('sglang');
    expect(draft.sequence).toBe('1k1k');
  });

  it('CSV without token counts or GPUs: the page sequence, the CSV date', () => {
    const draft = prefillDraft(
      parseResultFile('csv', text('h200-sglang-fp8-1k8k.csv')),
      ctx('h200-sglang-fp8-1k8k.csv'),
    );
    expect(draft).toMatchObject({ sequence: '8k1k', date: '2026-03-25', gpuCount: '', engine: '' });
  });

  it('a CSV gpus column prefills the GPU count', () => {
    const parsed = parseResultFile('csv', 'concurrency,total_tok_per_s,gpus,tpot_ms\n4,918.4,8,8.39\n');
    expect(prefillDraft(parsed, ctx('x.csv')).gpuCount).toBe('8');
  });
});

describe('from the form to the kept record', () => {
  const parsed = parseResultFile('vllm', text('vllm-gpt-oss-120b.jsonl'));
  const filled: SetupDraft = {
    ...prefillDraft(parsed, ctx('vllm-gpt-oss-120b.jsonl')),
    hardware: 'mi355x',
    gpuCount: '16',
    engine: 'vllm',
    precision: 'fp4',
  };

  it.each<[string, Partial<SetupDraft>, string]>([
    ['no GPU', { hardware: '' }, 'pick the GPU'],
    ['a GPU count of 0', { gpuCount: '0' }, 'the GPU count must be a whole number above zero'],
    ['a GPU count of 2.5', { gpuCount: '2.5' }, 'the GPU count must be a whole number above zero'],
    ['no engine', { engine: '' }, 'pick or type the engine (lower case, e.g. vllm)'],
    ['no precision', { precision: '' }, 'pick the precision'],
    ['a blank label', { label: '  ' }, 'a label is needed'],
    ['a bad date', { date: '28/04/2026' }, 'the date must be YYYY-MM-DD'],
  ])('%s is asked for', (_name, change, problem) => {
    expect(draftToSetup({ ...filled, ...change })).toEqual({ ok: false, problems: [problem] });
  });

  it('a filled form places every run at total ÷ 16 tok/s/GPU and 1000 ÷ TPOT tok/s/user', () => {
    const checked = draftToSetup(filled);
    if (!checked.ok) throw new Error(checked.problems.join('; '));
    expect(checked.model).toBe('dsv4');
    expect(checked.setup).toMatchObject({ hardware: 'mi355x', gpuCount: 16, engine: 'vllm', sequence: '1k1k' });
    const { file, warnings } = ownFileRecord({
      id: 'f1',
      name: 'vllm-gpt-oss-120b.jsonl',
      bytes: 10,
      addedAt: '2026-07-01T00:00:00.000Z',
      parsed,
      model: checked.model,
      setup: checked.setup,
    });
    expect(warnings).toEqual([]);
    expect(file).toMatchObject({ model: 'dsv4', sequence: '1k1k', format: 'vllm', runsRead: 5, problems: [] });
    expect(file.points.map((p) => p.id)).toEqual(['own:f1#1', 'own:f1#2', 'own:f1#3', 'own:f1#4', 'own:f1#5']);
    file.points.forEach((p, i) => {
      expect(p.concurrency).toBe(rawRuns[i]!.max_concurrency);
      expect(p.metrics.tokPerSecPerGpu).toBeCloseTo(rawRuns[i]!.total_token_throughput / 16, 10);
      expect(p.metrics.tokPerSecPerUser).toBeCloseTo(1000 / rawRuns[i]!.median_tpot_ms, 10);
    });
  });

  it('keeps the file’s problems by row with the record, and the good runs', () => {
    const lines = text('vllm-gpt-oss-120b.jsonl').split('\n').filter(Boolean);
    const bad = JSON.stringify({ ...(JSON.parse(lines[2]!) as object), median_tpot_ms: 0 });
    const withBad = parseResultFile('vllm', [lines[0], lines[1], bad].join('\n'));
    const checked = draftToSetup(filled);
    if (!checked.ok) throw new Error('incomplete');
    const { file } = ownFileRecord({ id: 'f2', name: 'x', bytes: 1, addedAt: '', parsed: withBad, ...checked });
    expect(file.problems).toEqual(['row 3: median_tpot_ms must be greater than zero (got 0)']);
    expect(file.points.map((p) => p.id)).toEqual(['own:f2#1', 'own:f2#2']);
  });
});

describe('InferenceX API rows', () => {
  const rows = JSON.parse(
    readFileSync(new URL('../../../fixtures/real/inferencex_dsr1_latest_2026-06-14.json', import.meta.url), 'utf8'),
  ) as { isl: number; osl: number; hardware: string; metrics: { tput_per_gpu: number } }[];

  it('keeps the rows of one model and sequence, read by the ingest’s reader, and names the others', () => {
    const picked = rows.slice(65, 70); // H200 SGLang FP8 1k/8k (see fixtures/own-results/README.md)
    const other = rows.find((r) => r.isl === 8192 && r.osl === 1024)!;
    const record = rowsFileRecord({
      id: 'r',
      name: 'rows.json',
      bytes: 1,
      addedAt: '',
      rows: [...picked, other],
      label: 'mine',
    });
    if (!('points' in record)) throw new Error(record.problems.join('; '));
    expect(record).toMatchObject({ model: 'dsr1', sequence: '1k8k', runsRead: 6, format: 'inferencex-rows' });
    expect(record.points.map((p) => p.id)).toEqual(['own:r#1', 'own:r#2', 'own:r#3', 'own:r#4', 'own:r#5']);
    expect(record.points.map((p) => p.metrics.tokPerSecPerGpu)).toEqual(picked.map((r) => r.metrics.tput_per_gpu));
    expect(record.problems).toHaveLength(1);
    expect(record.problems[0]).toMatch(
      new RegExp(
        `^row 6: dsr1 8k1k ${other.hardware} .*; a file is kept for one setup \\(dsr1 1k8k h200 sglang fp8 none here\\)`,
      ),
    );
  });

  it('keeps one setup: rows of another GPU are named, not priced as the first row’s GPU', () => {
    const picked = rows.slice(65, 70);
    const otherGpu = rows.find((r) => r.isl === 1024 && r.osl === 8192 && r.hardware !== 'h200')!;
    const record = rowsFileRecord({
      id: 'r',
      name: 'rows.json',
      bytes: 1,
      addedAt: '',
      rows: [otherGpu, ...picked],
      label: 'm',
    });
    if (!('points' in record)) throw new Error(record.problems.join('; '));
    expect(record.setup.hardware).toBe('h200');
    expect(record.points).toHaveLength(5);
    expect(record.points.every((p) => p.hardware === 'h200')).toBe(true);
    expect(record.problems).toHaveLength(1);
    expect(record.problems[0]).toMatch(new RegExp(`^row 1: dsr1 1k8k ${otherGpu.hardware} `));
  });

  it('a file of rows none of which can be read says why, by row', () => {
    const record = rowsFileRecord({ id: 'r', name: 'x', bytes: 1, addedAt: '', rows: [{ conc: 4 }], label: 'x' });
    expect('points' in record).toBe(false);
    expect((record as { problems: string[] }).problems[0]).toMatch(/^row 1: /);
  });
});
