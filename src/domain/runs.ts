/**
 * Runs and configuration lines: which measured points belong together in time.
 *
 * A configuration line is one way of deploying a model: GPU, engine, precision, speculative
 * method, disaggregation, the prefill and decode layouts and the KV-cache offload mode. (The
 * model and the sequence are fixed by the file a point lives in; rows of other benchmark types
 * never reach a file.) A run is the points of one line measured on one date: upstream sweeps a
 * line's concurrencies in one nightly job, so a date is a run.
 *
 * The ingest uses `latestRuns` to build the latest view; pages use it with a date for "as of".
 * Both therefore pick the same points.
 */

export interface LineStage {
  readonly tp: number;
  readonly ep: number;
  readonly dpAttention: boolean;
  readonly workers: number;
}

/** The fields of a point that name its configuration line, plus its run date. */
export interface DatedLinePoint {
  readonly hardware: string;
  readonly engine: string;
  readonly precision: string;
  readonly specMethod: string;
  readonly disagg: boolean;
  /** Null when the source does not record the layout; all such points of a setup form one line. */
  readonly prefill: LineStage | null;
  readonly decode: LineStage | null;
  readonly offloadMode: string | null;
  /** YYYY-MM-DD. */
  readonly date: string;
}

const stageKey = (s: LineStage | null): string =>
  s === null ? '-' : `${s.tp},${s.ep},${s.dpAttention ? 1 : 0},${s.workers}`;

/**
 * Identity of a point's configuration line, for use as a map key only (never parsed). The
 * fields are lower-case keys, numbers and flags, none of which holds "|" or ",".
 */
export function lineKeyOf(p: DatedLinePoint): string {
  return `${p.hardware}|${p.engine}|${p.precision}|${p.specMethod}|${p.disagg ? 1 : 0}|${stageKey(p.prefill)}|${stageKey(p.decode)}|${p.offloadMode ?? '-'}`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not). */
export function isIsoDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/**
 * The latest run of every configuration line: the points whose date is their line's newest
 * date, or, with `onOrBefore`, its newest date on or before that day (lines with no run by
 * then are left out). Input order is kept. Dates compare as YYYY-MM-DD strings.
 *
 * `keys`, when given, holds `lineKeyOf(points[i])` at index i: a caller that has built the keys
 * already (the ingest, for 100,000 points) passes them instead of having them built again.
 */
export function latestRuns<P extends DatedLinePoint>(
  points: readonly P[],
  onOrBefore?: string,
  keys?: readonly string[],
): P[] {
  if (keys !== undefined && keys.length !== points.length) throw new Error('latestRuns: one key per point');
  const lineKeys = keys ?? points.map(lineKeyOf);
  const newest = new Map<string, string>();
  for (let i = 0; i < points.length; i++) {
    const date = points[i]!.date;
    if (onOrBefore !== undefined && date > onOrBefore) continue;
    const key = lineKeys[i]!;
    const seen = newest.get(key);
    if (seen === undefined || date > seen) newest.set(key, date);
  }
  return points.filter(
    (p, i) => (onOrBefore === undefined || p.date <= onOrBefore) && newest.get(lineKeys[i]!) === p.date,
  );
}

/** Distinct dates of the points, oldest first. */
export function runDatesOf(points: readonly { readonly date: string }[]): string[] {
  return [...new Set(points.map((p) => p.date))].sort();
}
