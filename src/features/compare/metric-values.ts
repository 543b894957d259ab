import type { MetricKey } from '../../domain/metrics';
import { joulesPerToken, tokPerSecPerMegawatt, usdPerMillionTokens } from '../../math';

/** Cost and power of one GPU; null where the assumption set has no value for it. */
export interface GpuAssumptions {
  usdPerGpuHour: number | null;
  kwPerGpu: number | null;
}

/** The measured or interpolated quantities every plotted metric is computed from. */
export interface OperatingValues {
  tokPerSecPerGpu: number;
  outputTokPerSecPerGpu: number | null;
  concurrency: number | null;
}

/**
 * The value of `metric` at an operating point: throughput and concurrency as given, cost
 * and power derived from throughput with the GPU's assumptions. Null when an input is
 * missing (e.g. no $/GPU-hour for this GPU in the chosen set), never NaN.
 */
export function metricValue(metric: MetricKey, values: OperatingValues, gpu: GpuAssumptions): number | null {
  const usd = gpu.usdPerGpuHour ?? Number.NaN;
  const kw = gpu.kwPerGpu ?? Number.NaN;
  switch (metric) {
    case 'throughput':
      return values.tokPerSecPerGpu;
    case 'output-throughput':
      return values.outputTokPerSecPerGpu;
    case 'cost':
      return usdPerMillionTokens(values.tokPerSecPerGpu, usd);
    case 'output-cost':
      return values.outputTokPerSecPerGpu === null ? null : usdPerMillionTokens(values.outputTokPerSecPerGpu, usd);
    case 'tok-per-mw':
      return tokPerSecPerMegawatt(values.tokPerSecPerGpu, kw);
    case 'joules-per-token':
      return joulesPerToken(values.tokPerSecPerGpu, kw);
    case 'concurrency':
      return values.concurrency;
  }
}

/** Metrics whose curve is a spline through the frontier points themselves (not derived). */
export function isSplinedDirectly(metric: MetricKey): boolean {
  return metric === 'throughput' || metric === 'output-throughput' || metric === 'concurrency';
}
