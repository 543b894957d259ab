import { sequenceKeyFor, type SequenceKey } from '../../domain/catalog';
import { benchmarkPointSchema, type BenchmarkPoint, type SpecMethod } from '../schema';
import { formatIssues, parse } from '../validate';
import type { ParsedOwnFile, RunRecord } from './records';

/** What a result file cannot tell, asked once in the form (prefilled from the file where it can be). */
export interface OwnSetup {
  /** Shown in legends, tables and exports, e.g. "my branch, vLLM". */
  label: string;
  hardware: string;
  /** GPUs of the whole deployment the sweep ran on (a CSV `gpus` cell overrides it per run). */
  gpuCount: number;
  disagg: boolean;
  engine: string;
  precision: string;
  specMethod: SpecMethod;
  sequence: SequenceKey;
  /** YYYY-MM-DD, the run date. */
  date: string;
}

/** How each shipped figure was derived from the file, in words (shown beside the form). */
export const DERIVATIONS = [
  'tok/s/GPU = total tok/s (input + output) ÷ GPUs of the deployment, unless the file gives tok/s/GPU',
  'tok/s/user = 1000 ÷ median TPOT (ms), unless the file gives tok/s/user',
  'output and input tok/s/GPU = the file’s output and input tok/s ÷ GPUs',
  'latencies: milliseconds ÷ 1000',
] as const;

const perGpu = (v: number | null, gpus: number) => (v === null ? null : v / gpus);
const seconds = (ms: number | null) => (ms === null ? null : ms / 1000);

/** The sequence the file's runs average, when it holds token totals and they match a known one. */
export function sequenceHint(file: ParsedOwnFile): SequenceKey | null {
  const first = file.records.find((r) => r.inputTokensPerRequest !== null && r.outputTokensPerRequest !== null);
  if (!first) return null;
  return sequenceKeyFor(Math.round(first.inputTokensPerRequest!), Math.round(first.outputTokensPerRequest!)) ?? null;
}

function toPoint(r: RunRecord, setup: OwnSetup, id: string): BenchmarkPoint {
  const gpus = r.gpuCount ?? setup.gpuCount;
  return {
    id,
    hardware: setup.hardware,
    engine: setup.engine,
    precision: setup.precision,
    specMethod: setup.specMethod,
    disagg: setup.disagg,
    multinode: gpus > 8,
    offloadMode: null,
    prefill: null,
    decode: null,
    gpuCount: gpus,
    gpuCountNote: null,
    concurrency: r.concurrency,
    date: setup.date,
    image: null,
    runUrl: null,
    metrics: {
      tokPerSecPerGpu: r.tokPerSecPerGpu ?? (r.totalTokPerSec ?? Number.NaN) / gpus,
      outputTokPerSecPerGpu: perGpu(r.outputTokPerSec, gpus),
      inputTokPerSecPerGpu: perGpu(r.inputTokPerSec, gpus),
      tokPerSecPerUser: r.tokPerSecPerUser ?? 1000 / (r.medianTpotMs ?? Number.NaN),
      p90TokPerSecPerUser: r.p90TpotMs === null ? null : 1000 / r.p90TpotMs,
      p99TokPerSecPerUser: r.p99TpotMs === null ? null : 1000 / r.p99TpotMs,
      medianTtftSec: seconds(r.medianTtftMs),
      p90TtftSec: seconds(r.p90TtftMs),
      p99TtftSec: seconds(r.p99TtftMs),
      medianE2eSec: seconds(r.medianE2eMs),
      p90E2eSec: seconds(r.p90E2eMs),
      p99E2eSec: seconds(r.p99E2eMs),
      medianTpotSec: seconds(r.medianTpotMs),
    },
  };
}

/**
 * The runs of a parsed file as benchmark points, placed with the form's setup, each checked with
 * the shipped schema (so they are exactly as valid as published points). `fileId` makes the ids
 * (`own:<fileId>#<row>`) unique across the user's files.
 */
export function ownPoints(
  file: ParsedOwnFile,
  setup: OwnSetup,
  fileId: string,
): { points: BenchmarkPoint[]; problems: string[]; warnings: string[] } {
  const points: BenchmarkPoint[] = [];
  const problems: string[] = [];
  const warnings: string[] = [];
  for (const r of file.records) {
    const point = toPoint(r, setup, `own:${fileId}#${r.row}`);
    const checked = parse(benchmarkPointSchema, point);
    if (checked.ok) points.push(checked.value);
    else problems.push(...formatIssues(checked.issues).map((m) => `row ${r.row}: ${m}`));
  }
  const hinted = sequenceHint(file);
  if (hinted !== null && hinted !== setup.sequence) {
    warnings.push(`the file's runs average the ${hinted} sequence's token counts, but ${setup.sequence} was chosen`);
  }
  return { points, problems, warnings };
}
