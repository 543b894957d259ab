/**
 * Orders two texts by their UTF-16 code units: the same order on every browser and in every
 * reader's locale, unlike `localeCompare`, which follows the reader's locale (so a tie broken by
 * name could differ between two readers of one link) and whose first call in a page loads the
 * browser's locale data (15–30 ms on a first view here).
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
