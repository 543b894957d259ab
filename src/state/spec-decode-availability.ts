import type { GpuSpecs, Manifest, SequenceKey } from '../data/schema.ts';
import { specDecodeHref, type SpecDecodeAvailability } from './spec-decode-url.ts';
import { pairedSequences, specDecodeDefaultSequence } from './spec-decode-default-sequence.ts';

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

export interface SpecDecodeComparison {
  model: string;
  modelName: string;
  hardware: string;
  hardwareLabel: string;
  precision: string;
  precisionLabel: string;
  /** Sequences in which both MTP and non-MTP points exist, in manifest order. */
  sequences: SequenceKey[];
  href: string;
}

/**
 * Every model × hardware × precision with both MTP and non-MTP points in at least one
 * sequence. Ordered as the manifest orders models, hardware and precisions.
 */
export function findSpecDecodeComparisons(manifest: Manifest): SpecDecodeComparison[] {
  const label = (list: { key: string; label?: string; displayName?: string }[], key: string) => {
    const found = list.find((item) => item.key === key);
    return found?.label ?? found?.displayName ?? key;
  };
  const byWorkload = new Map<string, SpecDecodeComparison>();
  for (const combo of manifest.combos) {
    if (!(combo.specMethods.includes('mtp') && combo.specMethods.includes('none'))) continue;
    const id = JSON.stringify([combo.model, combo.hardware, combo.precision]);
    const entry = byWorkload.get(id) ?? {
      model: combo.model,
      modelName: label(manifest.models, combo.model),
      hardware: combo.hardware,
      hardwareLabel: label(manifest.hardware, combo.hardware),
      precision: combo.precision,
      precisionLabel: label(manifest.precisions, combo.precision),
      sequences: [],
      href: specDecodeHref(combo.model, combo.hardware, combo.precision),
    };
    entry.sequences.push(combo.sequence);
    byWorkload.set(id, entry);
  }
  const order = (list: { key: string }[], key: string) => list.findIndex((item) => item.key === key);
  const sequenceOrder = (s: SequenceKey) => order(manifest.sequences, s);
  return [...byWorkload.values()]
    .map((c) => ({ ...c, sequences: [...c.sequences].sort((a, b) => sequenceOrder(a) - sequenceOrder(b)) }))
    .sort(
      (a, b) =>
        order(manifest.models, a.model) - order(manifest.models, b.model) ||
        order(manifest.hardware, a.hardware) - order(manifest.hardware, b.hardware) ||
        order(manifest.precisions, a.precision) - order(manifest.precisions, b.precision),
    );
}
