import type { GpuSpecs, Manifest, SequenceKey } from '../../data/schema';
import type { SpecDecodeAvailability } from '../../state/spec-decode-url';

export interface Workload {
  model: string;
  hardware: string;
  precision: string;
}

const PREFERRED_SEQUENCE: SequenceKey = '8k1k';

/**
 * What the URL of one spec-decode page may choose from, or null when the data has no
 * MTP-and-Off comparison for this workload (the page then shows its not-found state).
 * Default sequence: 8k/1k when both sides have it, else the one with the most points.
 */
export function specDecodeAvailability(
  manifest: Manifest,
  specs: GpuSpecs,
  workload: Workload,
): SpecDecodeAvailability | null {
  const combos = manifest.combos.filter(
    (c) => c.model === workload.model && c.hardware === workload.hardware && c.precision === workload.precision,
  );
  const paired = combos.filter((c) => c.specMethods.includes('mtp') && c.specMethods.includes('none'));
  if (paired.length === 0) return null;
  const order = manifest.sequences.map((s) => s.key);
  const sequences = order.filter((key) => paired.some((c) => c.sequence === key));
  const byPoints = [...paired].sort((x, y) => y.pointCount - x.pointCount);
  const defaultSequence = sequences.includes(PREFERRED_SEQUENCE) ? PREFERRED_SEQUENCE : byPoints[0]!.sequence;
  const engineSet = new Set(paired.flatMap((c) => c.engines));
  const otherPrecisions = manifest.precisions
    .map((p) => p.key)
    .filter(
      (p) =>
        p !== workload.precision &&
        manifest.combos.some(
          (c) => c.model === workload.model && c.hardware === workload.hardware && c.precision === p,
        ),
    );
  return {
    sequences,
    defaultSequence,
    otherPrecisions,
    engines: manifest.engines.map((e) => e.key).filter((e) => engineSet.has(e)),
    tiers: specs.tiers.map((t) => t.key),
    defaultTier: specs.tiers[0]!.key,
    costSets: specs.sets.map((s) => s.id),
    defaultCostSet: specs.defaultSetId,
  };
}
