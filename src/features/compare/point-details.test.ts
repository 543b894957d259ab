import { describe, expect, it } from 'vitest';
import { readShippedJson, shippedPoints } from '../../../tests/setup/shipped-data';
import { ingestReportSchema, manifestSchema } from '../../data/schema';
import { describePoint } from './point-details';
import { assertValid } from '../../data/validate';

const manifest = assertValid(manifestSchema, readShippedJson('data/manifest.json'));
const report = assertValid(ingestReportSchema, readShippedJson('data/ingest-report.json'));
const points = [...shippedPoints('1k1k'), ...shippedPoints('8k1k')];

describe('describePoint', () => {
  it('shows a disaggregated run with both worker pools and the summed GPU count', () => {
    const p = points.find((x) => x.disagg && x.gpuCountNote === null)!;
    const d = describePoint(p, manifest);
    expect(d.Prefill).toContain(`${p.prefill!.gpus} GPUs`);
    expect(d.Decode).toContain(`${p.decode!.gpus} GPUs`);
    expect(d.GPUs).toMatch(new RegExp(`^${p.prefill!.gpus + p.decode!.gpus} \\(disaggregated`));
    expect(d['GPU count']).toBeUndefined();
  });

  it('says when the GPU count was inferred, for each of the rows the ingest flagged', () => {
    const flagged = points.filter((x) => x.gpuCountNote !== null);
    expect(flagged.map((p) => Number(p.id.split('#')[1])).sort((a, b) => a - b)).toEqual(
      report.flagged
        .filter((f) => f.file === 'inferencex_dsr1_latest_2026-06-14.json')
        .map((f) => f.index)
        .sort((a, b) => a - b),
    );
    for (const p of flagged) expect(describePoint(p, manifest)['GPU count']).toMatch(/^Inferred/);
  });

  it('shows a single-node run with its parallelism and image', () => {
    const p = points.find((x) => !x.disagg && x.image)!;
    const d = describePoint(p, manifest);
    expect(d.Parallelism).toBe(`TP${p.decode!.tp}/EP${p.decode!.ep}${p.decode!.dpAttention ? ', DP-attention' : ''}`);
    expect(d.GPUs).toBe(String(p.gpuCount));
    expect(d.Image).toBe(p.image);
  });
});
