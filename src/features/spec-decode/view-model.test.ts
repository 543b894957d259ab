import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gpuSpecsSchema, manifestSchema } from '../../data/schema';
import { specDecodeAvailability } from '../../state/availability';
import { defaultSpecDecodeSelection, type SpecDecodeSelection } from '../../state/pages/spec-decode';
import { createMonotoneSpline } from '../../math';
import { buildSpecDecodeViewModel } from './view-model';
import { shippedPoints } from '../../../tests/setup/shipped-data';
import { assertValid } from '../../data/validate';

const root = resolve(import.meta.dirname, '../../..');
const read = (path: string) => JSON.parse(readFileSync(resolve(root, path), 'utf8')) as unknown;
const manifest = assertValid(manifestSchema, read('public/data/manifest.json'));
const specs = assertValid(gpuSpecsSchema, read('public/data/gpu-specs.json'));
const points8k1k = shippedPoints('8k1k');
const points1k1k = shippedPoints('1k1k');

function viewModel(
  workload: { model: string; hardware: string; precision: string },
  change: Partial<SpecDecodeSelection> = {},
  points = points8k1k,
) {
  const availability = specDecodeAvailability(manifest, specs, workload);
  if (!availability) throw new Error('no comparison');
  const selection = { ...defaultSpecDecodeSelection(availability), ...change };
  return buildSpecDecodeViewModel({ points, selection, manifest, specs });
}

// Expected values from tests/reference/matched_reference.py, an independent Python
// implementation run on the raw upstream rows (not on public/data):
//   python3 tests/reference/matched_reference.py mi355x fp4 8192 1024
//   python3 tests/reference/matched_reference.py b200 fp4 1024 1024
const REFERENCE = {
  mi355xFp48k1k: {
    band: [13.836483589023125, 98.05756426212326],
    targets: [35, 56, 77],
    mtp: [3417.373716280306, 2587.2986424233004, 2167.471545422931],
    off: [2312.5064926406035, 1526.1449969481719, 1108.6766232796463],
    mtpUsd: [0.12030030814381971, 0.15889588637748392, 0.18967312949471385],
    offUsd: [0.17777727864524687, 0.26937880210151, 0.37081246458951883],
  },
  b200Fp41k1k: {
    targets: [79, 110, 140],
    mtp: [2464.384627879585, 992.955686100178, 737.6994774129859],
    off: [605.4553975457771, 357.1872769959423, 188.84921496686218],
  },
};

describe('spec-decode view model on the shipped data', () => {
  const mi355x = { model: 'dsr1', hardware: 'mi355x', precision: 'fp4' };

  it('names the workload as the page title promises', () => {
    const vm = viewModel(mi355x);
    expect(vm.title).toBe('MI355X FP4: MTP vs Off Speculative Decoding');
    expect(vm.vendorArch).toBe('AMD CDNA 4');
    expect(vm.sequenceLabel).toBe('8k/1k');
    expect(vm.assumptions).toMatchObject({ usdPerGpuHour: 1.48, kwPerGpu: 2.65, setId: 'A' });
  });

  it('matches the independent reference at the default targets', () => {
    const ref = REFERENCE.mi355xFp48k1k;
    const c = viewModel(mi355x).comparison!;
    expect(c.band).toMatchObject({ kind: 'overlap' });
    if (c.band.kind !== 'overlap') return;
    expect(c.band.lo).toBeCloseTo(ref.band[0]!, 9);
    expect(c.band.hi).toBeCloseTo(ref.band[1]!, 9);
    expect(c.targets.values).toEqual(ref.targets);
    c.comparisons.forEach((comparison, i) => {
      if (comparison.a.status !== 'in-range' || comparison.b.status !== 'in-range') throw new Error('out of range');
      expect(comparison.a.tokPerSecPerGpu).toBeCloseTo(ref.mtp[i]!, 6);
      expect(comparison.b.tokPerSecPerGpu).toBeCloseTo(ref.off[i]!, 6);
      expect(comparison.a.usdPerMillionTokens).toBeCloseTo(ref.mtpUsd[i]!, 9);
      expect(comparison.b.usdPerMillionTokens).toBeCloseTo(ref.offUsd[i]!, 9);
    });
  });

  it('shows the same rounded numbers in the table and the sentences', () => {
    const c = viewModel(mi355x).comparison!;
    const throughput = c.table.find((r) => r.metric === 'tokPerSecPerGpu')!;
    const cost = c.table.find((r) => r.metric === 'usdPerMillionTokens')!;
    expect(throughput.cells.map((cell) => [cell.a, cell.b])).toEqual([
      ['3417.4', '2312.5'],
      ['2587.3', '1526.1'],
      ['2167.5', '1108.7'],
    ]);
    expect(cost.cells.map((cell) => [cell.a, cell.b])).toEqual([
      ['$0.120', '$0.178'],
      ['$0.159', '$0.269'],
      ['$0.190', '$0.371'],
    ]);
    c.sentences.forEach((sentence, i) => {
      expect(sentence).toContain(throughput.cells[i]!.a);
      expect(sentence).toContain(throughput.cells[i]!.b);
      expect(sentence).toContain(cost.cells[i]!.a);
      expect(sentence).toContain(cost.cells[i]!.b);
    });
    // 1 − 0.12030/0.17778 = 32.3 %: "costs 32% less", the lower-is-better wording.
    expect(cost.cells[0]!.delta).toBe('MTP 32% less');
    expect(c.sentences[0]).toContain('costs 32% less');
  });

  it('follows the sequence: 1k/1k on B200 FP4 matches its own reference', () => {
    const ref = REFERENCE.b200Fp41k1k;
    const vm = viewModel({ model: 'dsr1', hardware: 'b200', precision: 'fp4' }, { sequence: '1k1k' }, points1k1k);
    const c = vm.comparison!;
    expect(c.targets.values).toEqual(ref.targets);
    c.comparisons.forEach((comparison, i) => {
      if (comparison.a.status !== 'in-range' || comparison.b.status !== 'in-range') throw new Error('out of range');
      expect(comparison.a.tokPerSecPerGpu).toBeCloseTo(ref.mtp[i]!, 6);
      expect(comparison.b.tokPerSecPerGpu).toBeCloseTo(ref.off[i]!, 6);
    });
  });

  it('keeps the table pinned to the page precision when another precision is charted', () => {
    const plain = viewModel(mi355x);
    const withFp8 = viewModel(mi355x, { extraPrecisions: ['fp8'] });
    expect(withFp8.comparison!.table).toEqual(plain.comparison!.table);
    expect(withFp8.series.map((s) => s.key)).toEqual(['mtp', 'off', 'mtp-fp8', 'off-fp8']);
    expect(plain.series.map((s) => s.key)).toEqual(['mtp', 'off']);
    // What the view styles from: the side and whether it is the page's own precision.
    expect(withFp8.series.map((s) => [s.side, s.ownPrecision, s.label])).toEqual([
      ['mtp', true, 'MTP'],
      ['off', true, 'Off'],
      ['mtp', false, 'FP8 MTP'],
      ['off', false, 'FP8 Off'],
    ]);
  });

  it('uses pinned targets inside the band and reports the rest', () => {
    const c = viewModel(mi355x, { targets: [5, 40, 60] }).comparison!;
    expect(c.targets.values).toEqual([40, 60]);
    expect(c.targets.source).toBe('pinned');
    expect(c.targets.rejected).toEqual([
      {
        index: 0,
        value: 5,
        reason: 'outside-band',
        message: expect.stringMatching(
          /^5 tok\/s\/user is outside the band both sides reach, [\d.]+–[\d.]+ tok\/s\/user$/,
        ),
      },
    ]);
  });

  it('draws throughput curves through exactly the values in the table', () => {
    const vm = viewModel(mi355x);
    const c = vm.comparison!;
    for (const [key, side] of [
      ['mtp', 'a'],
      ['off', 'b'],
    ] as const) {
      const curve = vm.series.find((s) => s.key === key)!.curve!;
      expect(curve.kind).toBe('monotone');
      // The chart traces the spline through these knots; evaluated independently here.
      const spline = createMonotoneSpline(
        curve.points.map((p) => p.x),
        curve.points.map((p) => p.y),
      );
      c.comparisons.forEach((comparison, i) => {
        const values = comparison[side];
        if (values.status !== 'in-range') throw new Error('out of range');
        const onCurve = spline.at(c.targets.values[i]!)!;
        expect(onCurve).toBeCloseTo(values.tokPerSecPerGpu, 9);
        expect(onCurve.toFixed(1)).toBe(c.table[0]!.cells[i]![side]);
      });
    }
  });

  it('draws cost curves that agree with the table at every target', () => {
    const vm = viewModel(mi355x, { metric: 'cost' });
    const mtp = vm.series.find((s) => s.key === 'mtp')!;
    expect(mtp.curve?.kind).toBe('linear');
    // Every curve sample is the cost formula applied to the interpolated throughput.
    for (const { x, y } of mtp.curve!.points) {
      const tput = vm.comparison!.a.curve.at(x)!.tokPerSecPerGpu;
      expect(y * tput).toBeCloseTo((1.48 * 1e6) / 3600, 9);
    }
  });

  it('restricts both sides to one engine when asked', () => {
    const vm = viewModel(mi355x, { engine: 'sglang' });
    const engines = new Set(vm.series.flatMap((s) => s.measured.map((p) => p.point.engine)));
    expect([...engines]).toEqual(['sglang']);
    expect(vm.engineLabel).toBe('SGLang');
  });
});

describe('crossovers on the shipped data, to the printed digit', () => {
  // Roots from the independent reference (dense scan + bisection to neighbouring floats):
  //   python3 tests/reference/matched_reference.py crossovers fp8 8192 1024 b200 trt mtp b200 trt none
  //   … fp8 8192 1024 b200 dynamo-sglang mtp b200 dynamo-sglang none
  //   … fp4 1024 1024 b300 dynamo-trt mtp b300 dynamo-trt none
  // Solved only to 0.01 tok/s/user, these three of the 67 comparison views printed 85.54,
  // 55.57 and 157.32: the midpoint of a 0.01-wide bracket, not the root's own digits.
  it.each([
    { hardware: 'b200', precision: 'fp8', engine: 'trt', points: points8k1k, roots: [85.54906910051687] },
    { hardware: 'b200', precision: 'fp8', engine: 'dynamo-sglang', points: points8k1k, roots: [55.564318007509954] },
    {
      hardware: 'b300',
      precision: 'fp4',
      engine: 'dynamo-trt',
      points: points1k1k,
      roots: [98.56555207514776, 157.32586779192667],
    },
  ])('$hardware $precision $engine: $roots', ({ hardware, precision, engine, points, roots }) => {
    const sequence = points === points1k1k ? '1k1k' : '8k1k';
    const c = viewModel({ model: 'dsr1', hardware, precision }, { engine, sequence }, points).comparison!;
    expect(c.crossovers.map((x) => x.tokPerSecPerUser)).toHaveLength(roots.length);
    c.crossovers.forEach((x, i) => {
      expect(Math.abs(x.tokPerSecPerUser - roots[i]!)).toBeLessThan(1e-9);
      expect(x.tokPerSecPerUser.toFixed(2)).toBe(roots[i]!.toFixed(2));
    });
  });
});
