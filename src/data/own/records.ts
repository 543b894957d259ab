/**
 * One measured run of a user's own sweep, as read from a result file, before it is placed on
 * a GPU: what the file says, in the file's units, nothing derived yet. `row` is 1-based (the
 * n-th run of the file), as messages name it.
 */
export interface RunRecord {
  readonly row: number;
  readonly concurrency: number;
  /** Input + output tokens per second over the whole deployment. */
  readonly totalTokPerSec: number | null;
  /** Given directly (CSV only); otherwise derived from the total and the GPU count. */
  readonly tokPerSecPerGpu: number | null;
  /** GPUs this run used, when the file says (CSV `gpus`); otherwise the form's count. */
  readonly gpuCount: number | null;
  readonly outputTokPerSec: number | null;
  readonly inputTokPerSec: number | null;
  /** Given directly (CSV only); otherwise 1000 / median TPOT in ms. */
  readonly tokPerSecPerUser: number | null;
  readonly medianTpotMs: number | null;
  readonly medianTtftMs: number | null;
  readonly p90TtftMs: number | null;
  readonly p99TtftMs: number | null;
  readonly medianE2eMs: number | null;
  readonly p90E2eMs: number | null;
  readonly p99E2eMs: number | null;
  readonly p90TpotMs: number | null;
  readonly p99TpotMs: number | null;
  /** Mean input and output tokens per request, when the file holds the totals. */
  readonly inputTokensPerRequest: number | null;
  readonly outputTokensPerRequest: number | null;
}

/** What a file says about the setup, to prefill the form (never used without the user's say). */
export interface FileHints {
  modelId: string | null;
  backend: string | null;
  /** YYYY-MM-DD. */
  date: string | null;
  gpuCount: number | null;
}

export type OwnFormat = 'inferencex-rows' | 'vllm' | 'sglang' | 'csv';

export const FORMAT_LABELS: Readonly<Record<OwnFormat, string>> = {
  'inferencex-rows': 'InferenceX API rows (JSON array)',
  vllm: 'vLLM benchmark result (vllm bench serve --save-result)',
  sglang: 'SGLang bench_serving result (JSON lines)',
  csv: 'CSV with Isoline’s columns',
};

/** A parsed file: the runs it holds, and every problem found, each naming its row and field. */
export interface ParsedOwnFile {
  readonly format: OwnFormat;
  readonly records: readonly RunRecord[];
  /** Runs in the file, read or not. */
  readonly runsRead: number;
  /** "row 3: median_tpot_ms must be greater than zero (got 0)"; the run is not used. */
  readonly problems: readonly string[];
  readonly hints: FileHints;
}
