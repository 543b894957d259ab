import { compareText } from '../../domain/text-order.ts';
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
  ingestReportSchema,
  manifestSchema,
  publishedTableSchema,
  runDatesFileSchema,
  type BenchmarkFile,
  type BenchmarkPoint,
  type GpuSpecs,
  type IngestReport,
  type Manifest,
  type PublishedTable,
  type RunDatesFile,
  type SequenceKey,
  type SpecMethod,
} from '../schema.ts';
import { collectPoints } from './collect.ts';
import { buildGpuSpecs } from './gpu-specs.ts';
import { groupBy } from './group.ts';
import { gpuSpecsInputSchema } from './raw.ts';
import { assertValid } from '../validate.ts';
import type { IngestInput } from './sources.ts';

/**
 * The whole ingest as one pure function: raw rows + gpu-specs in, the shipped files out.
 * The caller (src/data/ingest/cli.ts) reads the inputs, hashes their bytes and writes the output.
 */

export type { BenchmarkSource, GpuSpecsSource, IngestInput, PublishedSource } from './sources.ts';

export interface OutputFile {
  /** Path relative to `public/`, e.g. `data/benchmarks/dsr1/8k1k/mi355x.json`. */
  readonly path: string;
  readonly data: unknown;
}

export interface IngestResult {
  readonly manifest: Manifest;
  readonly report: IngestReport;
  /** Latest-view files. */
  readonly benchmarkFiles: readonly { readonly path: string; readonly data: BenchmarkFile }[];
  readonly historyFiles: readonly { readonly path: string; readonly data: BenchmarkFile }[];
  readonly gpuSpecs: GpuSpecs;
  /** Every output file, manifest first, in a fixed order. */
  readonly files: readonly OutputFile[];
}

export const MANIFEST_PATH = 'data/manifest.json';
export const REPORT_PATH = 'data/ingest-report.json';
export const historyPath = (model: string, sequence: SequenceKey, hardware: string): string =>
  `data/history/${model}/${sequence}/${hardware}.json`;
export const runDatesPath = (model: string): string => `data/history/${model}/run-dates.json`;
export const publishedPath = (
  t: Pick<PublishedTable, 'model' | 'sequence' | 'hardware' | 'precision' | 'engine' | 'specMethod'>,
): string => `data/published/${t.model}/${t.sequence}/${t.hardware}-${t.precision}-${t.engine}-${t.specMethod}.json`;
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
  return compareText(ta, tb) || Number(na) - Number(nb) || compareText(a, b);
}

/**
 * Point order inside a benchmark file: hardware, engine, precision, specMethod, disagg
 * (single-node first), gpuCount, concurrency, id. Strings compare by code unit, not locale.
 */
export function comparePoints(a: BenchmarkPoint, b: BenchmarkPoint): number {
  return (
    compareText(a.hardware, b.hardware) ||
    compareText(a.engine, b.engine) ||
    compareText(a.precision, b.precision) ||
    compareText(a.specMethod, b.specMethod) ||
    Number(a.disagg) - Number(b.disagg) ||
    (a.gpuCount ?? 0) - (b.gpuCount ?? 0) ||
    a.concurrency - b.concurrency ||
    compareIds(a.id, b.id)
  );
}

function countBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item);
    m.set(key, (m.get(key) ?? 0) + 1);
  }
  return m;
}

function sortedKeys(m: Map<string, unknown>, compare: (a: string, b: string) => number): string[] {
  return [...m.keys()].sort(compare);
}

/** The earliest and the latest of YYYY-MM-DD dates (as strings compare), in one pass. */
function dateRange(dates: readonly string[]): { first: string; last: string } {
  let first = dates[0]!;
  let last = first;
  for (const d of dates) {
    if (d < first) first = d;
    if (d > last) last = d;
  }
  return { first, last };
}

type Located = { readonly model: string; readonly sequence: SequenceKey; readonly point: BenchmarkPoint };

/** One file per model × sequence × GPU, in catalog order, points in `comparePoints` order. */
function filesOf(
  points: readonly Located[],
  view: BenchmarkFile['view'],
  pathOf: (model: string, sequence: SequenceKey, hardware: string) => string,
): { path: string; data: BenchmarkFile }[] {
  type Group = { path: string; model: string; sequence: SequenceKey; hardware: string; points: BenchmarkPoint[] };
  const groups = new Map<string, Group>();
  for (const k of points) {
    const path = pathOf(k.model, k.sequence, k.point.hardware);
    const g = groups.get(path) ?? {
      path,
      model: k.model,
      sequence: k.sequence,
      hardware: k.point.hardware,
      points: [],
    };
    g.points.push(k.point);
    groups.set(path, g);
  }
  const order =
    view === 'history'
      ? (a: BenchmarkPoint, b: BenchmarkPoint) => compareText(a.date, b.date) || comparePoints(a, b)
      : comparePoints;
  return [...groups.values()]
    .sort(
      (a, b) => byModel(a.model, b.model) || bySequence(a.sequence, b.sequence) || byHardware(a.hardware, b.hardware),
    )
    .map((g) => ({
      path: g.path,
      data: assertValid(benchmarkFileSchema, {
        schemaVersion: 1,
        view,
        model: g.model,
        sequence: g.sequence,
        hardware: g.hardware,
        points: g.points.sort(order),
      } satisfies BenchmarkFile),
    }));
}

function dateSummary(points: readonly { readonly date: string }[]) {
  const distinct = new Set<string>();
  for (const p of points) distinct.add(p.date);
  return { ...dateRange([...distinct]), distinct: distinct.size };
}

const fileEntry = (f: { path: string; data: BenchmarkFile }) => ({
  model: f.data.model,
  sequence: f.data.sequence,
  hardware: f.data.hardware,
  path: f.path,
  pointCount: f.data.points.length,
  dates: dateSummary(f.data.points),
});

/** Per model: the dates of every hardware × precision × sequence × engine × spec group. */
function runDatesFiles(
  history: readonly Located[],
  latest: readonly Located[],
): { path: string; data: RunDatesFile }[] {
  // A map key only, never parsed: every field is a lower-case key (the file schema refuses any
  // other), and none of those holds "|", so two groups never share a key.
  const groupKey = (k: Located) =>
    `${k.model}|${k.point.hardware}|${k.point.precision}|${k.sequence}|${k.point.engine}|${k.point.specMethod}`;
  const latestDates = new Map<string, Set<string>>();
  for (const k of latest) {
    const key = groupKey(k);
    latestDates.set(key, (latestDates.get(key) ?? new Set()).add(k.point.date));
  }
  const groups = new Map<string, { first: Located; dates: Set<string> }>();
  for (const k of history) {
    const key = groupKey(k);
    const g = groups.get(key) ?? { first: k, dates: new Set<string>() };
    g.dates.add(k.point.date);
    groups.set(key, g);
  }
  const models = [...new Set(history.map((k) => k.model))].sort(byModel);
  return models.map((model) => ({
    path: runDatesPath(model),
    data: assertValid(runDatesFileSchema, {
      schemaVersion: 1,
      model,
      groups: [...groups.entries()]
        .filter(([, g]) => g.first.model === model)
        .map(([key, g]) => ({
          hardware: g.first.point.hardware,
          precision: g.first.point.precision,
          sequence: g.first.sequence,
          engine: g.first.point.engine,
          specMethod: g.first.point.specMethod,
          dates: [...g.dates].sort(compareText),
          latest: [...(latestDates.get(key) ?? [])].sort(compareText),
        }))
        .filter((g) => g.latest.length > 0 || g.dates.length > 0)
        .map((g) => (g.latest.length > 0 ? g : { ...g, latest: [g.dates[g.dates.length - 1]!] }))
        .sort(
          (a, b) =>
            byHardware(a.hardware, b.hardware) ||
            byPrecision(a.precision, b.precision) ||
            bySequence(a.sequence, b.sequence) ||
            byEngine(a.engine, b.engine) ||
            bySpecMethod(a.specMethod, b.specMethod),
        ),
    } satisfies RunDatesFile),
  }));
}

/** Run the ingest. Throws if an input is malformed as a whole or an output fails its schema. */
export function buildDataset(input: IngestInput): IngestResult {
  const specsIn = assertValid(gpuSpecsInputSchema, input.gpuSpecs.data, input.gpuSpecs.file);
  const knownHardware = new Set(Object.keys(specsIn.gpuMeta));
  const collected = collectPoints(input.benchmarks, knownHardware);
  const kept = collected.latest;
  if (kept.length === 0) throw new Error('no rows survived the ingest; refusing to write an empty dataset');

  const points = kept.map((k) => k.point);
  const dates = dateRange(points.map((p) => p.date));
  const benchmarkFiles = filesOf(kept, 'latest', benchmarkPath);
  const historyFiles = filesOf(collected.history, 'history', historyPath);
  const dateFiles = runDatesFiles(collected.history, kept);
  const publishedFiles = (input.published ?? []).map((p) => ({
    path: publishedPath(p.table),
    data: assertValid(publishedTableSchema, { schemaVersion: 1, ...p.table } satisfies PublishedTable),
  }));

  // Combos: model × hardware × precision × sequence, over the latest view.
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
    const id = `${model}|${point.hardware}|${point.precision}|${sequence}`;
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
  const historyOf = groupBy(collected.history, (k) => k.model);
  const provenanceOf = (model: string): string | null => {
    const texts = new Set(
      (historyOf.get(model) ?? []).filter((k) => k.source.provenance).map((k) => k.source.provenance!),
    );
    return texts.size === 0 ? null : [...texts].join(' ');
  };
  const { report } = collected;

  const manifest = assertValid(manifestSchema, {
    schemaVersion: 1,
    generatedFrom: [
      ...input.benchmarks.map((s) => ({
        file: s.file,
        sha256: s.sha256,
        rows: (s.rows as unknown[]).length,
        role: s.role,
        kind: s.kind,
        captured: s.captured,
      })),
      ...(input.published ?? []).map((p) => ({
        file: p.file,
        sha256: p.sha256,
        rows: p.table.cells.length,
        role: p.role,
        kind: 'published-table' as const,
        captured: p.captured,
      })),
      {
        file: input.gpuSpecs.file,
        sha256: input.gpuSpecs.sha256,
        rows: specsIn.epochs.length,
        role: input.gpuSpecs.role,
        kind: 'assumptions' as const,
        captured: null,
      },
    ],
    source: input.source,
    models: sortedKeys(modelCounts, byModel).map((key) => {
      const basis = collected.latestBasis.get(key)!;
      return {
        key,
        displayName: modelDisplayName(key),
        pointCount: modelCounts.get(key)!,
        provenance: provenanceOf(key),
        latestView: { basis: basis.file === null ? ('runs' as const) : ('capture' as const), ...basis },
        historyDates: dateSummary((historyOf.get(key) ?? []).map((k) => k.point)),
      };
    }),
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
    files: benchmarkFiles.map(fileEntry),
    history: historyFiles.map(fileEntry),
    runDates: dateFiles.map((f) => ({ model: f.data.model, path: f.path })),
    published: publishedFiles.map((f) => ({
      model: f.data.model,
      hardware: f.data.hardware,
      precision: f.data.precision,
      sequence: f.data.sequence,
      engine: f.data.engine,
      specMethod: f.data.specMethod,
      path: f.path,
    })),
    ingest: {
      rowsRead: collected.rowsRead,
      pointsKept: points.length,
      historyPoints: collected.history.length,
      rejected: report.rejected.length,
      duplicates: report.duplicates.length,
      flagged: report.flagged.length,
      movedToHistory: report.movedToHistory.length,
      report: REPORT_PATH,
    },
  } satisfies Manifest);

  const ingestReport = assertValid(ingestReportSchema, {
    schemaVersion: 1,
    rowsRead: collected.rowsRead,
    ...report,
  } satisfies IngestReport);
  const gpuSpecs = assertValid(gpuSpecsSchema, buildGpuSpecs(specsIn, dates));

  return {
    manifest,
    report: ingestReport,
    benchmarkFiles,
    historyFiles,
    gpuSpecs,
    files: [
      { path: MANIFEST_PATH, data: manifest },
      { path: GPU_SPECS_PATH, data: gpuSpecs },
      { path: REPORT_PATH, data: ingestReport },
      ...benchmarkFiles,
      ...historyFiles,
      ...dateFiles,
      ...publishedFiles,
    ],
  };
}
