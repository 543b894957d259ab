import { METRICS, type MetricDefinition } from '../../domain/metrics';
import { rankRows, type Ranked } from './rank-ranking';
import { orderingOf, type RowGroup } from './rank-rows';
import { user, valueText, versusWords } from './rank-words';

function config(r: Ranked): string {
  return r.row.best ? ` (${r.row.best.seriesLabel})` : '';
}

/** "At 40 tok/s/user, GB300 leads on Throughput / GPU with 6854.2 tok/s/GPU (…), delivers 12.3% more than B300 (6100.0 tok/s/GPU)." */
function leaderSentence(rows: readonly Ranked[], metric: MetricDefinition, target: number): string {
  const ranked = rows.filter((r) => r.row.rank !== null);
  const [first, second] = ranked;
  if (!first) return `No setup has a ${metric.label} value at ${user(target)}.`;
  const measured = orderingOf(metric) === 'measured-at-least';
  const value = (r: Ranked) =>
    measured
      ? `${valueText(metric, r.order!, true)} measured at ${user(r.row.atLeast!.tokPerSecPerUser, 2)}`
      : valueText(metric, r.order!);
  const lead = `At ${user(target)}, ${first.row.label} leads on ${metric.label} with ${value(first)}${config(first)}`;
  if (!second) return `${lead}, the only setup with a value there.`;
  const versus = versusWords(first.order!, second.order!, metric, second.row.label);
  const words = versus === null ? `is followed by ${second.row.label}` : versus.words.replace(/^tied/, 'is tied');
  return `${lead}; it ${words} (${value(second)}).`;
}

/** The leader of another metric at the target, when it is not the selected metric's leader. */
function otherLeader(
  groups: readonly RowGroup[],
  key: 'cost' | 'tok-per-mw',
  metric: MetricDefinition,
  leaderId: string | undefined,
  target: number,
): string | null {
  if (metric.key === key || (key === 'tok-per-mw' && metric.key === 'joules-per-token')) return null;
  const other = METRICS[key];
  const top = rankRows(groups, other, target)[0];
  if (!top || top.row.rank === null || top.row.id === leaderId) return null;
  const what = key === 'cost' ? 'the cheapest per million tokens' : 'the most efficient per megawatt';
  return `${top.row.label} is ${what} there: ${valueText(other, top.order!)}${config(top)}.`;
}

/**
 * The page's sentences at the target: who leads on the metric and by how much over the next;
 * who is cheapest per million tokens and who is most efficient per MW there, each when that
 * differs from the leader; for a neutral or measured-only metric, first how rows are ordered.
 */
export function rankSentences(
  groups: readonly RowGroup[],
  rows: readonly Ranked[],
  metric: MetricDefinition,
  target: number,
): string[] {
  const sentences: string[] = [];
  const ordering = orderingOf(metric);
  if (ordering === 'measured-at-least') {
    sentences.push(
      `${metric.label} is measured only, never interpolated between measured points: setups that reach ${user(target)} are ranked by their best ${metric.label.toLowerCase()} measured at or above it (the "at least" reading), and show no value at the target itself.`,
    );
  }
  if (ordering === 'throughput') {
    sentences.push(
      `${metric.label} is neither better nor worse: setups are ranked by throughput at ${user(target)}, and the ${metric.label.toLowerCase()} shown is that of their best-throughput series there.`,
    );
  }
  sentences.push(leaderSentence(rows, ordering === 'throughput' ? METRICS.throughput : metric, target));
  const leaderId = rows[0]?.row.rank !== null ? rows[0]?.row.id : undefined;
  for (const key of ['cost', 'tok-per-mw'] as const) {
    const sentence = otherLeader(groups, key, metric, leaderId, target);
    if (sentence) sentences.push(sentence);
  }
  sentences.push(...ownSentences(rows, metric, target));
  return sentences;
}

/**
 * Where each of your rows stands: "mine · your data ranks 3 of 12 at 50 tok/s/user with
 * 1234.5 tok/s/GPU; it delivers 4.0% more than B200.", or why it is not ranked there.
 */
function ownSentences(rows: readonly Ranked[], metric: MetricDefinition, target: number): string[] {
  const ordering = orderingOf(metric);
  const ordered = ordering === 'throughput' ? METRICS.throughput : metric;
  const count = rows.filter((r) => r.row.rank !== null).length;
  return rows
    .filter((r) => r.row.own)
    .map(({ row, order }) => {
      if (!row.inRange) return `${row.label} is not ranked at ${user(target)}: it ${row.reachText}.`;
      if (row.rank === null || order === null) {
        return `${row.label} reaches ${user(target)} but has no ${metric.label} value there.`;
      }
      const measured = ordering === 'measured-at-least';
      const value = `${valueText(ordered, order, measured)}${measured ? ` measured at ${user(row.atLeast!.tokPerSecPerUser, 2)}` : ''}`;
      const versus = row.vsBase ? `; it ${row.vsBase.words.replace(/^tied/, 'is tied')}` : '';
      return `${row.label} ranks ${row.rank} of ${count} at ${user(target)} with ${value}${versus}.`;
    });
}
