import {
  catalogOrder,
  ENGINES,
  engineLabel,
  HARDWARE,
  modelDisplayName,
  MODELS,
  PRECISIONS,
  precisionLabel,
  SEQUENCES,
  SPEC_METHODS,
  specMethodLabel,
} from '../../domain/catalog.ts';
import {
  benchmarkFileSchema,
  gpuSpecsSchema,
  manifestSchema,
  type BenchmarkFile,
  type BenchmarkPoint,
  type GpuSpecs,
  type Manifest,
  type SequenceKey,
  type SpecMethod,
} from '../schema.ts';
import { findDuplicates } from './dedupe.ts';
import { buildGpuSpecs } from './gpu-specs.ts';
import { gpuSpecsInputSchema } from './raw.ts';
import { assertValid } from '../validate.ts';
import { rowToPoint, type ConvertedPoint } from './rows.ts';

/**
 * The whole ingest as one pure function: raw rows + gpu-specs in, the shipped files out.
 * The caller (src/data/ingest/cli.ts) reads the inputs, hashes their bytes and writes the output.
 */

export interface BenchmarkSource {
  /** File name only, e.g. `inferencex_dsr1_latest_2026-06-14.json`. */
  readonly file: string;
  /** Point id prefix, e.g. `latest-2026-06-14`. */
  readonly tag: string;
  readonly sha256: string;
  readonly role: string;
  /** The parsed JSON (expected: an array of rows). */
  readonly rows: unknown;
}

export interface GpuSpecsSource {
  readonly file: string;
  readonly sha256: string;
  readonly role: string;
  readonly data: unknown;
}

export interface IngestInput {
  readonly benchmarks: readonly BenchmarkSource[];
  readonly gpuSpecs: GpuSpecsSource;
  readonly source: Manifest['source'];
}

export interface OutputFile {
  /** Path relative to `public/`, e.g. `data/benchmarks/dsr1/8k1k/mi355x.json`. */
  readonly path: string;
  readonly data: unknown;
}

export interface IngestResult {
  readonly manifest: Manifest;
  readonly benchmarkFiles: readonly { readonly path: string; readonly data: BenchmarkFile }[];
  readonly gpuSpecs: GpuSpecs;
  /** Every output file, manifest first, in a fixed order. */
  readonly files: readonly OutputFile[];
}

export const MANIFEST_PATH = 'data/manifest.json';
export const GPU_SPECS_PATH = 'data/gpu-specs.json';
export const benchmarkPath = (model: string, sequence: SequenceKey, hardware: string): string =>
  `data/benchmarks/${model}/${sequence}/${hardware}.json`;

/**
 * The byte format of every shipped file: compact JSON, but one top-level key per line and,
 * for arrays of records, one record per line. About 40% smaller than 2-space indentation
 * (the browser downloads and parses less) while a data change still diffs line by line.
 */
export function toJsonText(value: unknown): string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${JSON.stringify(value)}\n`;
  const lines = Object.entries(value).map(([key, field]) => {
    const name = JSON.stringify(key);
    if (Array.isArray(field) && field.length > 0 && field.every((item) => typeof item === 'object' && item !== null)) {
      return `${name}: [\n${field.map((item) => `  ${JSON.stringify(item)}`).join(',\n')}\n]`;
    }
    return `${name}: ${JSON.stringify(field)}`;
  });
  return `{\n${lines.join(',\n')}\n}\n`;
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byHardware = catalogOrder(HARDWARE);
const byEngine = catalogOrder(ENGINES);
const byPrecision = catalogOrder(PRECISIONS);
const bySequence = catalogOrder(SEQUENCES);
const bySpecMethod = catalogOrder(SPEC_METHODS);
const byModel = catalogOrder(MODELS);

/** `<tag>#<n>` ids compare by tag, then by the row index as a number (so #9 < #10). */
export function compareIds(a: string, b: string): number {
  const [ta = '', na = ''] = a.split('#');
  const [tb = '', nb = ''] = b.split('#');
  return byString(ta, tb) || Number(na) - Number(nb) || byString(a, b);
}

/**
 * Point order inside a benchmark file: hardware, engine, precision, specMethod, disagg
 * (single-node first), gpuCount, concurrency, id. Strings compare by code unit, not locale.
 */
export function comparePoints(a: BenchmarkPoint, b: BenchmarkPoint): number {
  return (
    byString(a.hardware, b.hardware) ||
    byString(a.engine, b.engine) ||
    byString(a.precision, b.precision) ||
    byString(a.specMethod, b.specMethod) ||
    Number(a.disagg) - Number(b.disagg) ||
    a.gpuCount - b.gpuCount ||
    a.concurrency - b.concurrency ||
    compareIds(a.id, b.id)
  );
}

function countBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const item of items) m.set(keyOf(item), (m.get(keyOf(item)) ?? 0) + 1);
  return m;
}

function sortedKeys(m: Map<string, unknown>, compare: (a: string, b: string) => number): string[] {
  return [...m.keys()].sort(compare);
}

function dateRange(dates: readonly string[]): { first: string; last: string } {
  const sorted = [...dates].sort(byString);
  return { first: sorted[0]!, last: sorted[sorted.length - 1]! };
}

/** Run the ingest. Throws if an input is malformed as a whole or an output fails its schema. */
export function buildDataset(input: IngestInput): IngestResult {
  const specsIn = assertValid(gpuSpecsInputSchema, input.gpuSpecs.data, input.gpuSpecs.file);
  const knownHardware = new Set(Object.keys(specsIn.gpuMeta));

  const rejected: Manifest['ingest']['rejected'] = [];
  const duplicates: Manifest['ingest']['duplicates'] = [];
  const flagged: Manifest['ingest']['flagged'] = [];
  const kept: ConvertedPoint[] = [];
  let rowsRead = 0;

  for (const src of input.benchmarks) {
    if (!Array.isArray(src.rows)) throw new Error(`${src.file} is not a JSON array of rows`);
    const rows: readonly unknown[] = src.rows;
    rowsRead += rows.length;
    // Duplicates are removed before validation: a duplicated bad row gives one rejection
    // (the first copy) and one duplicate entry (each later copy).
    const dropped = new Set<number>();
    for (const d of findDuplicates(rows)) {
      dropped.add(d.index);
      duplicates.push({ file: src.file, index: d.index, reason: `exact duplicate of row ${d.duplicateOf}` });
    }
    rows.forEach((row, index) => {
      if (dropped.has(index)) return;
      const result = rowToPoint(row, index, { tag: src.tag, knownHardware });
      if (result.ok) {
        kept.push(result.value);
        const note = result.value.point.gpuCountNote;
        if (note !== null) flagged.push({ file: src.file, index, reason: note });
      } else rejected.push({ file: src.file, index, reason: result.reason });
    });
  }
  if (kept.length === 0) throw new Error('no rows survived the ingest; refusing to write an empty dataset');

  const points = kept.map((k) => k.point);
  const dates = dateRange(points.map((p) => p.date));

  // Benchmark files: one per model × sequence × GPU with points, so that a comparison page
  // downloads one GPU's points and the inference chart only the sequence it shows.
  type Group = { model: string; sequence: SequenceKey; hardware: string; points: BenchmarkPoint[] };
  const groups = new Map<string, Group>();
  for (const k of kept) {
    const id = JSON.stringify([k.model, k.sequence, k.point.hardware]);
    const g = groups.get(id) ?? { model: k.model, sequence: k.sequence, hardware: k.point.hardware, points: [] };
    g.points.push(k.point);
    groups.set(id, g);
  }
  const groupList = [...groups.values()].sort(
    (a, b) => byModel(a.model, b.model) || bySequence(a.sequence, b.sequence) || byHardware(a.hardware, b.hardware),
  );
  const benchmarkFiles = groupList.map((g) => ({
    path: benchmarkPath(g.model, g.sequence, g.hardware),
    data: assertValid(benchmarkFileSchema, {
      schemaVersion: 1,
      model: g.model,
      sequence: g.sequence,
      hardware: g.hardware,
      points: [...g.points].sort(comparePoints),
    } satisfies BenchmarkFile),
  }));

  // Combos: model × hardware × precision × sequence.
  const combos = new Map<
    string,
    {
      model: string;
      hardware: string;
      precision: string;
      sequence: SequenceKey;
      specs: Set<SpecMethod>;
      engines: Set<string>;
      dates: string[];
    }
  >();
  for (const { model, sequence, point } of kept) {
    const id = [model, point.hardware, point.precision, sequence].join('|');
    const c = combos.get(id) ?? {
      model,
      hardware: point.hardware,
      precision: point.precision,
      sequence,
      specs: new Set<SpecMethod>(),
      engines: new Set<string>(),
      dates: [],
    };
    c.specs.add(point.specMethod);
    c.engines.add(point.engine);
    c.dates.push(point.date);
    combos.set(id, c);
  }
  const comboList = [...combos.values()]
    .sort(
      (a, b) =>
        byModel(a.model, b.model) ||
        byHardware(a.hardware, b.hardware) ||
        byPrecision(a.precision, b.precision) ||
        bySequence(a.sequence, b.sequence),
    )
    .map((c) => ({
      model: c.model,
      hardware: c.hardware,
      precision: c.precision,
      sequence: c.sequence,
      specMethods: [...c.specs].sort(bySpecMethod),
      engines: [...c.engines].sort(byEngine),
      pointCount: c.dates.length,
      dates: dateRange(c.dates),
    }));

  const modelCounts = countBy(kept, (k) => k.model);
  const hardwareCounts = countBy(points, (p) => p.hardware);
  const sequenceCounts = countBy(kept, (k) => k.sequence);
  const precisionCounts = countBy(points, (p) => p.precision);
  const engineCounts = countBy(points, (p) => p.engine);
  const specCounts = countBy(points, (p) => p.specMethod);

  const manifest = assertValid(manifestSchema, {
    schemaVersion: 1,
    generatedFrom: [
      ...input.benchmarks.map((s) => ({
        file: s.file,
        sha256: s.sha256,
        rows: (s.rows as unknown[]).length,
        role: s.role,
      })),
      {
        file: input.gpuSpecs.file,
        sha256: input.gpuSpecs.sha256,
        rows: specsIn.epochs.length,
        role: input.gpuSpecs.role,
      },
    ],
    source: input.source,
    models: sortedKeys(modelCounts, byModel).map((key) => ({
      key,
      displayName: modelDisplayName(key),
      pointCount: modelCounts.get(key)!,
    })),
    hardware: sortedKeys(hardwareCounts, byHardware).map((key) => {
      const meta = specsIn.gpuMeta[key]!;
      return { key, label: meta.label, vendor: meta.vendor, arch: meta.arch, pointCount: hardwareCounts.get(key)! };
    }),
    sequences: SEQUENCES.filter((s) => sequenceCounts.has(s.key)).map((s) => ({
      key: s.key,
      isl: s.isl,
      osl: s.osl,
      label: s.label,
      pointCount: sequenceCounts.get(s.key)!,
    })),
    precisions: sortedKeys(precisionCounts, byPrecision).map((key) => ({
      key,
      label: precisionLabel(key),
      pointCount: precisionCounts.get(key)!,
    })),
    engines: sortedKeys(engineCounts, byEngine).map((key) => ({
      key,
      label: engineLabel(key),
      pointCount: engineCounts.get(key)!,
    })),
    specMethods: sortedKeys(specCounts, bySpecMethod).map((key) => ({
      key: key as SpecMethod,
      label: specMethodLabel(key),
      pointCount: specCounts.get(key)!,
    })),
    dates: { ...dates, distinct: new Set(points.map((p) => p.date)).size },
    combos: comboList,
    files: benchmarkFiles.map((f) => ({
      model: f.data.model,
      sequence: f.data.sequence,
      hardware: f.data.hardware,
      path: f.path,
      pointCount: f.data.points.length,
    })),
    ingest: { rowsRead, pointsKept: points.length, rejected, duplicates, flagged },
  } satisfies Manifest);

  const gpuSpecs = assertValid(gpuSpecsSchema, buildGpuSpecs(specsIn, dates));

  return {
    manifest,
    benchmarkFiles,
    gpuSpecs,
    files: [{ path: MANIFEST_PATH, data: manifest }, { path: GPU_SPECS_PATH, data: gpuSpecs }, ...benchmarkFiles],
  };
}
