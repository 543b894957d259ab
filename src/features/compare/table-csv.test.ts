import { describe, expect, it } from 'vitest';
import { gpuSpecsSchema, manifestSchema } from '../../data/schema';
import { readShippedJson, shippedPoints } from '../../../tests/setup/shipped-data';
import { specDecodeAvailability } from '../../state/availability';
import { defaultSpecDecodeSelection } from '../../state/pages/spec-decode';
import { buildSpecDecodeViewModel } from '../spec-decode/view-model';
import { comparisonTableCsv } from './table-csv';
import { assertValid } from '../../data/validate';
import type { MetricKey } from '../../domain/metrics';

const manifest = assertValid(manifestSchema, readShippedJson('data/manifest.json'));
const specs = assertValid(gpuSpecsSchema, readShippedJson('data/gpu-specs.json'));

function comparison(
  hardware: string,
  precision: string,
  targets: number[] | null = null,
  metric: MetricKey = 'throughput',
) {
  const workload = { model: 'dsr1', hardware, precision };
  const availability = specDecodeAvailability(manifest, specs, workload)!;
  const selection = { ...defaultSpecDecodeSelection(availability), targets, metric };
  return buildSpecDecodeViewModel({ points: shippedPoints('8k1k'), selection, manifest, specs }).comparison!;
}

/** A minimal CSV reader for the test: handles quoted fields with commas and doubled quotes. */
function parseCsv(text: string): string[][] {
  return text
    .trim()
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .map((line) =>
      [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)]
        .slice(0, -1)
        .map((m) => m[1]!.replace(/^"|"$/g, '').replaceAll('""', '"')),
    );
}

describe('comparisonTableCsv', () => {
  it('holds exactly the table’s shown values, and the unrounded values they were rounded from', () => {
    const c = comparison('mi355x', 'fp4');
    const [header, ...rows] = parseCsv(comparisonTableCsv(c, 'MI355X FP4'));
    expect(header).toEqual([
      'metric',
      'target_tok_s_user',
      'MTP (shown)',
      'MTP (unrounded)',
      'Off (shown)',
      'Off (unrounded)',
      'delta',
      'note',
    ]);
    expect(rows).toHaveLength(c.table.length * c.targets.values.length);
    const throughput = rows.filter((r) => r[0] === 'Throughput (tok/s/GPU)');
    expect(throughput.map((r) => [r[1], r[2], r[4], r[6]])).toEqual([
      ['35', '3417.4', '2312.5', 'MTP +47.8%'],
      ['56', '2587.3', '1526.1', 'MTP +69.5%'],
      ['77', '2167.5', '1108.7', 'MTP +95.5%'],
    ]);
    // Each shown value is its unrounded value at the table's precision.
    for (const r of throughput) {
      expect(Number(r[3]).toFixed(1)).toBe(r[2]);
      expect(Number(r[5]).toFixed(1)).toBe(r[4]);
    }
    const cost = rows.filter((r) => r[0] === 'Cost ($/M tok)');
    for (const r of cost) expect(`$${Number(r[3]).toFixed(3)}`).toBe(r[2]);
  });

  it('quotes fields that hold commas or quotes, and names the workload in a one-cell comment line', () => {
    const c = comparison('mi355x', 'fp4');
    const renamed = { ...c, a: { ...c.a, label: 'MTP, "draft"' } };
    const text = comparisonTableCsv(renamed, 'MI355X FP4, 8k/1k');
    const [title, header] = text.split('\n');
    // One cell in a spreadsheet, however many commas the title holds.
    expect(title).toBe('"# MI355X FP4, 8k/1k"');
    expect(parseCsv(text)[0]).toEqual(['# MI355X FP4, 8k/1k']);
    expect(header).toBe(
      'metric,target_tok_s_user,"MTP, ""draft"" (shown)","MTP, ""draft"" (unrounded)",Off (shown),Off (unrounded),delta,note',
    );
  });

  it('follows the selected metric: cost per million output tokens gets its own row after the fixed ones', () => {
    const c = comparison('mi355x', 'fp4', null, 'output-cost');
    expect(c.table.map((r) => r.label)).toEqual([
      'Throughput (tok/s/GPU)',
      'Cost ($/M tok)',
      'tok/s/MW',
      'Concurrency',
      'Cost ($/M output tok)',
    ]);
    const rows = parseCsv(comparisonTableCsv(c, 'MI355X FP4')).slice(1);
    const outputCost = rows.filter((r) => r[0] === 'Cost ($/M output tok)');
    expect(outputCost).toHaveLength(3);
    outputCost.forEach((r, i) => {
      const atTarget = c.comparisons[i]!;
      if (atTarget.a.status !== 'in-range' || atTarget.b.status !== 'in-range') throw new Error('out of range');
      // $1.48 per MI355X GPU-hour (set A, Owning – Hyperscaler) over the output tokens alone.
      const [a, b] = [atTarget.a, atTarget.b].map((side) => 1.48e6 / (3600 * side.outputTokPerSecPerGpu!));
      expect(Number(r[3])).toBeCloseTo(a!, 12);
      expect(Number(r[5])).toBeCloseTo(b!, 12);
      expect([r[2], r[4]]).toEqual([`$${a!.toFixed(3)}`, `$${b!.toFixed(3)}`]);
      const [winner, w, l] = a! < b! ? ['MTP', a!, b!] : ['Off', b!, a!];
      expect(r[6]).toBe(`${winner} ${((1 - w / l) * 100).toFixed(0)}% less`);
    });
  });

  it('gives a measured-only metric a row that says it is not interpolated, with no number', () => {
    const c = comparison('mi355x', 'fp4', null, 'e2e-latency');
    const rows = parseCsv(comparisonTableCsv(c, 'MI355X FP4')).slice(1);
    const latency = rows.filter((r) => r[0] === 'End-to-end latency, median (s)');
    expect(latency.map((r) => r.slice(2))).toEqual(
      Array.from({ length: 3 }, () => ['—', '', '—', '', '', 'measured only: no value between measured points']),
    );
  });

  it('adds no row for a selected metric that is already a fixed one', () => {
    expect(comparison('mi355x', 'fp4', null, 'cost').table.map((r) => r.key)).toEqual([
      'throughput',
      'cost',
      'tok-per-mw',
      'concurrency',
    ]);
  });
});
