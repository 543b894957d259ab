import { formatPercent, formatSignedPercent, formatTokPerSecPerUser } from '../../domain/format';
import type { MetricDefinition } from '../../domain/metrics';
import { relativeDelta } from '../../math';
import { lessPercent } from '../compare/sentences';

const UNIT_USER = 'tok/s/user';

/** "40 tok/s/user" (whole numbers bare, others with 2 decimals). */
export function user(x: number, decimals?: number): string {
  return `${formatTokPerSecPerUser(x, decimals)} ${UNIT_USER}`;
}

/**
 * "12–35" for a range: the whole numbers inside it (a label never promises interactivity not
 * reached), or the bounds with 2 decimals when it holds fewer than two whole numbers.
 */
export function rangeText(range: { lo: number; hi: number }): string {
  const [lo, hi] = [Math.ceil(range.lo), Math.floor(range.hi)];
  if (lo < hi) return `${formatTokPerSecPerUser(lo)}–${formatTokPerSecPerUser(hi)}`;
  return `${formatTokPerSecPerUser(range.lo, 2)}–${formatTokPerSecPerUser(range.hi, 2)}`;
}

/** "reaches 12–35 tok/s/user", "reaches 5–9 and 20–35 tok/s/user", "reaches only 144.03 tok/s/user". */
export function reachText(parts: readonly { lo: number; hi: number }[]): string {
  if (parts.length === 0) return 'has no measured point with a valid interactivity';
  if (parts.length === 1 && parts[0]!.lo === parts[0]!.hi) return `reaches only ${user(parts[0]!.lo, 2)}`;
  return `reaches ${parts.map((p) => (p.lo === p.hi ? formatTokPerSecPerUser(p.lo, 2) : rangeText(p))).join(' and ')} ${UNIT_USER}`;
}

/**
 * A row's sparse-data warnings as one sentence: "Sparse data: A has only 2 points on its
 * frontier; 49 tok/s/user lies in a gap of … ." Each warning is a clause without its own full
 * stop, so they are joined by semicolons and the sentence ends once.
 */
export function sparseNoteText(warnings: readonly string[]): string {
  return `Sparse data: ${warnings.join('; ')}.`;
}

/** A value with its unit as a sentence prints it: "6854.2 tok/s/GPU", "$0.123 per million tokens". */
export function valueText(metric: MetricDefinition, value: number, measured = false): string {
  const shown = measured ? metric.format(value) : metric.formatEstimate(value);
  if (metric.unit.startsWith('$')) return `${shown} ${metric.inWords?.noun ?? metric.unit}`;
  return `${shown} ${metric.unit}`;
}

/**
 * One value against another of the same metric, from the first one's side, as the comparison
 * pages word it: fraction = value / other − 1; "delivers 12.3% more than B200" (higher is
 * better: one decimal), "costs 23% more than B200" (lower is better: whole percent), "… 23%
 * less than …" (whole percent, never above 100%: "more than 99%"), "tied with B200 (within
 * 1%)" when max/min − 1 < 1%. Null when either value is not finite and > 0.
 */
export function versusWords(
  value: number,
  other: number,
  metric: MetricDefinition,
  otherLabel: string,
): { fraction: number; words: string } | null {
  if (metric.direction === 'neutral') return null;
  const delta = relativeDelta(value, other, metric.direction);
  if (delta === null) return null;
  const fraction = value / other - 1;
  if (delta.winner === 'tie') return { fraction, words: `tied with ${otherLabel} (within 1%)` };
  const measuredOnly = metric.source.kind === 'measured-only';
  const verb = metric.inWords?.verb ?? (measuredOnly ? 'takes' : 'is');
  const noun = measuredOnly ? ' time' : '';
  const size =
    fraction > 0
      ? `${metric.direction === 'higher-is-better' ? formatSignedPercent(fraction).slice(1) : formatPercent(fraction)} more`
      : `${lessPercent(-fraction)} less`;
  return { fraction, words: `${verb} ${size}${noun} than ${otherLabel}` };
}
