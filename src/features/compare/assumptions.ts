import type { GpuSpecs } from '../../data/schema';
import type { GpuAssumptions } from './metric-values';

/** $/GPU-hour for the tier and all-in kW for a GPU in one assumption set; null where absent. */
export function gpuAssumptions(specs: GpuSpecs, setId: string, tier: string, hardware: string): GpuAssumptions {
  const set = specs.sets.find((s) => s.id === setId);
  const gpu = set?.gpus[hardware];
  return { usdPerGpuHour: gpu?.usdPerGpuHour[tier] ?? null, kwPerGpu: gpu?.kwPerGpu ?? null };
}

/** Tiers that have a price in at least one set, in the order the file lists them. */
export function tierLabel(specs: GpuSpecs, tier: string): string {
  return specs.tiers.find((t) => t.key === tier)?.label ?? tier;
}
