import { formatTokPerSecPerUser } from '../../domain/format';
import type { Range } from '../../math';
import type { ComparisonModel } from './comparison-model';
import type { MatchedCrossover } from './matched-crossover';

function range(r: Range | null): string {
  return r ? `${formatTokPerSecPerUser(r[0], 1)}–${formatTokPerSecPerUser(r[1], 1)} tok/s/user` : 'no valid point';
}

/** "Both sides reach 14–98 tok/s/user." or why there is no band. */
export function bandSummary(c: ComparisonModel): string {
  if (c.band.kind === 'none') {
    return `${c.a.label} and ${c.b.label} share no interactivity range (${c.a.label}: ${range(c.band.a)}; ${c.b.label}: ${range(c.band.b)}), so they cannot be compared at matched interactivity.`;
  }
  const bounds = c.bandBounds;
  const text = bounds
    ? `${formatTokPerSecPerUser(bounds.lo)}–${formatTokPerSecPerUser(bounds.hi)} tok/s/user`
    : `${formatTokPerSecPerUser(c.band.lo, 2)}–${formatTokPerSecPerUser(c.band.hi, 2)} tok/s/user`;
  const source =
    c.targets.source === 'pinned'
      ? 'the targets you pinned'
      : 'a quarter, half and three quarters of the way across it';
  return `Both sides reach ${text}: that is the band where they can be compared. The table uses ${source}.`;
}

/** Every throughput crossover in the band, or that there is none. */
export function crossoverSummary(c: ComparisonModel): string {
  if (c.band.kind === 'none') return '';
  if (c.crossovers.length === 0) {
    const winner = c.comparisons.find((x) => x.deltas.tokPerSecPerGpu)?.deltas.tokPerSecPerGpu?.winner;
    const who = winner === 'A' ? c.a.label : winner === 'B' ? c.b.label : null;
    return who
      ? `The throughput curves do not cross in the band: ${who} delivers more tok/s/GPU across all of it.`
      : 'The throughput curves do not cross in the band.';
  }
  const parts = c.crossovers.map((x) => {
    const above = x.winnerAbove === 'A' ? c.a.label : c.b.label;
    return `${above} wins above ${formatTokPerSecPerUser(x.tokPerSecPerUser, 2)} tok/s/user`;
  });
  return `Throughput curves cross ${c.crossovers.length === 1 ? 'once' : `${c.crossovers.length} times`}: ${parts.join('; ')}.`;
}

/** Pinned targets the engine could not use, each with the engine's reason; null when all were used. */
export function rejectedTargetsSummary(c: ComparisonModel): string | null {
  if (c.targets.rejected.length === 0) return null;
  const reasons = c.targets.rejected.map((r) => r.message).join('; ');
  const fallback = c.targets.source === 'default' ? ' None was usable, so the default targets are shown.' : '';
  return `${reasons}, so ${c.targets.rejected.length === 1 ? 'it was' : 'they were'} left out.${fallback}`;
}

/** "H200 costs less per million tokens above 93.76 tok/s/user" for one crossover of the selected metric. */
function betterAbove(c: ComparisonModel, crossover: MatchedCrossover): string {
  const who = crossover.winnerAbove === 'A' ? c.a.label : c.b.label;
  const words = c.metric.inWords;
  const better = words
    ? `${words.verb} ${c.metric.direction === 'lower-is-better' ? 'less' : 'more'} ${words.noun}`
    : 'is better';
  return `${who} ${better} above ${formatTokPerSecPerUser(crossover.tokPerSecPerUser, 2)} tok/s/user`;
}

/**
 * Where the selected metric's curves cross, when it is not throughput ("The Cost / M tokens
 * curves cross once: H200 costs less per million tokens above 93.76 tok/s/user."), that a
 * measured-only metric is not compared between points, or null when there is nothing to add.
 */
export function metricCrossoverSummary(c: ComparisonModel): string | null {
  if (c.band.kind === 'none') return null;
  if (c.metric.source.kind === 'measured-only') {
    return `${c.metric.label} is measured only: it has no value between measured points, so the table shows none and no crossover is computed.`;
  }
  const crossovers = c.metricCrossovers;
  if (crossovers === null) return null;
  const curves = `The ${c.metric.label} curves`;
  if (crossovers.length === 0) {
    const winner = c.readings.find((r) => r.delta)?.delta?.winner;
    const who = winner === 'A' ? c.a.label : winner === 'B' ? c.b.label : null;
    const words = c.metric.inWords;
    if (!who || !words) return `${curves} do not cross in the band.`;
    const comparative = c.metric.direction === 'lower-is-better' ? 'less' : 'more';
    return `${curves} do not cross in the band: ${who} ${words.verb} ${comparative} ${words.noun} across all of it.`;
  }
  const times = crossovers.length === 1 ? 'once' : `${crossovers.length} times`;
  return `${curves} cross ${times}: ${crossovers.map((x) => betterAbove(c, x)).join('; ')}.`;
}
