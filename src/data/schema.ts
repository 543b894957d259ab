import { SEQUENCE_KEYS, SPEC_METHOD_KEYS, type SequenceKey, type SpecMethod } from '../domain/catalog.ts';
import {
  array,
  boolean,
  matching,
  nonEmptyString,
  nonNegativeInt,
  nonNegativeNumber,
  nullable,
  object,
  oneOf,
  positiveInt,
  positiveNumber,
  record,
  related,
  show,
  string,
  webAddress,
  type Infer,
} from './validate.ts';

/**
 * Schemas of the files the app ships under `public/data/`. The query layer checks every
 * fetched file with one of these, so the cache only ever holds valid data. `npm run ingest`
 * builds the files from `fixtures/real/` and checks its own output against the same schemas.
 */

const positive = positiveNumber();
const nonNegative = nonNegativeNumber();
const count = nonNegativeInt();
const isoDate = matching(/^\d{4}-\d{2}-\d{2}$/, 'a YYYY-MM-DD date');
const key = matching(/^[a-z0-9][a-z0-9._-]*$/, 'a lower-case key');
const nonEmpty = nonEmptyString();

// The vocabulary is the domain's; it is re-exported so that readers of the data need one import.
export { SEQUENCE_KEYS, SPEC_METHOD_KEYS, type SequenceKey, type SpecMethod };
export const sequenceKeySchema = oneOf(SEQUENCE_KEYS);
export const specMethodSchema = oneOf(SPEC_METHOD_KEYS);

/** One side of a deployment: prefill or decode workers. */
const stageSchema = object({
  tp: count,
  ep: count,
  dpAttention: boolean(),
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
export const pointMetricsSchema = object({
  /** Input + output tokens per second over all `gpuCount` GPUs: upstream `tput_per_gpu`, exactly as measured. */
  tokPerSecPerGpu: positive,
  /**
   * Output (generated) tokens per second per deployment GPU. Single-node: upstream
   * `output_tput_per_gpu` as is. Disagg: upstream's per-decode-GPU figure × `decode.gpus` /
   * `gpuCount`. Null when upstream had no value, or when the row does not record how its
   * GPUs split into prefill and decode (a flagged row, see `gpuCountNote`).
   */
  outputTokPerSecPerGpu: nullable(nonNegative),
  /**
   * Input (prompt) tokens per second per deployment GPU. Single-node: upstream
   * `input_tput_per_gpu` as is. Disagg: upstream's per-prefill-GPU figure × `prefill.gpus` /
   * `gpuCount`. Null in the same cases as `outputTokPerSecPerGpu`.
   */
  inputTokPerSecPerGpu: nullable(nonNegative),
  tokPerSecPerUser: positive,
  p90TokPerSecPerUser: nullable(nonNegative),
  p99TokPerSecPerUser: nullable(nonNegative),
  // Latencies are null or above zero: a 0-second time is not a measurement, and a latency axis
  // (plotted as 1/latency) cannot place it.
  medianTtftSec: nullable(positive),
  p90TtftSec: nullable(positive),
  p99TtftSec: nullable(positive),
  medianE2eSec: nullable(positive),
  p90E2eSec: nullable(positive),
  p99E2eSec: nullable(positive),
  medianTpotSec: nullable(positive),
});

/** One measured configuration at one concurrency. */
export const benchmarkPointSchema = object({
  /** Stable identity: source file tag and 0-based row index, e.g. `latest-2026-06-14#17`. */
  id: nonEmpty,
  hardware: key,
  engine: key,
  precision: key,
  specMethod: specMethodSchema,
  disagg: boolean(),
  multinode: boolean(),
  /** Null when the source does not record the GPU layout (transcribed points: see `gpuCountNote`). */
  prefill: nullable(stageSchema),
  decode: nullable(stageSchema),
  /**
   * Upstream `offload_mode` (KV-cache offload), null when the row does not say. Part of the
   * configuration line: an offloaded run never shares a curve with a normal one.
   */
  offloadMode: nullable(key),
  /**
   * GPUs the throughput is divided over: tp for single-node, prefill + decode for disagg.
   * For a flagged row (`gpuCountNote` not null) it is inferred, and `prefill.gpus` /
   * `decode.gpus` are upstream's numbers as recorded (they do not add up to `gpuCount`).
   */
  gpuCount: nullable(positiveInt()),
  /**
   * Null when `gpuCount` comes straight from the row. Otherwise one or two sentences, fit to
   * show to a user, saying how `gpuCount` was inferred and what that means for the metrics
   * (e.g. a disaggregated row that records no prefill/decode split). Such rows are also
   * listed in `manifest.ingest.flagged`.
   */
  gpuCountNote: nullable(nonEmpty),
  concurrency: positiveInt(),
  date: isoDate,
  image: nullable(string()),
  runUrl: nullable(webAddress()),
  metrics: pointMetricsSchema,
});

/**
 * `public/data/benchmarks/<model>/<sequence>/<hardware>.json`: every point of one model,
 * sequence and GPU. A point of another GPU makes the file invalid (a page would draw it as
 * the file's GPU).
 */
export const benchmarkFileSchema = related(
  object({
    schemaVersion: oneOf([1]),
    /**
     * `latest`: the latest run of every configuration line (what pages show by default).
     * `history`: every run the data holds, each point dated (for "as of" and /history).
     */
    view: oneOf(['latest', 'history']),
    model: key,
    sequence: sequenceKeySchema,
    hardware: key,
    points: array(benchmarkPointSchema),
  }),
  (file) => file.points.every((point) => point.hardware === file.hardware),
  (file) =>
    file.points.flatMap((point, i) =>
      point.hardware === file.hardware
        ? []
        : [
            {
              path: ['points', i, 'hardware'],
              message: `must be the file's GPU ${show(file.hardware)} (got ${show(point.hardware)})`,
            },
          ],
    ),
);

/** How an input file's rows are read (see README "Dates: the latest view and the history"). */
export const SOURCE_KINDS = [
  'latest-capture',
  'history',
  'transcribed',
  'own-results',
  'published-table',
  'assumptions',
] as const;

const sourceFileSchema = object({
  file: nonEmpty,
  sha256: matching(/^[0-9a-f]{64}$/, 'a hex SHA-256'),
  rows: count,
  role: nonEmpty,
  kind: oneOf(SOURCE_KINDS),
  /** The day the file was captured from its source; null when unknown. */
  captured: nullable(isoDate),
});

const fileEntrySchema = object({
  model: key,
  sequence: sequenceKeySchema,
  hardware: key,
  path: nonEmpty,
  pointCount: count,
  dates: object({ first: isoDate, last: isoDate, distinct: count }),
});

const rejectionSchema = object({
  file: string(),
  index: count,
  reason: nonEmpty,
});

/** `public/data/manifest.json`: what the data holds, small enough to load on every page. */
export const manifestSchema = object({
  schemaVersion: oneOf([1]),
  generatedFrom: array(sourceFileSchema, { minLength: 1 }),
  source: object({ name: string(), url: webAddress(), licence: string() }),
  models: array(
    object({
      key,
      displayName: nonEmpty,
      /** Points in the latest view. */
      pointCount: count,
      /** Said wherever the model's numbers are shown, e.g. "transcribed from a blog post: only the points it printed". */
      provenance: nullable(nonEmpty),
      /**
       * Where the latest view comes from: `capture` = the newest capture of upstream's own latest
       * view (`file`, captured on `captured`), plus runs dated after it; `runs` = the latest run
       * of every configuration line over all the model's records.
       */
      latestView: object({ basis: oneOf(['capture', 'runs']), file: nullable(nonEmpty), captured: nullable(isoDate) }),
      /** Run dates over the whole history of the model. */
      historyDates: object({ first: isoDate, last: isoDate, distinct: count }),
    }),
    { minLength: 1 },
  ),
  hardware: array(
    object({
      key,
      label: nonEmpty,
      vendor: nonEmpty,
      arch: nonEmpty,
      pointCount: count,
    }),
  ),
  sequences: array(
    object({
      key: sequenceKeySchema,
      isl: positiveInt(),
      osl: positiveInt(),
      label: nonEmpty,
      pointCount: count,
    }),
  ),
  precisions: array(object({ key, label: nonEmpty, pointCount: count })),
  engines: array(object({ key, label: nonEmpty, pointCount: count })),
  specMethods: array(object({ key: specMethodSchema, label: nonEmpty, pointCount: count })),
  dates: object({ first: isoDate, last: isoDate, distinct: count }),
  /** One entry per model × hardware × precision × sequence that has measured points. */
  combos: array(
    object({
      model: key,
      hardware: key,
      precision: key,
      sequence: sequenceKeySchema,
      specMethods: array(specMethodSchema, { minLength: 1 }),
      engines: array(key, { minLength: 1 }),
      pointCount: positiveInt(),
      dates: object({ first: isoDate, last: isoDate }),
    }),
  ),
  /** Latest-view files (`view: latest`). */
  files: array(fileEntrySchema),
  /** History files (`view: history`): every run of one model, sequence and GPU. */
  history: array(fileEntrySchema),
  /** Per model: the run dates of every configuration line (for date pickers and /history). */
  runDates: array(object({ model: key, path: nonEmpty })),
  /** Tables published with a source (e.g. a blog post's iso-interactivity table), per setup. */
  published: array(
    object({
      model: key,
      hardware: key,
      precision: key,
      sequence: sequenceKeySchema,
      engine: key,
      specMethod: specMethodSchema,
      path: nonEmpty,
    }),
  ),
  /** Counts only; the rows themselves are listed in `report` (not loaded by pages). */
  ingest: object({
    rowsRead: count,
    /** Points in the latest view. */
    pointsKept: count,
    /** Distinct runs' points in the history (latest view included). */
    historyPoints: count,
    rejected: count,
    duplicates: count,
    flagged: count,
    /** Points of a latest capture that are older runs of their line: history only. */
    movedToHistory: count,
    report: nonEmpty,
  }),
});

/** `public/data/ingest-report.json`: every row the ingest did not ship as is, and why. */
export const ingestReportSchema = object({
  schemaVersion: oneOf([1]),
  rowsRead: count,
  /** Rows not shipped, with why. */
  rejected: array(rejectionSchema),
  /** Rows not shipped because they repeat the measurements of an earlier row (any file). */
  duplicates: array(rejectionSchema),
  /** Rows shipped with an inferred GPU count or an unknown layout; `reason` is the point's `gpuCountNote`. */
  flagged: array(rejectionSchema),
  /** Rows of a latest capture that are not their line's latest run: kept in the history only. */
  movedToHistory: array(rejectionSchema),
  /** Facts about whole files, e.g. fields present but not used. */
  notes: array(object({ file: string(), note: nonEmpty })),
});

/** `public/data/history/<model>/run-dates.json`: the run dates of every configuration group. */
export const runDatesFileSchema = object({
  schemaVersion: oneOf([1]),
  model: key,
  groups: array(
    object({
      hardware: key,
      precision: key,
      sequence: sequenceKeySchema,
      engine: key,
      specMethod: specMethodSchema,
      dates: array(isoDate, { minLength: 1 }),
      /** Dates whose runs are in the latest view. */
      latest: array(isoDate, { minLength: 1 }),
    }),
  ),
});

/** `public/data/published/<...>.json`: a table a source printed, to set beside ours. */
export const publishedTableSchema = object({
  schemaVersion: oneOf([1]),
  model: key,
  hardware: key,
  precision: key,
  sequence: sequenceKeySchema,
  engine: key,
  specMethod: specMethodSchema,
  title: nonEmpty,
  source: object({ label: nonEmpty, url: webAddress(), file: nonEmpty }),
  /** What the cells hold, e.g. tok/s/GPU interpolated along each date's frontier, rounded to integers. */
  metric: oneOf(['tokPerSecPerGpu']),
  decimals: count,
  targets: array(positive, { minLength: 1 }),
  dates: array(isoDate, { minLength: 1 }),
  /** One cell per date × target; null = the source printed "unreachable". */
  cells: array(object({ date: isoDate, target: positive, value: nullable(nonNegative) })),
});

/**
 * `public/data/spec-decode-index.json`: what the `/spec-decode` index shows, one row per
 * MTP-vs-Off comparison, computed at ingest by the comparison page's own view model (so the
 * index downloads this one file, never the comparisons' data, and its numbers cannot drift).
 */
export const specDecodeIndexFileSchema = object({
  schemaVersion: oneOf([1]),
  rows: array(
    object({
      model: key,
      modelName: nonEmpty,
      hardware: key,
      hardwareLabel: nonEmpty,
      precision: key,
      precisionLabel: nonEmpty,
      href: matching(/^\/spec-decode\//, 'a /spec-decode/ address'),
      /** The comparison's default sequence, on which the row is computed (every engine pooled). */
      sequence: sequenceKeySchema,
      sequenceLabel: nonEmpty,
      headline: nonEmpty,
      winner: nullable(oneOf(['MTP', 'Off', 'tie'])),
      crossover: string(),
    }),
  ),
});

const gpuAssumptionSchema = object({
  kwPerGpu: positive,
  usdPerGpuHour: record(positive),
});

/**
 * `public/data/gpu-specs.json`: cost and power assumptions, each set with its source and
 * dates. `defaultSetId` must name one of the sets.
 */
export const gpuSpecsSchema = related(
  object({
    schemaVersion: oneOf([1]),
    defaultSetId: nonEmpty,
    defaultReason: nonEmpty,
    tiers: array(object({ key, label: nonEmpty }), { minLength: 1 }),
    sets: array(
      object({
        id: nonEmpty,
        validFrom: nonEmpty,
        validUntil: nonEmpty,
        source: nonEmpty,
        notes: string(),
        gpus: record(gpuAssumptionSchema),
      }),
      { minLength: 1 },
    ),
  }),
  (specs) => specs.sets.some((set) => set.id === specs.defaultSetId),
  (specs) => [
    {
      path: ['defaultSetId'],
      message: `must name one of the sets (${specs.sets.map((set) => show(set.id)).join(', ')}) (got ${show(specs.defaultSetId)})`,
    },
  ],
);

export type BenchmarkPoint = Infer<typeof benchmarkPointSchema>;
export type PointMetrics = Infer<typeof pointMetricsSchema>;
export type BenchmarkFile = Infer<typeof benchmarkFileSchema>;
export type Manifest = Infer<typeof manifestSchema>;
export type Combo = Manifest['combos'][number];
export type GpuSpecs = Infer<typeof gpuSpecsSchema>;
export type IngestReport = Infer<typeof ingestReportSchema>;
export type RunDatesFile = Infer<typeof runDatesFileSchema>;
export type PublishedTable = Infer<typeof publishedTableSchema>;
export type SpecDecodeIndexFile = Infer<typeof specDecodeIndexFileSchema>;
export type SourceKind = (typeof SOURCE_KINDS)[number];
