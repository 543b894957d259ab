import type { BenchmarkPoint, PointMetrics } from '../schema';

/**
 * A file's points as columns, the form IndexedDB keeps them in: every number field one
 * Float64Array, every other field a small table of its distinct values and one index per point,
 * ids as one prefix and a number per point when they all read `<prefix><whole number>`.
 * Storing and reading a typed array is a copy of its bytes; 50,000 point objects were a
 * serialization of 1.5 million values in one task. Exact: a number goes back as the same
 * float64, null as null, undefined as undefined, a NaN (never in a checked point) as NaN. Pure.
 */

/** Each point's value of one number field: `marks[i]` 0 a number (in `values[i]`), 1 null, 2 undefined; no marks when all are numbers. */
export interface NumberColumn {
  readonly values: Float64Array;
  readonly marks: Uint8Array | null;
}

/** Each point's value of one other field: `table[index[i]]`. */
export interface TableColumn {
  readonly table: readonly unknown[];
  readonly index: Uint8Array | Uint16Array | Uint32Array;
}

export type IdColumn =
  | { readonly kind: 'numbered'; readonly prefix: string; readonly numbers: Float64Array }
  | { readonly kind: 'list'; readonly ids: readonly string[] };

const POINT_NUMBERS = ['gpuCount', 'concurrency'] as const satisfies readonly (keyof BenchmarkPoint)[];
const POINT_TABLES = [
  'hardware',
  'engine',
  'precision',
  'specMethod',
  'disagg',
  'multinode',
  'offloadMode',
  'prefill',
  'decode',
  'gpuCountNote',
  'date',
  'image',
  'runUrl',
] as const satisfies readonly (keyof BenchmarkPoint)[];
const METRIC_NUMBERS = [
  'tokPerSecPerGpu',
  'outputTokPerSecPerGpu',
  'inputTokPerSecPerGpu',
  'tokPerSecPerUser',
  'p90TokPerSecPerUser',
  'p99TokPerSecPerUser',
  'medianTtftSec',
  'p90TtftSec',
  'p99TtftSec',
  'medianE2eSec',
  'p90E2eSec',
  'p99E2eSec',
  'medianTpotSec',
] as const satisfies readonly (keyof PointMetrics)[];

// Every field has a column: one added to the schema and not here fails to compile.
type Missing =
  | Exclude<keyof BenchmarkPoint, (typeof POINT_NUMBERS)[number] | (typeof POINT_TABLES)[number] | 'id' | 'metrics'>
  | Exclude<keyof PointMetrics, (typeof METRIC_NUMBERS)[number]>;
const everyField: [Missing] extends [never] ? true : never = true;
void everyField;

type PointNumber = (typeof POINT_NUMBERS)[number];
type PointTable = (typeof POINT_TABLES)[number];
type MetricNumber = (typeof METRIC_NUMBERS)[number];

export interface PointColumns {
  readonly count: number;
  readonly id: IdColumn;
  readonly numbers: Readonly<Record<PointNumber, NumberColumn>>;
  readonly tables: Readonly<Record<PointTable, TableColumn>>;
  readonly metrics: Readonly<Record<MetricNumber, NumberColumn>>;
}

/** One number field's column, written point by point. */
class NumberWriter {
  readonly values: Float64Array;
  marks: Uint8Array | null = null;
  constructor(count: number) {
    this.values = new Float64Array(count);
  }
  set(i: number, v: unknown): void {
    if (typeof v === 'number') this.values[i] = v;
    else if (v === null || v === undefined) (this.marks ??= new Uint8Array(this.values.length))[i] = v === null ? 1 : 2;
    else throw new TypeError(`point ${i}: a number field holds ${typeof v}`);
  }
  column(): NumberColumn {
    return { values: this.values, marks: this.marks };
  }
}

/** The same value's key in the table: objects (a prefill or decode stage) by their JSON. */
const tableKey = (v: unknown): unknown => (typeof v === 'object' && v !== null ? `{}${JSON.stringify(v)}` : v);

/** One other field's column, written point by point; a point mostly shares its value with the one before (no lookup then). */
class TableWriter {
  readonly table: unknown[] = [];
  readonly at = new Map<unknown, number>();
  readonly index: Uint32Array;
  last: unknown = Symbol('none');
  lastAt = -1;
  constructor(count: number) {
    this.index = new Uint32Array(count);
  }
  set(i: number, v: unknown): void {
    if (v !== this.last) {
      const key = tableKey(v);
      let k = this.at.get(key);
      if (k === undefined) this.at.set(key, (k = this.table.push(v) - 1));
      [this.last, this.lastAt] = [v, k];
    }
    this.index[i] = this.lastAt;
  }
  column(): TableColumn {
    const n = this.table.length;
    const narrow = n <= 0x100 ? Uint8Array : n <= 0x10000 ? Uint16Array : null;
    return { table: this.table, index: narrow ? narrow.from(this.index) : this.index };
  }
}

/** The id's whole number from `from` to its end as JavaScript writes it (no sign, no leading zero, ≤ 15 digits), else -1. */
function numberFrom(id: string, from: number): number {
  const digits = id.length - from;
  if (digits < 1 || digits > 15 || (digits > 1 && id.charCodeAt(from) === 48)) return -1;
  let n = 0;
  for (let k = from; k < id.length; k++) {
    const d = id.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

function idColumn(points: readonly BenchmarkPoint[]): IdColumn {
  const list = points.map((p) => p.id);
  const first = list[0];
  if (first === undefined) return { kind: 'list', ids: list };
  let cut = first.length;
  while (cut > 0 && first.charCodeAt(cut - 1) >= 48 && first.charCodeAt(cut - 1) <= 57) cut--;
  // The shortest prefix whose rest is a number as written (e.g. "row-00" of "row-0017").
  while (cut < first.length && numberFrom(first, cut) < 0) cut++;
  if (cut === first.length) return { kind: 'list', ids: list };
  const prefix = first.slice(0, cut);
  const numbers = new Float64Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const id = list[i]!;
    const n = id.startsWith(prefix) ? numberFrom(id, prefix.length) : -1;
    if (n < 0) return { kind: 'list', ids: list };
    numbers[i] = n;
  }
  return { kind: 'numbered', prefix, numbers };
}

function writers<K extends string, W>(keys: readonly K[], make: () => W): Record<K, W> {
  return Object.fromEntries(keys.map((k) => [k, make()])) as Record<K, W>;
}

function columnsOf<K extends string, C>(of: Record<K, { column(): C }>): Record<K, C> {
  return Object.fromEntries(Object.entries<{ column(): C }>(of).map(([k, w]) => [k, w.column()])) as Record<K, C>;
}

/** Every field named once per point (one pass, no field looked up by a computed name: 50,000 points in a few ms). */
export function encodePoints(points: readonly BenchmarkPoint[]): PointColumns {
  const count = points.length;
  const n = writers(POINT_NUMBERS, () => new NumberWriter(count));
  const t = writers(POINT_TABLES, () => new TableWriter(count));
  const m = writers(METRIC_NUMBERS, () => new NumberWriter(count));
  for (let i = 0; i < count; i++) {
    const p = points[i]!;
    const pm = p.metrics;
    n.gpuCount.set(i, p.gpuCount);
    n.concurrency.set(i, p.concurrency);
    t.hardware.set(i, p.hardware);
    t.engine.set(i, p.engine);
    t.precision.set(i, p.precision);
    t.specMethod.set(i, p.specMethod);
    t.disagg.set(i, p.disagg);
    t.multinode.set(i, p.multinode);
    t.offloadMode.set(i, p.offloadMode);
    t.prefill.set(i, p.prefill);
    t.decode.set(i, p.decode);
    t.gpuCountNote.set(i, p.gpuCountNote);
    t.date.set(i, p.date);
    t.image.set(i, p.image);
    t.runUrl.set(i, p.runUrl);
    m.tokPerSecPerGpu.set(i, pm.tokPerSecPerGpu);
    m.outputTokPerSecPerGpu.set(i, pm.outputTokPerSecPerGpu);
    m.inputTokPerSecPerGpu.set(i, pm.inputTokPerSecPerGpu);
    m.tokPerSecPerUser.set(i, pm.tokPerSecPerUser);
    m.p90TokPerSecPerUser.set(i, pm.p90TokPerSecPerUser);
    m.p99TokPerSecPerUser.set(i, pm.p99TokPerSecPerUser);
    m.medianTtftSec.set(i, pm.medianTtftSec);
    m.p90TtftSec.set(i, pm.p90TtftSec);
    m.p99TtftSec.set(i, pm.p99TtftSec);
    m.medianE2eSec.set(i, pm.medianE2eSec);
    m.p90E2eSec.set(i, pm.p90E2eSec);
    m.p99E2eSec.set(i, pm.p99E2eSec);
    m.medianTpotSec.set(i, pm.medianTpotSec);
  }
  return { count, id: idColumn(points), numbers: columnsOf(n), tables: columnsOf(t), metrics: columnsOf(m) };
}

function numberAt(c: NumberColumn, i: number): number {
  const mark = c.marks?.[i] ?? 0;
  return (mark === 0 ? c.values[i]! : mark === 1 ? null : undefined) as number;
}

/** A table value of point i (points that had equal stages share one object: points are never changed). */
const tableAt = (c: TableColumn, i: number): never => c.table[c.index[i]!] as never;

const idAt = (c: IdColumn, i: number): string => (c.kind === 'numbered' ? `${c.prefix}${c.numbers[i]}` : c.ids[i]!);

/** The points `encodePoints` wrote, those from index `from` (inclusive) to `to` (exclusive), or all; fields in the schema's order. */
export function decodePoints(columns: PointColumns, from = 0, to = columns.count): BenchmarkPoint[] {
  const { numbers: n, tables: t, metrics: m } = columns;
  const out: BenchmarkPoint[] = [];
  for (let i = Math.max(0, from); i < Math.min(to, columns.count); i++) {
    out.push({
      id: idAt(columns.id, i),
      hardware: tableAt(t.hardware, i),
      engine: tableAt(t.engine, i),
      precision: tableAt(t.precision, i),
      specMethod: tableAt(t.specMethod, i),
      disagg: tableAt(t.disagg, i),
      multinode: tableAt(t.multinode, i),
      prefill: tableAt(t.prefill, i),
      decode: tableAt(t.decode, i),
      offloadMode: tableAt(t.offloadMode, i),
      gpuCount: numberAt(n.gpuCount, i),
      gpuCountNote: tableAt(t.gpuCountNote, i),
      concurrency: numberAt(n.concurrency, i),
      date: tableAt(t.date, i),
      image: tableAt(t.image, i),
      runUrl: tableAt(t.runUrl, i),
      metrics: {
        tokPerSecPerGpu: numberAt(m.tokPerSecPerGpu, i),
        outputTokPerSecPerGpu: numberAt(m.outputTokPerSecPerGpu, i),
        inputTokPerSecPerGpu: numberAt(m.inputTokPerSecPerGpu, i),
        tokPerSecPerUser: numberAt(m.tokPerSecPerUser, i),
        p90TokPerSecPerUser: numberAt(m.p90TokPerSecPerUser, i),
        p99TokPerSecPerUser: numberAt(m.p99TokPerSecPerUser, i),
        medianTtftSec: numberAt(m.medianTtftSec, i),
        p90TtftSec: numberAt(m.p90TtftSec, i),
        p99TtftSec: numberAt(m.p99TtftSec, i),
        medianE2eSec: numberAt(m.medianE2eSec, i),
        p90E2eSec: numberAt(m.p90E2eSec, i),
        p99E2eSec: numberAt(m.p99E2eSec, i),
        medianTpotSec: numberAt(m.medianTpotSec, i),
      },
    });
  }
  return out;
}
