/**
 * The sort behind `computeFrontier`: the sweep order of points given as flat keys. Pure; no
 * allocation per comparison.
 */

/** Keys moved together through the sort: x, throughput and the point's index. */
interface Keys {
  xs: Float64Array;
  ys: Float64Array;
  order: Uint32Array;
}

/** Result of `sweepOrder`: `order[k]` is the k-th point in sweep order, `ys[k]` its throughput. */
export interface SweepOrder {
  order: Uint32Array;
  ys: Float64Array;
}

/** Runs of this many keys are insertion-sorted before merging (four fewer passes over memory). */
const RUN = 16;

/** Whether point a sorts strictly before point b: x descending, throughput descending, id ascending. */
function precedes(xa: number, ya: number, xb: number, yb: number, ia: number, ib: number, ids: readonly string[]) {
  if (xa !== xb) return xa > xb;
  if (ya !== yb) return ya > yb;
  return ids[ia]! < ids[ib]!;
}

/** Stable insertion sort of each run of `RUN` keys (a key moves left only past keys it strictly follows). */
function sortRuns({ xs, ys, order }: Keys, ids: readonly string[]): void {
  const n = xs.length;
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(lo + RUN, n);
    for (let k = lo + 1; k < hi; k++) {
      const x = xs[k]!;
      const y = ys[k]!;
      const i = order[k]!;
      let m = k - 1;
      for (; m >= lo && precedes(x, y, xs[m]!, ys[m]!, i, order[m]!, ids); m--) {
        xs[m + 1] = xs[m]!;
        ys[m + 1] = ys[m]!;
        order[m + 1] = order[m]!;
      }
      xs[m + 1] = x;
      ys[m + 1] = y;
      order[m + 1] = i;
    }
  }
}

/** One pass of a bottom-up merge sort: stable merges of neighbouring sorted runs of `width`. */
function mergePass(from: Keys, to: Keys, width: number, ids: readonly string[]): void {
  const { xs, ys, order } = from;
  const n = xs.length;
  for (let lo = 0; lo < n; lo += 2 * width) {
    const mid = Math.min(lo + width, n);
    const hi = Math.min(lo + 2 * width, n);
    let i = lo;
    let j = mid;
    let k = lo;
    for (; i < mid && j < hi; k++) {
      // The right run's key goes first only if it strictly precedes: equal keys keep their order.
      const m = precedes(xs[j]!, ys[j]!, xs[i]!, ys[i]!, order[j]!, order[i]!, ids) ? j++ : i++;
      to.xs[k] = xs[m]!;
      to.ys[k] = ys[m]!;
      to.order[k] = order[m]!;
    }
    const rest = i < mid ? i : j;
    to.xs.set(xs.subarray(rest, rest + hi - k), k);
    to.ys.set(ys.subarray(rest, rest + hi - k), k);
    to.order.set(order.subarray(rest, rest + hi - k), k);
  }
}

/**
 * The sweep order of n points given by their x (`xs`), throughput (`ys`) and `ids` (same length
 * n): x descending, then throughput descending, then id ascending; points equal in all three keep
 * their input order (a stable sort). `xs` and `ys` are the sort's own workspace (overwritten: pass
 * arrays made for it); `ids` is not modified. x and throughput must not be NaN.
 *
 * A bottom-up merge sort, O(n log n), that moves the keys with the indices so that every pass
 * reads and writes memory in order. (Sorting an index array with a comparator, as the builtin
 * sort does, calls a function per comparison and reads the keys at random: beyond the
 * processor's caches each read waits on memory; see README, Speed.)
 */
export function sweepOrder(xs: Float64Array, ys: Float64Array, ids: readonly string[]): SweepOrder {
  const n = xs.length;
  let keys: Keys = { xs, ys, order: new Uint32Array(n) };
  for (let i = 0; i < n; i++) keys.order[i] = i;
  sortRuns(keys, ids);
  let spare: Keys = { xs: new Float64Array(n), ys: new Float64Array(n), order: new Uint32Array(n) };
  for (let width = RUN; width < n; width *= 2) {
    mergePass(keys, spare, width, ids);
    [keys, spare] = [spare, keys];
  }
  return { order: keys.order, ys: keys.ys };
}
