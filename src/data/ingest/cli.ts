/**
 * `npm run ingest`: build `public/data/` from `fixtures/real/`.
 * `npm run ingest:check`: build in memory and exit 1 if the committed `public/data/` differs.
 *
 * All the logic is in `src/data/ingest/` (pure functions); this file only reads, hashes,
 * checks and writes files, and prints a summary. Its entry point is `src/app/ingest-main.ts`,
 * which adds the files computed from the result by the pages' own code (`DerivedFile`).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDataset, GPU_SPECS_PATH, MANIFEST_PATH, REPORT_PATH, toJsonText, type IngestResult } from './build.ts';
import {
  benchmarkFileSchema,
  gpuSpecsSchema,
  ingestReportSchema,
  manifestSchema,
  publishedTableSchema,
  runDatesFileSchema,
  type Manifest,
  type PublishedTable,
} from '../schema.ts';
import type { BenchmarkSource, PublishedSource } from './sources.ts';
import { parseTranscribedCsv } from './transcribed.ts';
import { sourcesFromFolder } from './folder.ts';
import { assertValid, type Validator } from '../validate.ts';

// ── Inputs ────────────────────────────────────────────────────────────────────────────────
// To ship another capture, add it here (and to fixtures/real/SOURCES.md), then run the ingest.

export const SOURCE: Manifest['source'] = {
  name: 'SemiAnalysis InferenceX',
  url: 'https://github.com/SemiAnalysisAI/InferenceX',
  licence:
    'Measurements from the SemiAnalysis InferenceX benchmark CI (Apache-2.0); ' +
    'the captured API rows come from the InferenceX-app repository (GPL-3.0).',
};

const BLOG_URL =
  'https://github.com/vngcloud/InferenceX-app/blob/7fe6d62ad57a3df061be692e86578c7111d880c7/' +
  'packages/app/content/blog/mi355x-deepseek-v4-pro-sglang-110x-in-26-days.mdx';

type BenchmarkInput = Omit<BenchmarkSource, 'sha256' | 'rows'>;
interface PublishedInput {
  readonly file: string;
  readonly role: string;
  readonly captured: string;
  readonly setup: Pick<PublishedTable, 'model' | 'hardware' | 'precision' | 'sequence' | 'engine' | 'specMethod'>;
  readonly title: string;
  readonly sourceLabel: string;
  readonly sourceUrl: string;
  readonly columns: { readonly target: string; readonly date: string; readonly value: string };
  readonly decimals: number;
}

/**
 * Benchmark files (in fixtures/real/) whose rows become shipped points, richest first: when two
 * files hold the same measurement, the first listed is kept. `tag` prefixes point ids and must
 * be unique. See README "Dates: the latest view and the history" for what `kind` means.
 */
export const SHIPPED_BENCHMARKS: readonly BenchmarkInput[] = [
  {
    file: 'inferencex_dsr1_latest_2026-06-14.json',
    tag: 'latest-2026-06-14',
    kind: 'latest-capture',
    captured: '2026-06-14',
    role: 'benchmark rows, GET /api/v1/benchmarks (latest run per config, subsampled): the latest view',
  },
  {
    file: 'inferencex_dsr1_latest_2026-05-05.json',
    tag: 'latest-2026-05-05',
    kind: 'latest-capture',
    captured: '2026-05-05',
    role: 'an earlier capture of the same endpoint (subsampled): superseded by the newer capture, history only',
  },
  {
    file: 'inferencex_dsr1_history_2026-06-14.json',
    tag: 'history-2026-06-14',
    kind: 'history',
    captured: '2026-06-14',
    role: 'GET /api/v1/benchmarks/history for the three sequences (top-10 dates per partition, subsampled): history',
  },
  {
    file: 'dsv4pro_mi355x_sglang_8k1k_blog_points.csv',
    tag: 'blog-dsv4-2026-05-26',
    kind: 'transcribed',
    captured: '2026-05-26',
    role: 'points printed in a blog post (DeepSeek-V4-Pro, MI355X, SGLang, 8k/1k), transcribed by hand',
    sourceUrl: BLOG_URL,
    provenance: 'Transcribed from a blog post: only the points it printed.',
  },
];

/** Tables a source printed, shipped to be set beside Isoline's own numbers. */
export const PUBLISHED_TABLES: readonly PublishedInput[] = [
  {
    file: 'dsv4pro_mi355x_sglang_8k1k_blog_iso_interactivity.csv',
    role: "the blog post's iso-interactivity table (tok/s/GPU at 10 targets per date), transcribed by hand",
    captured: '2026-05-26',
    setup: {
      model: 'dsv4',
      hardware: 'mi355x',
      precision: 'fp4',
      sequence: '8k1k',
      engine: 'sglang',
      specMethod: 'none',
    },
    title: 'Iso-interactivity throughput comparison (blog post, 2026-05-26)',
    sourceLabel: 'InferenceX blog: "MI355X DeepSeek-V4-Pro SGLang: 110× in 26 days"',
    sourceUrl: BLOG_URL,
    columns: { target: 'target_intvty', date: 'date', value: 'blog_tput_per_gpu_interpolated' },
    decimals: 0,
  },
];

export const GPU_SPECS_INPUT = {
  file: 'gpu-specs.json',
  role: 'GPU labels and cost/power assumption sets (rows = sets)',
} as const;
// ──────────────────────────────────────────────────────────────────────────────────────────

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const DEFAULT_FIXTURES_DIR = join(ROOT, 'fixtures', 'real');
export const DEFAULT_PUBLIC_DIR = join(ROOT, 'public');

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Read the inputs from `fixturesDir` and run the (pure) ingest. */
/** A plain CSV (no quoting) as records keyed by its header. */
function csvRecords(text: string): Record<string, string>[] {
  const [header = '', ...lines] = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const names = header.split(',').map((n) => n.trim());
  return lines.map((line) =>
    Object.fromEntries(line.split(',').map((cell, i) => [names[i] ?? `column ${i + 1}`, cell.trim()])),
  );
}

/** Read a published table's CSV; every cell must be a number or empty ("unreachable"). */
export function publishedFromCsv(cfg: PublishedInput, text: string): PublishedSource['table'] {
  const cells = csvRecords(text).map((r, i) => {
    const target = Number(r[cfg.columns.target]);
    const date = r[cfg.columns.date] ?? '';
    const raw = r[cfg.columns.value] ?? '';
    const value = raw === '' ? null : Number(raw);
    if (!Number.isFinite(target) || (value !== null && !Number.isFinite(value))) {
      throw new Error(`${cfg.file} line ${i + 2}: target and value must be numbers (got ${JSON.stringify(r)})`);
    }
    return { date, target, value };
  });
  return {
    ...cfg.setup,
    title: cfg.title,
    source: { label: cfg.sourceLabel, url: cfg.sourceUrl, file: cfg.file },
    metric: 'tokPerSecPerGpu',
    decimals: cfg.decimals,
    targets: [...new Set(cells.map((c) => c.target))].sort((a, b) => a - b),
    dates: [...new Set(cells.map((c) => c.date))].sort(),
    cells,
  };
}

/** Read the inputs from `fixturesDir` and run the (pure) ingest. */
export function ingestFromDirectory(fixturesDir: string = DEFAULT_FIXTURES_DIR): IngestResult {
  const read = (file: string) => {
    const bytes = readFileSync(join(fixturesDir, file));
    return { sha256: sha256(bytes), text: bytes.toString('utf8') };
  };
  const specs = read(GPU_SPECS_INPUT.file);
  return buildDataset({
    source: SOURCE,
    gpuSpecs: {
      file: GPU_SPECS_INPUT.file,
      role: GPU_SPECS_INPUT.role,
      sha256: specs.sha256,
      data: JSON.parse(specs.text) as unknown,
    },
    benchmarks: SHIPPED_BENCHMARKS.map((cfg) => {
      const f = read(cfg.file);
      const rows = cfg.kind === 'transcribed' ? parseTranscribedCsv(f.text, cfg.file) : (JSON.parse(f.text) as unknown);
      return { ...cfg, sha256: f.sha256, rows };
    }),
    published: PUBLISHED_TABLES.map((cfg) => {
      const f = read(cfg.file);
      return {
        file: cfg.file,
        role: cfg.role,
        captured: cfg.captured,
        sha256: f.sha256,
        table: publishedFromCsv(cfg, f.text),
      };
    }),
  });
}

/**
 * A file computed from the ingest's result by code above the data layer (a page's summary made
 * with that page's own view model), so that the data layer need not import the features.
 */
export interface DerivedFile {
  /** Relative to `public/`, with forward slashes. */
  readonly path: string;
  readonly schema: Validator<unknown>;
  build(result: IngestResult): unknown;
}

export interface RenderedFile {
  /** Relative to `public/`, with forward slashes. */
  readonly path: string;
  readonly text: string;
}

/**
 * Serialise every output file, then each derived file, and check the serialised text,
 * re-parsed, against its schema (so what is written is exactly what the app will accept).
 */
export function renderFiles(result: IngestResult, derived: readonly DerivedFile[] = []): RenderedFile[] {
  const own = result.files.map(({ path, data }) => {
    const text = toJsonText(data);
    const schema =
      path === MANIFEST_PATH
        ? manifestSchema
        : path === GPU_SPECS_PATH
          ? gpuSpecsSchema
          : path === REPORT_PATH
            ? ingestReportSchema
            : path.endsWith('/run-dates.json')
              ? runDatesFileSchema
              : path.startsWith('data/published/')
                ? publishedTableSchema
                : benchmarkFileSchema;
    assertValid(schema as Validator<unknown>, JSON.parse(text), path);
    return { path, text };
  });
  const computed = derived.map(({ path, schema, build }) => {
    const text = toJsonText(build(result));
    assertValid(schema, JSON.parse(text), path);
    return { path, text };
  });
  return [...own, ...computed];
}

/** Every `.json` file under `<publicDir>/data`, as forward-slash paths relative to publicDir. */
export function listShippedJson(publicDir: string = DEFAULT_PUBLIC_DIR): string[] {
  const dataDir = join(publicDir, 'data');
  if (!existsSync(dataDir)) return [];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.json')) out.push(relative(publicDir, full).split(sep).join('/'));
    }
  };
  walk(dataDir);
  return out.sort();
}

export interface CheckProblem {
  readonly path: string;
  readonly problem: 'missing' | 'differs' | 'stale';
}

/** Compare freshly rendered files with what is on disk under `publicDir`. */
export function compareWithDisk(
  files: readonly RenderedFile[],
  publicDir: string = DEFAULT_PUBLIC_DIR,
): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const expected = new Set(files.map((f) => f.path));
  for (const f of files) {
    const full = join(publicDir, f.path);
    if (!existsSync(full)) problems.push({ path: f.path, problem: 'missing' });
    else if (readFileSync(full, 'utf8') !== f.text) problems.push({ path: f.path, problem: 'differs' });
  }
  for (const path of listShippedJson(publicDir)) {
    if (!expected.has(path)) problems.push({ path, problem: 'stale' });
  }
  return problems;
}

function formatBytes(n: number): string {
  return n >= 1024 ? `${(n / 1024).toFixed(1)} KiB (${n.toLocaleString('en-US')} B)` : `${n} B`;
}

function printSummary(
  result: IngestResult,
  files: readonly RenderedFile[],
  verb: string,
  publicDir: string = DEFAULT_PUBLIC_DIR,
): void {
  const { manifest, report } = result;
  const log = (s = '') => process.stdout.write(`${s}\n`);
  const list = (title: string, entries: readonly { file: string; index: number; reason: string }[], show = true) => {
    log(`${title.padEnd(16)} ${entries.length}`);
    if (show) for (const r of entries) log(`  ${r.file} row ${r.index}: ${r.reason}`);
  };
  log(`rows read:       ${report.rowsRead}`);
  log(`latest view:     ${manifest.ingest.pointsKept} points`);
  log(`history:         ${manifest.ingest.historyPoints} points (every distinct run, latest view included)`);
  list('rejected:', report.rejected);
  list('duplicates:', report.duplicates, false);
  log('  (every row not shipped as is: data/ingest-report.json)');
  list('flagged:', report.flagged, false);
  list('older runs:', report.movedToHistory);
  for (const n of report.notes) log(`note: ${n.file}: ${n.note}`);
  for (const m of manifest.models) {
    const basis =
      m.latestView.basis === 'capture'
        ? `capture ${m.latestView.file} (${m.latestView.captured})`
        : 'latest run per line';
    log(
      `${m.key}: latest view from ${basis}; history ${m.historyDates.first} … ${m.historyDates.last} (${m.historyDates.distinct} dates)`,
    );
  }
  log(`default GPU cost/power set: ${result.gpuSpecs.defaultSetId} (${result.gpuSpecs.defaultReason})`);
  const shippedSpecs = join(publicDir, GPU_SPECS_PATH);
  if (existsSync(shippedSpecs)) {
    const before = (JSON.parse(readFileSync(shippedSpecs, 'utf8')) as { defaultSetId?: unknown }).defaultSetId;
    if (before !== result.gpuSpecs.defaultSetId) {
      log(
        `NOTE: the default cost/power set changes from ${String(before)} to ${result.gpuSpecs.defaultSetId}: every page's cost and tok/s/MW change.`,
      );
    }
  }
  log(`${verb}: ${files.length} files`);
  const where = publicDir === DEFAULT_PUBLIC_DIR ? 'public' : publicDir;
  for (const f of files) log(`  ${where}/${f.path}  ${formatBytes(Buffer.byteLength(f.text, 'utf8'))}`);
}

const USAGE = 'usage: npm run ingest [-- --check] | npm run ingest -- --input <dir> [--out <dir>]\n';

/** `--check`, or `--input <dir>` with an optional `--out <dir>` (default: public/). */
export function parseArgs(
  argv: readonly string[],
): { check: boolean; input: string | null; out: string } | { error: string } {
  let check = false;
  let input: string | null = null;
  let out: string | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i]!;
    if (a === '--check') check = true;
    else if (a === '--input' || a === '--out') {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) return { error: `${a} needs a folder` };
      if (a === '--input') input = value;
      else out = value;
      i += 1;
    } else return { error: `unknown argument: ${a}` };
  }
  if (check && input !== null) return { error: '--check compares the shipped data; it cannot be used with --input' };
  if (out !== null && input === null)
    return { error: '--out is for --input (the shipped data always goes to public/)' };
  return { check, input, out: out ?? DEFAULT_PUBLIC_DIR };
}

/** A folder of a team's own results (see `folder.ts`) through the same ingest. */
export function ingestFromFolder(dir: string): IngestResult {
  const { benchmarks, gpuSpecsPath } = sourcesFromFolder(dir);
  if (benchmarks.length === 0) throw new Error(`${dir} holds no .json, .jsonl or .csv file to read`);
  const specsPath = gpuSpecsPath ?? join(DEFAULT_FIXTURES_DIR, GPU_SPECS_INPUT.file);
  const specsBytes = readFileSync(specsPath);
  return buildDataset({
    source: {
      name: 'Own results',
      url: 'https://github.com/SemiAnalysisAI/InferenceX',
      licence: 'as given by their owners',
    },
    gpuSpecs: {
      file: GPU_SPECS_INPUT.file,
      role: GPU_SPECS_INPUT.role,
      sha256: sha256(specsBytes),
      data: JSON.parse(specsBytes.toString('utf8')) as unknown,
    },
    benchmarks,
  });
}

/** The command: `argv` as `parseArgs` reads it; `derived` are written beside the ingest's own files. */
export function main(argv: readonly string[], derived: readonly DerivedFile[] = []): number {
  const args = parseArgs(argv);
  if ('error' in args) {
    process.stderr.write(`${args.error}\n${USAGE}`);
    return 2;
  }
  const { check } = args;
  const publicDir = args.out;
  const result = args.input === null ? ingestFromDirectory() : ingestFromFolder(args.input);
  const files = renderFiles(result, derived);

  if (check) {
    printSummary(result, files, 'checked');
    const problems = compareWithDisk(files);
    if (problems.length > 0) {
      process.stderr.write('\npublic/data is out of date with a fresh ingest (run `npm run ingest`):\n');
      for (const p of problems) process.stderr.write(`  ${p.problem.padEnd(8)} public/${p.path}\n`);
      return 1;
    }
    process.stdout.write('\npublic/data matches a fresh ingest.\n');
    return 0;
  }

  for (const f of files) {
    const full = join(publicDir, f.path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, f.text);
  }
  // <out>/data is entirely generated: remove JSON files a previous ingest wrote but this one did not.
  const expected = new Set(files.map((f) => f.path));
  const stale = listShippedJson(publicDir).filter((p) => !expected.has(p));
  for (const p of stale) rmSync(join(publicDir, p));
  printSummary(result, files, 'written', publicDir);
  for (const p of stale) process.stdout.write(`  removed stale ${p}\n`);
  return 0;
}
