/**
 * The metrics a comparison chart can plot against interactivity. Everything except
 * concurrency is derived from interpolated throughput (see the README's design section),
 * so a curve of cost is exactly the throughput curve seen through the cost formula.
 */
export const METRIC_KEYS = [
  'throughput',
  'output-throughput',
  'cost',
  'output-cost',
  'tok-per-mw',
  'joules-per-token',
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
