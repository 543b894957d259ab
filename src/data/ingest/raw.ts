import {
  array,
  boolean,
  matching,
  nonEmptyString,
  nonNegativeInt,
  nonNegativeNumber,
  nullable,
  object,
  optional,
  positiveInt,
  positiveNumber,
  record,
  refine,
  string,
  unknown,
  webAddress,
  type Infer,
} from '../validate.ts';

/**
 * Schemas of the upstream inputs in `fixtures/real/` (SemiAnalysis InferenceX API responses
 * and the hand-transcribed `gpu-specs.json`). They check shape only; what a row means (known
 * hardware, known sequence, unambiguous GPU count) is checked in `rows.ts`.
 *
 * Unnamed keys pass unchecked: the live API adds fields (`workflow_run_id`, `run_started_at`,
 * `power_valid`, …) that we do not use (the ingest report notes measured power when present). Messages are read in the ingest report, e.g. `conc: missing`.
 */

const KEY_RE = /^[a-z0-9][a-z0-9._-]*$/;
const rawKey = matching(KEY_RE, 'a lower-case key');
const bool = boolean();
const positiveInteger = positiveInt();
const nonNegativeInteger = nonNegativeInt();

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether a string already matching YYYY-MM-DD is a day of the (proleptic Gregorian) calendar.
 * Counted, not parsed with `Date`: every upstream row has a date, and at 100,000 rows building a
 * `Date` and its ISO text was a tenth of the row check (the two agree on every YYYY-MM-DD).
 */
function isCalendarDate(s: string): boolean {
  const year = Number(s.slice(0, 4));
  const month = Number(s.slice(5, 7));
  const day = Number(s.slice(8, 10));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

export const rawDateSchema = refine(
  matching(/^\d{4}-\d{2}-\d{2}$/, 'a YYYY-MM-DD date'),
  isCalendarDate,
  'be a real YYYY-MM-DD date',
);

/** A required metric: a finite number greater than zero. */
const requiredMetric = positiveNumber();

/** An optional metric: absent or null means "not measured"; otherwise a finite number >= 0. */
const optionalMetric = optional(nullable(nonNegativeNumber()));

/**
 * An optional latency: absent or null means "not measured"; otherwise a finite number of
 * seconds above zero (a 0-second time is no measurement, and the shipped schema refuses it).
 */
const optionalLatency = optional(nullable(positiveNumber()));

/** Upstream metrics the ingest keeps: two required, the rest optional. Other keys pass through unchecked. */
export const rawMetricsSchema = object({
  tput_per_gpu: requiredMetric,
  median_intvty: requiredMetric,
  output_tput_per_gpu: optionalMetric,
  input_tput_per_gpu: optionalMetric,
  p90_intvty: optionalMetric,
  p99_intvty: optionalMetric,
  median_ttft: optionalLatency,
  p90_ttft: optionalLatency,
  p99_ttft: optionalLatency,
  median_e2el: optionalLatency,
  p90_e2el: optionalLatency,
  p99_e2el: optionalLatency,
  median_tpot: optionalLatency,
});

/** One row of `GET /api/v1/benchmarks` (latest) or `/benchmarks/history` (no `image`). */
export const rawRowSchema = object({
  hardware: rawKey,
  framework: rawKey,
  model: rawKey,
  precision: rawKey,
  /** Checked against the supported methods in `rows.ts`, so the reason can name the value. */
  spec_method: rawKey,
  disagg: bool,
  is_multinode: bool,
  prefill_tp: positiveInteger,
  prefill_ep: positiveInteger,
  prefill_dp_attention: bool,
  prefill_num_workers: nonNegativeInteger,
  decode_tp: positiveInteger,
  decode_ep: positiveInteger,
  decode_dp_attention: bool,
  decode_num_workers: nonNegativeInteger,
  num_prefill_gpu: positiveInteger,
  num_decode_gpu: positiveInteger,
  isl: positiveInteger,
  osl: positiveInteger,
  conc: positiveInteger,
  image: optional(nullable(string())),
  metrics: rawMetricsSchema,
  workers: optional(unknown()),
  date: rawDateSchema,
  run_url: optional(nullable(webAddress())),
  /** Newer API rows: `single_turn` (a fixed-sequence sweep) or `agentic_traces`. Absent = single_turn. */
  benchmark_type: optional(nullable(rawKey)),
  /** Newer API rows: KV-cache offload mode; part of the configuration line. */
  offload_mode: optional(nullable(rawKey)),
  /** Newer API rows: the row's database id (incidental: never part of a comparison). */
  id: optional(unknown()),
});

/** One row of `GET /api/v1/availability`: which configs have data on which date; no metrics. */
export const availabilityRowSchema = object({
  model: rawKey,
  isl: positiveInteger,
  osl: positiveInteger,
  precision: rawKey,
  hardware: rawKey,
  framework: rawKey,
  spec_method: rawKey,
  disagg: bool,
  date: rawDateSchema,
});

const nonEmpty = nonEmptyString();

/** `fixtures/real/gpu-specs.json`: the parts the ingest reads. */
export const gpuSpecsInputSchema = object({
  costTiers: record(nonEmpty),
  gpuMeta: record(object({ vendor: nonEmpty, arch: nonEmpty, label: nonEmpty })),
  epochs: array(
    object({
      id: nonEmpty,
      validFrom: nonEmpty,
      validUntil: nonEmpty,
      source: nonEmpty,
      notes: string(),
      gpus: record(
        object({
          power: positiveNumber(),
          costh: positiveNumber(),
          costn: optional(positiveNumber()),
          costr: optional(positiveNumber()),
        }),
      ),
    }),
    { minLength: 1 },
  ),
});

export type RawRow = Infer<typeof rawRowSchema>;
export type AvailabilityRow = Infer<typeof availabilityRowSchema>;
export type GpuSpecsInput = Infer<typeof gpuSpecsInputSchema>;
