import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gpuSpecsSchema, manifestSchema, type SequenceKey } from '../../data/schema';
import { assertValid } from '../../data/validate';
import { specDecodeAvailability } from '../../state/availability';
import { specDecodePage } from '../../state/pages/spec-decode';
import { pinnedReference, type ReferenceView } from '../../../tests/setup/reference-views';
import { shippedPoints } from '../../../tests/setup/shipped-data';
import { specDecodeResultLine } from './result-line';
import { buildSpecDecodeViewModel } from './view-model';

const root = resolve(import.meta.dirname, '../../..');
const read = (path: string) => JSON.parse(readFileSync(resolve(root, path), 'utf8')) as unknown;
const manifest = assertValid(manifestSchema, read('public/data/manifest.json'));
const specs = assertValid(gpuSpecsSchema, read('public/data/gpu-specs.json'));

/** The line the app builds for a comparison page's address, on the shipped data. */
function lineAt(href: string): string {
  const url = new URL(href, 'http://x');
  const [, , model, hardware, precision] = url.pathname.split('/');
  const available = specDecodeAvailability(manifest, specs, {
    model: model!,
    hardware: hardware!,
    precision: precision!,
  });
  const selection = specDecodePage.parse(url.search, available!).selection;
  const points = shippedPoints(selection.sequence as SequenceKey, model).filter((p) => p.hardware === hardware);
  return specDecodeResultLine(buildSpecDecodeViewModel({ points, selection, manifest, specs }));
}

/**
 * Expected words from tests/reference/matched_reference.py (pinned in pinned-views.json): the
 * middle target's printed throughput cells, the winner first, and its advantage from the
 * unrounded values (winner / loser − 1, one decimal).
 */
function expectedLine(view: ReferenceView): string {
  const middle = Math.floor(view.targets.length / 2);
  const row = view.rows[middle]!;
  const cells = view.cells[middle]!;
  const [mtp, off] = [row.MTP!.tput, row.Off!.tput];
  const mtpWins = mtp > off;
  const percent = (((mtpWins ? mtp / off : off / mtp) - 1) * 100).toFixed(1);
  const [winner, loser] = mtpWins ? ['MTP', 'Off'] : ['Off', 'MTP'];
  const [first, second] = mtpWins ? [cells.A.tput, cells.B.tput] : [cells.B.tput, cells.A.tput];
  return `At ${view.targets[middle]} tok/s/user ${winner} delivers ${percent}% more tok/s/GPU than ${loser} (${first} vs ${second})`;
}

const comparisonPages = Object.entries(pinnedReference().pages).filter(([href]) => href.startsWith('/spec-decode/'));

describe('specDecodeResultLine on the pinned comparison pages', () => {
  it('states the default MI355X FP4 8k/1k page in the words the header shows', () => {
    // Hand check: at 56 tok/s/user the reference has MTP 2587.2986 and Off 1526.1450 tok/s/GPU;
    // 2587.2986 / 1526.1450 − 1 = 0.6953 → 69.5 %.
    expect(lineAt('/spec-decode/dsr1/mi355x/fp4')).toBe(
      'At 56 tok/s/user MTP delivers 69.5% more tok/s/GPU than Off (2587.3 vs 1526.1)',
    );
  });

  it.each(comparisonPages)('%s: the middle target, the winner first, the table’s numbers', (href, view) => {
    expect(view.targets.length).toBeGreaterThan(0);
    expect(lineAt(href)).toBe(expectedLine(view));
  });

  it('uses the pinned targets the band keeps (at=40,60,80 on 68.69–129.49 keeps 80), not the defaults', () => {
    const href = '/spec-decode/dsr1/gb300/fp4?engine=dynamo-trt&at=40,60,80';
    expect(pinnedReference().pages[href]!.targets).toEqual([80]);
    expect(lineAt(href)).toMatch(/^At 80 tok\/s\/user MTP delivers /);
  });

  it('puts Off first where Off leads (B200 FP8 8k/1k: the reference index has "Off +2.3% … at 82")', () => {
    expect(pinnedReference().index['/spec-decode/dsr1/b200/fp8']!.headline).toBe(
      'Off +2.3% tok/s/GPU at 82 tok/s/user',
    );
    const line = lineAt('/spec-decode/dsr1/b200/fp8');
    const match = /^At 82 tok\/s\/user Off delivers 2\.3% more tok\/s\/GPU than MTP \((\d+\.\d) vs (\d+\.\d)\)$/.exec(
      line,
    );
    expect(line).toMatch(/^At 82 /);
    expect(match).not.toBeNull();
    // The printed values (one decimal) agree with the stated advantage: Off's first, larger.
    const [off, mtp] = [Number(match![1]), Number(match![2])];
    expect(off / mtp - 1).toBeCloseTo(0.023, 2);
  });
});

describe('specDecodeResultLine without a matched result', () => {
  it('names the side that has no points', () => {
    expect(specDecodeResultLine({ comparison: null, missingSides: ['Off'] })).toBe(
      'No matched result: Off has no points in this view.',
    );
    expect(specDecodeResultLine({ comparison: null, missingSides: ['MTP', 'Off'] })).toBe(
      'No matched result: MTP and Off have no points in this view.',
    );
  });

  it('says so when the sides share no interactivity range (GB200 FP4 8k/1k in the reference)', () => {
    expect(pinnedReference().index['/spec-decode/dsr1/gb200/fp4']!.headline).toBe('no shared interactivity range');
    expect(lineAt('/spec-decode/dsr1/gb200/fp4')).toBe('No matched result: MTP and Off share no interactivity range.');
  });
});
