import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareWithDisk, DEFAULT_PUBLIC_DIR, ingestFromDirectory, listShippedJson, renderFiles } from './ingest.ts';

/**
 * The committed `public/data/` must be exactly what a fresh ingest of `fixtures/real/` makes,
 * so a change to the fixtures or the ingest without re-running `npm run ingest` fails here.
 */

const result = ingestFromDirectory();
const rendered = renderFiles(result);

describe('committed public/data is up to date', () => {
  it.each(result.files.map((f) => [f.path, f] as const))('%s deep-equals a fresh ingest', (path, file) => {
    const committed = JSON.parse(readFileSync(join(DEFAULT_PUBLIC_DIR, path), 'utf8')) as unknown;
    expect(committed).toEqual(file.data);
  });

  it('every file is byte-identical (2-space JSON, trailing newline) and none is stale', () => {
    expect(compareWithDisk(rendered)).toEqual([]);
  });

  it('ships exactly the manifest, gpu-specs and one file per model × sequence', () => {
    expect(listShippedJson()).toEqual(rendered.map((f) => f.path).sort());
    expect(rendered.map((f) => f.path)).toEqual([
      'data/manifest.json',
      'data/gpu-specs.json',
      'data/benchmarks/dsr1/1k1k.json',
      'data/benchmarks/dsr1/1k8k.json',
      'data/benchmarks/dsr1/8k1k.json',
    ]);
  });
});

describe('--check finds every kind of drift', () => {
  const dir = mkdtempSync(join(tmpdir(), 'isoline-ingest-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };

  it('reports missing, differing and stale files', () => {
    for (const f of rendered) write(f.path, f.text);
    expect(compareWithDisk(rendered, dir)).toEqual([]);

    const [manifest, gpuSpecs] = rendered;
    write(manifest!.path, manifest!.text.replace(/\n$/, '')); // only the trailing newline differs
    rmSync(join(dir, gpuSpecs!.path));
    write('data/benchmarks/dsr1/2k2k.json', '{}\n');
    expect(compareWithDisk(rendered, dir)).toEqual([
      { path: 'data/manifest.json', problem: 'differs' },
      { path: 'data/gpu-specs.json', problem: 'missing' },
      { path: 'data/benchmarks/dsr1/2k2k.json', problem: 'stale' },
    ]);
  });
});
