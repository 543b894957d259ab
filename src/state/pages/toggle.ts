/** `item` toggled in `list`, the result kept in the order of `allInOrder`. */
export function toggledInOrder(list: readonly string[], item: string, allInOrder: readonly string[]): string[] {
  const next = list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
  return allInOrder.filter((x) => next.includes(x));
}
