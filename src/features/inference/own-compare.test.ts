import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gpuSpecsSchema, manifestSchema } from '../../data/schema';
import { assertValid } from '../../data/validate';
import { parseResultFile } from '../../data/own/detect';
import { ownPoints, type OwnSetup } from '../../data/own/to-points';
import type { OwnFile } from '../../data/own/store';
import { inferenceAvailability } from '../../state/availability';
import { defaultInferenceSelection, type InferenceSelection } from '../../state/pages/inference';
import { comparisonTableCsv } from '../compare/table-csv';
import { shippedPoints, shippedRawPoints } from '../../../tests/setup/shipped-data';
import { buildCompareTwo, NO_OWN_PICKS, publishedTwin, type OwnPicks } from './own-compare';
import { fitOwnFiles } from '../own/own-fit';
import { buildOwnSeries } from './own-series';
import { buildInferenceViewModel } from './view-model';

/**
 * Your file in compare-two, against a published series. Expected numbers are computed here:
 * your side at targets equal to your runs' own interactivity (1000 ÷ median_tpot_ms), where
 * the curve passes through the measured point, so tok/s/GPU = total_token_throughput ÷ 16
 * exactly; the published side (MI355X ATOM FP4, Off) has two frontier points, and a monotone
 * cubic through two points is the straight line between them, read here by hand.
 */

const root = resolve(import.meta.dirname, '../../..');
const read = (path: string) => JSON.parse(readFileSync(resolve(root, path), 'utf8')) as unknown;
const manifest = assertValid(manifestSchema, read('public/data/manifest.json'));
const specs = assertValid(gpuSpecsSchema, read('public/data/gpu-specs.json'));
const availability = inferenceAvailability(manifest, specs)!;
const ATOM = { hardware: 'mi355x', engine: 'atom', specMethod: 'none' as const, precision: 'fp4' };
const selection: InferenceSelection = {
  ...defaultInferenceSelection(availability),
  sequence: '1k1k',
  best: 'all',
  compareB: ATOM,
};

const jsonl = readFileSync(resolve(root, 'fixtures/own-results/vllm-gpt-oss-120b.jsonl'), 'utf8');
const runs = jsonl
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { max_concurrency: number; total_token_throughput: number; median_tpot_ms: number });
const run = (concurrency: number) => runs.find((r) => r.max_concurrency === concurrency)!;

const setup: OwnSetup = {
  label: 'my vLLM sweep',
  hardware: 'mi355x',
  gpuCount: 16,
  disagg: true,
  engine: 'vllm',
  precision: 'fp4',
  specMethod: 'none',
  sequence: '1k1k',
  date: '2026-04-28',
};

function ownFile(change: Partial<OwnSetup> = {}): OwnFile {
  const s = { ...setup, ...change };
  return {
    id: 'f1',
    name: 'vllm-gpt-oss-120b.jsonl',
    bytes: jsonl.length,
    addedAt: '2026-07-01T00:00:00.000Z',
    format: 'vllm',
    model: selection.model,
    sequence: '1k1k',
    setup: s,
    points: ownPoints(parseResultFile('vllm', jsonl), s, 'f1').points,
    problems: [],
    runsRead: 5,
  };
}

function compareTwo(picks: OwnPicks, change: Partial<InferenceSelection> = {}, file = ownFile()) {
  const sel = { ...selection, ...change };
  const vm = buildInferenceViewModel({ points: shippedPoints('1k1k'), selection: sel, availability, manifest, specs });
  const own = buildOwnSeries({
    shown: fitOwnFiles([file], sel, manifest).shown,
    selection: sel,
    specs,
    hidden: new Set(),
  });
  return {
    vm,
    own,
    view: buildCompareTwo({ published: vm.compare, picks, series: vm.series, own, selection: sel, manifest, specs }),
  };
}

/** The published ATOM FP4 Off points, straight from the JSON, and the line through them. */
const atom = shippedRawPoints<{
  hardware: string;
  engine: string;
  specMethod: string;
  precision: string;
  metrics: Record<string, number>;
}>('1k1k')
  .filter((p) => p.hardware === 'mi355x' && p.engine === 'atom' && p.specMethod === 'none' && p.precision === 'fp4')
  .map((p) => ({ x: p.metrics.tokPerSecPerUser!, y: p.metrics.tokPerSecPerGpu! }))
  .sort((p, q) => p.x - q.x);
const atomAt = (x: number) => atom[0]!.y + ((x - atom[0]!.x) * (atom[1]!.y - atom[0]!.y)) / (atom[1]!.x - atom[0]!.x);

describe('your file in compare-two', () => {
  const t32 = 1000 / run(32).median_tpot_ms;
  const t128 = 1000 / run(128).median_tpot_ms;
  const picks: OwnPicks = { a: 'own:f1', b: null, targets: [t128, t32] };

  it('against MI355X ATOM FP4: tok/s/GPU at your measured interactivities is total ÷ 16; ATOM’s is its line', () => {
    expect(atom).toHaveLength(2);
    const { view } = compareTwo(picks);
    if (view.status !== 'ready') throw new Error(view.status);
    expect(view.own).toBe(true);
    expect(view.a.label).toBe('my vLLM sweep · your data');
    expect(view.b.label).toBe('MI355X ATOM FP4');
    expect(view.model.targets).toMatchObject({ source: 'pinned', values: [t128, t32] });
    const row = view.model.table.find((r) => r.key === 'throughput')!;
    expect(row.label).toBe('Throughput (tok/s/GPU)');
    const ownY = [run(128).total_token_throughput / 16, run(32).total_token_throughput / 16];
    row.cells.forEach((cell, i) => {
      expect(cell.valueA).toBeCloseTo(ownY[i]!, 9);
      expect(cell.a).toBe(ownY[i]!.toFixed(1));
      expect(cell.valueB).toBeCloseTo(atomAt([t128, t32][i]!), 9);
      expect(cell.b).toBe(atomAt([t128, t32][i]!).toFixed(1));
    });
    // By hand: 16,736.56 tok/s ÷ 16 = 1046.0 tok/s/GPU; 5,971.12 ÷ 16 = 373.2.
    expect(row.cells.map((c) => c.a)).toEqual(['1046.0', '373.2']);
  });

  it('the sentences and the one crossover name your data, and the CSV labels its columns so', () => {
    const { view } = compareTwo(picks);
    if (view.status !== 'ready') throw new Error(view.status);
    expect(view.model.sentences).toHaveLength(2);
    for (const s of view.model.sentences) expect(s).toContain('my vLLM sweep · your data');
    // Your data leads at 56.30 (1747.0 against the line's value there) and trails from 67.15 on: one crossing between.
    const lo = 1000 / run(256).median_tpot_ms;
    expect(run(256).total_token_throughput / 16).toBeGreaterThan(atomAt(lo));
    expect(run(128).total_token_throughput / 16).toBeLessThan(atomAt(t128));
    expect(view.model.crossovers).toHaveLength(1);
    const [x] = view.model.crossovers;
    expect(x!.tokPerSecPerUser).toBeGreaterThan(lo);
    expect(x!.tokPerSecPerUser).toBeLessThan(t128);
    expect(x).toMatchObject({ winnerBelow: 'A', winnerAbove: 'B' });
    const csv = comparisonTableCsv(view.model, 'title');
    expect(csv.split('\n')[1]).toContain('my vLLM sweep · your data (shown)');
  });

  it('your file as B keeps the address’s A; its targets are the picks’, never the address’s', () => {
    const { view } = compareTwo(
      { a: null, b: 'own:f1', targets: null },
      { compareA: ATOM, compareB: null, targets: [t32] },
    );
    if (view.status !== 'ready') throw new Error(view.status);
    expect([view.a.label, view.b.label]).toEqual(['MI355X ATOM FP4', 'my vLLM sweep · your data']);
    expect(view.model.targets.source).toBe('default');
  });

  it('without a pick of yours (or with one of a file not shown here), the published comparison is unchanged', () => {
    const none = compareTwo(NO_OWN_PICKS);
    expect(none.view).toBe(none.vm.compare);
    const gone = compareTwo({ a: 'own:removed', b: null, targets: null });
    expect(gone.view).toBe(gone.vm.compare);
  });

  it('a picked published series with no points here is said missing; one side alone asks for the other', () => {
    const missing = compareTwo(picks, { compareB: { ...ATOM, engine: 'trt' } });
    expect(missing.view).toMatchObject({ status: 'missing', missingLabels: ['MI355X TensorRT-LLM FP4'] });
    const alone = compareTwo(picks, { compareB: null });
    expect(alone.view).toEqual({ status: 'incomplete', pickedLabel: 'my vLLM sweep · your data' });
  });

  it('"vs published" finds the series of the same GPU, engine, method and precision, or none', () => {
    const vllm = compareTwo(NO_OWN_PICKS);
    expect(publishedTwin(vllm.own[0]!, vllm.vm.series)).toBeNull();
    const asAtom = compareTwo(NO_OWN_PICKS, {}, ownFile({ engine: 'atom' }));
    expect(publishedTwin(asAtom.own[0]!, asAtom.vm.series)?.key).toEqual(ATOM);
    const asMtp = compareTwo(NO_OWN_PICKS, {}, ownFile({ engine: 'atom', specMethod: 'mtp' }));
    expect(publishedTwin(asMtp.own[0]!, asMtp.vm.series)?.key).toEqual({ ...ATOM, specMethod: 'mtp' });
  });
});
