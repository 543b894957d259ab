/**
 * `npm run ingest`: build `public/data/` from `fixtures/real/`.
 * `npm run ingest:check`: build in memory and exit 1 if the committed `public/data/` differs.
 *
 * All the logic is in `src/data/ingest/` (pure functions); this file only reads, hashes,
 * checks and writes files, and prints a summary.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildDataset, toJsonText, type IngestResult } from './build.ts';
import { benchmarkFileSchema, gpuSpecsSchema, manifestSchema, type Manifest } from '../schema.ts';
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

/** Benchmark row files (in fixtures/real/) whose rows become shipped points; `tag` prefixes point ids. */
export const SHIPPED_BENCHMARKS: readonly { file: string; tag: string; role: string }[] = [
  {
    file: 'inferencex_dsr1_latest_2026-06-14.json',
    tag: 'latest-2026-06-14',
    role: 'benchmark rows, GET /api/v1/benchmarks (latest run per config, subsampled); the shipped points',
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
export function ingestFromDirectory(fixturesDir: string = DEFAULT_FIXTURES_DIR): IngestResult {
  const load = (file: string) => {
    const bytes = readFileSync(join(fixturesDir, file));
    return { sha256: sha256(bytes), data: JSON.parse(bytes.toString('utf8')) as unknown };
  };
  const specs = load(GPU_SPECS_INPUT.file);
  return buildDataset({
    source: SOURCE,
    gpuSpecs: { file: GPU_SPECS_INPUT.file, role: GPU_SPECS_INPUT.role, sha256: specs.sha256, data: specs.data },
    benchmarks: SHIPPED_BENCHMARKS.map((cfg) => {
      const f = load(cfg.file);
      return { file: cfg.file, tag: cfg.tag, role: cfg.role, sha256: f.sha256, rows: f.data };
    }),
  });
}

export interface RenderedFile {
  /** Relative to `public/`, with forward slashes. */
  readonly path: string;
  readonly text: string;
}

/**
 * Serialise every output file and check the serialised text, re-parsed, against its schema
 * (so what is written is exactly what the app will accept).
 */
export function renderFiles(result: IngestResult): RenderedFile[] {
  return result.files.map(({ path, data }) => {
    const text = toJsonText(data);
    const schema =
      path === 'data/manifest.json'
        ? manifestSchema
        : path === 'data/gpu-specs.json'
          ? gpuSpecsSchema
          : benchmarkFileSchema;
    assertValid(schema as Validator<unknown>, JSON.parse(text), path);
    return { path, text };
  });
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

function printSummary(result: IngestResult, files: readonly RenderedFile[], verb: string): void {
  const { ingest, dates } = result.manifest;
  const log = (s = '') => process.stdout.write(`${s}\n`);
  log(`rows read:   ${ingest.rowsRead}`);
  log(`points kept: ${ingest.pointsKept}`);
  log(`rejected:    ${ingest.rejected.length}`);
  for (const r of ingest.rejected) log(`  ${r.file} row ${r.index}: ${r.reason}`);
  log(`duplicates:  ${ingest.duplicates.length}`);
  for (const d of ingest.duplicates) log(`  ${d.file} row ${d.index}: ${d.reason}`);
  log(`flagged:     ${ingest.flagged.length} (kept, GPU count inferred)`);
  for (const f of ingest.flagged) log(`  ${f.file} row ${f.index}: ${f.reason}`);
  log(`dates:       ${dates.first} … ${dates.last} (${dates.distinct} distinct)`);
  log(`default GPU cost/power set: ${result.gpuSpecs.defaultSetId}`);
  log(`${verb}:`);
  for (const f of files) log(`  public/${f.path}  ${formatBytes(Buffer.byteLength(f.text, 'utf8'))}`);
}

export function main(argv: readonly string[]): number {
  const check = argv.includes('--check');
  const unknown = argv.filter((a) => a !== '--check');
  if (unknown.length > 0) {
    process.stderr.write(`unknown argument(s): ${unknown.join(' ')}\nusage: tsx src/data/ingest/cli.ts [--check]\n`);
    return 2;
  }
  const result = ingestFromDirectory();
  const files = renderFiles(result);

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
    const full = join(DEFAULT_PUBLIC_DIR, f.path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, f.text);
  }
  // public/data is entirely generated: remove JSON files a previous ingest wrote but this one did not.
  const expected = new Set(files.map((f) => f.path));
  const stale = listShippedJson().filter((p) => !expected.has(p));
  for (const p of stale) rmSync(join(DEFAULT_PUBLIC_DIR, p));
  printSummary(result, files, 'written');
  for (const p of stale) process.stdout.write(`  removed stale public/${p}\n`);
  return 0;
}

const invokedDirectly = (() => {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return pathToFileURL(realpathSync(entry)).href === pathToFileURL(realpathSync(fileURLToPath(import.meta.url))).href;
  } catch {
    return false;
  }
})();

if (invokedDirectly) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`ingest failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  }
}
