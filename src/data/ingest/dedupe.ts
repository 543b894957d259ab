/**
 * Exact-duplicate detection for raw rows. Two rows are duplicates when they are deep-equal
 * as parsed JSON values: same keys with the same values, in any key order. Numbers compare by
 * value (so `1e3` equals `1000`), and non-finite numbers (JSON `1e999` parses to Infinity)
 * stay distinct from `null`.
 */

/** A string that is equal for two values exactly when the values are deep-equal. */
export function canonicalKey(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'number':
      return `n:${String(value)}`;
    case 'string':
      return `s:${JSON.stringify(value)}`;
    case 'boolean':
      return `b:${String(value)}`;
    case 'undefined':
      return 'undefined';
    case 'object': {
      if (Array.isArray(value)) return `[${value.map(canonicalKey).join(',')}]`;
      const entries = Object.keys(value)
        .sort()
        .map((k) => `${JSON.stringify(k)}:${canonicalKey((value as Record<string, unknown>)[k])}`);
      return `{${entries.join(',')}}`;
    }
    default:
      return `?:${String(value)}`;
  }
}

export interface DuplicateOf {
  /** Index of the dropped copy. */
  readonly index: number;
  /** Index of the first row it equals (the one that is kept). */
  readonly duplicateOf: number;
}

/** For every row that deep-equals an earlier row, the pair (its index, the first equal index). */
export function findDuplicates(rows: readonly unknown[]): DuplicateOf[] {
  const firstSeen = new Map<string, number>();
  const out: DuplicateOf[] = [];
  rows.forEach((row, index) => {
    const k = canonicalKey(row);
    const first = firstSeen.get(k);
    if (first === undefined) firstSeen.set(k, index);
    else out.push({ index, duplicateOf: first });
  });
  return out;
}
