import type { Manifest, SequenceKey } from '../../data/schema';

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

export interface VendorGroup {
  vendor: string;
  hardware: { key: string; label: string; arch: string; pointCount: number }[];
}

export interface CatalogViewModel {
  pointCount: number;
  rowsRead: number;
  rejectedCount: number;
  duplicateCount: number;
  /** Every row the ingest rejected, removed as a duplicate, or kept with a note. */
  ingestNotes: { kind: 'rejected' | 'duplicate' | 'flagged'; file: string; index: number; reason: string }[];
  dateRange: { first: string; last: string; distinct: number };
  models: Manifest['models'];
  vendors: VendorGroup[];
  engines: Manifest['engines'];
  sequences: Manifest['sequences'];
  precisions: Manifest['precisions'];
  comparisons: SpecDecodeComparison[];
}

export function specDecodeHref(model: string, hardware: string, precision: string): string {
  return `/spec-decode/${encodeURIComponent(model)}/${encodeURIComponent(hardware)}/${encodeURIComponent(precision)}`;
}

function groupByVendor(hardware: Manifest['hardware']): VendorGroup[] {
  const groups = new Map<string, VendorGroup>();
  for (const h of hardware) {
    const group = groups.get(h.vendor) ?? { vendor: h.vendor, hardware: [] };
    group.hardware.push({ key: h.key, label: h.label, arch: h.arch, pointCount: h.pointCount });
    groups.set(h.vendor, group);
  }
  return [...groups.values()].sort((a, b) => a.vendor.localeCompare(b.vendor));
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

export function buildCatalogViewModel(manifest: Manifest): CatalogViewModel {
  return {
    pointCount: manifest.ingest.pointsKept,
    rowsRead: manifest.ingest.rowsRead,
    rejectedCount: manifest.ingest.rejected.length,
    duplicateCount: manifest.ingest.duplicates.length,
    ingestNotes: [
      ...manifest.ingest.rejected.map((r) => ({ kind: 'rejected' as const, ...r })),
      ...manifest.ingest.duplicates.map((r) => ({ kind: 'duplicate' as const, ...r })),
      ...manifest.ingest.flagged.map((r) => ({ kind: 'flagged' as const, ...r })),
    ],
    dateRange: manifest.dates,
    models: manifest.models,
    vendors: groupByVendor(manifest.hardware),
    engines: manifest.engines,
    sequences: manifest.sequences,
    precisions: manifest.precisions,
    comparisons: findSpecDecodeComparisons(manifest),
  };
}
