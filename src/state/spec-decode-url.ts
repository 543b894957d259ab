import type { SequenceKey } from '../data/schema.ts';
import { isMetricKey, type MetricKey } from '../domain/metrics.ts';
import { readKnownParams, type Correction } from './url-params.ts';

export type { Correction };

/**
 * What a spec-decode comparison page shows. The path pins model, hardware and precision;
 * the query string carries the rest, and only what differs from the defaults.
 */
export interface SpecDecodeSelection {
  model: string;
  hardware: string;
  precision: string;
  sequence: SequenceKey;
  metric: MetricKey;
  /** Other precisions of the same model and GPU drawn on the chart (the table stays pinned). */
  extraPrecisions: string[];
  /** Three interactivity targets (tok/s/user), ascending; null means the band's defaults. */
  targets: number[] | null;
  tier: string;
  /** One engine to compare like with like, or null for every engine pooled. */
  engine: string | null;
  logScale: boolean;
  /** Id of the cost and power assumption set. */
  costSet: string;
}

/** What the data offers for one workload; the parser corrects the URL against it. */
export interface SpecDecodeAvailability {
  /** Sequences measured with both MTP and Off, in display order. */
  sequences: SequenceKey[];
  defaultSequence: SequenceKey;
  /** Precisions of this model and GPU other than the page's own. */
  otherPrecisions: string[];
  /** Engines with points for this workload, in display order. */
  engines: string[];
  tiers: string[];
  defaultTier: string;
  costSets: string[];
  defaultCostSet: string;
}

export const TARGET_COUNT = 3;
const MAX_TARGET_TOK_PER_SEC_PER_USER = 10_000;

/** The selection a bare link (no query string) shows. */
export function defaultSelection(
  path: { model: string; hardware: string; precision: string },
  availability: SpecDecodeAvailability,
): SpecDecodeSelection {
  return {
    ...path,
    sequence: availability.defaultSequence,
    metric: 'throughput',
    extraPrecisions: [],
    targets: null,
    tier: availability.defaultTier,
    engine: null,
    logScale: false,
    costSet: availability.defaultCostSet,
  };
}

type Parser = (value: string, selection: SpecDecodeSelection, availability: SpecDecodeAvailability) => string | null;

/** Each parser applies a valid value to the selection and returns null, or returns why it is invalid. */
const PARSERS: Record<string, Parser> = {
  seq: (value, selection, availability) => {
    const found = availability.sequences.find((s) => s === value);
    if (!found)
      return `sequence "${value}" has no MTP and Off runs for this GPU; showing ${availability.defaultSequence}`;
    selection.sequence = found;
    return null;
  },
  metric: (value, selection) => {
    if (!isMetricKey(value)) return `"${value}" is not a metric; showing throughput`;
    selection.metric = value;
    return null;
  },
  prec: (value, selection, availability) => {
    const wanted = value.split(',').filter(Boolean);
    const known = wanted.filter((p) => availability.otherPrecisions.includes(p));
    selection.extraPrecisions = availability.otherPrecisions.filter((p) => known.includes(p));
    const unknown = wanted.filter((p) => !availability.otherPrecisions.includes(p));
    return unknown.length > 0 ? `precision ${unknown.join(', ')} is not available to add here; ignored` : null;
  },
  at: (value, selection) => {
    const targets = parseTargets(value);
    if (!targets) return `targets must be ${TARGET_COUNT} positive numbers separated by commas; using the defaults`;
    selection.targets = targets;
    return null;
  },
  tier: (value, selection, availability) => {
    if (!availability.tiers.includes(value))
      return `cost tier "${value}" is unknown; showing ${availability.defaultTier}`;
    selection.tier = value;
    return null;
  },
  engine: (value, selection, availability) => {
    if (!availability.engines.includes(value))
      return `engine "${value}" has no runs for this workload; pooling all engines`;
    selection.engine = value;
    return null;
  },
  scale: (value, selection) => {
    if (value !== 'log' && value !== 'linear') return `scale "${value}" is unknown; showing a linear scale`;
    selection.logScale = value === 'log';
    return null;
  },
  costs: (value, selection, availability) => {
    if (!availability.costSets.includes(value)) {
      return `cost and power set "${value}" is unknown; using set ${availability.defaultCostSet}`;
    }
    selection.costSet = value;
    return null;
  },
};

const KNOWN_PARAMS: ReadonlySet<string> = new Set(Object.keys(PARSERS));

/** Three finite targets in (0, 10 000] tok/s/user, sorted ascending; null when malformed. */
export function parseTargets(value: string): number[] | null {
  const parts = value.split(',');
  if (parts.length !== TARGET_COUNT) return null;
  const numbers = parts.map((p) => (/^\s*\d+(\.\d+)?\s*$/.test(p) ? Number(p) : Number.NaN));
  if (!numbers.every((n) => Number.isFinite(n) && n > 0 && n <= MAX_TARGET_TOK_PER_SEC_PER_USER)) return null;
  return [...numbers].sort((a, b) => a - b);
}

/**
 * Reads a query string against what the data offers. Never throws: every unknown,
 * repeated or invalid parameter is corrected to its default and reported.
 */
export function parseSpecDecodeSearch(
  search: string,
  path: { model: string; hardware: string; precision: string },
  availability: SpecDecodeAvailability,
): { selection: SpecDecodeSelection; corrections: Correction[] } {
  const selection = defaultSelection(path, availability);
  const { given, corrections } = readKnownParams(search, KNOWN_PARAMS);
  for (const [param, value] of given) {
    const problem = PARSERS[param]!(value, selection, availability);
    if (problem) corrections.push({ param, given: value, message: problem });
  }
  return { selection, corrections };
}

/** Formats a target compactly: integers without decimals, others to at most 2 decimals. */
function formatTarget(target: number): string {
  return String(Math.round(target * 100) / 100);
}

/** The canonical query string (without "?"): defaults omitted, parameters in a fixed order. */
export function serializeSpecDecodeSearch(
  selection: SpecDecodeSelection,
  availability: SpecDecodeAvailability,
): string {
  const params = new URLSearchParams();
  if (selection.sequence !== availability.defaultSequence) params.set('seq', selection.sequence);
  if (selection.metric !== 'throughput') params.set('metric', selection.metric);
  if (selection.extraPrecisions.length > 0) params.set('prec', selection.extraPrecisions.join(','));
  if (selection.targets) params.set('at', selection.targets.map(formatTarget).join(','));
  if (selection.tier !== availability.defaultTier) params.set('tier', selection.tier);
  if (selection.engine) params.set('engine', selection.engine);
  if (selection.logScale) params.set('scale', 'log');
  if (selection.costSet !== availability.defaultCostSet) params.set('costs', selection.costSet);
  return params.toString().replaceAll('%2C', ',');
}

/** The path of a workload's comparison page (query string not included). */
export function specDecodeHref(model: string, hardware: string, precision: string): string {
  return `/spec-decode/${encodeURIComponent(model)}/${encodeURIComponent(hardware)}/${encodeURIComponent(precision)}`;
}
