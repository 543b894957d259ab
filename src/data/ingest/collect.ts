import { latestRuns, lineKeyOf } from '../../domain/runs.ts';
import type { IngestReport } from '../schema.ts';
import { canonicalKey } from './dedupe.ts';
import { rowToPoint, type ConvertedPoint, type RowResult } from './rows.ts';
import { benchmarkPointSchema } from '../schema.ts';
import { formatIssues, parse } from '../validate.ts';
import { groupBy } from './group.ts';
import { transcribedToPoint, type TranscribedRecord } from './transcribed.ts';
import type { BenchmarkSource, OwnRow } from './sources.ts';

/**
 * From every source file to two sets of points: the history (every distinct measurement,
 * dated) and the latest view (the latest run of every configuration line). Pure.
 *
 * Duplicates are found across all files, on what was measured: the same configuration line and
 * concurrency with the same value for every metric both rows hold (tok/s/GPU and tok/s/user
 * always) are one measurement, whatever else differs (a capture without `image`, fewer metric
 * keys, another API `id`). The first copy in
 * source order is kept, so list the richest source first.
 */

type Entry = IngestReport['rejected'][number];

export interface CollectedPoint extends ConvertedPoint {
  readonly source: BenchmarkSource;
  readonly index: number;
  /** `lineKeyOf(point)`, built once: the duplicate check and the latest view both need it. */
  readonly lineKey: string;
}

export interface Collected {
  readonly rowsRead: number;
  readonly history: readonly CollectedPoint[];
  readonly latest: readonly CollectedPoint[];
  readonly report: Omit<IngestReport, 'schemaVersion' | 'rowsRead'>;
  /** Per model, where its latest view comes from. */
  readonly latestBasis: ReadonlyMap<string, { file: string | null; captured: string | null }>;
}

const where = (file: string, index: number) => `${file} row ${index}`;

function withoutId(row: unknown): { rest: unknown; id: unknown } {
  if (typeof row !== 'object' || row === null || Array.isArray(row) || !('id' in row))
    return { rest: row, id: undefined };
  const { id, ...rest } = row as Record<string, unknown>;
  return { rest, id };
}

const shownId = (v: unknown) => (v === undefined ? 'none' : JSON.stringify(v));
const idNote = (there: unknown, here: unknown) =>
  there !== here ? ` except the API id (${shownId(there)} there, ${shownId(here)} here)` : '';

/**
 * The points that may be one measurement: same model, sequence, line and concurrency (the
 * runs of a line on other dates share it; `sameMeasurements` tells them apart). The metrics
 * are left out of the key: writing two doubles as text for every point cost more than
 * comparing the few runs of a line.
 */
const measurementKey = (p: CollectedPoint): string => `${p.model}|${p.sequence}|${p.lineKey}|${p.point.concurrency}`;

type Metrics = ConvertedPoint['point']['metrics'];

/** Every metric both points measured agrees (a metric one of them lacks is not evidence either way). */
function sameMeasurements(a: Metrics, b: Metrics): boolean {
  // Both always hold these two: most points differ there, and are told apart without listing the keys.
  if (a.tokPerSecPerGpu !== b.tokPerSecPerGpu || a.tokPerSecPerUser !== b.tokPerSecPerUser) return false;
  return (Object.keys(a) as (keyof Metrics)[]).every((k) => a[k] === null || b[k] === null || a[k] === b[k]);
}

/** An own-results run: its point, checked again with the shipped schema and given the source's id. */
function ownRowToPoint(row: OwnRow, index: number, tag: string, knownHardware: ReadonlySet<string>): RowResult {
  if ('problem' in row) return { ok: false, reason: row.problem };
  if (!knownHardware.has(row.point.hardware)) {
    return {
      ok: false,
      reason: `hardware: unknown GPU ${JSON.stringify(row.point.hardware)} (not in gpu-specs.json gpuMeta)`,
    };
  }
  const point = { ...row.point, id: `${tag}#${index}` };
  const checked = parse(benchmarkPointSchema, point);
  if (!checked.ok) return { ok: false, reason: formatIssues(checked.issues).join('; ') };
  return { ok: true, value: { model: row.model, sequence: row.sequence, point: checked.value } };
}

function measuredPowerRows(rows: readonly unknown[]): number {
  return rows.filter((row) => {
    if (typeof row !== 'object' || row === null) return false;
    const r = row as Record<string, unknown>;
    const metrics = r.metrics;
    const hasPower = typeof metrics === 'object' && metrics !== null && 'avg_power_w' in metrics;
    return hasPower || 'power_valid' in r;
  }).length;
}

/** Convert, deduplicate and split. Throws on tags used twice or a capture without a date. */
export function collectPoints(sources: readonly BenchmarkSource[], knownHardware: ReadonlySet<string>): Collected {
  const tags = new Set<string>();
  for (const src of sources) {
    if (tags.has(src.tag))
      throw new Error(`two sources share the point-id tag ${JSON.stringify(src.tag)}: ids would collide`);
    tags.add(src.tag);
    if (src.kind === 'latest-capture' && src.captured === null) {
      throw new Error(`${src.file}: a latest-view capture needs its capture date`);
    }
  }

  const rejected: Entry[] = [];
  const duplicates: Entry[] = [];
  const flagged: Entry[] = [];
  const notes: IngestReport['notes'] = [];
  const history: CollectedPoint[] = [];
  const rejectedSeen = new Map<string, { file: string; index: number; id: unknown }>();
  // The point, or the list of points, of each `measurementKey` (a list only from its second
  // point on): a list and a wrapper per point were two more objects kept per point. A point's
  // raw row is `point.source.rows[point.index]`.
  const measuredSeen = new Map<string, CollectedPoint | CollectedPoint[]>();
  let rowsRead = 0;

  for (const src of sources) {
    if (!Array.isArray(src.rows)) throw new Error(`${src.file} is not a list of rows`);
    const rows: readonly unknown[] = src.rows;
    rowsRead += rows.length;
    const power = src.kind === 'latest-capture' || src.kind === 'history' ? measuredPowerRows(rows) : 0;
    if (power > 0) {
      notes.push({
        file: src.file,
        note:
          `${power} row(s) carry measured power (metrics.avg_power_w or power_valid); not used: ` +
          "tok/s/MW and cost use the assumption set's kW per GPU for every row alike.",
      });
    }
    for (const note of src.notes ?? []) notes.push({ file: src.file, note });
    rows.forEach((row, index) => {
      const result =
        src.kind === 'transcribed'
          ? transcribedToPoint(row as TranscribedRecord, index, {
              tag: src.tag,
              knownHardware,
              sourceUrl: src.sourceUrl ?? '',
            })
          : src.kind === 'own-results'
            ? ownRowToPoint(row as OwnRow, index, src.tag, knownHardware)
            : rowToPoint(row, index, { tag: src.tag, knownHardware });
      if (!result.ok) {
        // A copy of a rejected row is a duplicate, so a copied bad row is reported once.
        const { rest, id } = withoutId(row);
        const exactKey = canonicalKey(rest);
        const copy = rejectedSeen.get(exactKey);
        if (copy) {
          duplicates.push({
            file: src.file,
            index,
            reason: `same row as ${where(copy.file, copy.index)}${idNote(copy.id, id)}`,
          });
        } else {
          rejectedSeen.set(exactKey, { file: src.file, index, id });
          rejected.push({ file: src.file, index, reason: result.reason });
        }
        return;
      }
      // Written out rather than spread: copying by spread was a tenth of reading a row.
      const { model, sequence, point: converted } = result.value;
      const point: CollectedPoint = {
        model,
        sequence,
        point: converted,
        source: src,
        index,
        lineKey: lineKeyOf(converted),
      };
      const key = measurementKey(point);
      const seen = measuredSeen.get(key);
      const same = (earlier: CollectedPoint) => sameMeasurements(earlier.point.metrics, converted.metrics);
      const first =
        seen === undefined ? undefined : Array.isArray(seen) ? seen.find(same) : same(seen) ? seen : undefined;
      if (first) {
        // Only for the (rare) duplicates: is it the same row, or the same measurement written otherwise?
        const a = withoutId((first.source.rows as readonly unknown[])[first.index]);
        const b = withoutId(row);
        const sameRow = canonicalKey(a.rest) === canonicalKey(b.rest);
        const dated =
          first.point.date === point.point.date ? '' : `; dated ${first.point.date} there, ${point.point.date} here`;
        duplicates.push({
          file: src.file,
          index,
          reason: sameRow
            ? `same row as ${where(first.source.file, first.index)}${idNote(a.id, b.id)}`
            : `same measurements as ${where(first.source.file, first.index)} ` +
              `(configuration line, concurrency and every metric both hold)${dated}`,
        });
        return;
      }
      if (seen === undefined) measuredSeen.set(key, point);
      else if (Array.isArray(seen)) seen.push(point);
      else measuredSeen.set(key, [seen, point]);
      history.push(point);
      if (point.point.gpuCountNote !== null) flagged.push({ file: src.file, index, reason: point.point.gpuCountNote });
    });
  }

  const { latest, movedToHistory, latestBasis } = latestView(history);
  return { rowsRead, history, latest, latestBasis, report: { rejected, duplicates, flagged, movedToHistory, notes } };
}

/**
 * The latest view, per model. With a capture of upstream's latest view, the newest capture is
 * upstream's own statement of every line's latest run on its capture day: it wins over our
 * history files (which are subsampled and cannot tell that a line was retired), and only runs
 * dated after the capture day can replace a line's run. Without a capture, every record
 * counts. Either way each line keeps only its newest run: older runs are history.
 */
function latestView(history: readonly CollectedPoint[]) {
  const latest: CollectedPoint[] = [];
  const movedToHistory: Entry[] = [];
  const latestBasis = new Map<string, { file: string | null; captured: string | null }>();
  for (const [model, own] of groupBy(history, (p) => p.model)) {
    const captures = own.filter((p) => p.source.kind === 'latest-capture').map((p) => p.source);
    const newest = captures.reduce<BenchmarkSource | null>(
      (best, s) => (best === null || (s.captured ?? '') > (best.captured ?? '') ? s : best),
      null,
    );
    latestBasis.set(model, { file: newest?.file ?? null, captured: newest?.captured ?? null });
    const candidates =
      newest === null ? own : own.filter((p) => p.source === newest || p.point.date > (newest.captured ?? ''));
    for (const inSequence of groupBy(candidates, (p) => p.sequence).values()) {
      // Kept by point object: every history entry has its own (a shared one would be a duplicate).
      const kept = new Set(
        latestRuns(
          inSequence.map((p) => p.point),
          undefined,
          inSequence.map((p) => p.lineKey),
        ),
      );
      let latestDateOfLine: Map<string, string> | null = null;
      for (const p of inSequence) {
        if (kept.has(p.point)) latest.push(p);
        else if (p.source === newest) {
          // Every kept point of a line has the line's latest date; made once, on the first older run.
          latestDateOfLine ??= new Map(
            inSequence.filter((k) => kept.has(k.point)).map((k) => [k.lineKey, k.point.date]),
          );
          const newestDate = latestDateOfLine.get(p.lineKey) ?? '?';
          movedToHistory.push({
            file: p.source.file,
            index: p.index,
            reason: `older run of its configuration line (${p.point.date}; its latest run is ${newestDate}): history only`,
          });
        }
      }
    }
  }
  return { latest, movedToHistory, latestBasis };
}
