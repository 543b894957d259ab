/**
 * Ticks for a log axis over [lo, hi] (both > 0): 1, 2 and 5 times each power of ten, with
 * the domain widened to the nearest such ticks (Recharts' own log ticks bunch up at one end).
 * Null when the range cannot be shown on a log axis (lo ≤ 0, hi < lo, or not finite).
 */
export function logTicks(lo: number, hi: number): { domain: [number, number]; ticks: number[] } | null {
  if (!(lo > 0) || !(hi >= lo) || !Number.isFinite(hi)) return null;
  const all: number[] = [];
  for (let k = Math.floor(Math.log10(lo)) - 1; k <= Math.ceil(Math.log10(hi)); k++) {
    for (const m of [1, 2, 5]) all.push(Number((m * 10 ** k).toPrecision(12)));
  }
  const first = all.findLast((t) => t <= lo) ?? lo;
  const last = all.find((t) => t >= hi) ?? hi;
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
