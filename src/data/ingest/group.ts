/**
 * The items of a list grouped by a key, in one pass: groups in order of first appearance,
 * items in list order within each group. The ingest groups 100,000 points this way instead of
 * filtering the whole list once per model, sequence or file.
 */
export function groupBy<T, K>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
