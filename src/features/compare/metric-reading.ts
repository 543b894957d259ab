import type { GpuAssumptions, MetricDefinition } from '../../domain/metrics';
import { relativeDelta, type Comparison, type RelativeDelta, type Side, type SideComparison } from '../../math';

/** One metric at one target: each side's unrounded value and the A-vs-B delta. */
export interface MetricReading {
  /** Null when the side is out of range, an assumption is missing, or the metric is measured only. */
  a: number | null;
  b: number | null;
  /** Null for a neutral metric (concurrency) or when a side has no value. */
  delta: RelativeDelta | null;
}

function sideValue(metric: MetricDefinition, side: SideComparison, gpu: GpuAssumptions): number | null {
  if (side.status !== 'in-range' || metric.source.kind === 'measured-only') return null;
  const values = {
    tokPerSecPerGpu: side.tokPerSecPerGpu,
    outputTokPerSecPerGpu: side.outputTokPerSecPerGpu,
    inputTokPerSecPerGpu: side.inputTokPerSecPerGpu,
    concurrency: side.concurrency,
    medianE2eSec: null,
  };
  return metric.read(values, gpu);
}

/**
 * Reads `metric` on both sides of a comparison at its target, from the interpolated values
 * the engine found there and each side's GPU assumptions (the registry's `read`), and states
 * the delta with the metric's direction (`relativeDelta`).
 */
export function readMetricAt(
  metric: MetricDefinition,
  comparison: Comparison,
  gpus: Record<Side, GpuAssumptions>,
): MetricReading {
  const a = sideValue(metric, comparison.a, gpus.A);
  const b = sideValue(metric, comparison.b, gpus.B);
  const delta =
    metric.direction === 'neutral' || a === null || b === null ? null : relativeDelta(a, b, metric.direction);
  return { a, b, delta };
}
