import type { BenchmarkPoint } from '../../data/schema';
import { X_AXES, X_AXIS_KEYS, type XAxisDefinition, type XAxisField } from '../../domain/metrics';
import type { SidePoint } from '../../math';
import { engineXOf } from '../compare/sides';

/**
 * What the frontier of a file's points reads on any x axis, as columns a worker receives by
 * transfer: ids, the four engine fields of `toSidePoint` and every x axis' field, one
 * Float64Array each, NaN where the point holds null (a checked point never holds NaN). One
 * pass over the points, about a dozen numbers each: 50,000 points in a few ms, where the whole
 * point (`encodePoints`) is a hundred ms and more.
 */
export interface SideColumns {
  ids: string[];
  tokPerSecPerGpu: Float64Array;
  outputTokPerSecPerGpu: Float64Array;
  inputTokPerSecPerGpu: Float64Array;
  concurrency: Float64Array;
  x: Record<XAxisField, Float64Array>;
}

const X_FIELDS: readonly XAxisField[] = [...new Set(X_AXIS_KEYS.map((k) => X_AXES[k].field))];

const orNaN = (v: number | null | undefined): number => (v === null || v === undefined ? Number.NaN : v);
const orNull = (v: number): number | null => (Number.isNaN(v) ? null : v);

export function sideColumns(points: readonly BenchmarkPoint[]): SideColumns {
  const n = points.length;
  const column = () => new Float64Array(n);
  const columns: SideColumns = {
    ids: [],
    tokPerSecPerGpu: column(),
    outputTokPerSecPerGpu: column(),
    inputTokPerSecPerGpu: column(),
    concurrency: column(),
    x: Object.fromEntries(X_FIELDS.map((f) => [f, column()])) as Record<XAxisField, Float64Array>,
  };
  for (let i = 0; i < n; i++) {
    const p = points[i]!;
    const m = p.metrics;
    columns.ids.push(p.id);
    columns.tokPerSecPerGpu[i] = orNaN(m.tokPerSecPerGpu);
    columns.outputTokPerSecPerGpu[i] = orNaN(m.outputTokPerSecPerGpu);
    columns.inputTokPerSecPerGpu[i] = orNaN(m.inputTokPerSecPerGpu);
    columns.concurrency[i] = orNaN(p.concurrency);
    for (const f of X_FIELDS) columns.x[f][i] = orNaN(m[f]);
  }
  return columns;
}

/** The buffers of `columns`, to hand to `postMessage` as transferred (the page keeps no use of them). */
export function sideColumnBuffers(columns: SideColumns): ArrayBuffer[] {
  const arrays = [
    columns.tokPerSecPerGpu,
    columns.outputTokPerSecPerGpu,
    columns.inputTokPerSecPerGpu,
    columns.concurrency,
    ...Object.values(columns.x),
  ];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}

/**
 * `toSidePoint(point, axis)` of every point `columns` was made from, in their order: the same
 * x (`engineXOf`, as `engineX` computes it), throughput, split and concurrency. Pure.
 */
export function sidePointsOf(columns: SideColumns, axis: XAxisDefinition): SidePoint[] {
  const xs = columns.x[axis.field];
  return columns.ids.map((id, i) => ({
    id,
    x: engineXOf(axis, orNull(xs[i]!)),
    tokPerSecPerGpu: columns.tokPerSecPerGpu[i]!,
    outputTokPerSecPerGpu: orNull(columns.outputTokPerSecPerGpu[i]!),
    inputTokPerSecPerGpu: orNull(columns.inputTokPerSecPerGpu[i]!),
    concurrency: columns.concurrency[i]!,
  }));
}
