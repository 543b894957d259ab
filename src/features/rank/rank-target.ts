import type { RowGroup } from './rank-rows';
import { rangeText, user } from './rank-words';

type Interval = { lo: number; hi: number };

function reaches(row: RowGroup, x: number): boolean {
  return row.reachParts.some((p) => p.lo <= x && x <= p.hi);
}

/** How many rows reach x. */
export function countReaching(rows: readonly RowGroup[], x: number): number {
  return rows.filter((r) => reaches(r, x)).length;
}

/**
 * The intervals covered by the largest number of rows, and that number: coverage is constant
 * at each reach end point and on each open interval between consecutive end points, so those
 * are the only places to look.
 */
function mostCovered(rows: readonly RowGroup[]): { count: number; intervals: Interval[] } {
  const ends = [...new Set(rows.flatMap((r) => r.reachParts.flatMap((p) => [p.lo, p.hi])))].sort((p, q) => p - q);
  const pieces: { lo: number; hi: number; count: number }[] = [];
  ends.forEach((x, i) => {
    pieces.push({ lo: x, hi: x, count: countReaching(rows, x) });
    const next = ends[i + 1];
    if (next !== undefined) pieces.push({ lo: x, hi: next, count: countReaching(rows, x + (next - x) / 2) });
  });
  const count = Math.max(0, ...pieces.map((p) => p.count));
  const intervals: Interval[] = [];
  for (const p of pieces) {
    if (p.count !== count) continue;
    const last = intervals[intervals.length - 1];
    if (last && last.hi === p.lo) last.hi = p.hi;
    else intervals.push({ lo: p.lo, hi: p.hi });
  }
  return { count, intervals };
}

export interface TargetChoice {
  target: number;
  source: 'asked' | 'default';
  why: string;
}

/**
 * The target: the asked one when it is a finite interactivity > 0; otherwise the middle of the
 * widest interval covered by the most rows (the lowest of equally wide ones), rounded half up
 * to a whole tok/s/user and kept among the whole numbers inside it (the unrounded middle when
 * it holds none). So a default target is one most setups reach.
 */
export function chooseTarget(rows: readonly RowGroup[], asked: number | null): TargetChoice {
  const total = rows.length;
  const setups = (n: number) => `${n} of ${total} setup${total === 1 ? '' : 's'} ${n === 1 ? 'reaches' : 'reach'}`;
  if (asked !== null && Number.isFinite(asked) && asked > 0) {
    return {
      target: asked,
      source: 'asked',
      why: `${user(asked)}, as asked: ${setups(countReaching(rows, asked))} it.`,
    };
  }
  const refused = asked === null ? '' : 'The asked target is not an interactivity above 0, so the default is used: ';
  const { count, intervals } = mostCovered(rows);
  const widest = intervals.reduce<Interval | null>((w, i) => (w === null || i.hi - i.lo > w.hi - w.lo ? i : w), null);
  if (widest === null || count === 0) {
    return { target: 0, source: 'default', why: `${refused}no setup has a measured point to rank.` };
  }
  const [first, last] = [Math.ceil(widest.lo), Math.floor(widest.hi)];
  const middle = widest.lo + (widest.hi - widest.lo) / 2;
  const target = first <= last ? Math.min(last, Math.max(first, Math.floor(middle + 0.5))) : middle;
  const where =
    widest.lo === widest.hi
      ? `the only interactivity ${setups(count)}`
      : `the middle of ${rangeText(widest)} tok/s/user, which ${setups(count)}`;
  return { target, source: 'default', why: `${refused}${user(target)}: ${where}.` };
}
