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

function numberColumn(points: readonly BenchmarkPoint[], read: (p: BenchmarkPoint) => unknown): NumberColumn {
  const values = new Float64Array(points.length);
  let marks: Uint8Array | null = null;
  for (let i = 0; i < points.length; i++) {
    const v = read(points[i]!);
    if (typeof v === 'number') values[i] = v;
    else if (v === null || v === undefined) (marks ??= new Uint8Array(points.length))[i] = v === null ? 1 : 2;
    else throw new TypeError(`point ${i}: a number field holds ${typeof v}`);
  }
  return { values, marks };
}

/** The same value's key in the table: objects (a prefill or decode stage) by their JSON. */
const tableKey = (v: unknown): unknown => (typeof v === 'object' && v !== null ? `{}${JSON.stringify(v)}` : v);

function tableColumn(points: readonly BenchmarkPoint[], field: PointTable): TableColumn {
  const table: unknown[] = [];
  const at = new Map<unknown, number>();
  const index = new Uint32Array(points.length);
  for (let i = 0; i < points.length; i++) {
    const v = points[i]![field];
    const key = tableKey(v);
    let k = at.get(key);
    if (k === undefined) at.set(key, (k = table.push(v) - 1));
    index[i] = k;
  }
  const narrow = table.length <= 0x100 ? Uint8Array : table.length <= 0x10000 ? Uint16Array : null;
  return { table, index: narrow ? narrow.from(index) : index };
}

/** `<prefix><n>` with n a whole number written as JavaScript writes it, e.g. `own:ab12cd34#17`. */
const NUMBERED = /^(.*?)(0|[1-9]\d{0,14})$/;

function idColumn(points: readonly BenchmarkPoint[]): IdColumn {
  const list = points.map((p) => p.id);
  const prefix = list.length > 0 ? NUMBERED.exec(list[0]!)?.[1] : undefined;
  if (prefix === undefined) return { kind: 'list', ids: list };
  const numbers = new Float64Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const id = list[i]!;
    const match = id.startsWith(prefix) ? NUMBERED.exec(id.slice(prefix.length)) : null;
    if (!match || match[1] !== '') return { kind: 'list', ids: list };
    numbers[i] = Number(match[2]);
  }
  return { kind: 'numbered', prefix, numbers };
}

export function encodePoints(points: readonly BenchmarkPoint[]): PointColumns {
  const byField = <K extends string>(keys: readonly K[], make: (k: K) => NumberColumn | TableColumn) =>
    Object.fromEntries(keys.map((k) => [k, make(k)]));
  return {
    count: points.length,
    id: idColumn(points),
    numbers: byField(POINT_NUMBERS, (k) => numberColumn(points, (p) => p[k])) as PointColumns['numbers'],
    tables: byField(POINT_TABLES, (k) => tableColumn(points, k)) as PointColumns['tables'],
    metrics: byField(METRIC_NUMBERS, (k) => numberColumn(points, (p) => p.metrics[k])) as PointColumns['metrics'],
  };
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
