import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gpuSpecsSchema, manifestSchema } from '../../data/schema';
import { assertValid } from '../../data/validate';
import { parseResultFile } from '../../data/own/detect';
import { ownPoints, type OwnSetup } from '../../data/own/to-points';
import type { OwnFile } from '../../data/own/store';
import { readShippedJson, shippedPoints } from '../../../tests/setup/shipped-data';
import { inferenceAvailability } from '../../state/availability';
import { rankPage } from '../../state/pages/rank';
import { fitOwnFiles } from '../own/own-fit';
import { buildRankViewModel, withOwnRows } from './rank-view-model';

/**
 * Your data ranked among the published setups (8k/1k, tok/s/GPU, one row per GPU). The
 * published values at 40 tok/s/user come from tests/reference/rank-pinned.json (the Python
 * reference over the raw rows). Your row is the H200 CSV fixture's rows at concurrency 32 and
 * 64 (real rows; placed at 8k/1k for this test): a monotone cubic through two points is the
 * straight line between them, so its value at 40 is read here by hand.
 */

const root = resolve(import.meta.dirname, '../../..');
const manifest = assertValid(manifestSchema, readShippedJson('data/manifest.json'));
const specs = assertValid(gpuSpecsSchema, readShippedJson('data/gpu-specs.json'));
const available = inferenceAvailability(manifest, specs)!;
const points = shippedPoints('8k1k');
const pinned = (
  JSON.parse(readFileSync(resolve(root, 'tests/reference/rank-pinned.json'), 'utf8')) as {
    throughput: { target: number; rows: { hardware: string; rank: number | null; value: number | null }[] };
  }
).throughput;

const csvText = readFileSync(resolve(root, 'fixtures/own-results/h200-sglang-fp8-1k8k.csv'), 'utf8');
const [header, ...lines] = csvText.trim().split('\n');
const twoRows = [header, ...lines.filter((l) => l.startsWith('32,') || l.startsWith('64,'))].join('\n');
const cells = (conc: string) =>
  lines
    .find((l) => l.startsWith(`${conc},`))!
    .split(',')
    .map(Number);
const [, y32, x32] = cells('32') as [number, number, number];
const [, y64, x64] = cells('64') as [number, number, number];
// The line through (x64, y64) and (x32, y32), at 40 tok/s/user.
const ownAt40 = y64 + ((40 - x64) * (y32 - y64)) / (x32 - x64);

const setup: OwnSetup = {
  label: 'my H200',
  hardware: 'h200',
  gpuCount: 8,
  disagg: false,
  engine: 'sglang',
  precision: 'fp8',
  specMethod: 'none',
  sequence: '8k1k',
  date: '2026-03-25',
};

function file(id: string, text: string, format: 'csv' | 'vllm', change: Partial<OwnSetup> = {}): OwnFile {
  const s = { ...setup, ...change };
  return {
    id,
    name: `${id}.${format === 'csv' ? 'csv' : 'jsonl'}`,
    bytes: text.length,
    addedAt: '2026-07-01T00:00:00.000Z',
    format,
    model: 'dsr1',
    sequence: s.sequence,
    setup: s,
    points: ownPoints(parseResultFile(format, text), s, id).points,
    problems: [],
    runsRead: 2,
  };
}

function ranked(search: string, files: readonly OwnFile[]) {
  const selection = rankPage.parse(search, available).selection;
  const published = buildRankViewModel({ points, selection, available, manifest, specs });
  const fit = fitOwnFiles(files, selection, manifest);
  return { published, fit, vm: withOwnRows(published, fit.shown, { selection, available, specs, manifest }) };
}

describe('your data on /rank', () => {
  const mine = file('f1', twoRows, 'csv');

  it('the default target is the published one: your data does not move it', () => {
    // A file reaching only 32–45 tok/s/user would pull the most-covered interval if it counted.
    const { published, vm } = ranked('seq=8k1k', [mine]);
    expect(vm.ownRows).toBe(1);
    expect(vm.rank.target).toBe(published.rank.target);
    expect(vm.rank.targetWhy).toBe(published.rank.targetWhy);
  });

  it('ranks your row among the published GPUs at 40 tok/s/user', () => {
    expect(ownAt40).toBeGreaterThan(174.66); // H100's pinned value…
    expect(ownAt40).toBeLessThan(449.55); // …and MI300X's: your row ranks between them.
    const { vm } = ranked(`seq=8k1k&at=${pinned.target}`, [mine]);
    expect(vm.rank.target).toBe(40);
    const own = vm.rank.rows.find((r) => r.id === 'own:f1')!;
    expect(own.label).toBe('my H200 · your data');
    expect(own.own).toBe(true);
    expect(own.value).toBeCloseTo(ownAt40, 9);
    // Rank: one more than the published GPUs with a higher pinned value.
    const above = pinned.rows.filter((r) => r.value !== null && r.value > ownAt40).length;
    expect(above).toBe(7);
    expect(own.rank).toBe(above + 1);
    // The published rows keep their pinned values; those below yours move down one place.
    for (const p of pinned.rows) {
      const row = vm.rank.rows.find((r) => r.id === p.hardware)!;
      expect(row.inRange).toBe(p.value !== null);
      expect(Math.abs((row.value ?? 0) - (p.value ?? 0))).toBeLessThan(1e-6);
      expect(row.rank).toBe(p.rank === null ? null : p.rank + Number(p.value! < ownAt40));
    }
    // The baseline stays the published leader (B300), and your row is stated against it.
    const leader = pinned.rows.find((r) => r.rank === 1)!;
    expect(vm.rank.baseline!.id).toBe(leader.hardware);
    expect(own.vsBase!.fraction).toBeCloseTo(ownAt40 / leader.value! - 1, 9);
    expect(vm.ownRows).toBe(1);
    // No /inference link carries your data.
    expect(vm.inferenceLinks.has('own:f1')).toBe(false);
  });

  it('marks your row as "your data" in the sentences, the matrix and the CSV (text, not colour)', () => {
    const { vm } = ranked('seq=8k1k&at=40', [mine]);
    const sentence = vm.rank.sentences.find((s) => s.startsWith('my H200 · your data ranks'))!;
    expect(sentence).toBe(
      `my H200 · your data ranks 8 of 9 at 40 tok/s/user with ${ownAt40.toFixed(1)} tok/s/GPU; it delivers ${Math.round((1 - ownAt40 / pinned.rows[0]!.value!) * 100)}% less than B300.`,
    );
    expect(vm.rank.matrix.rows.find((r) => r.id === 'own:f1')).toMatchObject({
      own: true,
      label: 'my H200 · your data',
    });
    const [head, ...csv] = vm.rank.csv.ranked().trim().split('\n');
    expect(head!.split(',').at(-1)).toBe('source');
    const ownLine = csv.find((l) => l.includes('my H200 · your data'))!.split(',');
    expect(ownLine[0]).toBe('8');
    expect(Number(ownLine[8])).toBeCloseTo(ownAt40, 9);
    expect(ownLine.at(-1)).toBe('your data');
    expect(csv.filter((l) => l.endsWith(',published'))).toHaveLength(pinned.rows.length);
  });

  it('a row of its own in every grouping; ranked by series too', () => {
    const { vm } = ranked('seq=8k1k&by=series&at=40', [mine]);
    const own = vm.rank.rows.filter((r) => r.own);
    expect(own.map((r) => r.id)).toEqual(['own:f1']);
    // The published H200 SGLang FP8 Off series is still its own row.
    expect(vm.rank.rows.some((r) => !r.own && r.id.startsWith('h200:sglang'))).toBe(true);
  });

  it('a file that does not reach the target is listed with its reach; one of another sequence or a filtered precision is not ranked, with the reason', () => {
    const vllm = readFileSync(resolve(root, 'fixtures/own-results/vllm-gpt-oss-120b.jsonl'), 'utf8');
    // The vLLM runs reach 1000 ÷ 17.76 ms = 56.3 up to 119.2 tok/s/user: not 40.
    const runs = vllm
      .trim()
      .split('\n')
      .map((l) => 1000 / (JSON.parse(l) as { median_tpot_ms: number }).median_tpot_ms);
    const far = file('f2', vllm, 'vllm', { label: 'fast', hardware: 'mi355x', gpuCount: 16, precision: 'fp4' });
    const other = file('f3', twoRows, 'csv', { sequence: '1k1k' });
    const { vm, fit } = ranked('seq=8k1k&prec=fp4&at=40', [far, other, mine]);
    const row = vm.rank.rows.find((r) => r.id === 'own:f2')!;
    expect(row.inRange).toBe(false);
    expect(row.reach!.lo).toBeCloseTo(Math.min(...runs), 9);
    expect(row.reach!.hi).toBeCloseTo(Math.max(...runs), 9);
    expect(vm.rank.sentences).toContain(
      'fast · your data is not ranked at 40 tok/s/user: it reaches 57–119 tok/s/user.',
    );
    expect(fit.apart.map((a) => [a.file.id, a.reason])).toEqual([
      ['f3', 'made for DeepSeek-R1-0528 1k/1k; this page shows DeepSeek-R1-0528 8k/1k'],
      ['f1', 'hidden by the FP4 filter (it is FP8)'],
    ]);
  });

  it('without your files the view model is the published one', () => {
    const { published, vm } = ranked('seq=8k1k', []);
    expect(vm).toBe(published);
  });
});
