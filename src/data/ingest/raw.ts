import { z } from 'zod';

/**
 * Schemas of the upstream inputs in `fixtures/real/` (SemiAnalysis InferenceX API responses
 * and the hand-transcribed `gpu-specs.json`). They check shape only; what a row means (known
 * hardware, known sequence, unambiguous GPU count) is checked in `rows.ts`.
 *
 * Objects are loose: the live API adds fields (`id`, `benchmark_type`, …) that we ignore.
 * Error messages are written to be read in the ingest report, e.g. `conc: missing`.
 */

/** Render a rejected value for a message; numbers via String() so Infinity stays visible. */
export function show(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number') return String(value);
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

const typeError = (expected: string) => (iss: { input?: unknown }) =>
  iss.input === undefined ? 'missing' : `must be ${expected} (got ${show(iss.input)})`;

const KEY_RE = /^[a-z0-9][a-z0-9._-]*$/;
const rawKey = z
  .string({ error: typeError('a string') })
  .refine((s) => KEY_RE.test(s), { error: (iss) => `must be a lower-case key (got ${show(iss.input)})` });

const bool = z.boolean({ error: typeError('true or false') });

const positiveInt = z.number({ error: typeError('a number') }).refine((n) => Number.isInteger(n) && n > 0, {
  error: (iss) => `must be a positive integer (got ${show(iss.input)})`,
});

const nonNegativeInt = z.number({ error: typeError('a number') }).refine((n) => Number.isInteger(n) && n >= 0, {
  error: (iss) => `must be a non-negative integer (got ${show(iss.input)})`,
});

function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export const rawDateSchema = z
  .string({ error: typeError('a YYYY-MM-DD string') })
  .refine(isCalendarDate, { error: (iss) => `must be a real YYYY-MM-DD date (got ${show(iss.input)})` });

/** A required metric: a finite number greater than zero. (zod 4 numbers already reject ±Infinity and NaN.) */
const requiredMetric = z
  .number({ error: typeError('a finite number') })
  .refine((n) => n > 0, { error: (iss) => `must be greater than zero (got ${show(iss.input)})` });

/** An optional metric: absent or null means "not measured"; otherwise a finite number >= 0. */
const optionalMetric = z
  .number({ error: typeError('a finite number or null') })
  .refine((n) => n >= 0, { error: (iss) => `must not be negative (got ${show(iss.input)})` })
  .nullable()
  .optional();

/** Upstream metric keys the ingest keeps, by role. Other keys pass through unchecked. */
export const REQUIRED_METRIC_KEYS = ['tput_per_gpu', 'median_intvty'] as const;
export const OPTIONAL_METRIC_KEYS = [
  'output_tput_per_gpu',
  'input_tput_per_gpu',
  'p90_intvty',
  'p99_intvty',
  'median_ttft',
  'p90_ttft',
  'p99_ttft',
  'median_e2el',
  'p90_e2el',
  'p99_e2el',
  'median_tpot',
] as const;

export const rawMetricsSchema = z.looseObject(
  {
    tput_per_gpu: requiredMetric,
    median_intvty: requiredMetric,
    output_tput_per_gpu: optionalMetric,
    input_tput_per_gpu: optionalMetric,
    p90_intvty: optionalMetric,
    p99_intvty: optionalMetric,
    median_ttft: optionalMetric,
    p90_ttft: optionalMetric,
    p99_ttft: optionalMetric,
    median_e2el: optionalMetric,
    p90_e2el: optionalMetric,
    p99_e2el: optionalMetric,
    median_tpot: optionalMetric,
  },
  { error: typeError('an object') },
);

/** One row of `GET /api/v1/benchmarks` (latest) or `/benchmarks/history` (no `image`). */
export const rawRowSchema = z.looseObject(
  {
    hardware: rawKey,
    framework: rawKey,
    model: rawKey,
    precision: rawKey,
    /** Checked against the supported methods in `rows.ts`, so the reason can name the value. */
    spec_method: rawKey,
    disagg: bool,
    is_multinode: bool,
    prefill_tp: positiveInt,
    prefill_ep: positiveInt,
    prefill_dp_attention: bool,
    prefill_num_workers: nonNegativeInt,
    decode_tp: positiveInt,
    decode_ep: positiveInt,
    decode_dp_attention: bool,
    decode_num_workers: nonNegativeInt,
    num_prefill_gpu: positiveInt,
    num_decode_gpu: positiveInt,
    isl: positiveInt,
    osl: positiveInt,
    conc: positiveInt,
    image: z
      .string({ error: typeError('a string or null') })
      .nullable()
      .optional(),
    metrics: rawMetricsSchema,
    workers: z.unknown().optional(),
    date: rawDateSchema,
    run_url: z
      .string({ error: typeError('a URL string or null') })
      .refine((s) => URL.canParse(s), { error: (iss) => `must be a URL (got ${show(iss.input)})` })
      .nullable()
      .optional(),
  },
  { error: (iss) => `row must be an object (got ${show(iss.input)})` },
);

/** One row of `GET /api/v1/availability`: which configs have data on which date; no metrics. */
export const availabilityRowSchema = z.looseObject({
  model: rawKey,
  isl: positiveInt,
  osl: positiveInt,
  precision: rawKey,
  hardware: rawKey,
  framework: rawKey,
  spec_method: rawKey,
  disagg: bool,
  date: rawDateSchema,
});

const nonEmpty = z.string().min(1);

/** `fixtures/real/gpu-specs.json`: the parts the ingest reads. */
export const gpuSpecsInputSchema = z.looseObject({
  costTiers: z.record(z.string(), nonEmpty),
  gpuMeta: z.record(z.string(), z.looseObject({ vendor: nonEmpty, arch: nonEmpty, label: nonEmpty })),
  epochs: z
    .array(
      z.looseObject({
        id: nonEmpty,
        validFrom: nonEmpty,
        validUntil: nonEmpty,
        source: nonEmpty,
        notes: z.string(),
        gpus: z.record(
          z.string(),
          z.looseObject({
            power: z.number().positive(),
            costh: z.number().positive(),
            costn: z.number().positive().optional(),
            costr: z.number().positive().optional(),
          }),
        ),
      }),
    )
    .min(1),
});

export type RawRow = z.infer<typeof rawRowSchema>;
export type AvailabilityRow = z.infer<typeof availabilityRowSchema>;
export type GpuSpecsInput = z.infer<typeof gpuSpecsInputSchema>;

/** Flatten zod issues into `path: message` strings, e.g. `metrics.p99_ttft: must not be negative (got -1)`. */
export function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}
