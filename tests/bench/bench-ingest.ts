/**
 * The ingest at full scale: `npx tsx tests/bench/bench-ingest.ts [rows]` (default 100,000).
 * Generates SYNTHETIC rows in memory (tests/bench/full-size-rows.ts; nothing is written to
 * public/data), runs the whole ingest (convert, deduplicate, latest view, history, every output
 * file rendered and re-validated) and prints the time, the peak memory of this process, and
 * the bytes (raw and gzip) of the files each kind of page downloads, the `/spec-decode` index's
 * summary (computed from the result by the comparison page's view model, as `npm run ingest` does)
 * included.
 */
import { gzipSync } from 'node:zlib';
import { buildDataset } from '../../src/data/ingest/build.ts';
import { renderFiles } from '../../src/data/ingest/cli.ts';
import { DERIVED_FILES } from '../../src/app/ingest-derived.ts';
import { fullSizeRows, syntheticIngestInput } from './full-size-rows.ts';

const count = Number(process.argv[2] ?? 100_000);
const rows = fullSizeRows({ rows: count });
const input = syntheticIngestInput(rows);

const start = performance.now();
const result = buildDataset(input);
const built = performance.now();
const files = renderFiles(result);
const rendered = performance.now();
files.push(...renderFiles({ ...result, files: [] }, DERIVED_FILES));
const end = performance.now();

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const size = (path: string) => {
  const f = files.find((x) => x.path === path);
  if (!f) return { raw: 0, gzip: 0 };
  return { raw: Buffer.byteLength(f.text), gzip: gzipSync(f.text).length };
};
const sum = (paths: string[]) =>
  paths.map(size).reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
const show = (label: string, s: { raw: number; gzip: number }) =>
  process.stdout.write(`${label.padEnd(44)} ${kib(s.raw).padStart(12)} raw ${kib(s.gzip).padStart(11)} gzip\n`);

process.stdout.write(`rows: ${rows.length.toLocaleString('en-US')} (synthetic)\n`);
process.stdout.write(
  `ingest: ${((built - start) / 1000).toFixed(2)} s, render + validate: ${((rendered - built) / 1000).toFixed(2)} s, ` +
    `derived files (the index summary): ${((end - rendered) / 1000).toFixed(2)} s; total ${((end - start) / 1000).toFixed(2)} s\n`,
);
process.stdout.write(`peak memory (max RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`);
process.stdout.write(
  `latest view: ${result.manifest.ingest.pointsKept}, history: ${result.manifest.ingest.historyPoints}, duplicates: ${result.manifest.ingest.duplicates}\n`,
);
show('manifest (every page)', size('data/manifest.json'));
const first = result.manifest.files[0]!;
show(`comparison data (${first.model} ${first.hardware} ${first.sequence})`, size(first.path));
show(
  `/inference data (${first.model} ${first.sequence}, every GPU)`,
  sum(result.manifest.files.filter((f) => f.model === first.model && f.sequence === first.sequence).map((f) => f.path)),
);
show(
  `history data (${first.model} ${first.hardware} ${first.sequence})`,
  size(first.path.replace('data/benchmarks/', 'data/history/')),
);
const index = files.find((f) => f.path === 'data/spec-decode-index.json');
const indexRows = index ? (JSON.parse(index.text) as { rows: unknown[] }).rows.length : 0;
show(`/spec-decode index summary (${indexRows} comparisons)`, size('data/spec-decode-index.json'));
show('run dates (one model)', size(result.manifest.runDates[0]!.path));
show('all files', sum(files.map((f) => f.path)));
