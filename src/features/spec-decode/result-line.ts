import { formatPercent, formatSignedPercent, formatThroughput, formatTokPerSecPerUser } from '../../domain/format';
import { TIE_FRACTION } from '../../math';
import type { SpecDecodeViewModel } from './view-model';

/**
 * The comparison's result in one line, for the top of the page (on a phone, the first screen):
 * throughput per GPU at the middle target (the table's middle column; of two pinned targets,
 * the higher), the winner's advantage first and both values as the table prints them:
 * "At 56 tok/s/user MTP delivers 69.5% more tok/s/GPU than Off (2587.3 vs 1526.1)".
 * A tie (within 1%), a side without points, no shared interactivity range and a side without
 * a value at the target each have their own words; the line never states a number the table
 * does not show. Pure.
 */
export function specDecodeResultLine(vm: Pick<SpecDecodeViewModel, 'comparison' | 'missingSides'>): string {
  const c = vm.comparison;
  if (!c) {
    const missing = vm.missingSides.join(' and ');
    return `No matched result: ${missing} ${vm.missingSides.length === 1 ? 'has' : 'have'} no points in this view.`;
  }
  if (c.band.kind === 'none') {
    return `No matched result: ${c.a.label} and ${c.b.label} share no interactivity range.`;
  }
  const middle = Math.floor(c.comparisons.length / 2);
  const comparison = c.comparisons[middle];
  const target = c.targets.values[middle];
  if (!comparison || target === undefined) return 'No matched result in this view.';
  const at = `At ${formatTokPerSecPerUser(target)} tok/s/user`;
  const { a, b } = comparison;
  if (a.status !== 'in-range' || b.status !== 'in-range') {
    const without = [a.status === 'in-range' ? null : c.a.label, b.status === 'in-range' ? null : c.b.label];
    return `${at} ${without.filter(Boolean).join(' and ')} ${without.every(Boolean) ? 'have' : 'has'} no measured value.`;
  }
  const delta = comparison.deltas.tokPerSecPerGpu;
  const amounts = (first: number | null, second: number | null) =>
    `(${formatThroughput(first)} vs ${formatThroughput(second)} tok/s/GPU)`;
  if (!delta || delta.winner === 'tie') {
    return `${at} ${c.a.label} and ${c.b.label} are within ${formatPercent(TIE_FRACTION)} of each other ${amounts(a.tokPerSecPerGpu, b.tokPerSecPerGpu)}`;
  }
  const [winner, loser] = delta.winner === 'A' ? [a, b] : [b, a];
  const [winnerLabel, loserLabel] = delta.winner === 'A' ? [c.a.label, c.b.label] : [c.b.label, c.a.label];
  // The magnitude is ≥ 0: its signed form without the plus keeps the one-decimal percent the table's sentences use.
  const percent = formatSignedPercent(delta.magnitudeFraction).replace(/^\+/, '');
  return `${at} ${winnerLabel} delivers ${percent} more tok/s/GPU than ${loserLabel} (${formatThroughput(winner.tokPerSecPerGpu)} vs ${formatThroughput(loser.tokPerSecPerGpu)})`;
}
