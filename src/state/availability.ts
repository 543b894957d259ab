import type { GpuSpecs, Manifest, SequenceKey } from '../data/schema';
import type { SeriesKey } from './inference-series-key';
import type { CostChoices, FilterChoices, SequenceChoices } from './params';

/**
 * What each page's URL may choose from, derived from the manifest and the cost file: one
 * module, so that every page and the first-view preload agree on defaults.
 */

/** The sequence a page shows when it may choose: 8k/1k where it exists, else the one with the most points. */
const PREFERRED_SEQUENCE: SequenceKey = '8k1k';

function preferredSequence(sequences: readonly SequenceKey[], points: (s: SequenceKey) => number): SequenceKey | null {
  if (sequences.includes(PREFERRED_SEQUENCE)) return PREFERRED_SEQUENCE;
  return [...sequences].sort((x, y) => points(y) - points(x))[0] ?? null;
}

export function costChoices(specs: GpuSpecs): CostChoices {
  return {
    tiers: specs.tiers.map((t) => t.key),
    defaultTier: specs.tiers[0]!.key,
    costSets: specs.sets.map((s) => s.id),
    defaultCostSet: specs.defaultSetId,
  };
}

export interface Workload {
  model: string;
  hardware: string;
  precision: string;
}

/** What the data lacks of a workload's model, GPU and precision, in words ("no GPU \"tpu9\""); empty when it has all three. */
export function unknownWorkloadParts(workload: Workload, manifest: Manifest): string[] {
  return [
    !manifest.models.some((m) => m.key === workload.model) && `no model "${workload.model}"`,
    !manifest.hardware.some((h) => h.key === workload.hardware) && `no GPU "${workload.hardware}"`,
    !manifest.precisions.some((p) => p.key === workload.precision) && `no precision "${workload.precision}"`,
  ].filter((reason): reason is string => reason !== false);
}

/** What one comparison page may choose from. */
export interface SpecDecodeAvailability extends SequenceChoices, CostChoices {
  workload: Workload;
  /** Precisions of this model and GPU other than the page's own. */
  otherPrecisions: string[];
  /** Engines with points for this workload, in display order. */
  engines: string[];
}

/** The path of a workload's comparison page (query string not included). */
export function specDecodeHref(model: string, hardware: string, precision: string): string {
  return `/spec-decode/${encodeURIComponent(model)}/${encodeURIComponent(hardware)}/${encodeURIComponent(precision)}`;
}

/** Sequences in which the workload has both MTP and Off points, in manifest order. */
export function pairedSequences(manifest: Manifest, workload: Workload): SequenceKey[] {
  const paired = manifest.combos.filter(
    (c) =>
      c.model === workload.model &&
      c.hardware === workload.hardware &&
      c.precision === workload.precision &&
      c.specMethods.includes('mtp') &&
      c.specMethods.includes('none'),
  );
  return manifest.sequences.map((s) => s.key).filter((key) => paired.some((c) => c.sequence === key));
}

/**
 * The sequence a comparison page shows: `asked` when the workload has both sides there;
 * otherwise 8k/1k when it has both sides, else the paired sequence with the most points.
 * Null when the workload has no MTP-and-Off pair at all.
 */
export function specDecodeDefaultSequence(
  manifest: Manifest,
  workload: Workload,
  asked: SequenceKey | null,
): SequenceKey | null {
  const sequences = pairedSequences(manifest, workload);
  if (asked && sequences.includes(asked)) return asked;
  const points = (key: SequenceKey) =>
    manifest.combos
      .filter(
        (c) => c.model === workload.model && c.hardware === workload.hardware && c.precision === workload.precision,
      )
      .filter((c) => c.sequence === key)
      .reduce((n, c) => n + c.pointCount, 0);
  return preferredSequence(sequences, points);
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
    workload: { model: workload.model, hardware: workload.hardware, precision: workload.precision },
    sequences,
    defaultSequence,
    otherPrecisions,
    engines: manifest.engines.map((e) => e.key).filter((e) => engineSet.has(e)),
    ...costChoices(specs),
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

export interface InferenceModelAvailability extends SequenceChoices {
  key: string;
  precisions: string[];
  /** Every series the model's data may hold (from the manifest), in display order. */
  series: SeriesKey[];
  /** What the quick filters may choose from. */
  filters: FilterChoices;
}

/** What the inference chart's URL may choose from. */
export interface InferenceAvailability extends CostChoices {
  models: InferenceModelAvailability[];
  defaultModel: string;
}

/** The model's choices; the default model's when `model` is not in the data. */
export function modelAvailability(availability: InferenceAvailability, model: string): InferenceModelAvailability {
  return availability.models.find((m) => m.key === model) ?? availability.models[0]!;
}

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

/** A vendor's key in links and filters: the manifest's vendor name in lower case (`AMD` → `amd`). */
export function vendorKey(vendor: string): string {
  return vendor.toLowerCase();
}

/** The vendors (lower-case keys) and engines of a model's data, in manifest order. */
export function filterChoices(manifest: Manifest, model: string): FilterChoices {
  const combos = manifest.combos.filter((c) => c.model === model);
  const hardware = new Set(combos.map((c) => c.hardware));
  const engines = new Set(combos.flatMap((c) => c.engines));
  return {
    vendors: [...new Set(manifest.hardware.filter((h) => hardware.has(h.key)).map((h) => vendorKey(h.vendor)))],
    engines: manifest.engines.map((e) => e.key).filter((e) => engines.has(e)),
  };
}

function modelChoices(manifest: Manifest, model: string): InferenceModelAvailability | null {
  const files = manifest.files.filter((f) => f.model === model);
  const sequences = manifest.sequences.map((s) => s.key).filter((key) => files.some((f) => f.sequence === key));
  if (sequences.length === 0) return null;
  // Files are per GPU: a sequence's size is the sum over its files.
  const pointsIn = (sequence: string) =>
    files.filter((f) => f.sequence === sequence).reduce((n, f) => n + f.pointCount, 0);
  const precisions = manifest.precisions
    .map((p) => p.key)
    .filter((p) => manifest.combos.some((c) => c.model === model && c.precision === p));
  return {
    key: model,
    sequences,
    defaultSequence: preferredSequence(sequences, pointsIn)!,
    precisions,
    series: seriesUniverse(manifest, model),
    filters: filterChoices(manifest, model),
  };
}

/** What the inference page's URL may choose from; null when the manifest has no model with data. */
export function inferenceAvailability(manifest: Manifest, specs: GpuSpecs): InferenceAvailability | null {
  const models = manifest.models
    .map((m) => modelChoices(manifest, m.key))
    .filter((m): m is InferenceModelAvailability => m !== null);
  if (models.length === 0) return null;
  return { models, defaultModel: models[0]!.key, ...costChoices(specs) };
}
