import type { BenchmarkPoint, PointMetrics } from '../../../data/schema';

/**
 * A hand-made measured point for unit tests: one 8-GPU B200 TensorRT-LLM FP4 node at
 * concurrency 16, `tokPerSecPerGpu` split 1 : 8 into output and input, no latencies unless given.
 * `change` replaces any field; `metrics` replaces any measured value.
 */
export function handMadePoint(
  id: string,
  tokPerSecPerUser: number,
  tokPerSecPerGpu: number,
  change: Partial<Omit<BenchmarkPoint, 'metrics'>> & { metrics?: Partial<PointMetrics> } = {},
): BenchmarkPoint {
  const stage = { tp: 8, ep: 1, dpAttention: false, workers: 1, gpus: 8 };
  const { metrics, ...fields } = change;
  return {
    id,
    hardware: 'b200',
    engine: 'trt',
    precision: 'fp4',
    specMethod: 'none',
    disagg: false,
    multinode: false,
    offloadMode: null,
    prefill: stage,
    decode: stage,
    gpuCount: 8,
    gpuCountNote: null,
    concurrency: 16,
    date: '2026-01-01',
    image: null,
    runUrl: null,
    ...fields,
    metrics: {
      tokPerSecPerGpu,
      outputTokPerSecPerGpu: tokPerSecPerGpu / 9,
      inputTokPerSecPerGpu: (tokPerSecPerGpu * 8) / 9,
      tokPerSecPerUser,
      p90TokPerSecPerUser: null,
      p99TokPerSecPerUser: null,
      medianTtftSec: null,
      p90TtftSec: null,
      p99TtftSec: null,
      medianE2eSec: null,
      p90E2eSec: null,
      p99E2eSec: null,
      medianTpotSec: null,
      ...metrics,
    },
  };
}
