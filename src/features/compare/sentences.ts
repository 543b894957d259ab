import {
  formatPercent,
  formatSignedPercent,
  formatThroughput,
  formatTokPerSecPerUser,
  formatUsd,
} from '../../domain/format.ts';
import type { Comparison, SideComparison, SideMetrics, SideOutOfRange } from '../../math/compare.ts';
import { TIE_FRACTION, type RelativeDelta } from '../../math/delta.ts';
import { bandLabelBounds } from '../../math/band.ts';
import type { Band, Range, Side } from '../../math/types.ts';
import type { MetricDefinition } from '../../domain/metrics.ts';
import type { MatchedCrossover } from './matched-crossover.ts';
import type { MetricReading } from './metric-reading.ts';

/** Everything `describeTarget` needs; all numbers come from the engine, unrounded. */
export interface DescribeTargetInput {
  labelA: string;
  labelB: string;
  /** Interactivity target (tok/s/user) the comparison was made at. */
  target: number;
  band: Band;
  comparison: Comparison;
  crossovers: readonly MatchedCrossover[];
  /** The metric the page shows and its reading at the target; stated when it is not throughput or cost. */
  selected?: { metric: MetricDefinition; reading: MetricReading };
}

type Labels = Record<Side, string>;

const UNIT_USER = 'tok/s/user';

function possessive(label: string): string {
  return label.endsWith('s') ? `${label}'` : `${label}'s`;
}

function user(x: number, decimals?: number): string {
  return `${formatTokPerSecPerUser(x, decimals)} ${UNIT_USER}`;
}

/** "3–76 tok/s/user" from the whole-number label bounds, or the raw bounds if none exist. */
function bandText(band: { lo: number; hi: number }): string {
  const bounds = bandLabelBounds({ kind: 'overlap', ...band });
  const lo = bounds ? formatTokPerSecPerUser(bounds.lo) : formatTokPerSecPerUser(band.lo, 2);
  const hi = bounds ? formatTokPerSecPerUser(bounds.hi) : formatTokPerSecPerUser(band.hi, 2);
  return `${lo}–${hi} ${UNIT_USER}`;
}

/** "near the low end of the 3–76 tok/s/user band", by thirds of the band. */
function positionText(target: number, band: { lo: number; hi: number }): string {
  if (band.hi === band.lo) return `the only interactivity both sides reach`;
  const fraction = (target - band.lo) / (band.hi - band.lo);
  const where =
    fraction < 1 / 3 ? 'near the low end' : fraction <= 2 / 3 ? 'around the middle' : 'toward the upper edge';
  return `${where} of the ${bandText(band)} band`;
}

/** "Off delivers 4342.7 tok/s/GPU vs MTP's 2232.0 (Off +94.6%)" or the tie wording. */
function throughputClause(a: SideMetrics, b: SideMetrics, delta: RelativeDelta | undefined, labels: Labels): string {
  if (delta === undefined || delta.winner === 'tie') {
    return `${labels.A} and ${labels.B} are within ${formatPercent(TIE_FRACTION)} of each other at ${formatThroughput(a.tokPerSecPerGpu)} vs ${formatThroughput(b.tokPerSecPerGpu)} tok/s/GPU`;
  }
  const [w, l] = delta.winner === 'A' ? [a, b] : [b, a];
  const loser = delta.winner === 'A' ? labels.B : labels.A;
  const winner = labels[delta.winner];
  return `${winner} delivers ${formatThroughput(w.tokPerSecPerGpu)} tok/s/GPU vs ${possessive(loser)} ${formatThroughput(l.tokPerSecPerGpu)} (${winner} ${formatSignedPercent(delta.magnitudeFraction)})`;
}

/** The saving as a whole percent; a saving that rounds to 100% but is not total reads "more than 99%". */
export function lessPercent(fraction: number): string {
  const text = formatPercent(fraction);
  return text === '100%' && fraction < 1 ? 'more than 99%' : text;
}

/** " and costs 49% less per million tokens ($0.095 vs $0.184)" and its variants. */
function costClause(a: SideMetrics, b: SideMetrics, comparison: Comparison, labels: Labels): string {
  const cost = comparison.deltas.usdPerMillionTokens;
  if (cost === undefined) return '';
  const lead = comparison.deltas.tokPerSecPerGpu?.winner ?? 'tie';
  if (cost.winner === 'tie') {
    const [first, second] = lead === 'B' ? [b, a] : [a, b];
    return `, at about the same cost per million tokens (${formatUsd(first.usdPerMillionTokens)} vs ${formatUsd(second.usdPerMillionTokens)})`;
  }
  const [w, l] = cost.winner === 'A' ? [a, b] : [b, a];
  const amounts = `(${formatUsd(w.usdPerMillionTokens)} vs ${formatUsd(l.usdPerMillionTokens)})`;
  const less = `costs ${lessPercent(cost.magnitudeFraction)} less per million tokens ${amounts}`;
  if (cost.winner === lead) return ` and ${less}`;
  return lead === 'tie' ? `; ${labels[cost.winner]} ${less}` : `, but ${labels[cost.winner]} ${less}`;
}

/** Metrics the sentence always states; a selected one of them adds nothing. */
const ALWAYS_STATED = new Set(['throughput', 'cost']);

/**
 * " Off costs 48% less per million output tokens ($0.100 vs $0.193)." for the selected
 * metric, "delivers X% more" when higher is better; '' when it is throughput or cost (stated
 * already), neutral, measured only, or a side has no value.
 */
function selectedSentence(selected: DescribeTargetInput['selected'], labels: Labels): string {
  if (!selected || ALWAYS_STATED.has(selected.metric.key)) return '';
  const { metric, reading } = selected;
  const words = metric.inWords;
  if (!words || !reading.delta || reading.a === null || reading.b === null) return '';
  const unit = metric.unit.startsWith('$') ? '' : ` ${metric.unit}`;
  const amounts = (first: number, second: number) =>
    `(${metric.formatEstimate(first)} vs ${metric.formatEstimate(second)}${unit})`;
  const delta = reading.delta;
  if (delta.winner === 'tie') {
    return ` ${labels.A} and ${labels.B} are within ${formatPercent(TIE_FRACTION)} of each other on ${metric.label} ${amounts(reading.a, reading.b)}.`;
  }
  const [w, l] = delta.winner === 'A' ? [reading.a, reading.b] : [reading.b, reading.a];
  const size =
    delta.wording === 'more'
      ? `${formatPercent(delta.magnitudeFraction)} more`
      : `${lessPercent(delta.magnitudeFraction)} less`;
  return ` ${labels[delta.winner]} ${words.verb} ${size} ${words.noun} ${amounts(w, l)}.`;
}

/** Crossovers closer than this (tok/s/user) to the target are described as "here". */
const SAME_POINT = 0.01;

/** "between 12.40 and 31.20 tok/s/user" or "above 31.20 tok/s/user" / "below …". */
function span(from: MatchedCrossover | undefined, to: MatchedCrossover | undefined): string {
  const x = (c: MatchedCrossover) => formatTokPerSecPerUser(c.tokPerSecPerUser, 2);
  if (from && to) return `between ${x(from)} and ${x(to)} ${UNIT_USER}`;
  return from ? `above ${x(from)} ${UNIT_USER}` : `below ${x(to!)} ${UNIT_USER}`;
}

/**
 * " MTP wins above 31.20 tok/s/user." — the nearest crossover on each side of the target
 * (bounded by the next one, if any), or the crossing at the target itself.
 */
function crossoverSentence(target: number, crossovers: readonly MatchedCrossover[], labels: Labels): string {
  const here = crossovers.find((c) => Math.abs(c.tokPerSecPerUser - target) <= SAME_POINT);
  if (here) {
    const at = formatTokPerSecPerUser(here.tokPerSecPerUser, 2);
    return ` The throughput curves cross at ${at} ${UNIT_USER}: ${labels[here.winnerBelow]} wins below, ${labels[here.winnerAbove]} above.`;
  }
  const above = crossovers.findIndex((c) => c.tokPerSecPerUser > target);
  const belowIndex = (above === -1 ? crossovers.length : above) - 1;
  const parts: { label: string; span: string }[] = [];
  const below = crossovers[belowIndex];
  if (below) parts.push({ label: labels[below.winnerBelow], span: span(crossovers[belowIndex - 1], below) });
  const next = above === -1 ? undefined : crossovers[above];
  if (next) parts.push({ label: labels[next.winnerAbove], span: span(next, crossovers[above + 1]) });
  const [first, second] = parts;
  if (!first) return '';
  if (!second) return ` ${first.label} wins ${first.span}.`;
  if (first.label === second.label) return ` ${first.label} wins ${first.span} and ${second.span}.`;
  return ` ${first.label} wins ${first.span}; ${second.label} wins ${second.span}.`;
}

/** Why one side has no value at the target, as a clause. */
function outOfRangeClause(label: string, side: SideOutOfRange, target: number): string {
  switch (side.reason) {
    case 'above-range':
      return `${label} has no measured configuration reaching ${user(target)}`;
    case 'below-range': {
      const slowest = side.domain ? ` (its slowest is ${user(side.domain[0])})` : '';
      return `${label} has no measured configuration at or below ${user(target)}${slowest}`;
    }
    case 'no-frontier':
      return `${label} has no valid measured points`;
    case 'invalid-target':
      return `${label} cannot be evaluated at a target that is not a number`;
  }
}

/** "Off delivers 554.9 tok/s/GPU at $0.741 per million tokens" for a lone in-range side. */
function loneSideClause(label: string, side: SideMetrics): string {
  const cost = side.usdPerMillionTokens === null ? '' : ` at ${formatUsd(side.usdPerMillionTokens)} per million tokens`;
  return `${label} delivers ${formatThroughput(side.tokPerSecPerGpu)} tok/s/GPU${cost}`;
}

function rangeText(label: string, range: Range | null): string {
  if (range === null) return `${label} has no valid measured points`;
  return `${label} ${formatTokPerSecPerUser(range[0])}–${user(range[1])}`;
}

/** Sentence when at least one side has no value at the target. */
function partialSentence(input: DescribeTargetInput, labels: Labels): string {
  const { target, band, comparison } = input;
  const sides: [string, SideComparison][] = [
    [labels.A, comparison.a],
    [labels.B, comparison.b],
  ];
  const where = band.kind === 'overlap' ? `, outside the ${bandText(band)} band` : '';
  const { a, b } = comparison;
  if (a.status !== 'in-range' && b.status !== 'in-range' && a.reason === b.reason && a.reason === 'above-range') {
    return `At ${user(target)}${where}, neither ${labels.A} nor ${labels.B} has a measured configuration reaching it.`;
  }
  const clauses = sides.map(([label, side]) =>
    side.status === 'in-range' ? loneSideClause(label, side) : outOfRangeClause(label, side, target),
  );
  return `At ${user(target)}${where}, ${clauses.join('; ')}.`;
}

/**
 * One deterministic English sentence (or two) describing the comparison at `target`:
 * position in the band (by thirds: "near the low end", "around the middle", "toward the
 * upper edge"), both sides' tok/s/GPU with the winner's advantage, the cost per million
 * tokens as "costs X% less" (never "X% cheaper"; X < 100 by construction, and a saving that
 * would round to 100% reads "more than 99%"), and the nearest
 * throughput crossover on each side of the target ("MTP wins above 31.20 tok/s/user"). A
 * selected metric other than throughput and cost adds its own comparison ("Off uses 48% less
 * energy per token (1.19 vs 2.29 J/tok)"), worded by its registry record.
 * Out-of-range sides are stated as such ("MTP has no measured configuration reaching
 * 80 tok/s/user"); a `none` band says the sides share no interactivity range.
 * All numbers go through `src/domain/format.ts`; percentages come from unrounded values.
 */
export function describeTarget(input: DescribeTargetInput): string {
  const { labelA, labelB, target, band, comparison } = input;
  const labels: Labels = { A: labelA, B: labelB };
  if (!Number.isFinite(target)) return `No comparison: the requested interactivity is not a number.`;
  const { a, b } = comparison;
  if (band.kind === 'none') {
    const ranges = `${rangeText(labelA, band.a)}, ${rangeText(labelB, band.b)}`;
    const lead = `${labelA} and ${labelB} share no interactivity range (${ranges}), so they cannot be compared at matched interactivity.`;
    return a.status === 'in-range' || b.status === 'in-range' ? `${lead} ${partialSentence(input, labels)}` : lead;
  }
  if (a.status !== 'in-range' || b.status !== 'in-range') return partialSentence(input, labels);
  const throughput = throughputClause(a, b, comparison.deltas.tokPerSecPerGpu, labels);
  const cost = costClause(a, b, comparison, labels);
  const crossing = crossoverSentence(target, input.crossovers, labels);
  const selected = selectedSentence(input.selected, labels);
  return `At ${user(target)}, ${positionText(target, band)}, ${throughput}${cost}.${selected}${crossing}`;
}
