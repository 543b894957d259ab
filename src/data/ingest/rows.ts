import { sequenceKeyFor, SEQUENCES } from '../../domain/catalog.ts';
import type { BenchmarkPoint, PointMetrics, SequenceKey, SpecMethod } from '../schema.ts';
import { rawRowSchema, type RawRow } from './raw.ts';
import { formatIssues, parse, show } from '../validate.ts';

/**
 * Row → point conversion. Pure: no IO, no clock, no randomness.
 *
 * A row is either converted or rejected with every reason found (joined by "; "), so the
 * ingest report says everything that is wrong with it at once.
 */

export const SUPPORTED_SPEC_METHODS: readonly SpecMethod[] = ['none', 'mtp'];

export interface RowContext {
  /** Point id prefix, e.g. `latest-2026-06-14`; the id is `<tag>#<0-based row index>`. */
  readonly tag: string;
  /** Hardware keys the ingest accepts (the keys of `gpuMeta` in gpu-specs.json). */
  readonly knownHardware: ReadonlySet<string>;
}

export interface ConvertedPoint {
  readonly model: string;
  readonly sequence: SequenceKey;
  readonly point: BenchmarkPoint;
}

export type RowResult =
  { readonly ok: true; readonly value: ConvertedPoint } | { readonly ok: false; readonly reason: string };

export type GpuCountResult =
  | {
      readonly ok: true;
      readonly gpuCount: number;
      /** Null when the count is read from the row; otherwise how it was inferred (see `gpuCountNote`). */
      readonly note: string | null;
      /** Whether the row says how many GPUs are prefill and how many decode (always true for single-node). */
      readonly splitKnown: boolean;
    }
  | { readonly ok: false; readonly reason: string };

/** A single-node row's stage sizes, for the reason it is rejected (written only then). */
const stagesOf = (row: RawRow): string =>
  `prefill tp=${row.prefill_tp} ep=${row.prefill_ep} gpus=${row.num_prefill_gpu}, ` +
  `decode tp=${row.decode_tp} ep=${row.decode_ep} gpus=${row.num_decode_gpu}`;

/**
 * How many GPUs the row's per-GPU throughput is divided over.
 *
 * Single-node (disagg = false): prefill and decode run on the same GPUs, so the count is the
 * tensor-parallel size `tp`, never num_prefill_gpu + num_decode_gpu. Upstream fills
 * num_prefill_gpu = num_decode_gpu with either `tp` or `tp × ep`: 46 of the 200 single-node
 * rows in the 2026-06-14 capture say 64 for a tp=8, ep=8 run on one 8-GPU B200/H200 node,
 * which is physically impossible, and their throughput (conc × tokens / mean e2e latency) is
 * consistent with 8 GPUs, not 64. Both patterns give `tp`. Anything else (prefill tp ≠ decode
 * tp, prefill GPUs ≠ decode GPUs, or a GPU number that is neither tp nor tp × ep) is
 * ambiguous and rejected.
 *
 * Disaggregated (disagg = true): separate prefill and decode pools, count =
 * num_prefill_gpu + num_decode_gpu. These fields are taken as authoritative even when they
 * differ from tp × workers (DP-attention layouts); upstream's own numbers confirm it:
 * tput_per_gpu = (input_tput_per_gpu × prefill GPUs + output_tput_per_gpu × decode GPUs) /
 * (prefill + decode GPUs) exactly.
 *
 * Disaggregated with 0 prefill and 0 decode workers and the same number N in prefill tp,
 * decode tp and both GPU fields (8 GB200 Dynamo rows from 2025-12 upstream, e.g. N = 36):
 * the row does not record how its GPUs split into prefill and decode, and N + N may count
 * the same GPUs twice. tok/s/GPU is measured upstream and does not depend on our count, so
 * the row is kept with count N, flagged with a note, and without an input/output split
 * (see `deploymentSplit`). Why N and not 2N: solving tput = (input × P + output × D) / total
 * for the pools gives whole numbers either way, but with total N they are layouts other
 * GB200 rows record (4 + 32 for N = 36, 4 + 16 for 20, 24 + 48 for 72), and 2N would put
 * the N = 72 rows on 144 GPUs, two NVL72 racks, while the rows say is_multinode = false.
 * Any other disaggregated row with 0 workers in a pool is rejected as ambiguous.
 */
export function gpuCountFor(row: RawRow): GpuCountResult {
  if (!row.disagg) {
    const tp = row.decode_tp;
    if (row.prefill_tp !== row.decode_tp || row.num_prefill_gpu !== row.num_decode_gpu) {
      return {
        ok: false,
        reason: `ambiguous GPU count: single-node row with different prefill and decode sizes (${stagesOf(row)})`,
      };
    }
    if (row.num_decode_gpu !== tp && row.num_decode_gpu !== tp * row.decode_ep) {
      return {
        ok: false,
        reason: `ambiguous GPU count: single-node GPU number is neither tp nor tp × ep (${stagesOf(row)})`,
      };
    }
    return { ok: true, gpuCount: tp, note: null, splitKnown: true };
  }
  if (row.prefill_num_workers === 0 || row.decode_num_workers === 0) {
    const n = row.decode_tp;
    const sameNumberEverywhere =
      row.prefill_num_workers === 0 &&
      row.decode_num_workers === 0 &&
      row.prefill_tp === n &&
      row.num_prefill_gpu === n &&
      row.num_decode_gpu === n;
    if (sameNumberEverywhere) {
      return {
        ok: true,
        gpuCount: n,
        splitKnown: false,
        note:
          `Inferred: the row records no prefill/decode split; tp = ${n} taken as the deployment size. ` +
          'Input and output tok/s/GPU are left out: without that split they cannot be spread over the deployment.',
      };
    }
    return {
      ok: false,
      reason:
        `ambiguous GPU count: disaggregated row with ${row.prefill_num_workers} prefill and ` +
        `${row.decode_num_workers} decode workers does not record its prefill/decode split ` +
        `(prefill tp=${row.prefill_tp} gpus=${row.num_prefill_gpu}, decode tp=${row.decode_tp} ` +
        `gpus=${row.num_decode_gpu})`,
    };
  }
  return { ok: true, gpuCount: row.num_prefill_gpu + row.num_decode_gpu, note: null, splitKnown: true };
}

/**
 * Upstream input/output tok/s/GPU put on the same basis as `tput_per_gpu`: per GPU of the
 * whole deployment. Single-node rows already are. Disaggregated rows are per pool (input per
 * prefill GPU, output per decode GPU), so each is scaled by its pool's share of the GPUs.
 * Both become null when the split is unknown (`splitKnown` false) and either becomes null
 * when upstream had no value.
 */
export function deploymentSplit(
  input: number | null,
  output: number | null,
  layout: {
    readonly disagg: boolean;
    readonly prefillGpus: number;
    readonly decodeGpus: number;
    readonly gpuCount: number;
    readonly splitKnown: boolean;
  },
): { readonly input: number | null; readonly output: number | null } {
  if (!layout.splitKnown) return { input: null, output: null };
  if (!layout.disagg) return { input, output };
  return {
    input: input === null ? null : (input * layout.prefillGpus) / layout.gpuCount,
    output: output === null ? null : (output * layout.decodeGpus) / layout.gpuCount,
  };
}

function metricsOf(m: RawRow['metrics'], split: { input: number | null; output: number | null }): PointMetrics {
  const opt = (v: number | null | undefined): number | null => (v === undefined ? null : v);
  return {
    tokPerSecPerGpu: m.tput_per_gpu,
    outputTokPerSecPerGpu: split.output,
    inputTokPerSecPerGpu: split.input,
    tokPerSecPerUser: m.median_intvty,
    p90TokPerSecPerUser: opt(m.p90_intvty),
    p99TokPerSecPerUser: opt(m.p99_intvty),
    medianTtftSec: opt(m.median_ttft),
    p90TtftSec: opt(m.p90_ttft),
    p99TtftSec: opt(m.p99_ttft),
    medianE2eSec: opt(m.median_e2el),
    p90E2eSec: opt(m.p90_e2el),
    p99E2eSec: opt(m.p99_e2el),
    medianTpotSec: opt(m.median_tpot),
  };
}

const SEQUENCE_LIST = SEQUENCES.map((s) => `${s.isl}/${s.osl}`).join(', ');

/** Validate one upstream row and turn it into a benchmark point, or say why not. */
export function rowToPoint(raw: unknown, index: number, ctx: RowContext): RowResult {
  const parsed = parse(rawRowSchema, raw);
  if (!parsed.ok) return { ok: false, reason: formatIssues(parsed.issues).join('; ') };
  const row = parsed.value;

  const problems: string[] = [];
  const specMethod = SUPPORTED_SPEC_METHODS.find((s) => s === row.spec_method);
  if (!specMethod) {
    problems.push(`spec_method: unsupported value ${show(row.spec_method)} (expected "none" or "mtp")`);
  }
  if (!ctx.knownHardware.has(row.hardware)) {
    problems.push(`hardware: unknown GPU ${show(row.hardware)} (not in gpu-specs.json gpuMeta)`);
  }
  const sequence = sequenceKeyFor(row.isl, row.osl);
  if (!sequence) {
    problems.push(`unknown sequence isl=${row.isl} osl=${row.osl} (expected isl/osl ${SEQUENCE_LIST})`);
  }
  const gpus = gpuCountFor(row);
  if (!gpus.ok) problems.push(gpus.reason);
  const benchmarkType = row.benchmark_type ?? 'single_turn';
  if (benchmarkType !== 'single_turn') {
    problems.push(
      `benchmark_type: ${show(benchmarkType)} is not a fixed-sequence sweep (Isoline compares "single_turn" runs only)`,
    );
  }

  if (problems.length > 0 || !specMethod || !sequence || !gpus.ok) {
    return { ok: false, reason: problems.join('; ') };
  }

  // Single-node: both stages are the same GPUs, so each stage reports gpuCount (= tp), not the
  // upstream tp × ep figure. Disagg: each stage keeps its own upstream GPU number (for a
  // flagged row that is the number as recorded, even though the two do not add up to gpuCount).
  const split = deploymentSplit(row.metrics.input_tput_per_gpu ?? null, row.metrics.output_tput_per_gpu ?? null, {
    disagg: row.disagg,
    prefillGpus: row.num_prefill_gpu,
    decodeGpus: row.num_decode_gpu,
    gpuCount: gpus.gpuCount,
    splitKnown: gpus.splitKnown,
  });
  const point: BenchmarkPoint = {
    id: `${ctx.tag}#${index}`,
    hardware: row.hardware,
    engine: row.framework,
    precision: row.precision,
    specMethod,
    disagg: row.disagg,
    multinode: row.is_multinode,
    offloadMode: row.offload_mode ?? null,
    prefill: {
      tp: row.prefill_tp,
      ep: row.prefill_ep,
      dpAttention: row.prefill_dp_attention,
      workers: row.prefill_num_workers,
      gpus: row.disagg ? row.num_prefill_gpu : gpus.gpuCount,
    },
    decode: {
      tp: row.decode_tp,
      ep: row.decode_ep,
      dpAttention: row.decode_dp_attention,
      workers: row.decode_num_workers,
      gpus: row.disagg ? row.num_decode_gpu : gpus.gpuCount,
    },
    gpuCount: gpus.gpuCount,
    gpuCountNote: gpus.note,
    concurrency: row.conc,
    date: row.date,
    image: row.image ?? null,
    runUrl: row.run_url ?? null,
    metrics: metricsOf(row.metrics, split),
  };
  return { ok: true, value: { model: row.model, sequence, point } };
}
