import { describe, expect, it } from 'vitest';
import { gpuSpecsSchema, manifestSchema } from '../../data/schema';
import { readShippedJson, shippedPoints } from '../../../tests/setup/shipped-data';
import { specDecodeAvailability } from '../../state/availability';
import { defaultSpecDecodeSelection } from '../../state/pages/spec-decode';
import { buildSpecDecodeViewModel } from '../spec-decode/view-model';
import { comparisonTableCsv } from './table-csv';
import { assertValid } from '../../data/validate';

const manifest = assertValid(manifestSchema, readShippedJson('data/manifest.json'));
const specs = assertValid(gpuSpecsSchema, readShippedJson('data/gpu-specs.json'));

function comparison(hardware: string, precision: string, targets: number[] | null = null) {
  const workload = { model: 'dsr1', hardware, precision };
  const availability = specDecodeAvailability(manifest, specs, workload)!;
  const selection = { ...defaultSpecDecodeSelection(availability), targets };
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

  it('quotes fields that hold commas or quotes, and names the workload in a comment line', () => {
    const c = comparison('mi355x', 'fp4');
    const renamed = { ...c, a: { ...c.a, label: 'MTP, "draft"' } };
    const [title, header] = comparisonTableCsv(renamed, 'MI355X FP4, 8k/1k').split('\n');
    expect(title).toBe('# MI355X FP4, 8k/1k');
    expect(header).toBe(
      'metric,target_tok_s_user,"MTP, ""draft"" (shown)","MTP, ""draft"" (unrounded)",Off (shown),Off (unrounded),delta,note',
    );
  });
});
