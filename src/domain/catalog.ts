/**
 * Display names and labels for the keys that appear in the benchmark data, plus the order
 * the UI lists them in. Keys not listed here are shown as their raw key (never dropped).
 *
 * Hardware labels/vendor/arch mirror `gpuMeta` in `fixtures/real/gpu-specs.json` (the ingest
 * reads them from there; `tests/unit/data-contract.test.ts` checks this table still matches).
 */

import { compareText } from './text-order.ts';

/**
 * The vocabulary the data is written in. The schemas in `src/data/schema.ts` check files
 * against these lists (the data layer depends on this one, never the reverse).
 */
export const SEQUENCE_KEYS = ['1k1k', '1k8k', '8k1k'] as const;
/** One of the three fixed input/output length pairs, e.g. `8k1k` (8192 in, 1024 out). */
export type SequenceKey = (typeof SEQUENCE_KEYS)[number];

export const SPEC_METHOD_KEYS = ['none', 'mtp'] as const;
/** Speculative decoding: `none` (shown as "Off") or multi-token prediction. */
export type SpecMethod = (typeof SPEC_METHOD_KEYS)[number];

export interface ModelInfo {
  readonly key: string;
  readonly displayName: string;
}

export interface HardwareInfo {
  readonly key: string;
  readonly label: string;
  readonly vendor: string;
  readonly arch: string;
}

export interface SequenceInfo {
  readonly key: SequenceKey;
  readonly isl: number;
  readonly osl: number;
  readonly label: string;
}

export interface LabelInfo {
  readonly key: string;
  readonly label: string;
}

/** Upstream DB model keys. */
export const MODELS: readonly ModelInfo[] = [
  { key: 'dsr1', displayName: 'DeepSeek-R1-0528' },
  { key: 'dsv4', displayName: 'DeepSeek-V4-Pro' },
];

/** NVIDIA by generation, then AMD by generation, then the rest. */
export const HARDWARE: readonly HardwareInfo[] = [
  { key: 'h100', label: 'H100', vendor: 'NVIDIA', arch: 'Hopper' },
  { key: 'h200', label: 'H200', vendor: 'NVIDIA', arch: 'Hopper' },
  { key: 'b200', label: 'B200', vendor: 'NVIDIA', arch: 'Blackwell' },
  { key: 'b300', label: 'B300', vendor: 'NVIDIA', arch: 'Blackwell' },
  { key: 'gb200', label: 'GB200 NVL72', vendor: 'NVIDIA', arch: 'Blackwell' },
  { key: 'gb300', label: 'GB300 NVL72', vendor: 'NVIDIA', arch: 'Blackwell' },
  { key: 'rtx6000pro', label: 'RTX PRO 6000', vendor: 'NVIDIA', arch: 'Blackwell' },
  { key: 'vr200', label: 'Vera Rubin', vendor: 'NVIDIA', arch: 'Vera Rubin' },
  { key: 'mi300x', label: 'MI300X', vendor: 'AMD', arch: 'CDNA 3' },
  { key: 'mi325x', label: 'MI325X', vendor: 'AMD', arch: 'CDNA 3' },
  { key: 'mi355x', label: 'MI355X', vendor: 'AMD', arch: 'CDNA 4' },
  { key: 'tpuv7', label: 'TPU7x', vendor: 'Google', arch: 'Ironwood' },
  { key: 'jalapeno', label: 'Jalapeño', vendor: 'OpenAI', arch: 'Jalapeño' },
];

/** The three fixed input/output length pairs the benchmarks use. */
export const SEQUENCES: readonly SequenceInfo[] = [
  { key: '1k1k', isl: 1024, osl: 1024, label: '1k/1k' },
  { key: '1k8k', isl: 1024, osl: 8192, label: '1k/8k' },
  { key: '8k1k', isl: 8192, osl: 1024, label: '8k/1k' },
];

export const PRECISIONS: readonly LabelInfo[] = [
  { key: 'fp4', label: 'FP4' },
  { key: 'fp8', label: 'FP8' },
  { key: 'bf16', label: 'BF16' },
  { key: 'int4', label: 'INT4' },
];

/** Inference engines (upstream `framework`). */
export const ENGINES: readonly LabelInfo[] = [
  { key: 'sglang', label: 'SGLang' },
  { key: 'trt', label: 'TensorRT-LLM' },
  { key: 'vllm', label: 'vLLM' },
  { key: 'atom', label: 'ATOM' },
  { key: 'dynamo-sglang', label: 'Dynamo SGLang' },
  { key: 'dynamo-trt', label: 'Dynamo TensorRT-LLM' },
  { key: 'mori-sglang', label: 'MoRI SGLang' },
];

/** Speculative decoding methods. `none` is shown as "Off". */
export const SPEC_METHODS: readonly (LabelInfo & { readonly key: SpecMethod })[] = [
  { key: 'none', label: 'Off' },
  { key: 'mtp', label: 'MTP' },
];

function labelFrom(list: readonly LabelInfo[], key: string): string {
  return list.find((item) => item.key === key)?.label ?? key;
}

export function modelDisplayName(key: string): string {
  return MODELS.find((m) => m.key === key)?.displayName ?? key;
}

export function hardwareLabel(key: string): string {
  return HARDWARE.find((h) => h.key === key)?.label ?? key;
}

export function sequenceLabel(key: string): string {
  return SEQUENCES.find((s) => s.key === key)?.label ?? key;
}

export function precisionLabel(key: string): string {
  return labelFrom(PRECISIONS, key);
}

export function engineLabel(key: string): string {
  return labelFrom(ENGINES, key);
}

export function specMethodLabel(key: string): string {
  return labelFrom(SPEC_METHODS, key);
}

/** The sequence key for an (isl, osl) pair, or null if it is not one of the three. */
export function sequenceKeyFor(isl: number, osl: number): SequenceKey | null {
  return SEQUENCES.find((s) => s.isl === isl && s.osl === osl)?.key ?? null;
}

/**
 * A comparator that puts keys in the catalog's order; keys the catalog does not know go
 * last, in code-unit order (locale-independent, so output is the same on every machine).
 */
export function catalogOrder(list: readonly { readonly key: string }[]): (a: string, b: string) => number {
  const rank = new Map(list.map((item, i) => [item.key, i]));
  return (a, b) => {
    const ra = rank.get(a) ?? Number.POSITIVE_INFINITY;
    const rb = rank.get(b) ?? Number.POSITIVE_INFINITY;
    if (ra !== rb) return ra < rb ? -1 : 1;
    return compareText(a, b);
  };
}
