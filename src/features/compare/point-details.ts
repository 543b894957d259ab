import type { BenchmarkPoint, Manifest } from '../../data/schema';

function stage(s: BenchmarkPoint['prefill']): string {
  return `TP${s.tp}/EP${s.ep}${s.dpAttention ? ', DP-attention' : ''}`;
}

/**
 * The full configuration of a measured point, as label → text, for tooltips and the pinned
 * point panel. Disaggregated runs show prefill and decode workers separately.
 */
export function describePoint(
  point: BenchmarkPoint,
  manifest: Pick<Manifest, 'engines' | 'precisions'>,
): Record<string, string> {
  const engine = manifest.engines.find((e) => e.key === point.engine)?.label ?? point.engine;
  const details: Record<string, string> = {
    Engine: `${engine}${point.specMethod === 'mtp' ? ' + MTP' : ''}`,
    Precision: manifest.precisions.find((p) => p.key === point.precision)?.label ?? point.precision,
  };
  if (point.disagg) {
    details.Prefill = `${point.prefill.workers} worker${point.prefill.workers === 1 ? '' : 's'}, ${stage(point.prefill)}, ${point.prefill.gpus} GPUs`;
    details.Decode = `${point.decode.workers} worker${point.decode.workers === 1 ? '' : 's'}, ${stage(point.decode)}, ${point.decode.gpus} GPUs`;
    details.GPUs = `${point.gpuCount} (disaggregated${point.multinode ? ', multi-node' : ''})`;
  } else {
    details.Parallelism = stage(point.decode);
    details.GPUs = String(point.gpuCount);
  }
  if (point.gpuCountNote) details['GPU count'] = point.gpuCountNote;
  details.Concurrency = String(point.concurrency);
  details.Date = point.date;
  details.Image = point.image ?? 'not recorded';
  return details;
}
