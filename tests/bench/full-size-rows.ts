/**
 * SYNTHETIC benchmark rows at full scale, for the speed benchmarks only: never shipped, never
 * written under public/data. InferenceX-shaped (GET /api/v1/benchmarks rows) so the ingest and
 * the pages read them exactly as real rows; the numbers are made up but plausible: per-GPU
 * throughput rises and interactivity falls with concurrency, with a few percent of noise, and a
 * later run of a line is a little faster than an earlier one.
 *
 * Model keys are `synthetic-01` … so a synthetic row can never pass for a real one.
 */

import { readFileSync } from 'node:fs';

export interface FullSizeOptions {
  /** Rows to write (default 100,000). */
  rows?: number;
  /** PRNG seed: the same seed gives the same rows. */
  seed?: number;
}

const GPUS = ['h100', 'h200', 'b200', 'b300', 'gb200', 'gb300', 'mi300x', 'mi325x', 'mi355x', 'rtx6000pro', 'vr200'];
const AMD = new Set(['mi300x', 'mi325x', 'mi355x']);
const ENGINES = { nvidia: ['trt', 'sglang', 'vllm', 'dynamo-trt'], amd: ['sglang', 'vllm', 'atom', 'mori-sglang'] };
const DISAGG = new Set(['dynamo-trt', 'mori-sglang']);
const SEQUENCES = [
  [1024, 1024],
  [1024, 8192],
  [8192, 1024],
] as const;
const CONCURRENCIES = Array.from({ length: 30 }, (_, i) => Math.max(1, Math.round(2 ** (i * 0.48))));
const DATES = ['2026-03-02', '2026-04-14', '2026-05-26', '2026-07-07'];

/** Mulberry32: small, fast, deterministic. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function fullSizeRows({ rows = 100_000, seed = 20260720 }: FullSizeOptions = {}): Record<string, unknown>[] {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const out: Record<string, unknown>[] = [];
  let runId = 1;
  while (out.length < rows) {
    const model = `synthetic-${String(1 + Math.floor(random() * 15)).padStart(2, '0')}`;
    const hardware = pick(GPUS);
    const engine = pick(AMD.has(hardware) ? ENGINES.amd : ENGINES.nvidia);
    const precision = AMD.has(hardware) && hardware !== 'mi355x' ? 'fp8' : pick(['fp8', 'fp4']);
    const spec = pick(['none', 'mtp']);
    const [isl, osl] = pick(SEQUENCES);
    const disagg = DISAGG.has(engine);
    const tp = pick([1, 2, 4, 8]);
    const ep = pick([1, tp]);
    const prefillWorkers = disagg ? pick([1, 2, 4]) : 0;
    const decodeWorkers = disagg ? pick([1, 2]) : 0;
    const gpus = disagg ? tp * (prefillWorkers + decodeWorkers) : tp;
    const speed = 0.5 + random() * 2;
    const dates = DATES.slice(Math.floor(random() * 2));
    for (const [d, date] of dates.entries()) {
      const gain = 1 + d * 0.08;
      runId += 1;
      for (const conc of CONCURRENCIES) {
        if (out.length >= rows) break;
        const noise = () => 1 + (random() - 0.5) * 0.06;
        const intvty = ((120 * speed * gain) / (1 + conc ** 0.7 / 6)) * noise();
        const tputPerGpu = ((conc * intvty * (isl + osl)) / osl / gpus) * 0.9 * noise();
        const outputShare = osl / (isl + osl);
        const tpot = 1 / intvty;
        out.push({
          hardware,
          framework: engine,
          model,
          precision,
          spec_method: spec,
          disagg,
          is_multinode: disagg && gpus > 8,
          prefill_tp: tp,
          prefill_ep: ep,
          prefill_dp_attention: false,
          prefill_num_workers: prefillWorkers,
          decode_tp: tp,
          decode_ep: ep,
          decode_dp_attention: false,
          decode_num_workers: decodeWorkers,
          num_prefill_gpu: disagg ? tp * prefillWorkers : tp,
          num_decode_gpu: disagg ? tp * decodeWorkers : tp,
          isl,
          osl,
          conc,
          image: `synthetic/${engine}:run-${runId}`,
          metrics: {
            tput_per_gpu: tputPerGpu,
            output_tput_per_gpu: disagg ? null : tputPerGpu * outputShare,
            input_tput_per_gpu: disagg ? null : tputPerGpu * (1 - outputShare),
            median_intvty: intvty,
            p90_intvty: intvty * 0.93,
            p99_intvty: intvty * 0.85,
            median_tpot: tpot,
            median_ttft: (0.05 + isl / 20000) * (1 + conc / 64) * noise(),
            p90_ttft: (0.08 + isl / 15000) * (1 + conc / 64),
            p99_ttft: (0.12 + isl / 10000) * (1 + conc / 64),
            median_e2el: osl * tpot + 0.2,
            p90_e2el: osl * tpot * 1.1 + 0.3,
            p99_e2el: osl * tpot * 1.25 + 0.4,
          },
          date,
          run_url: `https://github.com/example/synthetic/actions/runs/${runId}`,
        });
      }
    }
  }
  return out;
}

/**
 * The ingest's input for synthetic rows, as the benchmarks run it: the real cost and power
 * assumptions (fixtures/real/gpu-specs.json), the rows as one history file, sources labelled
 * synthetic.
 */
export function syntheticIngestInput(rows: readonly Record<string, unknown>[]) {
  const specs = JSON.parse(
    readFileSync(new URL('../../fixtures/real/gpu-specs.json', import.meta.url), 'utf8'),
  ) as unknown;
  return {
    source: { name: 'SYNTHETIC full-size benchmark rows', url: 'https://example.com', licence: 'synthetic' },
    gpuSpecs: { file: 'gpu-specs.json', sha256: '0'.repeat(64), role: 'assumptions' as const, data: specs },
    benchmarks: [
      {
        file: 'synthetic.json',
        tag: 'synthetic',
        kind: 'history' as const,
        captured: null,
        role: 'synthetic' as const,
        sha256: '1'.repeat(64),
        rows: [...rows],
      },
    ],
  };
}
