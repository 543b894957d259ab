import type { BenchmarkPoint, Manifest, SequenceKey } from '../../data/schema';
import type { OwnFile } from '../../data/own/store';
import { ENGINES } from '../../domain/catalog';
import { NO_FILTERS, type QuickFilters } from '../../state/params';
import { describeFilters, pointPasses } from '../compare/filters';

/** What a data page shows: your files are drawn or ranked only where they fit it. */
export interface OwnPageScope {
  model: string;
  sequence: SequenceKey;
  /** The precisions the page shows. */
  precisions: readonly string[];
  filters: QuickFilters;
}

/** A file of yours that fits the page, with the points its filters keep. */
export interface OwnFileShown {
  file: OwnFile;
  points: BenchmarkPoint[];
  /** Points of the file the page's precision and quick filters leave out. */
  leftOut: number;
}

/** A file of yours the page does not show, and why in words ("made for …; this page shows …"). */
export interface OwnFileApart {
  file: OwnFile;
  kind: 'other-workload' | 'filtered' | 'empty';
  /** The filter that hides it, as its name reads in "hidden by the FP8 filter"; null unless `filtered`. */
  filter: string | null;
  reason: string;
}

export interface OwnFit {
  shown: OwnFileShown[];
  apart: OwnFileApart[];
  /** "2 of your series hidden by the FP8 filter", one line per filter (and one for other workloads); empty when all are shown. */
  summary: string[];
}

type Labelled = readonly { key: string; label?: string; displayName?: string }[];
const labelIn = (list: Labelled, key: string) => {
  const found = list.find((x) => x.key === key);
  return found?.displayName ?? found?.label ?? key;
};

type Ctx = Pick<Manifest, 'models' | 'sequences' | 'precisions' | 'hardware' | 'engines' | 'specMethods'>;

/** The first of the page's filters a point fails, as the filter's name and what the point is instead; null when it passes. */
function failedFilter(p: BenchmarkPoint, scope: OwnPageScope, manifest: Ctx): { filter: string; is: string } | null {
  if (!scope.precisions.includes(p.precision)) {
    return {
      filter: scope.precisions.map((k) => labelIn(manifest.precisions, k)).join(' and '),
      is: labelIn(manifest.precisions, p.precision),
    };
  }
  const f = scope.filters;
  const single: [keyof QuickFilters, string][] = [
    ['vendor', labelIn(manifest.hardware, p.hardware)],
    ['engine', labelIn([...manifest.engines, ...ENGINES], p.engine)],
    ['spec', labelIn(manifest.specMethods, p.specMethod)],
    ['disagg', p.disagg ? 'disaggregated' : 'not disaggregated'],
  ];
  for (const [key, is] of single) {
    if (f[key] === null) continue;
    const only = { ...NO_FILTERS, [key]: f[key] } as QuickFilters;
    if (!pointPasses(p, only, manifest)) return { filter: describeFilters(only, manifest), is };
  }
  return null;
}

/**
 * Which of your files a page shows and which it does not, with the reason: a file made for
 * another model or sequence, a file whose every point the page's precision or quick filters
 * leave out (named by the first filter that does), or a file with no run kept. Shown files
 * carry the points the filters keep, as published points are filtered. Pure; files keep their order.
 */
export function fitOwnFiles(files: readonly OwnFile[], scope: OwnPageScope, manifest: Ctx): OwnFit {
  const shown: OwnFileShown[] = [];
  const apart: OwnFileApart[] = [];
  const here = `${labelIn(manifest.models, scope.model)} ${labelIn(manifest.sequences, scope.sequence)}`;
  for (const file of files) {
    if (file.model !== scope.model || file.sequence !== scope.sequence) {
      const made = `${labelIn(manifest.models, file.model)} ${labelIn(manifest.sequences, file.sequence)}`;
      apart.push({
        file,
        kind: 'other-workload',
        filter: null,
        reason: `made for ${made}; this page shows ${here}`,
      });
      continue;
    }
    if (file.points.length === 0) {
      apart.push({ file, kind: 'empty', filter: null, reason: 'no run of it was kept' });
      continue;
    }
    // The same verdict as failedFilter(p) === null (each filter is checked on its own there), without naming anything per point.
    const points = file.points.filter(
      (p) => scope.precisions.includes(p.precision) && pointPasses(p, scope.filters, manifest),
    );
    if (points.length === 0) {
      const failed = failedFilter(file.points[0]!, scope, manifest)!;
      apart.push({
        file,
        kind: 'filtered',
        filter: failed.filter,
        reason: `hidden by the ${failed.filter} filter (it is ${failed.is})`,
      });
      continue;
    }
    shown.push({ file, points, leftOut: file.points.length - points.length });
  }
  return { shown, apart, summary: summaryOf(apart) };
}

function summaryOf(apart: readonly OwnFileApart[]): string[] {
  const series = (n: number) => `${n} of your series`;
  const byFilter = new Map<string, number>();
  for (const a of apart) if (a.filter !== null) byFilter.set(a.filter, (byFilter.get(a.filter) ?? 0) + 1);
  const lines = [...byFilter].map(([filter, n]) => `${series(n)} hidden by the ${filter} filter`);
  const other = apart.filter((a) => a.kind === 'other-workload').length;
  if (other > 0) lines.push(`${series(other)} made for another model or sequence`);
  return lines;
}
