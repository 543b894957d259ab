import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseResultFile } from './detect';
import type { OwnFile } from './store';
import { ownPoints, type OwnSetup } from './to-points';
import { isViewFile, readViewFile, viewFile } from './view-file';

/** "Download view" files: written, read back through JSON, checked; bad ones named by field. */

const jsonl = readFileSync(new URL('../../../fixtures/own-results/vllm-gpt-oss-120b.jsonl', import.meta.url), 'utf8');
const runs = jsonl
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as { total_token_throughput: number; median_tpot_ms: number });
const setup: OwnSetup = {
  label: 'my sweep',
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
  id: 'ab12cd34',
  name: 'vllm-gpt-oss-120b.jsonl',
  bytes: jsonl.length,
  addedAt: '2026-07-01T00:00:00.000Z',
  format: 'vllm',
  model: 'dsr1',
  sequence: '1k1k',
  setup,
  points: ownPoints(parseResultFile('vllm', jsonl), setup, 'ab12cd34').points,
  problems: ['row 6: median_tpot_ms must be greater than zero (got 0)'],
  runsRead: 6,
};
const page = { path: '/inference' as const, search: '?seq=1k1k&b=mi355x%3Aatom%3Anone%3Afp4' };
const own = { a: 'own:ab12cd34', b: null, targets: [96.4], hidden: [] };
const throughJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('view files', () => {
  it('round-trips the page, your part of the view and the files with their form answers and normalised runs', () => {
    const back = readViewFile(throughJson(viewFile(page, own, [file])));
    expect(back.ok).toBe(true);
    const view = back.ok ? back.view : null;
    expect(view!.page).toEqual(page);
    expect(view!.own).toEqual(own);
    expect(view!.files).toEqual([file]);
    // The runs as read: tok/s/GPU = total ÷ 16, tok/s/user = 1000 ÷ median TPOT, computed here.
    expect(view!.files[0]!.points.map((p) => p.metrics.tokPerSecPerGpu)).toEqual(
      runs.map((r) => r.total_token_throughput / 16),
    );
    expect(view!.files[0]!.points.map((p) => p.metrics.tokPerSecPerUser)).toEqual(
      runs.map((r) => 1000 / r.median_tpot_ms),
    );
    expect(isViewFile(throughJson(viewFile(page, own, [file])))).toBe(true);
    expect(isViewFile(runs[0])).toBe(false);
  });

  it('names what is wrong in a damaged file, and refuses one whose compared side names no file in it', () => {
    const written = throughJson(viewFile(page, own, [file])) as { files: { points: { metrics: object }[] }[] };
    written.files[0]!.points[2]!.metrics = { ...written.files[0]!.points[2]!.metrics, tokPerSecPerGpu: -1 };
    expect(readViewFile(written)).toEqual({
      ok: false,
      problems: ['files.0.points.2.metrics.tokPerSecPerGpu: must be greater than zero (got -1)'],
    });
    expect(readViewFile(throughJson(viewFile({ ...page, path: '/' as '/rank' }, own, [file])))).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/^page\.path: /)],
    });
    expect(readViewFile(throughJson(viewFile(page, { ...own, b: 'own:gone' }, [file])))).toEqual({
      ok: false,
      problems: ['own names series of no file in it: own:gone'],
    });
  });
});
