/**
 * Ticks for a log axis over [lo, hi] (both > 0): 1, 2 and 5 times each power of ten, with
 * the domain widened to the nearest such ticks (Recharts' own log ticks bunch up at one end);
 * a single value that is a tick gets the ticks either side.
 * Null when the range cannot be shown on a log axis (lo ≤ 0, hi < lo, or not finite).
 */
export function logTicks(lo: number, hi: number): { domain: [number, number]; ticks: number[] } | null {
  if (!(lo > 0) || !(hi >= lo) || !Number.isFinite(hi)) return null;
  const all: number[] = [];
  for (let k = Math.floor(Math.log10(lo)) - 1; k <= Math.ceil(Math.log10(hi)); k++) {
    for (const m of [1, 2, 5]) all.push(Number((m * 10 ** k).toPrecision(12)));
  }
  let first = all.findLast((t) => t <= lo) ?? lo;
  let last = all.find((t) => t >= hi) ?? hi;
  // One value that is itself a tick: the axis spans the ticks either side of it.
  if (first === last) [first, last] = [all[all.indexOf(first) - 1] ?? first, all[all.indexOf(last) + 1] ?? last];
  return { domain: [first, last], ticks: all.filter((t) => t >= first && t <= last) };
}

/** The smallest and largest x over every series' points and curve ([Infinity, -Infinity] when empty). */
export function xRange(
  series: readonly { measured: readonly { x: number }[]; curve: { points: readonly { x: number }[] } | null }[],
): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of series) {
    for (const p of [...s.measured, ...(s.curve?.points ?? [])]) {
      if (p.x < lo) lo = p.x;
      if (p.x > hi) hi = p.x;
    }
  }
  return [lo, hi];
}

/**
 * Ticks for a linear axis from zero (or from `lo` when it is below zero) to `hi`: about `count`
 * ticks at a round step (1, 2, 2.5 or 5 times a power of ten), the domain ending on the first
 * tick at or beyond each end. A range of nothing (all values zero) gets the domain [0, 1].
 */
export function linearTicks(lo: number, hi: number, count = 5): { domain: [number, number]; ticks: number[] } {
  const [from, to] = [Math.min(0, lo), Math.max(0, hi)];
  if (!Number.isFinite(from) || !Number.isFinite(to) || to === from) return { domain: [0, 1], ticks: [0, 1] };
  return stepTicks(from, to, count);
}

/** Round steps of the chart's axes, as multiples of a power of ten. */
const FIT_STEPS = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8];

/**
 * Ticks for a linear axis over [lo, hi] (and zero, when `fromZero`) that waste the least room:
 * of the steps 1, 1.5, 2, 2.5, 3, 4, 5, 6 and 8 times a power of ten, the one whose ticks from
 * the last at or below the start to the first at or above the end span the least, with 4 to
 * `maxTicks` ticks (on a tie, the larger step). A range of one value (or none) falls back to
 * `linearTicks`, which reaches zero.
 */
export function fitTicks(
  lo: number,
  hi: number,
  { fromZero, maxTicks = 6 }: { fromZero: boolean; maxTicks?: number },
): { domain: [number, number]; ticks: number[] } {
  const [from, to] = fromZero ? [Math.min(0, lo), Math.max(0, hi)] : [lo, hi];
  if (!Number.isFinite(from) || !Number.isFinite(to) || !(to > from)) return linearTicks(lo, hi);
  const power = Math.floor(Math.log10((to - from) / (maxTicks - 1)));
  let best: { first: number; last: number; step: number } | null = null;
  for (let p = power - 1; p <= power + 1; p++) {
    for (const m of FIT_STEPS) {
      const step = m * 10 ** p;
      const first = Math.floor(from / step + 1e-9);
      const last = Math.ceil(to / step - 1e-9);
      const count = last - first + 1;
      if (count < 4 || count > maxTicks) continue;
      const span = (last - first) * step;
      const bestSpan = best ? (best.last - best.first) * best.step : Infinity;
      if (span < bestSpan * (1 - 1e-9) || (span <= bestSpan * (1 + 1e-9) && best && step > best.step)) {
        best = { first, last, step };
      }
    }
  }
  if (!best) return stepTicks(from, to, maxTicks);
  const ticks: number[] = [];
  for (let k = best.first; k <= best.last; k++) ticks.push(Number((k * best.step).toPrecision(12)));
  return { domain: [ticks[0]!, ticks[ticks.length - 1]!], ticks };
}

/**
 * Round ticks inside [lo, hi] (lo < hi), as many as fit in `maxTicks`: the smallest of the
 * steps above whose ticks inside the range number at most `maxTicks`.
 */
export function insideTicks(lo: number, hi: number, maxTicks: number): number[] {
  const power = Math.floor(Math.log10((hi - lo) / Math.max(1, maxTicks)));
  for (let p = power - 1; p <= power + 2; p++) {
    for (const m of FIT_STEPS) {
      const step = m * 10 ** p;
      const first = Math.ceil(lo / step - 1e-9);
      const last = Math.floor(hi / step + 1e-9);
      if (last - first + 1 <= maxTicks) {
        const ticks: number[] = [];
        for (let k = first; k <= last; k++) ticks.push(Number((k * step).toPrecision(12)));
        return ticks;
      }
    }
  }
  return [lo, hi];
}

function stepTicks(from: number, to: number, count: number): { domain: [number, number]; ticks: number[] } {
  const raw = (to - from) / Math.max(1, count - 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = power * ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw * (1 - 1e-12)) ?? 10);
  const first = Math.floor(from / step + 1e-9);
  const last = Math.ceil(to / step - 1e-9);
  const ticks: number[] = [];
  for (let k = first; k <= last; k++) ticks.push(Number((k * step).toPrecision(12)));
  return { domain: [ticks[0]!, ticks[ticks.length - 1]!], ticks };
}
