import { formatTokPerSecPerUser } from '../../domain/format';
import type { Range } from '../../math';
import type { ComparisonModel } from './comparison-model';

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

/** Pinned targets the engine could not use, in words; null when all were used. */
export function rejectedTargetsSummary(c: ComparisonModel): string | null {
  if (c.targets.rejected.length === 0) return null;
  const values = c.targets.rejected.map((r) => (r.value === null ? 'a non-number' : formatTokPerSecPerUser(r.value)));
  const fallback = c.targets.source === 'default' ? ' None was usable, so the default targets are shown.' : '';
  const bounds = c.bandBounds ? `${c.bandBounds.lo}–${c.bandBounds.hi} tok/s/user` : 'the band';
  return `Target${values.length === 1 ? '' : 's'} ${values.join(', ')} ${values.length === 1 ? 'lies' : 'lie'} outside ${bounds}, where both sides were measured, and ${values.length === 1 ? 'was' : 'were'} left out.${fallback}`;
}
