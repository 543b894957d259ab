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
  inputTokPerSecPerGpu: number | null;
  concurrency: number | null;
  /** Measured only: null for interpolated values (the engine does not interpolate latency). */
  medianE2eSec: number | null;
}

function costOf(tokPerSecPerGpu: number | null, usd: number): number | null {
  return tokPerSecPerGpu === null ? null : usdPerMillionTokens(tokPerSecPerGpu, usd);
}

/**
 * The value of `metric` at an operating point: throughput, concurrency and latency as given,
 * cost and power derived from throughput with the GPU's assumptions. Null when an input is
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
    case 'input-throughput':
      return values.inputTokPerSecPerGpu;
    case 'cost':
      return usdPerMillionTokens(values.tokPerSecPerGpu, usd);
    case 'output-cost':
      return costOf(values.outputTokPerSecPerGpu, usd);
    case 'input-cost':
      return costOf(values.inputTokPerSecPerGpu, usd);
    case 'tok-per-mw':
      return tokPerSecPerMegawatt(values.tokPerSecPerGpu, kw);
    case 'joules-per-token':
      return joulesPerToken(values.tokPerSecPerGpu, kw);
    case 'e2e-latency':
      return values.medianE2eSec;
    case 'concurrency':
      return values.concurrency;
  }
}

/** Metrics whose interactivity curve is a spline through the frontier points themselves (not derived). */
export function isSplinedDirectly(metric: MetricKey): boolean {
  return (
    metric === 'throughput' ||
    metric === 'output-throughput' ||
    metric === 'input-throughput' ||
    metric === 'concurrency'
  );
}

/** Metrics only known at measured points: their line joins the frontier points and nothing is interpolated. */
export function isMeasuredOnly(metric: MetricKey): boolean {
  return metric === 'e2e-latency';
}
