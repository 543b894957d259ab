import { METRICS } from '../../domain/metrics';
import { rankedCsv, matrixCsv } from './rank-csv';
import { buildLeader } from './rank-leader';
import { buildMatrix } from './rank-matrix';
import { applyBaseline, rankRows } from './rank-ranking';
import { groupRows, orderingOf } from './rank-rows';
import { rankSentences } from './rank-sentences';
import { chooseTarget } from './rank-target';
import type { RankInput, RankModel } from './rank-types';

/** A text built on its first call and kept (a CSV is wanted only when downloaded). */
function once(build: () => string): () => string {
  let text: string | null = null;
  return () => (text ??= build());
}

/**
 * The ranking page's model (see rank-types.ts): series grouped into rows by `input.by`, each
 * row's value at the target the best among its series that reach it (frontier and spline per
 * series, nothing between series, nothing extrapolated), ranked by the metric's direction;
 * the baseline and each row's percentage against it; the sentences; the matrix over
 * interactivity buckets; the leader across interactivity; and both CSVs (each built on its
 * first call: a switch builds neither). Pure.
 *
 * A neutral metric (concurrency) is shown but ranked by throughput; a measured-only one
 * (latency) has no value at the target, and rows that reach it are ranked by their best
 * measured point at or above it (`ordering` says which, and the first sentence says so).
 */
export function buildRankModel(input: RankInput): RankModel {
  const metric = METRICS[input.metric];
  const groups = groupRows(input);
  // Your data never moves the default target: the page's link states the same target without it.
  const choice = chooseTarget(
    groups.filter((g) => !g.own),
    input.target,
  );
  const ranked = rankRows(groups, metric, choice.target);
  const { baseline, problem } = applyBaseline(ranked, metric, input.base, choice.target);
  const matrix = buildMatrix(ranked, metric, baseline, input.bucketStep);
  return {
    metric,
    ordering: orderingOf(metric),
    target: choice.target,
    targetSource: choice.source,
    targetWhy: choice.why,
    rows: ranked.map((r) => r.row),
    baseline: baseline?.row ?? null,
    baseProblem: problem,
    sentences: rankSentences(groups, ranked, metric, choice.target),
    matrix,
    leader: buildLeader(ranked, metric),
    csv: {
      ranked: once(() => rankedCsv(ranked, metric, choice.target, baseline)),
      matrix: once(() => matrixCsv(matrix)),
    },
  };
}
