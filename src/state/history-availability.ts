import type { GpuSpecs, Manifest, PublishedTable, RunDatesFile, SequenceKey, SpecMethod } from '../data/schema';
import { costChoices, type Workload } from './availability';
import type { CostChoices } from './params';

/** One configuration group of the run-dates file: a GPU × precision × sequence × engine × spec method. */
export type RunDatesGroup = RunDatesFile['groups'][number];

/** What a history page (`/history/:model/:hardware/:precision`) may choose from. */
export interface HistoryAvailability extends CostChoices {
  workload: Workload;
  /** The run-date groups of this model, GPU and precision. */
  groups: RunDatesGroup[];
  /** Engines with runs, in manifest order. */
  engines: string[];
  /** Sequences in manifest order (for ordering only). */
  sequenceOrder: SequenceKey[];
  /** Tables a source published for this model, GPU and precision (any engine, spec method, sequence). */
  published: PublishedTable[];
}

/** The setup a history follows, besides the path's model, GPU and precision. */
export interface HistorySetup {
  engine: string;
  spec: SpecMethod;
  sequence: SequenceKey;
}

const SPEC_ORDER: readonly SpecMethod[] = ['none', 'mtp'];
const PREFERRED_SEQUENCE: SequenceKey = '8k1k';

function groupsOf(c: HistoryAvailability, setup: Partial<HistorySetup>): RunDatesGroup[] {
  return c.groups.filter(
    (g) =>
      (setup.engine === undefined || g.engine === setup.engine) &&
      (setup.spec === undefined || g.specMethod === setup.spec) &&
      (setup.sequence === undefined || g.sequence === setup.sequence),
  );
}

/** Distinct run dates of the groups a partial setup covers, oldest first. */
export function historyDates(c: HistoryAvailability, setup: Partial<HistorySetup>): string[] {
  return [...new Set(groupsOf(c, setup).flatMap((g) => g.dates))].sort();
}

/** The engine with the most run dates on this GPU and precision (ties: manifest order). */
export function defaultHistoryEngine(c: HistoryAvailability): string {
  let best = c.engines[0]!;
  for (const e of c.engines)
    if (historyDates(c, { engine: e }).length > historyDates(c, { engine: best }).length) best = e;
  return best;
}

/** Spec methods the engine ran here, Off first. */
export function historySpecs(c: HistoryAvailability, engine: string): SpecMethod[] {
  return SPEC_ORDER.filter((s) => groupsOf(c, { engine, spec: s }).length > 0);
}

/** Off when the engine has Off runs, else MTP. */
export function defaultHistorySpec(c: HistoryAvailability, engine: string): SpecMethod {
  return historySpecs(c, engine)[0] ?? 'none';
}

/** Sequences with runs of the engine and spec method, in manifest order. */
export function historySequences(c: HistoryAvailability, engine: string, spec: SpecMethod): SequenceKey[] {
  return c.sequenceOrder.filter((q) => groupsOf(c, { engine, spec, sequence: q }).length > 0);
}

/** 8k/1k when the engine and spec method have runs there, else the sequence with the most run dates. */
export function defaultHistorySequence(c: HistoryAvailability, engine: string, spec: SpecMethod): SequenceKey {
  const sequences = historySequences(c, engine, spec);
  if (sequences.includes(PREFERRED_SEQUENCE)) return PREFERRED_SEQUENCE;
  const dates = (q: SequenceKey) => historyDates(c, { engine, spec, sequence: q }).length;
  return [...sequences].sort((x, y) => dates(y) - dates(x))[0] ?? c.sequenceOrder[0] ?? PREFERRED_SEQUENCE;
}

/** The table a source published for exactly this setup, if any. */
export function publishedFor(c: HistoryAvailability, setup: HistorySetup): PublishedTable | null {
  return (
    c.published.find(
      (t) => t.engine === setup.engine && t.specMethod === setup.spec && t.sequence === setup.sequence,
    ) ?? null
  );
}

/**
 * What the address of one history page may choose from, from the manifest, the model's
 * run-dates file and the published tables of this workload; null when the data holds no run
 * of this model, GPU and precision (the page's not-found view).
 */
export function historyAvailability(
  manifest: Manifest,
  specs: GpuSpecs,
  workload: Workload,
  runDates: RunDatesFile,
  published: readonly PublishedTable[],
): HistoryAvailability | null {
  if (runDates.model !== workload.model) return null;
  const hasFile = (g: RunDatesGroup) =>
    manifest.history.some((f) => f.model === workload.model && f.sequence === g.sequence && f.hardware === g.hardware);
  const groups = runDates.groups.filter(
    (g) => g.hardware === workload.hardware && g.precision === workload.precision && hasFile(g),
  );
  if (groups.length === 0) return null;
  const engineSet = new Set(groups.map((g) => g.engine));
  const listed = manifest.engines.map((e) => e.key).filter((e) => engineSet.has(e));
  return {
    workload: { ...workload },
    groups,
    engines: [...listed, ...[...engineSet].filter((e) => !listed.includes(e)).sort()],
    sequenceOrder: manifest.sequences.map((s) => s.key),
    published: published.filter(
      (t) => t.model === workload.model && t.hardware === workload.hardware && t.precision === workload.precision,
    ),
    ...costChoices(specs),
  };
}
