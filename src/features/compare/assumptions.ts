import type { GpuSpecs } from '../../data/schema';
import type { GpuAssumptions } from '../../domain/metrics';

/** $/GPU-hour for the tier and all-in kW for a GPU in one assumption set; null where absent. */
export function gpuAssumptions(specs: GpuSpecs, setId: string, tier: string, hardware: string): GpuAssumptions {
  const set = specs.sets.find((s) => s.id === setId);
  const gpu = set?.gpus[hardware];
  return { usdPerGpuHour: gpu?.usdPerGpuHour[tier] ?? null, kwPerGpu: gpu?.kwPerGpu ?? null };
}

/** A tier's display label ("Owning – Hyperscaler"), or its key when the file has no such tier. */
export function tierLabel(specs: GpuSpecs, tier: string): string {
  return specs.tiers.find((t) => t.key === tier)?.label ?? tier;
}

/** Options of a cost-and-power-set picker, the set in force for the shipped data marked. */
export function costSetOptions(specs: GpuSpecs): { value: string; label: string }[] {
  return specs.sets.map((s) => ({
    value: s.id,
    label: `Set ${s.id}${s.id === specs.defaultSetId ? ' (in force for this data)' : ''}`,
  }));
}
