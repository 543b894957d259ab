/**
 * A function that remembers its last call: called again with the same arguments (each the
 * same value or object, `Object.is`), it returns the same result without running. Pages use
 * it for the parts of a view-model a choice does not change (a metric switch does not regroup
 * the series), so their results keep their identity and what is built on them is reused.
 * Arguments that are rebuilt on every call (a fresh array or object) defeat it: pass stable
 * objects or a string key.
 */
export function lastResult<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A) => {
    if (last && last.args.length === args.length && last.args.every((a, i) => Object.is(a, args[i]))) {
      return last.result;
    }
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}

const joined = new WeakMap<readonly object[], unknown[]>();

/**
 * Every point of a view's files in one array: the same array for the same files array (the
 * query layer keeps its identity while no file changed), so a switch that loads nothing hands
 * the view-model the same points.
 */
export function pointsOfFiles<P>(files: readonly { points: readonly P[] }[]): P[] {
  let points = joined.get(files) as P[] | undefined;
  if (!points) joined.set(files, (points = files.flatMap((f) => f.points)));
  return points;
}
