import { SPEC_METHOD_KEYS, type SequenceKey, type SpecMethod } from '../../data/schema';
import type { MetricKey } from '../../domain/metrics';
import { parseTargetList } from '../../math';
import {
  defaultHistoryEngine,
  defaultHistorySequence,
  defaultHistorySpec,
  historyDates,
  historySequences,
  historySpecs,
  type HistoryAvailability,
} from '../history-availability';
import { createPageStore } from '../page-store';
import { costSetParam, dayParam, metricParam, sequenceParam, tierParam } from '../params';
import { parseSearch, serializeSearch, type ParamDef } from '../url-params';

/**
 * What a history page shows: one setup (the path's model, GPU and precision, one engine, one
 * spec method, one sequence) measured on different dates. `from` and `to` are the run dates
 * compared (side A and side B); null only while an action asks for the new setup's default.
 */
export interface HistorySelection {
  model: string;
  hardware: string;
  precision: string;
  engine: string;
  spec: SpecMethod;
  sequence: SequenceKey;
  from: string | null;
  to: string | null;
  /** 1 to `MAX_HISTORY_TARGETS` interactivity targets (tok/s/user), ascending; null = the defaults. */
  targets: number[] | null;
  metric: MetricKey;
  tier: string;
  costSet: string;
}

type S = HistorySelection;
type C = HistoryAvailability;
type Def = ParamDef<S, C>;

/** The trend table takes up to this many targets (the blog's table has 10). */
export const MAX_HISTORY_TARGETS = 10;

const setupDates = (s: S, c: C) => historyDates(c, { engine: s.engine, spec: s.spec, sequence: s.sequence });

function engineParam(): Def {
  return {
    name: 'engine',
    fallback: (s, c) => {
      s.engine = defaultHistoryEngine(c);
    },
    read: (raw, s, c) => {
      if (!c.engines.includes(raw)) return `engine "${raw}" has no runs on this GPU and precision; showing ${s.engine}`;
      s.engine = raw;
      return null;
    },
    write: (s) => s.engine,
  };
}

function specParam(): Def {
  return {
    name: 'spec',
    fallback: (s, c) => {
      s.spec = defaultHistorySpec(c, s.engine);
    },
    read: (raw, s, c) => {
      const found = SPEC_METHOD_KEYS.find((k) => k === raw);
      if (!found) return `spec method "${raw}" is not ${SPEC_METHOD_KEYS.join(' or ')}; showing ${s.spec}`;
      if (!historySpecs(c, s.engine).includes(found))
        return `${s.engine} has no ${found} runs on this GPU and precision; showing ${s.spec}`;
      s.spec = found;
      return null;
    },
    write: (s) => s.spec,
  };
}

/**
 * `from` and `to`: a run date of the setup. A day without a run means the nearest run on or
 * before it; a day before the first run, or a `to` before `from`, the default (first run for
 * `from`, last run for `to`). Each correction says so.
 */
function runDayParam(field: 'from' | 'to'): Def {
  const fallback = (s: S, c: C) => {
    const dates = setupDates(s, c);
    return (field === 'from' ? dates[0] : dates[dates.length - 1]) ?? null;
  };
  const instead = field === 'from' ? 'showing from the first run' : 'showing up to the last run';
  const day = dayParam<typeof field, S, C>(field, field, fallback, instead);
  return {
    ...day,
    read: (raw, s, c) => {
      const problem = day.read(raw, s, c);
      if (problem) return problem;
      const dates = setupDates(s, c);
      const asked = s[field]!;
      const nearest = dates.filter((d) => d <= asked).pop();
      const standIn = fallback(s, c);
      if (nearest === undefined) {
        s[field] = standIn;
        return `this setup has no run on or before ${asked}; ${instead}, ${standIn}`;
      }
      s[field] = nearest;
      if (field === 'to' && s.from !== null && nearest < s.from) {
        s.to = standIn;
        return `"to" ${asked} is before "from" ${s.from}; ${instead}, ${standIn}`;
      }
      return nearest === asked
        ? null
        : `this setup has no run on ${asked}; showing its run of ${nearest}, the nearest before`;
    },
  };
}

const formatTarget = (t: number) => String(Math.round(t * 100) / 100);

/** `at`: 1 to 10 targets for the trend table and the from/to table; none = the defaults. */
function targetsParam(): Def {
  return {
    name: 'at',
    fallback: (s) => {
      s.targets = null;
    },
    read: (raw, s) => {
      const parsed = parseTargetList(raw, MAX_HISTORY_TARGETS);
      if (!parsed.ok) return `${parsed.reason[0]!.toLowerCase()}${parsed.reason.slice(1)}; using the defaults`;
      s.targets = parsed.targets;
      return parsed.rounded
        ? `targets are kept to 0.01 tok/s/user: ${parsed.targets.map(formatTarget).join(', ')}`
        : null;
    },
    write: (s) => (s.targets ? s.targets.map(formatTarget).join(',') : null),
  };
}

export const HISTORY_PARAMS: readonly Def[] = [
  engineParam(),
  specParam(),
  sequenceParam<S, C>(
    (s, c) => ({
      sequences: historySequences(c, s.engine, s.spec),
      defaultSequence: defaultHistorySequence(c, s.engine, s.spec),
    }),
    'has no runs of this engine and spec method',
  ),
  runDayParam('from'),
  runDayParam('to'),
  targetsParam(),
  metricParam<S, C>(),
  tierParam<S, C>(),
  costSetParam<S, C>(),
];

const base = (c: C): Partial<S> => ({ ...c.workload });

/**
 * The setup after the user picked an engine, spec method or sequence: what the new setup
 * lacks falls back to its default, and `from`/`to` stay when the new setup ran on those dates.
 */
export function settleSetup(s: S, c: C): S {
  const spec = historySpecs(c, s.engine).includes(s.spec) ? s.spec : defaultHistorySpec(c, s.engine);
  const sequence = historySequences(c, s.engine, spec).includes(s.sequence)
    ? s.sequence
    : defaultHistorySequence(c, s.engine, spec);
  const dates = historyDates(c, { engine: s.engine, spec, sequence });
  const keep = (d: string | null) => (d !== null && dates.includes(d) ? d : null);
  return { ...s, spec, sequence, from: keep(s.from), to: keep(s.to) };
}

export const historyPage = createPageStore({
  params: HISTORY_PARAMS,
  base,
  actions: (change) => ({
    // Another setup or another date changes every number on the page: worth a history entry.
    pickSetup: (patch: Partial<Pick<S, 'engine' | 'spec' | 'sequence'>>, available: C) =>
      change((s) => settleSetup({ ...s, ...patch }, available), 'push'),
    pickFrom: (from: string) => change(() => ({ from }), 'push'),
    pickTo: (to: string) => change(() => ({ to }), 'push'),
    pinTargets: (targets: number[] | null) => change(() => ({ targets }), 'replace'),
    pickMetric: (metric: MetricKey) => change(() => ({ metric }), 'replace'),
    pickTier: (tier: string) => change(() => ({ tier }), 'replace'),
    pickCostSet: (costSet: string) => change(() => ({ costSet }), 'replace'),
  }),
});

/** A history page's selection read from a query string (no "?"), with its corrections. */
export function parseHistorySearch(search: string, available: C) {
  return parseSearch(HISTORY_PARAMS, search, base(available) as S, available);
}

/** The query string (no "?") of a history page's selection: defaults left out. */
export function historySearch(selection: S, available: C): string {
  return serializeSearch(HISTORY_PARAMS, selection, available);
}
