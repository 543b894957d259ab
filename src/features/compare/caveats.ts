import { compareText } from '../../domain/text-order';
import type { Manifest } from '../../data/schema';
import type { ComparedSide } from './sides';

/** "SGLang (3), ATOM (2)": distinct values with counts, most frequent first, ties by name. */
function tally(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()]
    .sort((x, y) => y[1] - x[1] || compareText(x[0], y[0]))
    .map(([value, n]) => `${value} (${n})`)
    .join(', ');
}

/**
 * Where each side's frontier comes from, computed from the data: which engines and how
 * many GPUs per configuration. Pooled frontiers can mix engines and deployment sizes, and
 * the reader should know when they do.
 */
export function frontierCaveats(sides: readonly ComparedSide[], manifest: Manifest): string[] {
  const engineLabel = (key: string) => manifest.engines.find((e) => e.key === key)?.label ?? key;
  return sides
    .filter((side) => side.frontier.length > 0)
    .map((side) => {
      const n = side.frontier.length;
      const engines = tally(side.frontier.map((p) => engineLabel(p.engine)));
      const gpus = tally(
        side.frontier.map((p) =>
          p.gpuCount === null ? 'GPU count not recorded' : `${p.gpuCount} GPUs${p.disagg ? ' disaggregated' : ''}`,
        ),
      );
      return `${side.label}'s frontier (${n} of ${side.points.length} measured point${side.points.length === 1 ? '' : 's'}) comes from ${engines}; deployments: ${gpus}.`;
    });
}
