import type { BenchmarkPoint, Manifest } from '../../data/schema';
import { vendorKey } from '../../state/availability';
import type { QuickFilters } from '../../state/params';

/** What a filter reads of a point. */
export type FilteredPoint = Pick<BenchmarkPoint, 'hardware' | 'engine' | 'specMethod' | 'disagg'>;

/**
 * Whether a point passes the quick filters (each null filter passes everything): its GPU's
 * vendor (the manifest's, as a lower-case key), its engine, spec method and whether it is
 * disaggregated. A GPU the manifest does not list has no vendor, so a vendor filter leaves it out.
 */
export function pointPasses(
  point: FilteredPoint,
  filters: QuickFilters,
  manifest: Pick<Manifest, 'hardware'>,
): boolean {
  if (filters.engine !== null && point.engine !== filters.engine) return false;
  if (filters.spec !== null && point.specMethod !== filters.spec) return false;
  if (filters.disagg !== null && point.disagg !== filters.disagg) return false;
  if (filters.vendor !== null) {
    const vendor = manifest.hardware.find((h) => h.key === point.hardware)?.vendor;
    if (vendor === undefined || vendorKey(vendor) !== filters.vendor) return false;
  }
  return true;
}

/** True when at least one filter is set. */
export function anyFilter(filters: QuickFilters): boolean {
  return filters.vendor !== null || filters.engine !== null || filters.spec !== null || filters.disagg !== null;
}

/**
 * The filters in words, for a subtitle: "AMD GPUs, SGLang, MTP, disaggregated"; "" when none.
 * Vendors are named as the manifest writes them.
 */
export function describeFilters(
  filters: QuickFilters,
  manifest: Pick<Manifest, 'hardware' | 'engines' | 'specMethods'>,
): string {
  const parts: string[] = [];
  if (filters.vendor !== null) {
    const vendor = manifest.hardware.find((h) => vendorKey(h.vendor) === filters.vendor)?.vendor ?? filters.vendor;
    parts.push(`${vendor} GPUs`);
  }
  if (filters.engine !== null)
    parts.push(manifest.engines.find((e) => e.key === filters.engine)?.label ?? filters.engine);
  if (filters.spec !== null) {
    const label = manifest.specMethods.find((m) => m.key === filters.spec)?.label ?? filters.spec;
    parts.push(filters.spec === 'none' ? `spec decoding ${label}` : label);
  }
  if (filters.disagg !== null) parts.push(filters.disagg ? 'disaggregated' : 'not disaggregated');
  return parts.join(', ');
}
