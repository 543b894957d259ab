import type { Manifest } from '../../data/schema';
import { findSpecDecodeComparisons, type SpecDecodeComparison } from '../../state/availability';

export type { SpecDecodeComparison };

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

function groupByVendor(hardware: Manifest['hardware']): VendorGroup[] {
  const groups = new Map<string, VendorGroup>();
  for (const h of hardware) {
    const group = groups.get(h.vendor) ?? { vendor: h.vendor, hardware: [] };
    group.hardware.push({ key: h.key, label: h.label, arch: h.arch, pointCount: h.pointCount });
    groups.set(h.vendor, group);
  }
  return [...groups.values()].sort((a, b) => a.vendor.localeCompare(b.vendor));
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
