import { formatPercent, formatThroughput, formatTokPerSecPerUser, formatUsd } from '../../domain/format';
import { TIE_FRACTION, type Comparison, type SideComparison } from '../../math';
import { lessPercent } from '../compare/sentences';

const user = (t: number) => `${formatTokPerSecPerUser(t)} tok/s/user`;

function reach(date: string, side: SideComparison, target: number): string | null {
  if (side.status === 'in-range') return null;
  const covers = side.domain
    ? ` (its frontier covers ${formatTokPerSecPerUser(side.domain[0], 1)}–${formatTokPerSecPerUser(side.domain[1], 1)} tok/s/user)`
    : '';
  return `the run of ${date} does not reach ${user(target)}${covers}`;
}

/**
 * The from/to comparison at one target in words, the later date as the subject when it is
 * ahead: "On 2026-05-21 it delivers 1332.7% more tok/s/GPU at 20 tok/s/user than on
 * 2026-05-02 (875.5 vs 61.1) and costs 93% less per million tokens ($0.470 vs $6.727)". The
 * percentage is the ahead date's advantage (ahead/behind − 1; "less" = 1 − ahead/behind),
 * from unrounded values; within 1% reads as about the same. A date whose frontier does not
 * reach the target is named. `comparison.a` is `from`, `comparison.b` is `to`.
 */
export function fromToSentence(comparison: Comparison, target: number, from: string, to: string): string {
  const { a, b } = comparison;
  if (a.status !== 'in-range' || b.status !== 'in-range') {
    const missing = [reach(from, a, target), reach(to, b, target)].filter((x): x is string => x !== null);
    return `At ${user(target)}, ${missing.join(' and ')}: no comparison there.`;
  }
  const delta = comparison.deltas.tokPerSecPerGpu;
  if (!delta || delta.winner === 'tie') {
    return `At ${user(target)} it delivers about the same on ${to} as on ${from} (within ${formatPercent(TIE_FRACTION)}: ${formatThroughput(b.tokPerSecPerGpu)} vs ${formatThroughput(a.tokPerSecPerGpu)} tok/s/GPU).`;
  }
  const later = delta.winner === 'B';
  const [ahead, behind] = later ? [b, a] : [a, b];
  const [aheadDate, behindDate] = later ? [to, from] : [from, to];
  const verb = later ? 'delivers' : 'delivered';
  const cost = comparison.deltas.usdPerMillionTokens;
  const costText =
    cost && cost.winner !== 'tie' && ahead.usdPerMillionTokens !== null && behind.usdPerMillionTokens !== null
      ? ` and ${later ? 'costs' : 'cost'} ${lessPercent(cost.magnitudeFraction)} less per million tokens (${formatUsd(ahead.usdPerMillionTokens)} vs ${formatUsd(behind.usdPerMillionTokens)})`
      : '';
  return `On ${aheadDate} it ${verb} ${formatPercent(delta.magnitudeFraction)} more tok/s/GPU at ${user(target)} than on ${behindDate} (${formatThroughput(ahead.tokPerSecPerGpu)} vs ${formatThroughput(behind.tokPerSecPerGpu)})${costText}.`;
}

/** What the from/to section says when from and to are one run date. */
export function sameDateText(date: string, runDates: number): string {
  return runDates <= 1
    ? `This setup has one run date, ${date}: its curve is drawn above and its values are in the table below. A change over time needs a second run.`
    : `From and To are both ${date}. Pick an earlier From or a later To (this setup has ${runDates} run dates) to see what changed between two runs.`;
}

/** "one run date, 2026-02-12", "10 run dates, 2025-10-06 to 2026-06-11", "no run dates". */
export function runDatesText(dates: readonly string[]): string {
  if (dates.length === 0) return 'no run dates';
  if (dates.length === 1) return `one run date, ${dates[0]}`;
  return `${dates.length} run dates, ${dates[0]} to ${dates.at(-1)}`;
}
