import { SPEC_METHOD_KEYS, type SequenceKey, type SpecMethod } from '../data/schema';
import { parseTargetList } from '../math';
import { isMetricKey, isXAxisKey, type MetricKey, type XAxisKey } from '../domain/metrics';
import { inUniverseOrder, parseSeriesToken, sameSeries, seriesToken, type SeriesKey } from './inference-series-key';
import type { ParamDef } from './url-params';
import { isIsoDate } from '../domain/runs';

/**
 * Every query parameter a page can use, defined once: its reading (with the words of its
 * correction), its link form and its default. A page composes the ones it uses
 * (`src/state/pages/*`). Each factory names the selection field it owns and, where the
 * choices depend on the data, how to find them in the page's availability.
 */

/** The cost and power choices every page offers (from gpu-specs.json). */
export interface CostChoices {
  tiers: string[];
  defaultTier: string;
  costSets: string[];
  defaultCostSet: string;
}

export interface SequenceChoices {
  sequences: SequenceKey[];
  defaultSequence: SequenceKey;
}

export const MAX_USD_PER_GPU_HOUR = 1000;

type Def<S, C> = ParamDef<S, C>;

/** `seq`: one of the sequences `choices` offers; `missing` says why another is refused. */
export function sequenceParam<S extends { sequence: SequenceKey }, C>(
  choices: (selection: S, available: C) => SequenceChoices,
  missing: string,
): Def<S, C> {
  return {
    name: 'seq',
    fallback: (s, c) => {
      s.sequence = choices(s, c).defaultSequence;
    },
    read: (raw, s, c) => {
      const { sequences, defaultSequence } = choices(s, c);
      const found = sequences.find((q) => q === raw);
      if (!found) return `sequence "${raw}" ${missing}; showing ${defaultSequence}`;
      s.sequence = found;
      return null;
    },
    write: (s) => s.sequence,
  };
}

/** `metric`: any metric of the registry; throughput by default. */
export function metricParam<S extends { metric: MetricKey }, C>(): Def<S, C> {
  return {
    name: 'metric',
    fallback: (s) => {
      s.metric = 'throughput';
    },
    read: (raw, s) => {
      if (!isMetricKey(raw)) return `"${raw}" is not a metric; showing throughput`;
      s.metric = raw;
      return null;
    },
    write: (s) => s.metric,
  };
}

/** `x`: the inference chart's x axis; interactivity by default. */
export function xAxisParam<S extends { xAxis: XAxisKey }, C>(): Def<S, C> {
  return {
    name: 'x',
    fallback: (s) => {
      s.xAxis = 'interactivity';
    },
    read: (raw, s) => {
      if (!isXAxisKey(raw)) return `"${raw}" is not an x axis; showing interactivity`;
      s.xAxis = raw;
      return null;
    },
    write: (s) => s.xAxis,
  };
}

/** A yes/no parameter written as one word (`scale=log`, `frontier=only`); off by default. */
function flagParam<S, C>(
  name: string,
  field: { get: (s: S) => boolean; set: (s: S, on: boolean) => void },
  words: { on: string; off: string },
  refused: (raw: string) => string,
): Def<S, C> {
  return {
    name,
    fallback: (s) => field.set(s, false),
    read: (raw, s) => {
      if (raw !== words.on && raw !== words.off) return refused(raw);
      field.set(s, raw === words.on);
      return null;
    },
    write: (s) => (field.get(s) ? words.on : words.off),
  };
}

export function scaleParam<S extends { logScale: boolean }, C>(): Def<S, C> {
  return flagParam<S, C>(
    'scale',
    { get: (s) => s.logScale, set: (s, on) => (s.logScale = on) },
    { on: 'log', off: 'linear' },
    (raw) => `scale "${raw}" is unknown; showing a linear scale`,
  );
}

export function frontierOnlyParam<S extends { frontierOnly: boolean }, C>(): Def<S, C> {
  return flagParam<S, C>(
    'frontier',
    { get: (s) => s.frontierOnly, set: (s, on) => (s.frontierOnly = on) },
    { on: 'only', off: 'all' },
    (raw) => `"${raw}" is not "only" or "all"; showing every point`,
  );
}

export function tierParam<S extends { tier: string }, C extends CostChoices>(): Def<S, C> {
  return {
    name: 'tier',
    fallback: (s, c) => {
      s.tier = c.defaultTier;
    },
    read: (raw, s, c) => {
      if (!c.tiers.includes(raw)) return `cost tier "${raw}" is unknown; showing ${c.defaultTier}`;
      s.tier = raw;
      return null;
    },
    write: (s) => s.tier,
  };
}

export function costSetParam<S extends { costSet: string }, C extends CostChoices>(): Def<S, C> {
  return {
    name: 'costs',
    fallback: (s, c) => {
      s.costSet = c.defaultCostSet;
    },
    read: (raw, s, c) => {
      if (!c.costSets.includes(raw)) return `cost and power set "${raw}" is unknown; using set ${c.defaultCostSet}`;
      s.costSet = raw;
      return null;
    },
    write: (s) => s.costSet,
  };
}

/** A $/GPU-hour typed by a person: up to 4 digits and 3 decimals, in (0, 1000]; null otherwise. */
export function parseUsdPerGpuHour(value: string): number | null {
  if (!/^\d{1,4}(\.\d{1,3})?$/.test(value.trim())) return null;
  const usd = Number(value);
  return usd > 0 && usd <= MAX_USD_PER_GPU_HOUR ? usd : null;
}

/** `usd`: the user's own price for every GPU, overriding the tier; none by default. */
export function customPriceParam<S extends { usdPerGpuHour: number | null }, C>(): Def<S, C> {
  return {
    name: 'usd',
    fallback: (s) => {
      s.usdPerGpuHour = null;
    },
    read: (raw, s) => {
      const usd = parseUsdPerGpuHour(raw);
      if (usd === null)
        return `$/GPU-hour must be a number above 0 and at most ${MAX_USD_PER_GPU_HOUR}; using the tier's prices`;
      s.usdPerGpuHour = usd;
      return null;
    },
    write: (s) => (s.usdPerGpuHour === null ? null : String(Math.round(s.usdPerGpuHour * 1000) / 1000)),
  };
}

/** `engine`: one engine to compare like with like; every engine pooled by default. */
export function engineParam<S extends { engine: string | null }, C>(
  engines: (selection: S, available: C) => readonly string[],
): Def<S, C> {
  return {
    name: 'engine',
    fallback: (s) => {
      s.engine = null;
    },
    read: (raw, s, c) => {
      if (!engines(s, c).includes(raw)) return `engine "${raw}" has no runs for this workload; pooling all engines`;
      s.engine = raw;
      return null;
    },
    write: (s) => s.engine,
  };
}

const formatTarget = (t: number) => String(Math.round(t * 100) / 100);

/**
 * `at`: pinned targets; null means the band's defaults. `applies` says whether targets mean
 * anything in the selection read so far (on the inference chart, only with two series picked).
 */
export function targetsParam<S extends { targets: number[] | null }, C>(
  applies: (selection: S) => string | null = () => null,
): Def<S, C> {
  return {
    name: 'at',
    fallback: (s) => {
      s.targets = null;
    },
    read: (raw, s) => {
      const notApplicable = applies(s);
      if (notApplicable) return notApplicable;
      // The link's rule (count, numbers, repeats); whether they lie in the band is the engine's check.
      const parsed = parseTargetList(raw);
      if (!parsed.ok) return `${parsed.reason[0]!.toLowerCase()}${parsed.reason.slice(1)}; using the defaults`;
      s.targets = parsed.targets;
      return parsed.rounded
        ? `targets are kept to 0.01 tok/s/user: ${parsed.targets.map(formatTarget).join(', ')}`
        : null;
    },
    write: (s) => (s.targets && applies(s) === null ? s.targets.map(formatTarget).join(',') : null),
  };
}

/** `prec` on the inference chart: the precisions shown, in the data's order; all by default. */
export function shownPrecisionsParam<S extends { precisions: string[] }, C>(
  all: (selection: S, available: C) => readonly string[],
): Def<S, C> {
  return {
    name: 'prec',
    fallback: (s, c) => {
      s.precisions = [...all(s, c)];
    },
    read: (raw, s, c) => {
      const wanted = raw.split(',').filter(Boolean);
      const precisions = all(s, c);
      const known = precisions.filter((p) => wanted.includes(p));
      const unknown = wanted.filter((p) => !precisions.includes(p));
      if (known.length > 0) s.precisions = known;
      if (unknown.length === 0 && known.length > 0) return null;
      return known.length > 0
        ? `precision ${unknown.join(', ')} is not in this model's data; ignored`
        : `no known precision in "${raw}"; showing all precisions`;
    },
    write: (s) => s.precisions.join(','),
  };
}

/** `prec` on a comparison page: other precisions drawn on the chart besides the page's own; none by default. */
export function extraPrecisionsParam<S extends { extraPrecisions: string[] }, C>(
  others: (selection: S, available: C) => readonly string[],
): Def<S, C> {
  return {
    name: 'prec',
    fallback: (s) => {
      s.extraPrecisions = [];
    },
    read: (raw, s, c) => {
      const wanted = raw.split(',').filter(Boolean);
      const available = others(s, c);
      s.extraPrecisions = available.filter((p) => wanted.includes(p));
      const unknown = wanted.filter((p) => !available.includes(p));
      return unknown.length > 0 ? `precision ${unknown.join(', ')} is not available to add here; ignored` : null;
    },
    write: (s) => (s.extraPrecisions.length > 0 ? s.extraPrecisions.join(',') : null),
  };
}

/** `model`: one of the data's models; the first by default. */
export function modelParam<S extends { model: string }, C>(
  choices: (available: C) => { models: readonly string[]; defaultModel: string },
): Def<S, C> {
  return {
    name: 'model',
    fallback: (s, c) => {
      s.model = choices(c).defaultModel;
    },
    read: (raw, s, c) => {
      const { models, defaultModel } = choices(c);
      if (!models.includes(raw)) return `no model "${raw}" in the data; showing ${defaultModel}`;
      s.model = raw;
      return null;
    },
    write: (s) => s.model,
  };
}

/** `hide`: series the user hid, in universe order; none by default. */
export function hiddenSeriesParam<S extends { hidden: SeriesKey[] }, C>(
  universe: (selection: S, available: C) => readonly SeriesKey[],
): Def<S, C> {
  return {
    name: 'hide',
    fallback: (s) => {
      s.hidden = [];
    },
    read: (raw, s, c) => {
      const all = universe(s, c);
      const parsed = raw
        .split(',')
        .filter(Boolean)
        .map((token) => parseSeriesToken(token, all));
      s.hidden = inUniverseOrder(
        parsed.flatMap((p) => (p.key ? [p.key] : [])),
        all,
      );
      const problems = parsed.flatMap((p) => (p.problem ? [p.problem] : []));
      return problems.length > 0 ? `${problems.join('; ')}; left visible` : null;
    },
    write: (s, c) => {
      const all = universe(s, c);
      return s.hidden.length > 0 ? s.hidden.map((k) => seriesToken(k, all)).join(',') : null;
    },
  };
}

/** `a` or `b`: a series compared at matched interactivity; `b` may not repeat `a`. */
export function comparedSeriesParam<S extends { compareA: SeriesKey | null; compareB: SeriesKey | null }, C>(
  side: 'a' | 'b',
  universe: (selection: S, available: C) => readonly SeriesKey[],
): Def<S, C> {
  const field = side === 'a' ? 'compareA' : 'compareB';
  return {
    name: side,
    fallback: (s) => {
      s[field] = null;
    },
    read: (raw, s, c) => {
      const parsed = parseSeriesToken(raw, universe(s, c));
      if (!parsed.key) return `${parsed.problem}; nothing compared`;
      if (side === 'b' && s.compareA && sameSeries(s.compareA, parsed.key))
        return `a series cannot be compared with itself; pick another`;
      s[field] = parsed.key;
      return null;
    },
    write: (s, c) => {
      const key = s[field];
      return key ? seriesToken(key, universe(s, c)) : null;
    },
  };
}

/** `at` on the ranking page: one target in tok/s/user; null lets the page choose (what most setups reach). */
export function singleTargetParam<S extends { target: number | null }, C>(): Def<S, C> {
  return {
    name: 'at',
    fallback: (s) => {
      s.target = null;
    },
    read: (raw, s) => {
      const parsed = parseTargetList(raw);
      if (!parsed.ok || parsed.targets.length !== 1) {
        const why = parsed.ok ? 'give one target' : parsed.reason;
        return `${why[0]!.toLowerCase()}${why.slice(1)} (one tok/s/user value); using the default target`;
      }
      s.target = parsed.targets[0]!;
      return parsed.rounded ? `the target is kept to 0.01 tok/s/user: ${formatTarget(s.target)}` : null;
    },
    write: (s) => (s.target === null ? null : formatTarget(s.target)),
  };
}

/** `by`: what the ranking groups series into; one row per GPU by default. */
export function groupingParam<S extends { by: 'gpu' | 'engine' | 'series' }, C>(): Def<S, C> {
  const ways = ['gpu', 'engine', 'series'] as const;
  return {
    name: 'by',
    fallback: (s) => {
      s.by = 'gpu';
    },
    read: (raw, s) => {
      const found = ways.find((w) => w === raw);
      if (!found) return `"${raw}" is not a grouping (gpu, engine or series); one row per GPU`;
      s.by = found;
      return null;
    },
    write: (s) => s.by,
  };
}

/** `base`: the row percentages are stated against; `ids` are the rows the grouping can have. The leader by default. */
export function baselineParam<S extends { base: string | null }, C>(
  ids: (selection: S, available: C) => readonly string[],
): Def<S, C> {
  return {
    name: 'base',
    fallback: (s) => {
      s.base = null;
    },
    read: (raw, s, c) => {
      if (!ids(s, c).includes(raw)) return `no setup "${raw}" in this grouping; percentages are against the leader`;
      s.base = raw;
      return null;
    },
    write: (s) => s.base,
  };
}

export const MAX_BUCKET_STEP = 500;

/** `step`: the matrix's bucket width in tok/s/user, 10 by default. */
export function bucketStepParam<S extends { bucketStep: number }, C>(): Def<S, C> {
  return {
    name: 'step',
    fallback: (s) => {
      s.bucketStep = 10;
    },
    read: (raw, s) => {
      const step = /^\d{1,3}(\.\d{1,2})?$/.test(raw.trim()) ? Number(raw) : Number.NaN;
      if (!(step >= 1 && step <= MAX_BUCKET_STEP))
        return `the bucket step must be a number from 1 to ${MAX_BUCKET_STEP} tok/s/user; using 10`;
      s.bucketStep = step;
      return null;
    },
    write: (s) => String(s.bucketStep),
  };
}

/**
 * The quick filters of the inference and ranking pages: each null means "all". `vendor` is a
 * lower-case vendor key (`amd`, `nvidia`), `engine` an engine key, `spec` a spec method and
 * `disagg` whether the deployment splits prefill and decode.
 */
export interface QuickFilters {
  vendor: string | null;
  engine: string | null;
  spec: SpecMethod | null;
  disagg: boolean | null;
}

export const NO_FILTERS: QuickFilters = { vendor: null, engine: null, spec: null, disagg: null };

/** What the vendor and engine filters may choose from (see `filterChoices` in availability.ts). */
export interface FilterChoices {
  /** Lower-case vendor keys, in manifest order. */
  vendors: readonly string[];
  engines: readonly string[];
}

type Reading<T> = { value: T; problem?: undefined } | { value?: undefined; problem: string };

/** One quick filter: absent means all; each parameter sets only its own filter. */
function quickFilterParam<S extends { filters: QuickFilters }, C, K extends keyof QuickFilters>(
  name: string,
  field: K,
  parse: (raw: string, available: C, selection: S) => Reading<NonNullable<QuickFilters[K]>>,
  write: (value: NonNullable<QuickFilters[K]>) => string,
): Def<S, C> {
  const set = (s: S, value: QuickFilters[K]) => {
    // A new object each time: the selection being built is a shallow copy of another.
    s.filters = { ...NO_FILTERS, ...s.filters, [field]: value };
  };
  return {
    name,
    fallback: (s) => set(s, null as QuickFilters[K]),
    read: (raw, s, c) => {
      const reading = parse(raw, c, s);
      if (reading.problem !== undefined) return reading.problem;
      set(s, reading.value);
      return null;
    },
    write: (s) => {
      const value = s.filters?.[field] ?? null;
      return value === null ? null : write(value as NonNullable<QuickFilters[K]>);
    },
  };
}

/** `vendor`: only the GPUs of one vendor (`amd`, `nvidia`); every vendor by default. */
export function vendorFilterParam<S extends { filters: QuickFilters }, C>(
  choices: (selection: S, available: C) => FilterChoices,
): Def<S, C> {
  return quickFilterParam<S, C, 'vendor'>(
    'vendor',
    'vendor',
    (raw, c, s) =>
      choices(s, c).vendors.includes(raw)
        ? { value: raw }
        : { problem: `vendor "${raw}" has no GPUs in this model's data; showing every vendor` },
    (v) => v,
  );
}

/** `engine` as a filter: only one engine's runs; every engine by default. */
export function engineFilterParam<S extends { filters: QuickFilters }, C>(
  choices: (selection: S, available: C) => FilterChoices,
): Def<S, C> {
  return quickFilterParam<S, C, 'engine'>(
    'engine',
    'engine',
    (raw, c, s) =>
      choices(s, c).engines.includes(raw)
        ? { value: raw }
        : { problem: `engine "${raw}" has no runs for this model; showing every engine` },
    (v) => v,
  );
}

/** `spec`: only runs with (`mtp`) or without (`none`) speculative decoding; both by default. */
export function specFilterParam<S extends { filters: QuickFilters }, C>(): Def<S, C> {
  return quickFilterParam<S, C, 'spec'>(
    'spec',
    'spec',
    (raw) => {
      const found = SPEC_METHOD_KEYS.find((k) => k === raw);
      return found
        ? { value: found }
        : { problem: `spec method "${raw}" is not ${SPEC_METHOD_KEYS.join(' or ')}; showing both` };
    },
    (v) => v,
  );
}

/** `disagg`: only disaggregated (`yes`) or single-deployment (`no`) runs; both by default. */
export function disaggFilterParam<S extends { filters: QuickFilters }, C>(): Def<S, C> {
  return quickFilterParam<S, C, 'disagg'>(
    'disagg',
    'disagg',
    (raw) =>
      raw === 'yes' || raw === 'no'
        ? { value: raw === 'yes' }
        : { problem: `disaggregated "${raw}" is not "yes" or "no"; showing both` },
    (v) => (v ? 'yes' : 'no'),
  );
}

/** The four quick filters, in their link order: `vendor`, `engine`, `spec`, `disagg`. */
export function quickFilterParams<S extends { filters: QuickFilters }, C>(
  choices: (selection: S, available: C) => FilterChoices,
): Def<S, C>[] {
  return [
    vendorFilterParam<S, C>(choices),
    engineFilterParam<S, C>(choices),
    specFilterParam<S, C>(),
    disaggFilterParam<S, C>(),
  ];
}

/** How the inference chart's legend groups series: every series, or each GPU's (or GPU × engine's) best. */
export type BestMode = 'all' | 'gpu' | 'engine';
const BEST_MODES: readonly BestMode[] = ['all', 'gpu', 'engine'];

/**
 * `best`: `gpu` or `engine` draws each group's best series; `all` draws every series. Its
 * default depends on the link: a link that names series (`hide`, `a` or `b`) shows every
 * series, as such links always did; any other shows the best per GPU. So the bare link stays
 * bare, old links keep their meaning, and `best` is written only when it differs from that.
 * Read after `hide`, `a` and `b`.
 */
export function bestParam<
  S extends { best: BestMode; hidden: readonly unknown[]; compareA: unknown; compareB: unknown },
  C,
>(): Def<S, C> {
  return {
    name: 'best',
    fallback: (s) => {
      s.best = defaultBestMode(s);
    },
    read: (raw, s) => {
      const found = BEST_MODES.find((m) => m === raw);
      if (!found) return `"${raw}" is not "gpu", "engine" or "all"; showing ${describeBest(defaultBestMode(s))}`;
      s.best = found;
      return null;
    },
    write: (s) => s.best,
  };
}

/** Best per GPU, unless the selection names series (hidden or compared): then every series. */
export function defaultBestMode(s: { hidden: readonly unknown[]; compareA: unknown; compareB: unknown }): BestMode {
  return s.hidden.length > 0 || s.compareA || s.compareB ? 'all' : 'gpu';
}

function describeBest(mode: BestMode): string {
  return mode === 'all'
    ? 'every series'
    : mode === 'gpu'
      ? 'the best series per GPU'
      : 'the best series per GPU and engine';
}

/**
 * A day parameter (`date` on the comparison, inference and ranking pages: "as of"; `from`
 * and `to` on /history). Any real calendar day in YYYY-MM-DD is kept as given (a day without a
 * run still means "the latest run on or before it"); anything else is refused and the field
 * keeps its default. `fallback` gives the default (null = the latest view) from the fields
 * read before it.
 */
export function dayParam<K extends string, S extends Record<K, string | null>, C>(
  name: string,
  field: K,
  fallback: (selection: S, available: C) => string | null,
  instead: string,
): Def<S, C> {
  return {
    name,
    fallback: (s, c) => {
      (s as Record<K, string | null>)[field] = fallback(s, c);
    },
    read: (raw, s) => {
      if (!isIsoDate(raw)) return `"${raw}" is not a day written YYYY-MM-DD; ${instead}`;
      (s as Record<K, string | null>)[field] = raw;
      return null;
    },
    write: (s) => s[field],
  };
}

/** `date`: show every configuration line's latest run on or before this day; none = the latest view. */
export function asOfParam<S extends { asOf: string | null }, C>(): Def<S, C> {
  return dayParam<'asOf', S, C>('date', 'asOf', () => null, 'showing the latest view');
}
