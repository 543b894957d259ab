import type { GpuSpecs, Manifest, SequenceKey } from '../../data/schema';
import type { SeriesKey } from '../../state/inference-series-key';
import type { InferenceAvailability, InferenceModelAvailability } from '../../state/inference-url';

const PREFERRED_SEQUENCE: SequenceKey = '8k1k';

function indexIn(list: readonly { key: string }[], key: string): number {
  const i = list.findIndex((item) => item.key === key);
  return i === -1 ? list.length : i;
}

/**
 * Every series a model's data may hold, from the manifest: for each GPU × precision combo,
 * each of its engines × spec methods. The manifest does not record which engine ran which
 * method, so this is a superset of what was measured; the chart and legend show only what
 * the loaded points hold. Ordered by GPU, engine, precision, then Off before MTP.
 */
export function seriesUniverse(manifest: Manifest, model: string): SeriesKey[] {
  const found = new Map<string, SeriesKey>();
  for (const combo of manifest.combos) {
    if (combo.model !== model) continue;
    for (const engine of combo.engines) {
      for (const specMethod of combo.specMethods) {
        const key = { hardware: combo.hardware, engine, specMethod, precision: combo.precision };
        found.set(JSON.stringify([key.hardware, key.engine, key.specMethod, key.precision]), key);
      }
    }
  }
  return [...found.values()].sort(
    (a, b) =>
      indexIn(manifest.hardware, a.hardware) - indexIn(manifest.hardware, b.hardware) ||
      indexIn(manifest.engines, a.engine) - indexIn(manifest.engines, b.engine) ||
      indexIn(manifest.precisions, a.precision) - indexIn(manifest.precisions, b.precision) ||
      indexIn(manifest.specMethods, a.specMethod) - indexIn(manifest.specMethods, b.specMethod),
  );
}

function modelAvailability(manifest: Manifest, model: string): InferenceModelAvailability | null {
  const files = manifest.files.filter((f) => f.model === model);
  const sequences = manifest.sequences.map((s) => s.key).filter((key) => files.some((f) => f.sequence === key));
  if (sequences.length === 0) return null;
  // Files are per GPU: a sequence's size is the sum over its files.
  const pointsIn = (sequence: string) =>
    files.filter((f) => f.sequence === sequence).reduce((n, f) => n + f.pointCount, 0);
  const byPoints = [...sequences].sort((x, y) => pointsIn(y) - pointsIn(x));
  const precisions = manifest.precisions
    .map((p) => p.key)
    .filter((p) => manifest.combos.some((c) => c.model === model && c.precision === p));
  return {
    key: model,
    sequences,
    defaultSequence: sequences.includes(PREFERRED_SEQUENCE) ? PREFERRED_SEQUENCE : byPoints[0]!,
    precisions,
    series: seriesUniverse(manifest, model),
  };
}

/** What the inference page's URL may choose from; null when the manifest has no model with data. */
export function inferenceAvailability(manifest: Manifest, specs: GpuSpecs): InferenceAvailability | null {
  const models = manifest.models
    .map((m) => modelAvailability(manifest, m.key))
    .filter((m): m is InferenceModelAvailability => m !== null);
  if (models.length === 0) return null;
  return {
    models,
    defaultModel: models[0]!.key,
    tiers: specs.tiers.map((t) => t.key),
    defaultTier: specs.tiers[0]!.key,
    costSets: specs.sets.map((s) => s.id),
    defaultCostSet: specs.defaultSetId,
  };
}
