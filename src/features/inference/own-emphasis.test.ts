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
import { shippedPoints } from '../../../tests/setup/shipped-data';
import { fitOwnFiles } from '../own/own-fit';
import { buildCompareTwo, NO_OWN_PICKS, type OwnPicks } from './own-compare';
import { styledChartSeries } from './own-emphasis';
import { buildOwnSeries } from './own-series';
import { buildInferenceViewModel } from './view-model';

/** With your series as a compared side, the chart dims the rest as it does for two published sides. */

const root = resolve(import.meta.dirname, '../../..');
const read = (path: string) => JSON.parse(readFileSync(resolve(root, path), 'utf8')) as unknown;
const manifest = assertValid(manifestSchema, read('public/data/manifest.json'));
const specs = assertValid(gpuSpecsSchema, read('public/data/gpu-specs.json'));
const availability = inferenceAvailability(manifest, specs)!;
const ATOM = { hardware: 'mi355x', engine: 'atom', specMethod: 'none' as const, precision: 'fp4' };
const ATOM_TOKEN = 'mi355x:atom:none:fp4';
const base: InferenceSelection = { ...defaultInferenceSelection(availability), sequence: '1k1k', compareB: ATOM };
const jsonl = readFileSync(resolve(root, 'fixtures/own-results/vllm-gpt-oss-120b.jsonl'), 'utf8');
const setup: OwnSetup = {
  label: 'mine',
  hardware: 'mi355x',
  gpuCount: 16,
  disagg: true,
  engine: 'vllm',
  precision: 'fp4',
  specMethod: 'none',
  sequence: '1k1k',
  date: '2026-04-28',
};
const file: OwnFile = {
  id: 'f1',
  name: 'x.jsonl',
  bytes: 1,
  addedAt: '2026-07-01T00:00:00.000Z',
  format: 'vllm',
  model: base.model,
  sequence: '1k1k',
  setup,
  points: ownPoints(parseResultFile('vllm', jsonl), setup, 'f1').points,
  problems: [],
  runsRead: 5,
};

function chartOf(best: InferenceSelection['best'], picks: OwnPicks) {
  const selection = { ...base, best };
  const vm = buildInferenceViewModel({ points: shippedPoints('1k1k'), selection, availability, manifest, specs });
  const own = buildOwnSeries({
    shown: fitOwnFiles([file], selection, manifest).shown,
    selection,
    specs,
    hidden: new Set(),
  });
  const view = buildCompareTwo({ published: vm.compare, picks, series: vm.series, own, selection, manifest, specs });
  return { vm, chart: styledChartSeries({ vm, own, view, selection, specs, theme: 'light' }) };
}

const strong = (s: { style: { strokeWidth?: number } }) => s.style.strokeWidth === 3;

describe('the chart with your series compared', () => {
  it('every series: your series and the published side strong and drawn last, every other series muted', () => {
    const { vm, chart } = chartOf('all', { ...NO_OWN_PICKS, a: 'own:f1' });
    expect(chart).toHaveLength(vm.series.filter((s) => !s.hidden).length + 1);
    expect(chart.filter(strong).map((s) => s.key)).toEqual([ATOM_TOKEN, 'own:f1']);
    expect(chart.slice(-2).map((s) => s.key)).toEqual([ATOM_TOKEN, 'own:f1']);
    const rest = chart.filter((s) => !strong(s));
    expect(rest.length).toBe(chart.length - 2);
    expect(rest.every((s) => s.style.muted === true && s.style.opacity === 0.2)).toBe(true);
    expect(chart.find((s) => s.key === 'own:f1')!.style.hollow).toBe(true);
  });

  it('best per GPU: every envelope muted, the published side drawn on its own, strong, beside yours', () => {
    const { vm, chart } = chartOf('gpu', { ...NO_OWN_PICKS, a: 'own:f1' });
    expect(chart).toHaveLength(vm.chart.length + 2);
    expect(chart.filter(strong).map((s) => s.key)).toEqual([ATOM_TOKEN, 'own:f1']);
    expect(chart.slice(0, vm.chart.length).every((s) => s.style.muted)).toBe(true);
  });

  it('without your series in the pair, the published emphasis is kept and yours is drawn normally', () => {
    const { vm, chart } = chartOf('all', NO_OWN_PICKS);
    // Only B is picked (published): nothing is emphasised.
    expect(chart.slice(0, vm.chart.length).map((s) => s.style.muted)).toEqual(vm.chart.map(() => false));
    expect(chart.some(strong)).toBe(false);
    expect(chart.at(-1)!.key).toBe('own:f1');
  });
});
