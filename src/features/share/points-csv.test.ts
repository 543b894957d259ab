import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gpuSpecsSchema, manifestSchema } from '../../data/schema';
import { assertValid } from '../../data/validate';
import { X_AXES, type MetricKey } from '../../domain/metrics';
import { inferenceAvailability, specDecodeAvailability } from '../../state/availability';
import { defaultInferenceSelection, type InferenceSelection } from '../../state/pages/inference';
import { defaultSpecDecodeSelection } from '../../state/pages/spec-decode';
import { readShippedJson, shippedPoints } from '../../../tests/setup/shipped-data';
import { buildInferenceViewModel, gpuFor } from '../inference/view-model';
import { buildSpecDecodeViewModel } from '../spec-decode/view-model';
import { gpuAssumptions } from '../compare/assumptions';
import { chartPointsCsv } from './points-csv';
import type { SeriesStyle } from '../compare/series-styles';

// Expected values come from the raw upstream rows and the raw cost table in fixtures/real/,
// read here without the ingest, the schema or any app code.
const root = resolve(import.meta.dirname, '../../..');
const readFixture = (name: string) => JSON.parse(readFileSync(resolve(root, 'fixtures/real', name), 'utf8')) as unknown;

interface RawRow {
  hardware: string;
  framework: string;
  precision: string;
  spec_method: string;
  disagg: boolean;
  isl: number;
  osl: number;
  conc: number;
  decode_tp: number;
  decode_ep: number;
  prefill_tp: number;
  num_prefill_gpu: number;
  num_decode_gpu: number;
  prefill_num_workers: number;
  date: string;
  run_url: string;
  metrics: Record<string, number>;
}
const rawRows = readFixture('inferencex_dsr1_latest_2026-06-14.json') as RawRow[];
const rawCosts = (
  readFixture('gpu-specs.json') as { epochs: { id: string; gpus: Record<string, Record<string, number>> }[] }
).epochs;
const setA = rawCosts.find((e) => e.id === 'A')!.gpus;
/** Rows of the capture the ingest report lists as older runs of their line (history only, not drawn). */
const movedToHistory = new Set(
  (readShippedJson('data/ingest-report.json') as { movedToHistory: { file: string; index: number }[] }).movedToHistory
    .filter((m) => m.file === 'inferencex_dsr1_latest_2026-06-14.json')
    .map((m) => rawRows[m.index]),
);

/** Output tok/s per GPU of the whole deployment: upstream's disaggregated figure is per decode GPU. */
function outputPerGpu(raw: RawRow): number {
  const perGpu = raw.metrics.output_tput_per_gpu!;
  return raw.disagg ? (perGpu * raw.num_decode_gpu) / (raw.num_prefill_gpu + raw.num_decode_gpu) : perGpu;
}

const manifest = assertValid(manifestSchema, readShippedJson('data/manifest.json'));
const specs = assertValid(gpuSpecsSchema, readShippedJson('data/gpu-specs.json'));
const style: SeriesStyle = { color: '#000', dash: undefined, shape: 'circle', muted: false };

/** A minimal CSV reader for the test: quoted fields with commas and doubled quotes; comment lines kept apart. */
function parseCsv(text: string): { comments: string[]; header: string[]; rows: Record<string, string>[] } {
  const split = (line: string) =>
    [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)]
      .slice(0, -1)
      .map((m) => m[1]!.replace(/^"|"$/g, '').replaceAll('""', '"'));
  const lines = text.trimEnd().split('\n');
  const comments = lines.filter((l) => l.startsWith('#') || l.startsWith('"#')).map((l) => split(l).join('|'));
  const [header, ...body] = lines.filter((l) => !l.startsWith('#') && !l.startsWith('"#')).map(split);
  return {
    comments,
    header: header!,
    rows: body.map((cells) => Object.fromEntries(header!.map((h, i) => [h, cells[i]!]))),
  };
}

/** The raw row a point id names (`latest-2026-06-14#216` is row 216 of that capture). */
function rawOf(pointId: string): RawRow {
  const [tag, index] = pointId.split('#');
  expect(tag).toBe('latest-2026-06-14');
  return rawRows[Number(index)]!;
}

const close = (cell: string | undefined, expected: number) => {
  expect(cell).toBeDefined();
  expect(Math.abs(Number(cell) - expected) / Math.abs(expected)).toBeLessThan(1e-12);
};

/** `expected` to 1e-12 relative, or an empty cell where nothing is expected. */
const closeOrEmpty = (cell: string | undefined, expected: number | null) =>
  expect(expected === null ? cell : Math.abs(Number(cell) / expected - 1) < 1e-12).toBe(expected === null ? '' : true);

describe('chartPointsCsv on a comparison page (MI355X FP4, 8k/1k, cost)', () => {
  const workload = { model: 'dsr1', hardware: 'mi355x', precision: 'fp4' };
  const availability = specDecodeAvailability(manifest, specs, workload)!;
  const metric: MetricKey = 'cost';
  const selection = { ...defaultSpecDecodeSelection(availability), sequence: '8k1k' as const, metric };
  const vm = buildSpecDecodeViewModel({ points: shippedPoints('8k1k'), selection, manifest, specs });
  const gpu = gpuAssumptions(specs, selection.costSet, selection.tier, 'mi355x');
  const text = chartPointsCsv({
    title: 'MI355X FP4: MTP vs Off, 8k/1k, cost',
    series: vm.series.map((s) => ({ ...s, style })),
    metric: vm.metric,
    xAxis: X_AXES.interactivity,
    sequenceLabel: '8k/1k',
    manifest,
    gpu: () => gpu,
  });
  const { comments, header, rows } = parseCsv(text);

  it('has every raw row of the workload once, and nothing else', () => {
    const expected = rawRows.filter(
      (r) => r.hardware === 'mi355x' && r.precision === 'fp4' && r.isl === 8192 && r.osl === 1024,
    );
    expect(expected).toHaveLength(15);
    expect(rows).toHaveLength(expected.length);
    expect(new Set(rows.map((r) => r.point_id)).size).toBe(rows.length);
    expect(rows.map((r) => rawOf(r.point_id!)).sort((a, b) => rawRows.indexOf(a) - rawRows.indexOf(b))).toEqual(
      expected,
    );
  });

  it('writes each point’s configuration and run link as the raw row has them', () => {
    for (const r of rows) {
      const raw = rawOf(r.point_id!);
      expect(r.gpu).toBe('MI355X');
      expect(r.precision).toBe('FP4');
      expect(r.sequence).toBe('8k/1k');
      expect(r.engine!.toLowerCase().replaceAll(/[^a-z]/g, '')).toBe(raw.framework.replaceAll(/[^a-z]/g, ''));
      expect(r.spec_method).toBe(raw.spec_method === 'mtp' ? 'MTP' : 'none');
      expect(r.series).toBe(raw.spec_method === 'mtp' ? 'MTP' : 'Off');
      expect(r.disaggregated).toBe(raw.disagg ? 'yes' : 'no');
      expect(Number(r.concurrency)).toBe(raw.conc);
      expect(r.date).toBe(raw.date);
      expect(r.run_url).toBe(raw.run_url);
      // Single-node rows fill tp/ep (the deployment is tp GPUs); disaggregated ones the two pools.
      const single = !raw.disagg;
      expect([r.tp, r.ep, r.prefill_tp, r.decode_tp, r.gpus]).toEqual(
        (single
          ? [raw.decode_tp, raw.decode_ep, '', '', raw.decode_tp]
          : ['', '', raw.prefill_tp, raw.decode_tp, raw.num_prefill_gpu + raw.num_decode_gpu]
        ).map(String),
      );
    }
  });

  it('writes the drawn x and y and every derived metric, recomputed from the raw row and $1.48/h, 2.65 kW', () => {
    expect(header).toContain('chart x: Interactivity (tok/s/user)');
    expect(header).toContain('chart y: Cost ($/M tok)');
    for (const r of rows) {
      const raw = rawOf(r.point_id!);
      const m = raw.metrics;
      const [usd, kw] = [setA.mi355x!.costh!, setA.mi355x!.power!];
      expect([usd, kw]).toEqual([1.48, 2.65]);
      close(r['chart x: Interactivity (tok/s/user)'], m.median_intvty!);
      close(r['chart y: Cost ($/M tok)'], (usd * 1e6) / (3600 * m.tput_per_gpu!));
      close(r['Throughput (tok/s/GPU)'], m.tput_per_gpu!);
      close(r['Output throughput (tok/s/GPU)'], outputPerGpu(raw));
      close(r['Interactivity, median (tok/s/user)'], m.median_intvty!);
      close(r['Cost ($/M tok)'], (usd * 1e6) / (3600 * m.tput_per_gpu!));
      close(r['Cost ($/M output tok)'], (usd * 1e6) / (3600 * outputPerGpu(raw)));
      close(r['tok/s/MW'], (m.tput_per_gpu! * 1000) / kw);
      close(r['Energy (J/tok)'], (kw * 1000) / m.tput_per_gpu!);
      close(r['End-to-end latency, median (s)'], m.median_e2el!);
      close(r['Time to first token, median (s)'], m.median_ttft!);
      expect([r['$/GPU-hour (assumed)'], r['kW/GPU (assumed, all-in)']]).toEqual(['1.48', '2.65']);
    }
  });

  it('keeps the title line in one cell and draws the dominated points first, as the chart does', () => {
    expect(text.split('\n')[0]).toBe('"# MI355X FP4: MTP vs Off, 8k/1k, cost"');
    expect(comments).toEqual(['# MI355X FP4: MTP vs Off, 8k/1k, cost']);
    const frontier = rows.map((r) => r.frontier);
    expect(frontier.indexOf('yes')).toBeGreaterThan(0);
    expect(frontier.slice(frontier.indexOf('yes')).every((f) => f === 'yes')).toBe(true);
  });
});

describe('chartPointsCsv on /inference (8k/1k, every series, tok/s/MW, frontier points only)', () => {
  const availability = inferenceAvailability(manifest, specs)!;
  const selection: InferenceSelection = {
    ...defaultInferenceSelection(availability),
    sequence: '8k1k',
    best: 'all',
    metric: 'tok-per-mw',
    frontierOnly: true,
  };
  const vm = buildInferenceViewModel({ points: shippedPoints('8k1k'), selection, availability, manifest, specs });
  const csv = (frontierOnly: boolean) =>
    parseCsv(
      chartPointsCsv({
        title: 'inference',
        series: vm.chart.map((s) => ({ ...s, style })),
        frontierOnly,
        metric: vm.metric,
        xAxis: vm.xAxis,
        sequenceLabel: vm.sequenceLabel,
        manifest,
        gpu: (hardware) => gpuFor(selection, specs, hardware),
      }),
    ).rows;
  const rows = csv(true);

  it('writes only frontier points when the chart draws only those, and every point otherwise', () => {
    const all = csv(false);
    const shownPrecisions = new Set(selection.precisions);
    const raw8k1k = rawRows.filter(
      (r) => r.isl === 8192 && r.osl === 1024 && shownPrecisions.has(r.precision) && !movedToHistory.has(r),
    );
    expect(movedToHistory.size).toBeGreaterThan(0);
    expect(all).toHaveLength(raw8k1k.length);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(all.length);
    expect(rows.every((r) => r.frontier === 'yes')).toBe(true);
    expect(all.filter((r) => r.frontier === 'yes').map((r) => r.point_id)).toEqual(rows.map((r) => r.point_id));
  });

  it('charges each GPU its own power, and counts a disaggregated deployment’s prefill and decode GPUs', () => {
    const shownGpus = new Set(rows.map((r) => r.gpu));
    expect(shownGpus.size).toBeGreaterThan(3);
    let disaggregated = 0;
    for (const r of rows) {
      const raw = rawOf(r.point_id!);
      const kw = setA[raw.hardware]!.power!;
      close(r['chart y: tok/s/MW'], (raw.metrics.tput_per_gpu! * 1000) / kw);
      close(r['kW/GPU (assumed, all-in)'], kw);
      // Disaggregated rows that record their split count prefill + decode GPUs (flagged ones are inferred).
      const split = raw.disagg && raw.prefill_num_workers > 0;
      disaggregated += Number(split);
      const gpus = split ? raw.num_prefill_gpu + raw.num_decode_gpu : Number(r.gpus);
      expect(Number(r.gpus)).toBe(gpus);
      // A row without the split has no output rate per deployment GPU: its cell is empty.
      closeOrEmpty(r['Output throughput (tok/s/GPU)'], raw.disagg && !split ? null : outputPerGpu(raw));
    }
    expect(disaggregated).toBeGreaterThan(0);
  });
});
