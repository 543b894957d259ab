import type { BenchmarkPoint, Manifest } from '../../data/schema';

type Stage = NonNullable<BenchmarkPoint['prefill']>;

function stage(s: Stage): string {
  return `TP${s.tp}/EP${s.ep}${s.dpAttention ? ', DP-attention' : ''}`;
}

const workers = (s: Stage) => `${s.workers} worker${s.workers === 1 ? '' : 's'}, ${stage(s)}, ${s.gpus} GPUs`;

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
  if (point.prefill === null || point.decode === null || point.gpuCount === null) {
    details.Parallelism = 'not recorded';
    details.GPUs = 'not recorded';
  } else if (point.disagg) {
    details.Prefill = workers(point.prefill);
    details.Decode = workers(point.decode);
    details.GPUs = `${point.gpuCount} (disaggregated${point.multinode ? ', multi-node' : ''})`;
  } else {
    details.Parallelism = stage(point.decode);
    details.GPUs = String(point.gpuCount);
  }
  if (point.offloadMode !== null) details['KV offload'] = point.offloadMode;
  if (point.gpuCountNote) details['GPU count'] = point.gpuCountNote;
  details.Concurrency = String(point.concurrency);
  details.Date = point.date;
  details.Image = point.image ?? 'not recorded';
  return details;
}
