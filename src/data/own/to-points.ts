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

/** The runs of a file placed with a setup: the points kept, and every run's problems by row and field. */
export interface Placement {
  points: BenchmarkPoint[];
  problems: string[];
  warnings: string[];
}

/** Places runs `from` to `to` (exclusive) of the file, adding to `into`. */
function placeRuns(
  file: ParsedOwnFile,
  from: number,
  to: number,
  setup: OwnSetup,
  fileId: string,
  into: Placement,
): void {
  for (let i = from; i < Math.min(to, file.records.length); i++) {
    const r = file.records[i]!;
    const point = toPoint(r, setup, `own:${fileId}#${r.row}`);
    const checked = parse(benchmarkPointSchema, point);
    if (checked.ok) into.points.push(checked.value);
    else into.problems.push(...formatIssues(checked.issues).map((m) => `row ${r.row}: ${m}`));
  }
}

function warningsOf(file: ParsedOwnFile, setup: OwnSetup): string[] {
  const hinted = sequenceHint(file);
  return hinted !== null && hinted !== setup.sequence
    ? [`the file's runs average the ${hinted} sequence's token counts, but ${setup.sequence} was chosen`]
    : [];
}

/**
 * The runs of a parsed file as benchmark points, placed with the form's setup, each checked with
 * the shipped schema (so they are exactly as valid as published points). `fileId` makes the ids
 * (`own:<fileId>#<row>`) unique across the user's files. The setup's label plays no part.
 */
export function ownPoints(file: ParsedOwnFile, setup: OwnSetup, fileId: string): Placement {
  const placed: Placement = { points: [], problems: [], warnings: warningsOf(file, setup) };
  placeRuns(file, 0, file.records.length, setup, fileId, placed);
  return placed;
}

/**
 * `ownPoints` in steps of `step` runs, each step its own task (50,000 runs: ten tasks of a few
 * tens of milliseconds instead of one that holds the page), with the same result. Null when
 * `signal` aborts first (the form changed): the caller starts again with the new setup.
 */
export async function ownPointsInSteps(
  file: ParsedOwnFile,
  setup: OwnSetup,
  fileId: string,
  options: { signal: AbortSignal; step?: number },
): Promise<Placement | null> {
  const step = options.step ?? 5000;
  const placed: Placement = { points: [], problems: [], warnings: warningsOf(file, setup) };
  for (let from = 0; from < file.records.length; from += step) {
    if (from > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    if (options.signal.aborted) return null;
    placeRuns(file, from, from + step, setup, fileId, placed);
  }
  return options.signal.aborted ? null : placed;
}
