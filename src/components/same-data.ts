/**
 * True when `a` and `b` hold the same data: the same value (`Object.is`), or arrays of the same
 * length, or plain objects with the same keys, whose items are the same data in turn. Other
 * objects (a Map, a function, a class instance, a React element) are the same only when they are
 * one object. For a memoised component: a view rebuilt with equal contents is not drawn again. Pure.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameData(x, b[i]));
  }
  if (!isPlain(a) || !isPlain(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  const [p, q] = [a as Record<string, unknown>, b as Record<string, unknown>];
  return keys.every((k) => Object.hasOwn(q, k) && sameData(p[k], q[k]));
}

function isPlain(x: object): boolean {
  const proto = Object.getPrototypeOf(x) as unknown;
  return (proto === Object.prototype || proto === null) && !('$$typeof' in x);
}
