import type { BenchmarkPoint } from '../../data/schema';

/** One stage's parallelism: "TP8", "TP8 EP8", "TP8 EP8 DP-attn". */
function stage(s: NonNullable<BenchmarkPoint['prefill']>): string {
  return [`TP${s.tp}`, s.ep > 1 ? `EP${s.ep}` : null, s.dpAttention ? 'DP-attn' : null].filter(Boolean).join(' ');
}

/**
 * The measured configuration of a point in words: parallelism (prefill and decode pools when
 * disaggregated), GPUs, concurrency and run date. "TP8 EP8 · 8 GPUs · conc. 64 · 2026-06-11".
 */
export function configurationText(point: BenchmarkPoint): string {
  if (point.prefill === null || point.decode === null || point.gpuCount === null) {
    return `layout not recorded · conc. ${point.concurrency} · ${point.date}`;
  }
  const layout = point.disagg
    ? `disaggregated: prefill ${point.prefill.gpus} GPUs (${stage(point.prefill)}) + decode ${point.decode.gpus} GPUs (${stage(point.decode)})`
    : stage(point.decode);
  return `${layout} · ${point.gpuCount} GPUs · conc. ${point.concurrency} · ${point.date}`;
}
