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

/** Runs between two progress reports of a reader (a 50,000-run file reports ten times). */
export const PROGRESS_EVERY = 5000;

/** Every field of a run, in the order `packRecords` writes them. */
const RECORD_FIELDS = [
  'row',
  'concurrency',
  'totalTokPerSec',
  'tokPerSecPerGpu',
  'gpuCount',
  'outputTokPerSec',
  'inputTokPerSec',
  'tokPerSecPerUser',
  'medianTpotMs',
  'medianTtftMs',
  'p90TtftMs',
  'p99TtftMs',
  'medianE2eMs',
  'p90E2eMs',
  'p99E2eMs',
  'p90TpotMs',
  'p99TpotMs',
  'inputTokensPerRequest',
  'outputTokensPerRequest',
] as const satisfies readonly (keyof RunRecord)[];

// Every field of RunRecord is packed: a field added to it and not to the list fails to compile here.
type Unpacked = Exclude<keyof RunRecord, (typeof RECORD_FIELDS)[number]>;
const everyFieldPacked: [Unpacked] extends [never] ? true : never = true;
void everyFieldPacked;

/**
 * Runs as one flat list of numbers (null as NaN: a checked run never holds NaN), so a worker
 * can hand 50,000 runs to the page as one transferred buffer instead of 50,000 objects the
 * page would have to copy in one long task.
 */
export function packRecords(records: readonly RunRecord[]): Float64Array {
  const n = RECORD_FIELDS.length;
  const out = new Float64Array(records.length * n);
  records.forEach((r, i) => {
    for (let k = 0; k < n; k++) out[i * n + k] = r[RECORD_FIELDS[k]!] ?? Number.NaN;
  });
  return out;
}

/** How many runs `packRecords` wrote into `packed`. */
export const packedCount = (packed: Float64Array): number => Math.floor(packed.length / RECORD_FIELDS.length);

/** The runs `packRecords` wrote, those from index `from` (inclusive) to `to` (exclusive), or all. */
export function unpackRecords(packed: Float64Array, from = 0, to = packedCount(packed)): RunRecord[] {
  const n = RECORD_FIELDS.length;
  const records: RunRecord[] = [];
  for (let i = from * n; i + n <= Math.min(to, packedCount(packed)) * n; i += n) {
    const r: Record<string, number | null> = {};
    for (let k = 0; k < n; k++) {
      const v = packed[i + k]!;
      r[RECORD_FIELDS[k]!] = Number.isNaN(v) ? null : v;
    }
    records.push(r as unknown as RunRecord);
  }
  return records;
}
