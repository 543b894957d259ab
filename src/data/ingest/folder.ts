/**
 * `npm run ingest -- --input <dir>`: every supported file of a folder (and its subfolders) as
 * ingest sources, so a team can run Isoline on its own results. Node-side, like `cli.ts`.
 *
 * - InferenceX API rows (a JSON array): read as the shipped captures are; a sidecar may say
 *   `{"kind": "latest-capture", "captured": "YYYY-MM-DD"}` (default: history).
 * - vLLM, SGLang and CSV result files (see src/data/own): what a file cannot tell comes from a
 *   sidecar, `<file>.isoline.json` or `isoline.json` in its folder:
 *   `{"model", "hardware", "gpuCount", "engine", "precision", "specMethod", "sequence", "disagg"?, "date"?}`.
 *   A file without one is reported, not guessed.
 * - `gpu-specs.json` in the folder replaces the shipped assumptions.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { SEQUENCE_KEYS, SPEC_METHOD_KEYS } from '../../domain/catalog.ts';
import { detectFormat, parseResultFile } from '../own/detect.ts';
import { ownPoints, sequenceHint } from '../own/to-points.ts';
import { rawDateSchema } from './raw.ts';
import type { BenchmarkSource, OwnRow } from './sources.ts';
import {
  boolean,
  formatIssues,
  matching,
  nonEmptyString,
  object,
  oneOf,
  optional,
  parse,
  positiveInt,
  type Infer,
} from '../validate.ts';

const key = matching(/^[a-z0-9][a-z0-9._-]*$/, 'a lower-case key');

export const resultSidecarSchema = object({
  model: key,
  hardware: key,
  gpuCount: positiveInt(),
  engine: key,
  precision: key,
  specMethod: oneOf(SPEC_METHOD_KEYS),
  sequence: optional(oneOf(SEQUENCE_KEYS)),
  disagg: optional(boolean()),
  date: optional(rawDateSchema),
  label: optional(nonEmptyString()),
});
export type ResultSidecar = Infer<typeof resultSidecarSchema>;

const rowsSidecarSchema = object({
  kind: oneOf(['latest-capture', 'history']),
  captured: optional(rawDateSchema),
});

const isSidecar = (name: string) => name === 'isoline.json' || name.endsWith('.isoline.json');
const READABLE = /\.(json|jsonl|csv)$/i;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) return filesUnder(full);
      return READABLE.test(entry.name) && !isSidecar(entry.name) && entry.name !== 'gpu-specs.json' ? [full] : [];
    })
    .sort();
}

function sidecarOf(file: string): { path: string; value: unknown } | null {
  for (const path of [`${file}.isoline.json`, join(dirname(file), 'isoline.json')]) {
    if (existsSync(path)) return { path, value: JSON.parse(readFileSync(path, 'utf8')) as unknown };
  }
  return null;
}

const tagOf = (rel: string) =>
  `own-${rel
    .split(sep)
    .join('/')
    .replace(/[^a-z0-9]+/gi, '-')
    .toLowerCase()}`;

/** Every readable file under `dir` as a source; problems with a whole file become its one rejected row. */
export function sourcesFromFolder(dir: string): { benchmarks: BenchmarkSource[]; gpuSpecsPath: string | null } {
  const benchmarks: BenchmarkSource[] = [];
  for (const full of filesUnder(dir)) {
    const rel = relative(dir, full);
    const bytes = readFileSync(full);
    const text = bytes.toString('utf8');
    const base = {
      file: rel.split(sep).join('/'),
      tag: tagOf(rel),
      sha256: createHash('sha256').update(bytes).digest('hex'),
    };
    const detected = detectFormat(text);
    const sidecar = sidecarOf(full);
    const whole = (problem: string): BenchmarkSource => ({
      ...base,
      role: 'own results (not read)',
      kind: 'own-results',
      captured: null,
      rows: [{ problem }] satisfies OwnRow[],
    });
    if (detected.format === null) {
      benchmarks.push(whole(`not a result file Isoline reads: ${detected.reason}`));
      continue;
    }
    if (detected.format === 'inferencex-rows') {
      const meta = sidecar ? parse(rowsSidecarSchema, sidecar.value) : null;
      if (meta && !meta.ok) {
        benchmarks.push(whole(`${basename(sidecar!.path)}: ${formatIssues(meta.issues).join('; ')}`));
        continue;
      }
      const kind = meta?.ok ? meta.value.kind : 'history';
      benchmarks.push({
        ...base,
        role: `InferenceX API rows (${kind})`,
        kind,
        captured: (meta?.ok ? meta.value.captured : undefined) ?? null,
        rows: JSON.parse(text) as unknown,
      });
      continue;
    }
    if (!sidecar) {
      benchmarks.push(
        whole(
          `no sidecar (${basename(full)}.isoline.json or isoline.json beside it) says the model, GPU, GPU count, engine, precision and method`,
        ),
      );
      continue;
    }
    const meta = parse(resultSidecarSchema, sidecar.value);
    if (!meta.ok) {
      benchmarks.push(whole(`${basename(sidecar.path)}: ${formatIssues(meta.issues).join('; ')}`));
      continue;
    }
    const parsed = parseResultFile(detected.format, text);
    const sequence = meta.value.sequence ?? sequenceHint(parsed);
    const date = meta.value.date ?? parsed.hints.date;
    if (sequence === null || date === null) {
      benchmarks.push(
        whole(
          `${basename(sidecar.path)} must give the ${sequence === null ? 'sequence' : 'date'}: the file does not tell it`,
        ),
      );
      continue;
    }
    const setup = {
      ...meta.value,
      label: meta.value.label ?? base.file,
      disagg: meta.value.disagg ?? false,
      sequence,
      date,
    };
    const { points, problems, warnings } = ownPoints(parsed, setup, base.tag);
    const rows: OwnRow[] = [
      ...points.map((point) => ({ model: meta.value.model, sequence, point })),
      ...parsed.problems.map((problem) => ({ problem })),
      ...problems.map((problem) => ({ problem })),
    ];
    benchmarks.push({
      ...base,
      role: `own results (${detected.format}), ${setup.label}`,
      kind: 'own-results',
      captured: null,
      rows,
      notes: warnings,
    });
  }
  const specs = join(dir, 'gpu-specs.json');
  return { benchmarks, gpuSpecsPath: existsSync(specs) && statSync(specs).isFile() ? specs : null };
}
