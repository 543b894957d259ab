/**
 * Horizontal centres for labels at pixel `positions` (any order) so that neighbours are at
 * least `gap` px apart, each label moved as little as the others allow: labels that would
 * overlap form a group, spaced `gap` apart and centred on their wanted positions' mean.
 * Labels already far enough apart stay where they are. Returned in the input's order.
 */
export function spreadLabels(positions: readonly number[], gap: number): number[] {
  const order = positions.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x);
  // Groups of neighbours, each as [first index into `order`, count, centre].
  const groups: { start: number; count: number; centre: number }[] = [];
  for (let k = 0; k < order.length; k++) {
    groups.push({ start: k, count: 1, centre: order[k]!.x });
    // Merge while the newest group overlaps the one before it; merging can cascade.
    while (groups.length > 1) {
      const b = groups[groups.length - 1]!;
      const a = groups[groups.length - 2]!;
      const aEnd = a.centre + ((a.count - 1) * gap) / 2;
      const bStart = b.centre - ((b.count - 1) * gap) / 2;
      if (bStart - aEnd >= gap) break;
      const count = a.count + b.count;
      groups.splice(groups.length - 2, 2, {
        start: a.start,
        count,
        centre: (a.centre * a.count + b.centre * b.count) / count,
      });
    }
  }
  const out = positions.map(() => 0);
  for (const g of groups) {
    for (let j = 0; j < g.count; j++) out[order[g.start + j]!.i] = g.centre + (j - (g.count - 1) / 2) * gap;
  }
  return out;
}
