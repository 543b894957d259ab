import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeFrontier } from './frontier.ts';
import { createSideCurve } from './side-curve.ts';
import { interactivityX } from './engine-x.ts';
import type { SidePoint } from './types.ts';

/*
 * Golden test against the DeepSeek-V4-Pro MI355X SGLang 8k/1k blog post (fixtures/real,
 * transcribed; see fixtures/real/SOURCES.md). Per fp4 date we build the frontier from that
 * date's printed points, evaluate the Steffen curve at each published target, round to an
 * integer and compare with the blog's "Iso-Interactivity Throughput Comparison" cell.
 *
 * Result: 21 of the 32 numeric cells match exactly and all 8 "unreachable" cells come out as
 * out of range. 2026-05-02 — the only date whose printed sweep is complete (conc 1, 2, 4 … 128)
 * — matches 6 of 6. The other dates print conc 1, 4, 8, … (no conc 2) and evidently omit other
 * measured points too, so the blog's curve rests on points we do not have. (SOURCES.md says
 * "26 of 32"; with d3-exact Steffen tangents we reproduce 21 — see KNOWN_MISMATCHES.)
 */

type Row = Record<string, string>;

function readCsv(name: string): Row[] {
  const text = readFileSync(new URL(`../../fixtures/real/${name}`, import.meta.url), 'utf8');
  const [header, ...lines] = text.trim().split(/\r?\n/);
  const keys = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((value, i) => [keys[i], value])));
}

const POINTS = readCsv('dsv4pro_mi355x_sglang_8k1k_blog_points.csv');
const CELLS = readCsv('dsv4pro_mi355x_sglang_8k1k_blog_iso_interactivity.csv').map((row) => ({
  date: row.date!,
  target: Number(row.target_intvty),
  published: row.blog_tput_per_gpu_interpolated === '' ? null : Number(row.blog_tput_per_gpu_interpolated),
}));

function sidePoints(date: string): SidePoint[] {
  return POINTS.filter((p) => p.date === date && p.precision === 'fp4').map((p) => ({
    id: `${date}/conc${p.conc}`,
    x: interactivityX(Number(p.median_intvty)),
    tokPerSecPerGpu: Number(p.tput_per_gpu),
    outputTokPerSecPerGpu: null,
    inputTokPerSecPerGpu: null,
    concurrency: Number(p.conc),
  }));
}

function evaluate(date: string, target: number): number | null {
  const curve = createSideCurve(computeFrontier(sidePoints(date)).frontier);
  return curve.at(target)?.tokPerSecPerGpu ?? null;
}

const GAP = 'printed sweep skips conc 2; the cell lies in or next to the conc-1…conc-4 interval it would fill';
const HIDDEN = 'not explained by the conc-2 gap: the blog curve here rests on measured points the table omits';

/** Cells we do not reproduce: our unrounded value (±0.01) and why. Must not grow silently. */
const KNOWN_MISMATCHES = [
  { date: '2026-05-04', target: 12, published: 247, ours: 250.67, reason: HIDDEN },
  { date: '2026-05-04', target: 15, published: 194, ours: 184.38, reason: HIDDEN },
  { date: '2026-05-04', target: 17, published: 169, ours: 165.63, reason: HIDDEN },
  { date: '2026-05-04', target: 20, published: 139, ours: 138.45, reason: GAP },
  { date: '2026-05-04', target: 30, published: 50, ours: 51.41, reason: GAP },
  { date: '2026-05-10', target: 17, published: 473, ours: 471.81, reason: HIDDEN },
  { date: '2026-05-10', target: 20, published: 361, ours: 344.14, reason: HIDDEN },
  { date: '2026-05-10', target: 25, published: 266, ours: 274.25, reason: HIDDEN },
  { date: '2026-05-10', target: 40, published: 89, ours: 58.87, reason: GAP },
  { date: '2026-05-21', target: 25, published: 788, ours: 787.47, reason: HIDDEN },
  { date: '2026-05-21', target: 50, published: 140, ours: 154.78, reason: GAP },
];

const isKnown = (date: string, target: number) => KNOWN_MISMATCHES.some((m) => m.date === date && m.target === target);

const MATCHING = CELLS.filter((c) => c.published !== null && !isKnown(c.date, c.target));
const UNREACHABLE = CELLS.filter((c) => c.published === null);

describe('golden: blog iso-interactivity table (DeepSeek-V4-Pro MI355X SGLang fp4 8k/1k)', () => {
  it('reads the whole table: 4 fp4 dates × 10 targets, 32 numeric and 8 unreachable cells', () => {
    expect(CELLS).toHaveLength(40);
    expect(MATCHING.length + KNOWN_MISMATCHES.length).toBe(32);
    expect(UNREACHABLE).toHaveLength(8);
  });

  it('matches 21 published cells', () => {
    expect(MATCHING).toHaveLength(21);
  });

  it.each(MATCHING)('$date at $target tok/s/user → $published tok/s/GPU', ({ date, target, published }) => {
    const value = evaluate(date, target);
    expect(value).not.toBeNull();
    expect(Math.round(value!)).toBe(published);
  });

  it.each(UNREACHABLE)('$date at $target tok/s/user is unreachable (null)', ({ date, target }) => {
    expect(evaluate(date, target)).toBeNull();
  });

  it.each(KNOWN_MISMATCHES)(
    '$date at $target: published $published, ours $ours (known mismatch: $reason)',
    ({ date, target, published, ours }) => {
      const cell = CELLS.find((c) => c.date === date && c.target === target);
      expect(cell?.published).toBe(published);
      const value = evaluate(date, target);
      expect(value).not.toBeNull();
      expect(Math.abs(value! - ours)).toBeLessThan(0.01);
      expect(Math.round(value!)).not.toBe(published);
    },
  );

  it('2026-05-02, the complete sweep, matches every published cell', () => {
    const cells = CELLS.filter((c) => c.date === '2026-05-02' && c.published !== null);
    expect(cells).toHaveLength(6);
    for (const { target, published } of cells) expect(Math.round(evaluate('2026-05-02', target)!)).toBe(published);
  });
});
