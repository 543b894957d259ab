import {
  nonNegativeInt,
  nonNegativeNumber,
  nullable,
  object,
  optional,
  parse,
  positiveInt,
  positiveNumber,
  show,
  string,
  type Issue,
  type Validator,
} from '../validate';
import { PROGRESS_EVERY, type FileHints, type OwnFormat, type ParsedOwnFile, type RunRecord } from './records';

/**
 * Readers of the result files people produce with their own tools. Each run is checked with
 * the project's validator; a run that fails is not used, and every reason is reported with its
 * row and field. Nothing is filled in: a value a file does not hold stays null.
 */

const positive = positiveNumber();
const optPositive = optional(nullable(positive));
const optNonNegative = optional(nullable(nonNegativeNumber()));
const optCount = optional(nullable(nonNegativeInt()));
const optText = optional(nullable(string()));

/** `vllm bench serve --save-result` (and `benchmarks/benchmark_serving.py`): one JSON object per run. */
export const vllmRunSchema = object({
  max_concurrency: positiveInt(),
  total_token_throughput: positive,
  median_tpot_ms: positive,
  output_throughput: optNonNegative,
  p90_tpot_ms: optPositive,
  p99_tpot_ms: optPositive,
  median_ttft_ms: optPositive,
  p90_ttft_ms: optPositive,
  p99_ttft_ms: optPositive,
  median_e2el_ms: optPositive,
  p90_e2el_ms: optPositive,
  p99_e2el_ms: optPositive,
  completed: optCount,
  total_input_tokens: optCount,
  total_output_tokens: optCount,
  model_id: optText,
  backend: optText,
  date: optText,
});

/** SGLang `bench_serving` (`--output-file`): one JSON object per line, one line per run. */
export const sglangRunSchema = object({
  max_concurrency: positiveInt(),
  median_tpot_ms: positive,
  total_throughput: optPositive,
  input_throughput: optNonNegative,
  output_throughput: optNonNegative,
  p90_tpot_ms: optPositive,
  p99_tpot_ms: optPositive,
  median_ttft_ms: optPositive,
  p90_ttft_ms: optPositive,
  p99_ttft_ms: optPositive,
  median_e2e_latency_ms: optPositive,
  p90_e2e_latency_ms: optPositive,
  p99_e2e_latency_ms: optPositive,
  completed: optCount,
  total_input_tokens: optCount,
  total_output_tokens: optCount,
  backend: optText,
  model_id: optText,
});

const problemLines = (row: number, issues: readonly Issue[]): string[] =>
  issues.map((i) => `row ${row}: ${i.path.length > 0 ? `${i.path.join('.')} ` : ''}${i.message}`);

const orNull = (v: number | null | undefined): number | null => (v === undefined ? null : v);
const perRequest = (total: number | null | undefined, completed: number | null | undefined): number | null =>
  total != null && completed != null && completed > 0 ? total / completed : null;

/** "20260428-094424" (vLLM) or "2026-04-28…" → "2026-04-28"; anything else → null. */
export function dayOf(text: string | null | undefined): string | null {
  if (!text) return null;
  const compact = /^(\d{4})(\d{2})(\d{2})-\d{6}$/.exec(text);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(text);
  return iso ? iso[1]! : null;
}

/** Every JSON value of a file: the one value it holds, or one per non-empty line (JSON lines). */
export function jsonValues(text: string): {
  values: { row: number; value: unknown }[];
  problems: string[];
  rows: number;
} {
  try {
    const whole = JSON.parse(text) as unknown;
    const list = Array.isArray(whole) ? whole : [whole];
    return { values: list.map((value, i) => ({ row: i + 1, value })), problems: [], rows: list.length };
  } catch {
    const values: { row: number; value: unknown }[] = [];
    const problems: string[] = [];
    let row = 0;
    for (const line of text.split(/\r?\n/)) {
      if (line.trim() === '') continue;
      row += 1;
      try {
        values.push({ row, value: JSON.parse(line) as unknown });
      } catch (err) {
        problems.push(`row ${row}: not valid JSON (${err instanceof Error ? err.message : String(err)})`);
      }
    }
    return { values, problems, rows: row };
  }
}

function hintsOf(
  runs: readonly { model_id?: string | null; backend?: string | null; date?: string | null }[],
): FileHints {
  const first = <K extends 'model_id' | 'backend'>(key: K) => runs.find((r) => r[key])?.[key] ?? null;
  const days = runs.map((r) => dayOf(r.date)).filter((d): d is string => d !== null);
  return { modelId: first('model_id'), backend: first('backend'), date: days.sort().at(-1) ?? null, gpuCount: null };
}

function readRuns<T extends object>(
  format: OwnFormat,
  text: string,
  schema: Validator<T>,
  toRecord: (run: T, row: number) => RunRecord | string,
  onProgress?: (done: number) => void,
): ParsedOwnFile {
  const { values, problems, rows } = jsonValues(text);
  const records: RunRecord[] = [];
  const runs: T[] = [];
  for (const { row, value } of values) {
    if (onProgress && row % PROGRESS_EVERY === 0) onProgress(row / values.length);
    const parsed = parse(schema, value);
    if (!parsed.ok) {
      problems.push(...problemLines(row, parsed.issues));
      continue;
    }
    const record = toRecord(parsed.value, row);
    if (typeof record === 'string') problems.push(record);
    else {
      records.push(record);
      runs.push(parsed.value);
    }
  }
  return { format, records, runsRead: rows, problems, hints: hintsOf(runs as never) };
}

/** `onProgress` gets the share of runs read (0 to 1), every 5,000 runs. */
export function parseVllm(text: string, onProgress?: (done: number) => void): ParsedOwnFile {
  return readRuns(
    'vllm',
    text,
    vllmRunSchema,
    (r, row) => ({
      row,
      concurrency: r.max_concurrency,
      totalTokPerSec: r.total_token_throughput,
      tokPerSecPerGpu: null,
      gpuCount: null,
      outputTokPerSec: orNull(r.output_throughput),
      inputTokPerSec: r.output_throughput == null ? null : r.total_token_throughput - r.output_throughput,
      tokPerSecPerUser: null,
      medianTpotMs: r.median_tpot_ms,
      p90TpotMs: orNull(r.p90_tpot_ms),
      p99TpotMs: orNull(r.p99_tpot_ms),
      medianTtftMs: orNull(r.median_ttft_ms),
      p90TtftMs: orNull(r.p90_ttft_ms),
      p99TtftMs: orNull(r.p99_ttft_ms),
      medianE2eMs: orNull(r.median_e2el_ms),
      p90E2eMs: orNull(r.p90_e2el_ms),
      p99E2eMs: orNull(r.p99_e2el_ms),
      inputTokensPerRequest: perRequest(r.total_input_tokens, r.completed),
      outputTokensPerRequest: perRequest(r.total_output_tokens, r.completed),
    }),
    onProgress,
  );
}

export function parseSglang(text: string, onProgress?: (done: number) => void): ParsedOwnFile {
  return readRuns(
    'sglang',
    text,
    sglangRunSchema,
    (r, row) => {
      const total =
        r.total_throughput ??
        (r.input_throughput != null && r.output_throughput != null ? r.input_throughput + r.output_throughput : null);
      if (total === null || !(total > 0)) {
        return `row ${row}: total_throughput missing, and input_throughput + output_throughput not both given (got ${show(r.input_throughput)} and ${show(r.output_throughput)})`;
      }
      return {
        row,
        concurrency: r.max_concurrency,
        totalTokPerSec: total,
        tokPerSecPerGpu: null,
        gpuCount: null,
        outputTokPerSec: orNull(r.output_throughput),
        inputTokPerSec: orNull(r.input_throughput),
        tokPerSecPerUser: null,
        medianTpotMs: r.median_tpot_ms,
        p90TpotMs: orNull(r.p90_tpot_ms),
        p99TpotMs: orNull(r.p99_tpot_ms),
        medianTtftMs: orNull(r.median_ttft_ms),
        p90TtftMs: orNull(r.p90_ttft_ms),
        p99TtftMs: orNull(r.p99_ttft_ms),
        medianE2eMs: orNull(r.median_e2e_latency_ms),
        p90E2eMs: orNull(r.p90_e2e_latency_ms),
        p99E2eMs: orNull(r.p99_e2e_latency_ms),
        inputTokensPerRequest: perRequest(r.total_input_tokens, r.completed),
        outputTokensPerRequest: perRequest(r.total_output_tokens, r.completed),
      };
    },
    onProgress,
  );
}
