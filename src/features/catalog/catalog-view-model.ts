import { compareText } from '../../domain/text-order';
import type { IngestReport, Manifest } from '../../data/schema';
import { findSpecDecodeComparisons, type SpecDecodeComparison } from '../../state/availability';

export type { SpecDecodeComparison };

export interface VendorGroup {
  vendor: string;
  hardware: { key: string; label: string; arch: string; pointCount: number }[];
}

export interface CatalogViewModel {
  pointCount: number;
  historyPointCount: number;
  rowsRead: number;
  rejectedCount: number;
  duplicateCount: number;
  olderRunCount: number;
  /** Every row the ingest rejected, removed as a duplicate, kept with a note or kept as history only (once the report is loaded). */
  ingestNotes:
    { kind: 'rejected' | 'duplicate' | 'flagged' | 'older run'; file: string; index: number; reason: string }[] | null;
  fileNotes: IngestReport['notes'];
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
  return [...groups.values()].sort((a, b) => compareText(a.vendor, b.vendor));
}

export function buildCatalogViewModel(manifest: Manifest, report: IngestReport | null = null): CatalogViewModel {
  return {
    pointCount: manifest.ingest.pointsKept,
    historyPointCount: manifest.ingest.historyPoints,
    rowsRead: manifest.ingest.rowsRead,
    rejectedCount: manifest.ingest.rejected,
    duplicateCount: manifest.ingest.duplicates,
    olderRunCount: manifest.ingest.movedToHistory,
    ingestNotes: report && [
      ...report.rejected.map((r) => ({ kind: 'rejected' as const, ...r })),
      ...report.flagged.map((r) => ({ kind: 'flagged' as const, ...r })),
      ...report.movedToHistory.map((r) => ({ kind: 'older run' as const, ...r })),
      ...report.duplicates.map((r) => ({ kind: 'duplicate' as const, ...r })),
    ],
    fileNotes: report?.notes ?? [],
    dateRange: manifest.dates,
    models: manifest.models,
    vendors: groupByVendor(manifest.hardware),
    engines: manifest.engines,
    sequences: manifest.sequences,
    precisions: manifest.precisions,
    comparisons: findSpecDecodeComparisons(manifest),
  };
}
