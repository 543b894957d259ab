import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** One side's cells as the page prints them ("3417.4", "$0.120", "1,289,575"; "—" out of range). */
export interface ReferenceCells {
  tput: string;
  usd: string;
  mw: string;
}

/** One side's unrounded values at a target, or null out of its measured range. */
export type ReferenceSide = { tput: number; usd_per_m: number; tok_per_mw: number } | null;

export interface ReferenceView {
  sequence: string;
  band: [number, number];
  targets: number[];
  rows: { target: number; MTP: ReferenceSide; Off: ReferenceSide }[];
  /** Per target: side A (MTP, or the inference page's Series A) and side B, formatted. */
  cells: { target: number; A: ReferenceCells; B: ReferenceCells }[];
  crossovers: { x: number; winnerAbove: 'MTP' | 'Off' }[];
}

export interface ReferenceIndexRow {
  sequence: string;
  band: [number, number];
  targets: number[];
  midTarget: number | null;
  headline: string;
  crossover: string;
  crossovers: { x: number; winnerAbove: 'MTP' | 'Off' }[];
}

export interface PinnedReference {
  pages: Record<string, ReferenceView>;
  /** Keyed by the comparison's href, e.g. "/spec-decode/dsr1/mi355x/fp4". */
  index: Record<string, ReferenceIndexRow>;
}

const dir = resolve(import.meta.dirname, '../reference');

/**
 * What tests/reference/matched_reference.py says for the views the app tests render, as
 * pinned in tests/reference/pinned-views.json by tests/reference/pin_views.py. Independent of
 * the app's code: use it as the expected value, never the app's own view-model.
 */
export function pinnedReference(): PinnedReference {
  return JSON.parse(readFileSync(resolve(dir, 'pinned-views.json'), 'utf8')) as PinnedReference;
}

export function referenceView(path: string): ReferenceView {
  const view = pinnedReference().pages[path];
  if (!view) throw new Error(`${path} is not pinned: add it to PAGES in tests/reference/pin_views.py`);
  return view;
}

/** True when python3 runs here (the pinned file is then checked against a fresh run). */
export function hasPython(): boolean {
  try {
    execFileSync('python3', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** A fresh run of the pinning script, without writing the file. */
export function rerunReference(): PinnedReference {
  const text = execFileSync('python3', [resolve(dir, 'pin_views.py'), '--print'], { encoding: 'utf8' });
  return JSON.parse(text) as PinnedReference;
}
