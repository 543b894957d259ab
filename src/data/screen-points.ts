import { benchmarkPointSchema, type BenchmarkFile, type BenchmarkPoint, type Manifest } from './schema.ts';

/**
 * A benchmark file as a page receives it: the schema found it valid, and its points are the
 * ones a page can place. Points left out are said in `warnings`, one sentence per reason,
 * naming the file, fit to show to a reader.
 */
export type LoadedBenchmarkFile = BenchmarkFile & { readonly warnings: readonly string[] };

/** At most this many points are named in a warning; the count of the rest is stated. */
const MAX_NAMED = 5;

/**
 * Fields that say which record a point is, and when and where it was recorded, rather than
 * what was run and measured. Two points equal in every other field are one measurement.
 */
const RECORD_FIELDS = new Set(['id', 'date', 'runUrl']);

/** The point's fields in schema order, nested objects (stages, metrics) by their own schema. */
const MEASUREMENT_FIELDS = Object.entries(benchmarkPointSchema.shape)
  .filter(([field]) => !RECORD_FIELDS.has(field))
  .map(([field, validator]) => {
    const nested = (validator as { readonly shape?: Record<string, unknown> }).shape;
    return [field, nested ? Object.keys(nested) : null] as const;
  });

/** A string equal for two points exactly when they are the same configuration, concurrency and measured values. */
function measurementKey(point: BenchmarkPoint): string {
  const values = MEASUREMENT_FIELDS.map(([field, nested]) => {
    const value = (point as Record<string, unknown>)[field];
    return nested ? nested.map((key) => (value as Record<string, unknown>)[key]) : value;
  });
  // Numbers stringify to their shortest round-trip form, so equal strings mean equal values.
  return JSON.stringify(values);
}

/** "points.3, points.8" with at most MAX_NAMED named, then "and N more". */
function named(items: readonly string[]): string {
  const shown = items.slice(0, MAX_NAMED).join(', ');
  const rest = items.length - MAX_NAMED;
  return rest > 0 ? `${shown} and ${rest} more` : shown;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/**
 * The points of a valid file that a page can place, and a warning for each kind left out:
 * - a point whose precision the manifest does not list (no page offers it, so it would
 *   vanish without a word) is not drawn;
 * - a point that repeats an earlier one exactly (same configuration, concurrency and measured
 *   values; its id, date and run may differ) is drawn once, as the first.
 * The file is returned as is (plus `warnings: []`) when nothing is left out.
 */
export function screenBenchmarkFile(
  path: string,
  file: BenchmarkFile,
  manifest: Pick<Manifest, 'precisions'>,
): LoadedBenchmarkFile {
  const listed = new Set(manifest.precisions.map((p) => p.key));
  const firstIndexOf = new Map<string, number>();
  const unlisted: number[] = [];
  const repeats: (readonly [index: number, first: number])[] = [];
  const kept: BenchmarkPoint[] = [];
  file.points.forEach((point, index) => {
    if (!listed.has(point.precision)) {
      unlisted.push(index);
      return;
    }
    const key = measurementKey(point);
    const first = firstIndexOf.get(key);
    if (first === undefined) {
      firstIndexOf.set(key, index);
      kept.push(point);
    } else repeats.push([index, first]);
  });
  if (kept.length === file.points.length) return { ...file, warnings: [] };

  const warnings: string[] = [];
  if (unlisted.length > 0) {
    const n = unlisted.length;
    const precisions = [...new Set(unlisted.map((i) => file.points[i]!.precision))].map((p) => `"${p}"`);
    warnings.push(
      `${path}: ${n} ${plural(n, 'point has a precision', 'points have precisions')} the manifest does not list ` +
        `(${precisions.join(', ')}) and ${plural(n, 'is', 'are')} not drawn: ${named(unlisted.map((i) => `points.${i}`))}.`,
    );
  }
  if (repeats.length > 0) {
    const n = repeats.length;
    warnings.push(
      `${path}: ${n} ${plural(n, 'point repeats', 'points repeat')} an earlier point exactly; ` +
        `${plural(n, 'it is', 'each is')} drawn once: ${named(repeats.map(([i, first]) => `points.${i} repeats points.${first}`))}.`,
    );
  }
  return { ...file, points: kept, warnings };
}
