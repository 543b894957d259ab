import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestFromFolder, main, parseArgs } from './cli.ts';
import { benchmarkFileSchema, manifestSchema } from '../schema.ts';
import { assertValid } from '../validate.ts';

/** `npm run ingest -- --input <dir> [--out <dir>]` on the example folder of real vLLM results. */

const example = new URL('../../../fixtures/own-results/vllm-gpt-oss-120b/', import.meta.url).pathname;
const runs = readdirSync(example)
  .filter((f) => f.startsWith('concurrency_'))
  .map((f) => JSON.parse(readFileSync(join(example, f), 'utf8')) as Record<string, number>)
  .sort((a, b) => a.max_concurrency! - b.max_concurrency!);
const tmp = mkdtempSync(join(tmpdir(), 'isoline-own-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('an input folder of own results', () => {
  it('places every run with its sidecar: tok/s/GPU = total ÷ 16, tok/s/user = 1000 ÷ median TPOT', () => {
    const result = ingestFromFolder(example);
    expect(result.report.rejected).toEqual([]);
    const [file] = result.benchmarkFiles;
    expect(result.benchmarkFiles).toHaveLength(1);
    expect(file!.path).toBe('data/benchmarks/gptoss120b/1k1k/mi355x.json');
    const points = file!.data.points;
    expect(points.map((p) => p.concurrency)).toEqual(runs.map((r) => r.max_concurrency));
    points.forEach((p, i) => {
      expect(p.metrics.tokPerSecPerGpu).toBe(runs[i]!.total_token_throughput! / 16);
      expect(p.metrics.tokPerSecPerUser).toBe(1000 / runs[i]!.median_tpot_ms!);
      expect([p.engine, p.precision, p.specMethod, p.gpuCount, p.disagg, p.date]).toEqual([
        'vllm',
        'fp4',
        'none',
        16,
        true,
        '2026-04-28',
      ]);
    });
  });

  it('reports a file without a sidecar, a bad sidecar and an unreadable file, and reads the rest', () => {
    const dir = join(tmp, 'mixed');
    cpSync(example, join(dir, 'good'), { recursive: true });
    writeFileSync(join(dir, 'lonely.csv'), 'concurrency,tok_per_s_per_gpu,tpot_ms\n4,100,10\n');
    writeFileSync(
      join(dir, 'bad.jsonl'),
      readFileSync(join(example, 'concurrency_4_req_rate_inf_gpus_16_ctx_8_gen_8.json')),
    );
    writeFileSync(join(dir, 'bad.jsonl.isoline.json'), JSON.stringify({ model: 'gptoss120b', hardware: 'mi355x' }));
    writeFileSync(join(dir, 'notes.json'), '{"hello": "world"}');
    const result = ingestFromFolder(dir);
    expect(result.report.rejected.map((r) => r.file)).toEqual(['bad.jsonl', 'lonely.csv', 'notes.json']);
    const [bad, lonely, notes] = result.report.rejected.map((r) => r.reason);
    expect(bad).toBe(
      'bad.jsonl.isoline.json: gpuCount: missing; engine: missing; precision: missing; specMethod: missing',
    );
    expect(lonely).toContain('no sidecar (lonely.csv.isoline.json or isoline.json beside it)');
    expect(notes).toContain('not a result file Isoline reads: JSON, but neither InferenceX rows');
    expect(result.manifest.ingest.pointsKept).toBe(5);
  });

  it("writes a site's data folder with --out, valid for the app", () => {
    const out = join(tmp, 'site');
    expect(main(['--input', example, '--out', out])).toBe(0);
    const manifest = assertValid(manifestSchema, JSON.parse(readFileSync(join(out, 'data/manifest.json'), 'utf8')));
    expect(manifest.models.map((m) => m.key)).toEqual(['gptoss120b']);
    const file = JSON.parse(readFileSync(join(out, manifest.files[0]!.path), 'utf8')) as unknown;
    expect(assertValid(benchmarkFileSchema, file).points).toHaveLength(5);
  });

  it.each<[string[], string | null]>([
    [['--check'], null],
    [['--input', 'x'], null],
    [['--input', 'x', '--out', 'y'], null],
    [['--input'], '--input needs a folder'],
    [['--out', 'y'], '--out is for --input (the shipped data always goes to public/)'],
    [['--check', '--input', 'x'], '--check compares the shipped data; it cannot be used with --input'],
    [['--frobnicate'], 'unknown argument: --frobnicate'],
  ])('arguments %j', (argv, error) => {
    const parsed = parseArgs(argv);
    expect('error' in parsed ? parsed.error : null).toBe(error);
  });
});
