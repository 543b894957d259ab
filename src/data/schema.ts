import * as z from 'zod/mini';

/**
 * Schemas of the files the app ships under `public/data/`. The query layer parses every
 * fetched file with one of these, so the cache only ever holds valid data. `npm run ingest`
 * builds the files from `fixtures/real/` and checks its own output against the same schemas.
 */

// zod/mini: the same validation as zod with a fraction of its bundle size (this file ships
// to the browser). Checks are listed with `.check(...)` instead of chained methods.
// z.number() already rejects NaN and ±Infinity; the built-in bound checks are cheaper than
// refinements, which matters when a page validates its data before its first render.
const number = z.number({ error: 'must be a finite number' });
const positive = number.check(z.positive('must be greater than zero'));
const nonNegative = number.check(z.nonnegative('must not be negative'));
const count = z.int().check(z.nonnegative());
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a YYYY-MM-DD date'));
const key = z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]*$/, 'must be a lower-case key'));
const nonEmpty = z.string().check(z.minLength(1));

export const SEQUENCE_KEYS = ['1k1k', '1k8k', '8k1k'] as const;
export const sequenceKeySchema = z.enum(SEQUENCE_KEYS);
export const specMethodSchema = z.enum(['none', 'mtp']);

/** One side of a deployment: prefill or decode workers. */
const stageSchema = z.object({
  tp: count,
  ep: count,
  dpAttention: z.boolean(),
  workers: count,
  gpus: count,
});

/**
 * Metrics kept from an upstream row; null where upstream had no value. Seconds for times.
 *
 * All three throughput figures are tokens per second per GPU of the *whole deployment*
 * (`gpuCount` GPUs), so input + output = total (within rounding) and any of them can be
 * turned into a cost by charging every GPU the deployment occupies. For disaggregated rows
 * this is not what upstream ships: there `input_tput_per_gpu` is per prefill GPU and
 * `output_tput_per_gpu` per decode GPU. Dividing a cost over per-decode-GPU output would
 * leave the prefill GPUs unpaid and make disaggregated setups look cheaper per million
 * output tokens than they are, so the ingest rescales both (see `inputTokPerSecPerGpu`).
 */
export const pointMetricsSchema = z.object({
  /** Input + output tokens per second over all `gpuCount` GPUs: upstream `tput_per_gpu`, exactly as measured. */
  tokPerSecPerGpu: positive,
  /**
   * Output (generated) tokens per second per deployment GPU. Single-node: upstream
   * `output_tput_per_gpu` as is. Disagg: upstream's per-decode-GPU figure × `decode.gpus` /
   * `gpuCount`. Null when upstream had no value, or when the row does not record how its
   * GPUs split into prefill and decode (a flagged row, see `gpuCountNote`).
   */
  outputTokPerSecPerGpu: z.nullable(nonNegative),
  /**
   * Input (prompt) tokens per second per deployment GPU. Single-node: upstream
   * `input_tput_per_gpu` as is. Disagg: upstream's per-prefill-GPU figure × `prefill.gpus` /
   * `gpuCount`. Null in the same cases as `outputTokPerSecPerGpu`.
   */
  inputTokPerSecPerGpu: z.nullable(nonNegative),
  tokPerSecPerUser: positive,
  p90TokPerSecPerUser: z.nullable(nonNegative),
  p99TokPerSecPerUser: z.nullable(nonNegative),
  medianTtftSec: z.nullable(nonNegative),
  p90TtftSec: z.nullable(nonNegative),
  p99TtftSec: z.nullable(nonNegative),
  medianE2eSec: z.nullable(nonNegative),
  p90E2eSec: z.nullable(nonNegative),
  p99E2eSec: z.nullable(nonNegative),
  medianTpotSec: z.nullable(nonNegative),
});

/** One measured configuration at one concurrency. */
export const benchmarkPointSchema = z.object({
  /** Stable identity: source file tag and 0-based row index, e.g. `latest-2026-06-14#17`. */
  id: nonEmpty,
  hardware: key,
  engine: key,
  precision: key,
  specMethod: specMethodSchema,
  disagg: z.boolean(),
  multinode: z.boolean(),
  prefill: stageSchema,
  decode: stageSchema,
  /**
   * GPUs the throughput is divided over: tp for single-node, prefill + decode for disagg.
   * For a flagged row (`gpuCountNote` not null) it is inferred, and `prefill.gpus` /
   * `decode.gpus` are upstream's numbers as recorded (they do not add up to `gpuCount`).
   */
  gpuCount: z.int().check(z.positive()),
  /**
   * Null when `gpuCount` comes straight from the row. Otherwise one or two sentences, fit to
   * show to a user, saying how `gpuCount` was inferred and what that means for the metrics
   * (e.g. a disaggregated row that records no prefill/decode split). Such rows are also
   * listed in `manifest.ingest.flagged`.
   */
  gpuCountNote: z.nullable(nonEmpty),
  concurrency: z.int().check(z.positive()),
  date: isoDate,
  image: z.nullable(z.string()),
  runUrl: z.nullable(z.url()),
  metrics: pointMetricsSchema,
});

/** `public/data/benchmarks/<model>/<sequence>/<hardware>.json`: every point of one model, sequence and GPU. */
export const benchmarkFileSchema = z.object({
  schemaVersion: z.literal(1),
  model: key,
  sequence: sequenceKeySchema,
  hardware: key,
  points: z.array(benchmarkPointSchema),
});

const sourceFileSchema = z.object({
  file: nonEmpty,
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  rows: count,
  role: nonEmpty,
});

const rejectionSchema = z.object({
  file: z.string(),
  index: count,
  reason: nonEmpty,
});

/** `public/data/manifest.json`: what the data holds, small enough to load on every page. */
export const manifestSchema = z.object({
  schemaVersion: z.literal(1),
  generatedFrom: z.array(sourceFileSchema).check(z.minLength(1)),
  source: z.object({ name: z.string(), url: z.url(), licence: z.string() }),
  models: z.array(z.object({ key, displayName: nonEmpty, pointCount: count })).check(z.minLength(1)),
  hardware: z.array(
    z.object({
      key,
      label: nonEmpty,
      vendor: nonEmpty,
      arch: nonEmpty,
      pointCount: count,
    }),
  ),
  sequences: z.array(
    z.object({
      key: sequenceKeySchema,
      isl: z.int().check(z.positive()),
      osl: z.int().check(z.positive()),
      label: nonEmpty,
      pointCount: count,
    }),
  ),
  precisions: z.array(z.object({ key, label: nonEmpty, pointCount: count })),
  engines: z.array(z.object({ key, label: nonEmpty, pointCount: count })),
  specMethods: z.array(z.object({ key: specMethodSchema, label: nonEmpty, pointCount: count })),
  dates: z.object({ first: isoDate, last: isoDate, distinct: count }),
  /** One entry per model × hardware × precision × sequence that has measured points. */
  combos: z.array(
    z.object({
      model: key,
      hardware: key,
      precision: key,
      sequence: sequenceKeySchema,
      specMethods: z.array(specMethodSchema).check(z.minLength(1)),
      engines: z.array(key).check(z.minLength(1)),
      pointCount: z.int().check(z.positive()),
      dates: z.object({ first: isoDate, last: isoDate }),
    }),
  ),
  files: z.array(
    z.object({ model: key, sequence: sequenceKeySchema, hardware: key, path: nonEmpty, pointCount: count }),
  ),
  ingest: z.object({
    rowsRead: count,
    pointsKept: count,
    /** Rows not shipped, with why. */
    rejected: z.array(rejectionSchema),
    /** Rows not shipped because they repeat an earlier row exactly. */
    duplicates: z.array(rejectionSchema),
    /** Rows shipped but with an inferred GPU count; `reason` is the point's `gpuCountNote`. */
    flagged: z.array(rejectionSchema),
  }),
});

const gpuAssumptionSchema = z.object({
  kwPerGpu: positive,
  usdPerGpuHour: z.record(z.string(), positive),
});

/** `public/data/gpu-specs.json`: cost and power assumptions, each set with its source and dates. */
export const gpuSpecsSchema = z.object({
  schemaVersion: z.literal(1),
  defaultSetId: nonEmpty,
  defaultReason: nonEmpty,
  tiers: z.array(z.object({ key, label: nonEmpty })).check(z.minLength(1)),
  sets: z
    .array(
      z.object({
        id: nonEmpty,
        validFrom: nonEmpty,
        validUntil: nonEmpty,
        source: nonEmpty,
        notes: z.string(),
        gpus: z.record(z.string(), gpuAssumptionSchema),
      }),
    )
    .check(z.minLength(1)),
});

export type BenchmarkPoint = z.infer<typeof benchmarkPointSchema>;
export type PointMetrics = z.infer<typeof pointMetricsSchema>;
export type BenchmarkFile = z.infer<typeof benchmarkFileSchema>;
export type Manifest = z.infer<typeof manifestSchema>;
export type Combo = Manifest['combos'][number];
export type GpuSpecs = z.infer<typeof gpuSpecsSchema>;
export type SequenceKey = z.infer<typeof sequenceKeySchema>;
export type SpecMethod = z.infer<typeof specMethodSchema>;
