import { joulesPerToken, tokPerSecPerMegawatt, usdPerMillionTokens } from '../math/derived.ts';
import type { SideSplines, SideValues } from '../math/side-curve.ts';
import {
  formatConcurrency,
  formatCount,
  formatJoulesPerToken,
  formatSeconds,
  formatThroughput,
  formatTokPerSecPerMw,
  formatUsd,
} from './format.ts';

/**
 * The metrics a chart can plot (y axis), the pinned table and the CSV can show, and the
 * sentences can state. Every fact about a metric lives in its record in `METRICS`: adding a
 * metric means adding a key here and a record below, nothing else.
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

/** Cost and power of one GPU; null where the assumption set has no value for it. */
export interface GpuAssumptions {
  usdPerGpuHour: number | null;
  kwPerGpu: number | null;
}

/**
 * The measured or interpolated quantities every metric is computed from: a measured point's
 * values, or a side's curve at one interactivity (then `medianE2eSec` is null: latency is
 * never interpolated).
 */
export interface OperatingValues extends SideValues {
  medianE2eSec: number | null;
}

/** The spline of a side's curve a metric follows (`SideSplines` in `src/math`). */
export type CurveSeries = keyof SideSplines;

/**
 * Where a metric's value comes from.
 * - `spline`: one of the side's splines itself (measured at the points, interpolated between).
 *   Such a metric is higher-is-better or neutral.
 * - `derived`: computed from one throughput spline and the GPU's assumptions, so it is never
 *   interpolated on its own (see the README's design section). `weight` is the per-GPU factor
 *   w (> 0) such that, at one interactivity, the side with the larger w × throughput has the
 *   better value (cost: 1 / $ per GPU-hour; power: 1 / kW); null when the assumption is missing.
 *   It is how crossovers of a derived metric are found on the throughput splines.
 * - `measured-only`: known at measured points only; nothing is interpolated between them.
 */
export type MetricSource =
  | { kind: 'spline'; series: CurveSeries }
  | {
      kind: 'derived';
      series: Exclude<CurveSeries, 'concurrency'>;
      fromRate: (tokPerSecPerGpu: number, gpu: GpuAssumptions) => number | null;
      weight: (gpu: GpuAssumptions) => number | null;
    }
  | { kind: 'measured-only'; field: 'medianE2eSec' };

export interface MetricDefinition {
  key: MetricKey;
  /** Short label for controls. */
  label: string;
  /** Axis title with unit. */
  axisLabel: string;
  /** Row label of the pinned table and the CSV. */
  tableLabel: string;
  /** The quantity's name with its unit, as table rows are marked (`data-metric`). */
  quantity: string;
  unit: string;
  /** Concurrency is neutral: more simultaneous requests is neither better nor worse. */
  direction: 'higher-is-better' | 'lower-is-better' | 'neutral';
  /** Whether the value depends on the cost tier (so the tier control matters). */
  usesCostTier: boolean;
  /** A measured or exact value, rounded as the table rounds it. */
  format: (value: number | null) => string;
  /** A value interpolated at a target (concurrency reads "~38"; the rest as `format`). */
  formatEstimate: (value: number | null) => string;
  source: MetricSource;
  /**
   * How a sentence states a difference: "Off costs 48% less per million tokens"; null for a
   * metric no sentence compares (neutral or measured only).
   */
  inWords: { verb: 'delivers' | 'costs' | 'uses'; noun: string } | null;
  /** The metric's value at an operating point; null when an input is missing, never NaN. */
  read: (values: OperatingValues, gpu: GpuAssumptions) => number | null;
}

type MetricRecord = Omit<MetricDefinition, 'key' | 'read' | 'formatEstimate'> &
  Partial<Pick<MetricDefinition, 'formatEstimate'>>;

function positiveOrNull(x: number | null): number | null {
  return x !== null && Number.isFinite(x) && x > 0 ? x : null;
}

function inverse(x: number | null): number | null {
  const positive = positiveOrNull(x);
  return positive === null ? null : 1 / positive;
}

function costOf(series: Exclude<CurveSeries, 'concurrency'>): MetricSource {
  return {
    kind: 'derived',
    series,
    fromRate: (tps, gpu) => usdPerMillionTokens(tps, gpu.usdPerGpuHour ?? Number.NaN),
    weight: (gpu) => inverse(gpu.usdPerGpuHour),
  };
}

function readerFor(source: MetricSource): MetricDefinition['read'] {
  switch (source.kind) {
    case 'spline':
      return (values) => values[source.series];
    case 'derived':
      return (values, gpu) => {
        const rate = values[source.series];
        return rate === null ? null : source.fromRate(rate, gpu);
      };
    case 'measured-only':
      return (values) => values[source.field];
  }
}

function define(records: Record<MetricKey, MetricRecord>): Record<MetricKey, MetricDefinition> {
  const entries = METRIC_KEYS.map((key) => {
    const record = records[key];
    const definition: MetricDefinition = {
      key,
      ...record,
      formatEstimate: record.formatEstimate ?? record.format,
      read: readerFor(record.source),
    };
    return [key, definition] as const;
  });
  return Object.fromEntries(entries) as Record<MetricKey, MetricDefinition>;
}

export const METRICS: Record<MetricKey, MetricDefinition> = define({
  throughput: {
    label: 'Throughput / GPU',
    axisLabel: 'Throughput (tok/s/GPU, input + output)',
    tableLabel: 'Throughput (tok/s/GPU)',
    quantity: 'tokPerSecPerGpu',
    unit: 'tok/s/GPU',
    direction: 'higher-is-better',
    usesCostTier: false,
    format: formatThroughput,
    source: { kind: 'spline', series: 'tokPerSecPerGpu' },
    inWords: { verb: 'delivers', noun: 'tokens per second per GPU' },
  },
  'output-throughput': {
    label: 'Output throughput / GPU',
    axisLabel: 'Output throughput (tok/s/GPU)',
    tableLabel: 'Output throughput (tok/s/GPU)',
    quantity: 'outputTokPerSecPerGpu',
    unit: 'output tok/s/GPU',
    direction: 'higher-is-better',
    usesCostTier: false,
    format: formatThroughput,
    source: { kind: 'spline', series: 'outputTokPerSecPerGpu' },
    inWords: { verb: 'delivers', noun: 'output tokens per second per GPU' },
  },
  'input-throughput': {
    label: 'Input throughput / GPU',
    axisLabel: 'Input (prompt) throughput (tok/s/GPU)',
    tableLabel: 'Input throughput (tok/s/GPU)',
    quantity: 'inputTokPerSecPerGpu',
    unit: 'input tok/s/GPU',
    direction: 'higher-is-better',
    usesCostTier: false,
    format: formatThroughput,
    source: { kind: 'spline', series: 'inputTokPerSecPerGpu' },
    inWords: { verb: 'delivers', noun: 'input tokens per second per GPU' },
  },
  cost: {
    label: 'Cost / M tokens',
    axisLabel: 'Cost ($ per million tokens, input + output)',
    tableLabel: 'Cost ($/M tok)',
    quantity: 'usdPerMillionTokens',
    unit: '$/M tok',
    direction: 'lower-is-better',
    usesCostTier: true,
    format: formatUsd,
    source: costOf('tokPerSecPerGpu'),
    inWords: { verb: 'costs', noun: 'per million tokens' },
  },
  'output-cost': {
    label: 'Cost / M output tokens',
    axisLabel: 'Cost ($ per million output tokens)',
    tableLabel: 'Cost ($/M output tok)',
    quantity: 'usdPerMillionOutputTokens',
    unit: '$/M output tok',
    direction: 'lower-is-better',
    usesCostTier: true,
    format: formatUsd,
    source: costOf('outputTokPerSecPerGpu'),
    inWords: { verb: 'costs', noun: 'per million output tokens' },
  },
  'input-cost': {
    label: 'Cost / M input tokens',
    axisLabel: 'Cost ($ per million input tokens)',
    tableLabel: 'Cost ($/M input tok)',
    quantity: 'usdPerMillionInputTokens',
    unit: '$/M input tok',
    direction: 'lower-is-better',
    usesCostTier: true,
    format: formatUsd,
    source: costOf('inputTokPerSecPerGpu'),
    inWords: { verb: 'costs', noun: 'per million input tokens' },
  },
  'tok-per-mw': {
    label: 'tok/s/MW',
    axisLabel: 'Tokens per second per megawatt (all-in power)',
    tableLabel: 'tok/s/MW',
    quantity: 'tokPerSecPerMegawatt',
    unit: 'tok/s/MW',
    direction: 'higher-is-better',
    usesCostTier: false,
    format: formatTokPerSecPerMw,
    source: {
      kind: 'derived',
      series: 'tokPerSecPerGpu',
      fromRate: (tps, gpu) => tokPerSecPerMegawatt(tps, gpu.kwPerGpu ?? Number.NaN),
      weight: (gpu) => inverse(gpu.kwPerGpu),
    },
    inWords: { verb: 'delivers', noun: 'tokens per second per megawatt' },
  },
  'joules-per-token': {
    label: 'J/token',
    axisLabel: 'Energy (joules per token, all-in power)',
    tableLabel: 'Energy (J/tok)',
    quantity: 'joulesPerToken',
    unit: 'J/tok',
    direction: 'lower-is-better',
    usesCostTier: false,
    format: formatJoulesPerToken,
    source: {
      kind: 'derived',
      series: 'tokPerSecPerGpu',
      fromRate: (tps, gpu) => joulesPerToken(tps, gpu.kwPerGpu ?? Number.NaN),
      weight: (gpu) => inverse(gpu.kwPerGpu),
    },
    inWords: { verb: 'uses', noun: 'energy per token' },
  },
  'e2e-latency': {
    label: 'End-to-end latency (median)',
    axisLabel: 'End-to-end latency per request, median (seconds)',
    tableLabel: 'End-to-end latency, median (s)',
    quantity: 'medianE2eSec',
    unit: 's end-to-end',
    direction: 'lower-is-better',
    usesCostTier: false,
    format: formatSeconds,
    source: { kind: 'measured-only', field: 'medianE2eSec' },
    inWords: null,
  },
  concurrency: {
    label: 'Concurrency',
    axisLabel: 'Concurrency (simultaneous requests)',
    tableLabel: 'Concurrency',
    quantity: 'concurrency',
    unit: 'requests',
    direction: 'neutral',
    usesCostTier: false,
    // A measured point's concurrency is exact; at a target it is interpolated, hence "~N".
    format: formatCount,
    formatEstimate: formatConcurrency,
    source: { kind: 'spline', series: 'concurrency' },
    inWords: null,
  },
});

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

/**
 * The measured fields an x axis can read. Defined here, in the vocabulary: the data schema
 * must have these fields (its tests check it), never the other way round.
 */
export type XAxisField =
  'tokPerSecPerUser' | 'medianE2eSec' | 'p90E2eSec' | 'p99E2eSec' | 'medianTtftSec' | 'p90TtftSec' | 'p99TtftSec';

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
  field: XAxisField;
}

function latencyAxis(
  key: XAxisKey,
  field: XAxisField,
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
