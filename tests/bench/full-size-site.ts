/**
 * The page benchmark's full-size site: SYNTHETIC rows (full-size-rows.ts) through the whole
 * ingest (as `npm run ingest -- --input` runs it, with the derived index summary), written to a
 * temporary public folder, never public/data; then the app built against it by
 * full-size.vite.config.ts, with static pages only for the addresses the benchmark opens.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildDataset } from '../../src/data/ingest/build.ts';
import { renderFiles } from '../../src/data/ingest/cli.ts';
import { DERIVED_FILES } from '../../src/app/ingest-derived.ts';
import { comparisonSequenceMap } from '../../src/app/first-view-preload.ts';
import type { Manifest } from '../../src/data/schema.ts';
import { fullSizeRows, syntheticIngestInput } from './full-size-rows.ts';

export interface FullSizeData {
  rows: number;
  /** Seconds the ingest took (convert, deduplicate, render and validate every file). */
  ingestSeconds: number;
  /** The comparison with the largest data file: the hardest comparison page of the dataset. */
  comparison: { path: string; hardware: string; precision: string };
  /** That workload's history page. */
  history: string;
}

/** Writes `<publicDir>/data/` from `rows` synthetic rows and picks the pages to open. */
export function writeFullSizeData(publicDir: string, rows: number): FullSizeData {
  const input = syntheticIngestInput(fullSizeRows({ rows }));
  const started = performance.now();
  const result = buildDataset(input);
  const files = renderFiles(result, DERIVED_FILES);
  const ingestSeconds = (performance.now() - started) / 1000;
  for (const f of files) {
    const full = join(publicDir, f.path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, f.text);
  }
  const manifest: Manifest = result.manifest;
  const bytes = new Map(files.map((f) => [f.path, Buffer.byteLength(f.text)]));
  let best: { key: string; file: string; size: number } | null = null;
  for (const [key, { defaultSequence }] of Object.entries(comparisonSequenceMap(manifest))) {
    const [model, hardware] = key.split('/');
    const file = `data/benchmarks/${model}/${defaultSequence}/${hardware}.json`;
    const size = bytes.get(file) ?? 0;
    if (!best || size > best.size) best = { key, file, size };
  }
  if (!best) throw new Error('the full-size dataset holds no MTP-vs-Off comparison');
  const [model, hardware, precision] = best.key.split('/') as [string, string, string];
  return {
    rows,
    ingestSeconds,
    comparison: { path: `/spec-decode/${best.key}`, hardware, precision },
    history: `/history/${model}/${hardware}/${precision}`,
  };
}
