import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { benchmarkFileSchema, manifestSchema, type BenchmarkPoint, type SequenceKey } from '../../src/data/schema';
import { assertValid } from '../../src/data/validate';

const publicDir = resolve(import.meta.dirname, '../../public');

/** A shipped file under `public/`, parsed as JSON (not validated). */
export function readShippedJson(path: string): unknown {
  return JSON.parse(readFileSync(resolve(publicDir, path), 'utf8'));
}

/** Manifest entries of one model and sequence's files (one per GPU), in manifest order. */
export function shippedFiles(sequence: SequenceKey, model = 'dsr1') {
  const manifest = assertValid(manifestSchema, readShippedJson('data/manifest.json'));
  return manifest.files.filter((f) => f.model === model && f.sequence === sequence);
}

/** Every shipped point of one model and sequence, validated, GPU by GPU as the app loads them. */
export function shippedPoints(sequence: SequenceKey, model = 'dsr1'): BenchmarkPoint[] {
  return shippedFiles(sequence, model).flatMap((f) => assertValid(benchmarkFileSchema, readShippedJson(f.path)).points);
}

/** The same points as plain JSON, for tests that recompute things without the schema. */
export function shippedRawPoints<T>(sequence: SequenceKey, model = 'dsr1'): T[] {
  return shippedFiles(sequence, model).flatMap((f) => (readShippedJson(f.path) as { points: T[] }).points);
}

/** Every shipped history point of one model and sequence (all runs, dated), file by file. */
export function shippedHistoryFiles(sequence: SequenceKey, model = 'dsr1') {
  const manifest = assertValid(manifestSchema, readShippedJson('data/manifest.json'));
  return manifest.history
    .filter((f) => f.model === model && f.sequence === sequence)
    .map((f) => assertValid(benchmarkFileSchema, readShippedJson(f.path)));
}
