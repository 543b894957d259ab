import type { SequenceKey } from '../data/schema';
import { isMetricKey, isXAxisKey, type MetricKey, type XAxisKey } from '../domain/metrics';
import { inUniverseOrder, parseSeriesToken, sameSeries, seriesToken, type SeriesKey } from './inference-series-key';
import { parseTargets, TARGET_COUNT } from './spec-decode-url';
import { readKnownParams, type Correction } from './url-params';

/**
 * What the inference chart shows. Every field is in the query string, and only when it
 * differs from the default (`defaultInferenceSelection`).
 */
export interface InferenceSelection {
  model: string;
  sequence: SequenceKey;
  /** Precisions shown, in manifest order; all of the model's precisions is the default. */
  precisions: string[];
  metric: MetricKey;
  xAxis: XAxisKey;
  /** Series the user hid, in universe order. A series not measured for the current choices keeps its place here. */
  hidden: SeriesKey[];
  logScale: boolean;
  /** Only each series' frontier points are drawn. */
  frontierOnly: boolean;
  /** The two series compared at matched interactivity (A first); either may be unpicked. */
  compareA: SeriesKey | null;
  compareB: SeriesKey | null;
  /** Three interactivity targets (tok/s/user) for the compared pair; null means the band's defaults. */
  targets: number[] | null;
  tier: string;
  /** A user-entered price for every GPU, overriding the tier; null uses the tier. */
  usdPerGpuHour: number | null;
  costSet: string;
}

export interface InferenceModelAvailability {
  key: string;
  /** Sequences with a data file, in display order. */
  sequences: SequenceKey[];
  defaultSequence: SequenceKey;
  precisions: string[];
  /** Every series the model's data may hold (from the manifest), in display order. */
  series: SeriesKey[];
}

/** What the data offers; the parser corrects the URL against it. */
export interface InferenceAvailability {
  models: InferenceModelAvailability[];
  defaultModel: string;
  tiers: string[];
  defaultTier: string;
  costSets: string[];
  defaultCostSet: string;
}

export const MAX_USD_PER_GPU_HOUR = 1000;

export function modelAvailability(availability: InferenceAvailability, model: string): InferenceModelAvailability {
  return availability.models.find((m) => m.key === model) ?? availability.models[0]!;
}

/** The selection a bare link shows, or a model's defaults when `model` is given. */
export function defaultInferenceSelection(availability: InferenceAvailability, model?: string): InferenceSelection {
  const m = modelAvailability(availability, model ?? availability.defaultModel);
  return {
    model: m.key,
    sequence: m.defaultSequence,
    precisions: [...m.precisions],
    metric: 'throughput',
    xAxis: 'interactivity',
    hidden: [],
    logScale: false,
    frontierOnly: false,
    compareA: null,
    compareB: null,
    targets: null,
    tier: availability.defaultTier,
    usdPerGpuHour: null,
    costSet: availability.defaultCostSet,
  };
}

/** A $/GPU-hour typed by a person: up to 4 digits and 3 decimals, in (0, 1000]; null otherwise. */
export function parseUsdPerGpuHour(value: string): number | null {
  if (!/^\d{1,4}(\.\d{1,3})?$/.test(value.trim())) return null;
  const usd = Number(value);
  return usd > 0 && usd <= MAX_USD_PER_GPU_HOUR ? usd : null;
}

type Parser = (value: string, selection: InferenceSelection, context: InferenceContext) => string | null;

interface InferenceContext {
  availability: InferenceAvailability;
  model: InferenceModelAvailability;
}

function seriesParser(side: 'compareA' | 'compareB'): Parser {
  return (value, selection, { model }) => {
    const parsed = parseSeriesToken(value, model.series);
    if (!parsed.key) return `${parsed.problem}; nothing compared`;
    const other = side === 'compareB' ? selection.compareA : null;
    if (other && sameSeries(other, parsed.key)) return `a series cannot be compared with itself; pick another`;
    selection[side] = parsed.key;
    return null;
  };
}

/** Parsers in the order they run: the model first, since the rest is checked against it. */
const PARSERS: [string, Parser][] = [
  [
    'seq',
    (value, selection, { model }) => {
      const found = model.sequences.find((s) => s === value);
      if (!found) return `sequence "${value}" has no data for this model; showing ${model.defaultSequence}`;
      selection.sequence = found;
      return null;
    },
  ],
  [
    'prec',
    (value, selection, { model }) => {
      const wanted = value.split(',').filter(Boolean);
      const known = model.precisions.filter((p) => wanted.includes(p));
      const unknown = wanted.filter((p) => !model.precisions.includes(p));
      if (known.length > 0) selection.precisions = known;
      if (unknown.length === 0 && known.length > 0) return null;
      return known.length > 0
        ? `precision ${unknown.join(', ')} is not in this model's data; ignored`
        : `no known precision in "${value}"; showing all precisions`;
    },
  ],
  [
    'metric',
    (value, selection) => {
      if (!isMetricKey(value)) return `"${value}" is not a metric; showing throughput`;
      selection.metric = value;
      return null;
    },
  ],
  [
    'x',
    (value, selection) => {
      if (!isXAxisKey(value)) return `"${value}" is not an x axis; showing interactivity`;
      selection.xAxis = value;
      return null;
    },
  ],
  [
    'hide',
    (value, selection, { model }) => {
      const parsed = value
        .split(',')
        .filter(Boolean)
        .map((token) => parseSeriesToken(token, model.series));
      selection.hidden = inUniverseOrder(
        parsed.flatMap((p) => (p.key ? [p.key] : [])),
        model.series,
      );
      const problems = parsed.flatMap((p) => (p.problem ? [p.problem] : []));
      return problems.length > 0 ? `${problems.join('; ')}; left visible` : null;
    },
  ],
  [
    'scale',
    (value, selection) => {
      if (value !== 'log' && value !== 'linear') return `scale "${value}" is unknown; showing a linear scale`;
      selection.logScale = value === 'log';
      return null;
    },
  ],
  [
    'frontier',
    (value, selection) => {
      if (value !== 'only' && value !== 'all') return `"${value}" is not "only" or "all"; showing every point`;
      selection.frontierOnly = value === 'only';
      return null;
    },
  ],
  ['a', seriesParser('compareA')],
  ['b', seriesParser('compareB')],
  [
    'at',
    (value, selection) => {
      if (!selection.compareA || !selection.compareB) return `targets apply only to two compared series; ignored`;
      const targets = parseTargets(value);
      if (!targets) return `targets must be ${TARGET_COUNT} positive numbers separated by commas; using the defaults`;
      selection.targets = targets;
      return null;
    },
  ],
  [
    'tier',
    (value, selection, { availability }) => {
      if (!availability.tiers.includes(value))
        return `cost tier "${value}" is unknown; showing ${availability.defaultTier}`;
      selection.tier = value;
      return null;
    },
  ],
  [
    'usd',
    (value, selection) => {
      const usd = parseUsdPerGpuHour(value);
      if (usd === null)
        return `$/GPU-hour must be a number above 0 and at most ${MAX_USD_PER_GPU_HOUR}; using the tier's prices`;
      selection.usdPerGpuHour = usd;
      return null;
    },
  ],
  [
    'costs',
    (value, selection, { availability }) => {
      if (!availability.costSets.includes(value)) {
        return `cost and power set "${value}" is unknown; using set ${availability.defaultCostSet}`;
      }
      selection.costSet = value;
      return null;
    },
  ],
];

/**
 * Reads a query string against what the data offers. Never throws: every unknown, repeated
 * or invalid parameter is corrected to its default and reported. The first of repeated
 * parameters counts. An unknown model resets everything that depends on the model.
 */
export function parseInferenceSearch(
  search: string,
  availability: InferenceAvailability,
): { selection: InferenceSelection; corrections: Correction[] } {
  const known = new Set(['model', ...PARSERS.map(([param]) => param)]);
  const { given, corrections } = readKnownParams(search, known);
  const modelKey = given.get('model');
  const model = availability.models.find((m) => m.key === modelKey);
  if (modelKey !== undefined && !model) {
    corrections.push({
      param: 'model',
      given: modelKey,
      message: `no model "${modelKey}" in the data; showing ${availability.defaultModel}`,
    });
  }
  const selection = defaultInferenceSelection(availability, model?.key);
  const context = { availability, model: modelAvailability(availability, selection.model) };
  for (const [param, parse] of PARSERS) {
    const value = given.get(param);
    if (value === undefined) continue;
    const problem = parse(value, selection, context);
    if (problem) corrections.push({ param, given: value, message: problem });
  }
  return { selection, corrections };
}

/** A number in the URL's short form: at most 3 decimals, no trailing zeros. */
function compactNumber(x: number, decimals: number): string {
  return String(Math.round(x * 10 ** decimals) / 10 ** decimals);
}

/** The canonical query string (without "?"): defaults omitted, parameters in a fixed order. */
export function serializeInferenceSearch(selection: InferenceSelection, availability: InferenceAvailability): string {
  const model = modelAvailability(availability, selection.model);
  const token = (key: SeriesKey) => seriesToken(key, model.series);
  const params = new URLSearchParams();
  if (selection.model !== availability.defaultModel) params.set('model', selection.model);
  if (selection.sequence !== model.defaultSequence) params.set('seq', selection.sequence);
  if (selection.precisions.join(',') !== model.precisions.join(',')) params.set('prec', selection.precisions.join(','));
  if (selection.metric !== 'throughput') params.set('metric', selection.metric);
  if (selection.xAxis !== 'interactivity') params.set('x', selection.xAxis);
  if (selection.hidden.length > 0) params.set('hide', selection.hidden.map(token).join(','));
  if (selection.logScale) params.set('scale', 'log');
  if (selection.frontierOnly) params.set('frontier', 'only');
  if (selection.compareA) params.set('a', token(selection.compareA));
  if (selection.compareB) params.set('b', token(selection.compareB));
  if (selection.targets && selection.compareA && selection.compareB) {
    params.set('at', selection.targets.map((t) => compactNumber(t, 2)).join(','));
  }
  if (selection.tier !== availability.defaultTier) params.set('tier', selection.tier);
  if (selection.usdPerGpuHour !== null) params.set('usd', compactNumber(selection.usdPerGpuHour, 3));
  if (selection.costSet !== availability.defaultCostSet) params.set('costs', selection.costSet);
  return params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
}
