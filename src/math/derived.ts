import { finiteOrNull, isPositiveFinite } from './numeric.ts';

const SECONDS_PER_HOUR = 3600;
const TOKENS_PER_MILLION = 1e6;
const KW_PER_MW = 1000;
const WATTS_PER_KW = 1000;

/**
 * Cost in USD per million tokens of a GPU producing `tokPerSecPerGpu` tokens per second and
 * priced at `usdPerGpuHour` USD per GPU-hour: usdPerGpuHour · 1e6 / (3600 · tokPerSecPerGpu).
 * Use total, output or input throughput to price total, output or input tokens.
 * Both inputs must be finite and > 0; otherwise (or if the result is not finite) → null.
 * Example: 2232.0 tok/s/GPU at $1.48/GPU-hour → 0.18419… USD per million tokens.
 */
export function usdPerMillionTokens(tokPerSecPerGpu: number, usdPerGpuHour: number): number | null {
  if (!isPositiveFinite(tokPerSecPerGpu) || !isPositiveFinite(usdPerGpuHour)) return null;
  return finiteOrNull((usdPerGpuHour * TOKENS_PER_MILLION) / (SECONDS_PER_HOUR * tokPerSecPerGpu));
}

/**
 * Throughput per megawatt of all-in power: tokPerSecPerGpu · 1000 / kwPerGpu (tok/s per MW).
 * `kwPerGpu` is the all-in power per GPU in kW. Both inputs must be finite and > 0;
 * otherwise (or if the result is not finite) → null.
 * Example: 2232.0 tok/s/GPU at 2.65 kW/GPU → 842 264.15… tok/s/MW.
 */
export function tokPerSecPerMegawatt(tokPerSecPerGpu: number, kwPerGpu: number): number | null {
  if (!isPositiveFinite(tokPerSecPerGpu) || !isPositiveFinite(kwPerGpu)) return null;
  return finiteOrNull((tokPerSecPerGpu * KW_PER_MW) / kwPerGpu);
}

/**
 * Energy per token in joules: kwPerGpu · 1000 / tokPerSecPerGpu (W ÷ tok/s = J/token).
 * Both inputs must be finite and > 0; otherwise (or if the result is not finite) → null.
 * Example: 2232.0 tok/s/GPU at 2.65 kW/GPU → 1.1872… J/token.
 */
export function joulesPerToken(tokPerSecPerGpu: number, kwPerGpu: number): number | null {
  if (!isPositiveFinite(tokPerSecPerGpu) || !isPositiveFinite(kwPerGpu)) return null;
  return finiteOrNull((kwPerGpu * WATTS_PER_KW) / tokPerSecPerGpu);
}
