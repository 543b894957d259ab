import type { PointMetrics } from '../data/schema';

/**
 * The metrics a chart can plot (y axis). Throughput, concurrency and latency are measured;
 * cost and power are derived from throughput (see the README's design section), so a curve
 * of cost is exactly the throughput curve seen through the cost formula. End-to-end latency
 * is measured only: no value is interpolated between points, so the comparison table never
 * shows it.
 */
export const METRIC_KEYS = [
  'throughput',
  'output-throughput',
  'input-throughput',
  'cost',
  'output-cost',
  'input-cost',
  'tok-per-mw',
  'joules-per-token',
  'e2e-latency',
  'concurrency',
] as const;

export type MetricKey = (typeof METRIC_KEYS)[number];

export interface MetricDefinition {
  key: MetricKey;
  /** Short label for controls. */
  label: string;
  /** Axis title with unit. */
  axisLabel: string;
  unit: string;
  /** Concurrency is neutral: more simultaneous requests is neither better nor worse. */
  direction: 'higher-is-better' | 'lower-is-better' | 'neutral';
  /** Whether the value depends on the cost tier (so the tier control matters). */
  usesCostTier: boolean;
}

export const METRICS: Record<MetricKey, MetricDefinition> = {
  throughput: {
    key: 'throughput',
    label: 'Throughput / GPU',
    axisLabel: 'Throughput (tok/s/GPU, input + output)',
    unit: 'tok/s/GPU',
    direction: 'higher-is-better',
    usesCostTier: false,
  },
  'output-throughput': {
    key: 'output-throughput',
    label: 'Output throughput / GPU',
    axisLabel: 'Output throughput (tok/s/GPU)',
    unit: 'output tok/s/GPU',
    direction: 'higher-is-better',
    usesCostTier: false,
  },
  'input-throughput': {
    key: 'input-throughput',
    label: 'Input throughput / GPU',
    axisLabel: 'Input (prompt) throughput (tok/s/GPU)',
    unit: 'input tok/s/GPU',
    direction: 'higher-is-better',
    usesCostTier: false,
  },
  cost: {
    key: 'cost',
    label: 'Cost / M tokens',
    axisLabel: 'Cost ($ per million tokens, input + output)',
    unit: '$/M tok',
    direction: 'lower-is-better',
    usesCostTier: true,
  },
  'output-cost': {
    key: 'output-cost',
    label: 'Cost / M output tokens',
    axisLabel: 'Cost ($ per million output tokens)',
    unit: '$/M output tok',
    direction: 'lower-is-better',
    usesCostTier: true,
  },
  'input-cost': {
    key: 'input-cost',
    label: 'Cost / M input tokens',
    axisLabel: 'Cost ($ per million input tokens)',
    unit: '$/M input tok',
    direction: 'lower-is-better',
    usesCostTier: true,
  },
  'tok-per-mw': {
    key: 'tok-per-mw',
    label: 'tok/s/MW',
    axisLabel: 'Tokens per second per megawatt (all-in power)',
    unit: 'tok/s/MW',
    direction: 'higher-is-better',
    usesCostTier: false,
  },
  'joules-per-token': {
    key: 'joules-per-token',
    label: 'J/token',
    axisLabel: 'Energy (joules per token, all-in power)',
    unit: 'J/tok',
    direction: 'lower-is-better',
    usesCostTier: false,
  },
  'e2e-latency': {
    key: 'e2e-latency',
    label: 'End-to-end latency (median)',
    axisLabel: 'End-to-end latency per request, median (seconds)',
    unit: 's end-to-end',
    direction: 'lower-is-better',
    usesCostTier: false,
  },
  concurrency: {
    key: 'concurrency',
    label: 'Concurrency',
    axisLabel: 'Concurrency (simultaneous requests)',
    unit: 'requests',
    direction: 'neutral',
    usesCostTier: false,
  },
};

export function isMetricKey(value: string): value is MetricKey {
  return (METRIC_KEYS as readonly string[]).includes(value);
}

/**
 * What a chart's x axis can show: interactivity (the engine's matched axis) or a measured
 * latency. For latency, lower is better, so a point's frontier neighbours are those with
 * lower latency and higher throughput (see `engineX` in `src/features/compare/sides.ts`).
 */
export const X_AXIS_KEYS = ['interactivity', 'e2e', 'e2e-p90', 'e2e-p99', 'ttft', 'ttft-p90', 'ttft-p99'] as const;

export type XAxisKey = (typeof X_AXIS_KEYS)[number];

export interface XAxisDefinition {
  key: XAxisKey;
  /** Short label for controls. */
  label: string;
  /** Axis title with unit and the direction of "better". */
  axisLabel: string;
  /** Label and unit for tooltips: "Interactivity", "tok/s/user". */
  valueLabel: string;
  unit: string;
  direction: 'higher-is-better' | 'lower-is-better';
  /** The measured field the axis reads; null values leave a point off this axis. */
  field: keyof Pick<
    PointMetrics,
    'tokPerSecPerUser' | 'medianE2eSec' | 'p90E2eSec' | 'p99E2eSec' | 'medianTtftSec' | 'p90TtftSec' | 'p99TtftSec'
  >;
}

function latencyAxis(
  key: XAxisKey,
  field: XAxisDefinition['field'],
  what: 'End-to-end latency' | 'Time to first token',
  stat: 'median' | 'p90' | 'p99',
): XAxisDefinition {
  return {
    key,
    label: `${what} (${stat})`,
    axisLabel: `${what}, ${stat} (s) — lower is better ←`,
    valueLabel: `${what} (${stat})`,
    unit: 's',
    direction: 'lower-is-better',
    field,
  };
}

export const X_AXES: Record<XAxisKey, XAxisDefinition> = {
  interactivity: {
    key: 'interactivity',
    label: 'Interactivity',
    axisLabel: 'Interactivity (tok/s/user) — higher is better →',
    valueLabel: 'Interactivity',
    unit: 'tok/s/user',
    direction: 'higher-is-better',
    field: 'tokPerSecPerUser',
  },
  e2e: latencyAxis('e2e', 'medianE2eSec', 'End-to-end latency', 'median'),
  'e2e-p90': latencyAxis('e2e-p90', 'p90E2eSec', 'End-to-end latency', 'p90'),
  'e2e-p99': latencyAxis('e2e-p99', 'p99E2eSec', 'End-to-end latency', 'p99'),
  ttft: latencyAxis('ttft', 'medianTtftSec', 'Time to first token', 'median'),
  'ttft-p90': latencyAxis('ttft-p90', 'p90TtftSec', 'Time to first token', 'p90'),
  'ttft-p99': latencyAxis('ttft-p99', 'p99TtftSec', 'Time to first token', 'p99'),
};

export function isXAxisKey(value: string): value is XAxisKey {
  return (X_AXIS_KEYS as readonly string[]).includes(value);
}
