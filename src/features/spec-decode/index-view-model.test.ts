import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  benchmarkFileSchema,
  gpuSpecsSchema,
  manifestSchema,
  specDecodeIndexFileSchema,
  type BenchmarkPoint,
  type SequenceKey,
  type SpecDecodeIndexFile,
} from '../../data/schema';
import { assertValid } from '../../data/validate';
import { pinnedReference } from '../../../tests/setup/reference-views';
import { shippedPoints } from '../../../tests/setup/shipped-data';
import { buildSpecDecodeIndex, buildSpecDecodeIndexFile } from './index-view-model';

const root = resolve(import.meta.dirname, '../../..');
const read = (path: string) => JSON.parse(readFileSync(resolve(root, path), 'utf8')) as unknown;
const manifest = assertValid(manifestSchema, read('public/data/manifest.json'));
const specs = assertValid(gpuSpecsSchema, read('public/data/gpu-specs.json'));

// Expected values: tests/reference/matched_reference.py on the raw upstream rows, pinned for
// every comparison in tests/reference/pinned-views.json (`index`, keyed by href) by
// tests/reference/pin_views.py. The reference picks each comparison's default sequence itself.
const reference = pinnedReference().index;

const bySequence = new Map<SequenceKey, BenchmarkPoint[]>();
function shipped(model: string, sequence: SequenceKey, hardware: string): BenchmarkPoint[] {
  if (!bySequence.has(sequence)) bySequence.set(sequence, shippedPoints(sequence, model));
  return bySequence.get(sequence)!.filter((p) => p.hardware === hardware);
}

const everyFile = () => buildSpecDecodeIndex(manifest, specs, shipped);

describe('buildSpecDecodeIndex on the shipped data', () => {
  const rows = everyFile();

  it('has one row per comparison the reference finds, in the manifest order of GPUs', () => {
    expect(rows.map((r) => r.href).sort()).toEqual(Object.keys(reference).sort());
    const gpuOrder = manifest.hardware.map((h) => h.key);
    const positions = rows.map((r) => gpuOrder.indexOf(r.hardware));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it.each(Object.entries(reference))('%s: default sequence, mid-band headline and crossover', (href, expected) => {
    const row = rows.find((r) => r.href === href);
    expect(row).toBeDefined();
    expect({ sequence: row!.sequence, headline: row!.headline, crossover: row!.crossover }).toEqual({
      sequence: expected.sequence,
      headline: expected.headline,
      crossover: expected.crossover,
    });
  });

  it('takes the headline at the middle default target, not the first or the last', () => {
    // MI355X FP4 8k/1k: band 13.84–98.06, targets 35 / 56 / 77; at 56 the reference has
    // MTP 2587.2986 and Off 1526.1450 tok/s/GPU: 2587.2986 / 1526.1450 − 1 = +69.5 %.
    // (At 35 it would be 3417.37 / 2312.51 − 1 = +47.8 %, at 77 +95.5 %.)
    const expected = reference['/spec-decode/dsr1/mi355x/fp4']!;
    expect(expected.targets).toEqual([35, 56, 77]);
    expect(expected.midTarget).toBe(56);
    const row = rows.find((r) => r.href === '/spec-decode/dsr1/mi355x/fp4')!;
    expect(row.headline).toBe('MTP +69.5% tok/s/GPU at 56 tok/s/user');
    // A one-target band (GB200 FP8 8k/1k touches at 74.49 tok/s/user) is its own middle.
    expect(reference['/spec-decode/dsr1/gb200/fp8']!.targets).toHaveLength(1);
    expect(rows.find((r) => r.href === '/spec-decode/dsr1/gb200/fp8')!.headline).toBe(
      'MTP +317.5% tok/s/GPU at 74.49 tok/s/user',
    );
  });

  it('names the winner: MTP ahead, Off ahead, or nobody without a shared range', () => {
    const winner = (href: string) => rows.find((r) => r.href === href)?.winner;
    expect(winner('/spec-decode/dsr1/mi355x/fp4')).toBe('MTP');
    // B200 FP8 8k/1k: Off +2.3 % at 82 tok/s/user, between its two crossovers (65.78, 84.14).
    expect(reference['/spec-decode/dsr1/b200/fp8']!.headline).toMatch(/^Off /);
    expect(winner('/spec-decode/dsr1/b200/fp8')).toBe('Off');
    // GB200 FP4 8k/1k: MTP's one frontier point (27.09 tok/s/user) lies below Off's range (54.21–151.16).
    expect(reference['/spec-decode/dsr1/gb200/fp4']!.headline).toBe('no shared interactivity range');
    expect(winner('/spec-decode/dsr1/gb200/fp4')).toBeNull();
  });
});

describe('buildSpecDecodeIndex while files arrive', () => {
  it('leaves out the rows whose file is not loaded, and keeps the others as they are', () => {
    const rows = buildSpecDecodeIndex(manifest, specs, (model, sequence, hardware) =>
      hardware === 'mi355x' ? undefined : shipped(model, sequence, hardware),
    );
    expect(rows.map((r) => r.href).sort()).toEqual(
      Object.keys(reference)
        .filter((href) => !href.includes('/mi355x/'))
        .sort(),
    );
    expect(rows.find((r) => r.href === '/spec-decode/dsr1/h100/fp8')?.headline).toBe(
      reference['/spec-decode/dsr1/h100/fp8']!.headline,
    );
  });

  it('has no rows before any file arrives', () => {
    expect(buildSpecDecodeIndex(manifest, specs, () => undefined)).toEqual([]);
  });
});

describe('the index file the ingest ships (data/spec-decode-index.json)', () => {
  const shippedIndex = assertValid(specDecodeIndexFileSchema, read('public/data/spec-decode-index.json'));
  const shownFields = (r: SpecDecodeIndexFile['rows'][number]) => ({
    href: r.href,
    label: `${r.hardwareLabel} ${r.precisionLabel}: MTP vs Off`,
    modelName: r.modelName,
    sequence: r.sequence,
    sequenceLabel: r.sequenceLabel,
    headline: r.headline,
    winner: r.winner,
    crossover: r.crossover,
  });

  it("holds, row for row and in order, what the page computed from every comparison's full data file", () => {
    const fromFullFiles = everyFile();
    expect(fromFullFiles).toHaveLength(Object.keys(reference).length);
    expect(shippedIndex.rows.map(shownFields)).toEqual(fromFullFiles.map(shownFields));
  });

  it('states the reference headline and crossover of each of the pinned comparisons', () => {
    const byHref = Object.fromEntries(shippedIndex.rows.map((r) => [r.href, r]));
    for (const [href, expected] of Object.entries(reference)) {
      expect({ href, sequence: byHref[href]?.sequence, headline: byHref[href]?.headline }).toEqual({
        href,
        sequence: expected.sequence,
        headline: expected.headline,
      });
      expect(byHref[href]?.crossover).toBe(expected.crossover);
    }
  });

  it('leaves out a comparison whose latest-view file the ingest did not make', () => {
    const files = manifest.files
      .filter((f) => f.hardware !== 'mi355x')
      .map((f) => ({ path: f.path, data: assertValid(benchmarkFileSchema, read(`public/${f.path}`)) }));
    const built = buildSpecDecodeIndexFile(manifest, specs, files);
    expect(built.rows.map((r) => r.href)).toEqual(
      shippedIndex.rows.map((r) => r.href).filter((href) => !href.includes('/mi355x/')),
    );
  });
});
