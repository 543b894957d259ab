import type { GpuSpecs, Manifest } from '../../data/schema';
import type { SpecDecodeAvailability } from '../../state/spec-decode-url';
import { pairedSequences, specDecodeDefaultSequence } from './default-sequence';

export interface Workload {
  model: string;
  hardware: string;
  precision: string;
}

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
  const sequences = pairedSequences(manifest, workload);
  const defaultSequence = specDecodeDefaultSequence(manifest, workload, null);
  if (sequences.length === 0 || !defaultSequence) return null;
  const engineSet = new Set(
    manifest.combos
      .filter(
        (c) =>
          c.model === workload.model &&
          c.hardware === workload.hardware &&
          c.precision === workload.precision &&
          sequences.includes(c.sequence),
      )
      .flatMap((c) => c.engines),
  );
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
