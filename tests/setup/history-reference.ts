import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  benchmarkFileSchema,
  gpuSpecsSchema,
  manifestSchema,
  publishedTableSchema,
  runDatesFileSchema,
} from '../../src/data/schema';
import { assertValid } from '../../src/data/validate';
import { historyAvailability } from '../../src/state/history-availability';
import { parseHistorySearch } from '../../src/state/pages/history';

/**
 * The `history` entries of tests/reference/dated-pinned.json (made by dated_reference.py from
 * the raw rows, never from the app), and the shipped files a history page reads.
 */
export interface ReferenceTrendCell {
  tput: number;
  rounded: number;
  changePct: number;
}
export interface ReferenceSide {
  tput: number;
  usd_per_m: number;
  tok_per_mw: number;
}
export interface ReferenceHistory {
  runDates: string[];
  frontiers: Record<string, [number, number][]>;
  trend: { target: number; byDate: Record<string, ReferenceTrendCell | null> }[];
  fromTo: {
    from: string;
    to: string;
    band: [number, number];
    targets: number[];
    rows: { target: number; A: ReferenceSide | null; B: ReferenceSide | null }[];
    cells: {
      target: number;
      A: { tput: string; usd: string; mw: string };
      B: { tput: string; usd: string; mw: string };
    }[];
  };
  blog?: {
    numericMatched: number;
    numericTotal: number;
    unreachableMatched: number;
    unreachableTotal: number;
    differing: { date: string; target: number; published: number | null; ours: number | null }[];
  };
}

const root = resolve(import.meta.dirname, '../..');
const read = (path: string) => JSON.parse(readFileSync(resolve(root, path), 'utf8')) as unknown;

export const HISTORY_PAGES = [
  '/history/dsv4/mi355x/fp4?engine=sglang&spec=none',
  '/history/dsr1/b200/fp4?engine=sglang&spec=none&seq=8k1k',
  '/history/dsr1/mi355x/fp4?engine=sglang&spec=none&seq=8k1k',
] as const;

export function referenceHistory(path: string): ReferenceHistory {
  const pinned = read('tests/reference/dated-pinned.json') as { history: Record<string, ReferenceHistory> };
  const found = pinned.history[path];
  if (!found) throw new Error(`no pinned history for ${path}`);
  return found;
}

/** The shipped manifest, cost file, run dates, published tables and history file of a history page's address. */
export function shippedHistoryPage(path: string) {
  const [pathname, search = ''] = path.split('?');
  const [, , model, hardware, precision] = pathname!.split('/');
  const manifest = assertValid(manifestSchema, read('public/data/manifest.json'));
  const specs = assertValid(gpuSpecsSchema, read('public/data/gpu-specs.json'));
  const runDatesPath = manifest.runDates.find((r) => r.model === model)!.path;
  const runDates = assertValid(runDatesFileSchema, read(`public/${runDatesPath}`));
  const published = manifest.published
    .filter((p) => p.model === model)
    .map((p) => assertValid(publishedTableSchema, read(`public/${p.path}`)));
  const workload = { model: model!, hardware: hardware!, precision: precision! };
  const available = historyAvailability(manifest, specs, workload, runDates, published);
  if (!available) throw new Error(`no history for ${path}`);
  const { selection, corrections } = parseHistorySearch(search, available);
  const file = manifest.history.find(
    (f) => f.model === model && f.hardware === hardware && f.sequence === selection.sequence,
  )!;
  const points = assertValid(benchmarkFileSchema, read(`public/${file.path}`)).points;
  return { manifest, specs, available, selection, corrections, points };
}
