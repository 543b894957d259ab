import type { BenchmarkPoint } from '../../data/schema';
import type { GpuAssumptions, MetricDefinition, MetricKey } from '../../domain/metrics';
import type { SeriesKey } from '../../state/inference-series-key';

/**
 * The ranking page's model: every setup of a model and sequence at one matched
 * interactivity target, and across interactivity buckets. Built by `buildRankModel`
 * (rank-model.ts), pure. Values are unrounded numbers; `shown` strings are what the page prints.
 */

/**
 * How rows are ordered: by the metric's value at the target; by throughput for a neutral
 * metric (concurrency: more is neither better nor worse); by the best measured point at or
 * above the target for a measured-only metric (latency: nothing between measured points).
 */
export type RankOrdering = 'value' | 'throughput' | 'measured-at-least';

/** How series are grouped into ranked rows. */
export type RankGrouping = 'gpu' | 'engine' | 'series';

/** One series as /inference draws it: a GPU × engine × spec method × precision. */
export interface RankSeriesInput {
  key: SeriesKey;
  /** The /inference URL token (`mi355x:sglang:mtp:fp4`). */
  token: string;
  /** "MI355X SGLang MTP FP4". */
  label: string;
  gpuLabel: string;
  engineLabel: string;
  vendor: string;
  points: readonly BenchmarkPoint[];
  /**
   * Set for one of your files (never in an address): the series is a row of its own whatever
   * the grouping (`own:<file id>`), ranked with the same engine, never the default baseline,
   * and takes no part in choosing the default target.
   */
  own?: { fileId: string; fileName: string };
}

export interface RankInput {
  series: readonly RankSeriesInput[];
  metric: MetricKey;
  by: RankGrouping;
  /** The asked target in tok/s/user, or null for the default (see `RankModel.target`). */
  target: number | null;
  /** The asked baseline row id, or null for the leader. */
  base: string | null;
  /** Bucket step of the matrix, tok/s/user (> 0). */
  bucketStep: number;
  /** Cost and power of each GPU, by hardware key. */
  gpu: (hardware: string) => GpuAssumptions;
}

/** The configuration behind a row's value: the series and, near the target, the measured point. */
export interface RankConfiguration {
  series: SeriesKey;
  seriesToken: string;
  seriesLabel: string;
  engineLabel: string;
  /** The measured frontier point nearest the target in interactivity (the configuration there). */
  point: BenchmarkPoint;
}

export interface RankRow {
  /** Stable id: `mi355x` (by gpu), `mi355x:sglang` (by engine), the series token (by series). */
  id: string;
  label: string;
  hardware: string;
  vendor: string;
  /** One of your files ("<label> · your data"), not a published setup. */
  own: boolean;
  /** 1-based among rows in range (ties share a rank); null when out of range. */
  rank: number | null;
  inRange: boolean;
  /** The metric at the target: the best among the row's series that reach it; null out of range. */
  value: number | null;
  shown: string;
  /** The row's value against the baseline's, in words ("costs 23% more than B200"); null for the baseline itself or out of range. */
  vsBase: { fraction: number; words: string } | null;
  best: RankConfiguration | null;
  /** Union of the interactivity ranges its series' frontiers cover (tok/s/user); null when no series has a frontier. */
  reach: { lo: number; hi: number } | null;
  /** The same union as disjoint ascending parts (series may leave a gap between them); empty when `reach` is null. */
  reachParts: { lo: number; hi: number }[];
  /** "reaches 12–35 tok/s/user", for out-of-range rows. */
  reachText: string;
  /** The best measured point with interactivity ≥ the target (a buyer's SLA reading), or null. */
  atLeast: { value: number; shown: string; tokPerSecPerUser: number; point: BenchmarkPoint } | null;
  /** Sparse-data warnings ("MI300X SGLang has 2 points"), empty when none. */
  warnings: string[];
}

export interface RankMatrixRow {
  id: string;
  label: string;
  own: boolean;
  /** One cell per bucket: null where the row does not reach it. */
  cells: ({ value: number; shown: string; vsBaseFraction: number | null; vsBaseShown: string } | null)[];
  /** Geometric-mean ratio to the baseline over the buckets both reach; null without a shared bucket. */
  summary: { ratio: number; shown: string; buckets: number } | null;
}

export interface RankModel {
  metric: MetricDefinition;
  /**
   * What rows are ordered by: the metric's value at the target; throughput, for a neutral
   * metric (concurrency); the best measured point at or above the target, for a measured-only
   * one (latency: `value` is then null for every row, see `RankRow.atLeast`).
   */
  ordering: RankOrdering;
  /** The target used (tok/s/user) and how it was chosen, in words. */
  target: number;
  targetSource: 'asked' | 'default';
  targetWhy: string;
  /** In range first (best first), then out of range (by reach). */
  rows: RankRow[];
  baseline: RankRow | null;
  /** Why an asked baseline was not used, or null. */
  baseProblem: string | null;
  sentences: string[];
  /**
   * `step`: the step used (the asked one unless invalid or too fine, see `matrixBuckets`).
   * `definition`: what a cell, its percent and the summary mean, in words, to print with the matrix.
   */
  matrix: { step: number; buckets: number[]; rows: RankMatrixRow[]; definition: string };
  /** Which row leads at each interactivity, as contiguous segments, and the points where the lead changes in words. */
  leader: { segments: { from: number; to: number; rowId: string; label: string }[]; changes: string[] };
  /**
   * The ranked table's and the matrix's CSV (`rankedCsv`, `matrixCsv`), each built on its first
   * call and the same text after: only a download needs them.
   */
  csv: { ranked: () => string; matrix: () => string };
}
