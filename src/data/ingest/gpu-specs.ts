import type { GpuSpecs } from '../schema.ts';
import type { GpuSpecsInput } from './raw.ts';

/**
 * `public/data/gpu-specs.json` from `fixtures/real/gpu-specs.json`: one assumption set per
 * upstream epoch, copied as stated, plus which set is the default for the shipped data.
 */

/**
 * Labels for the cost tiers. Checked against the `costTiers` text of the input:
 * costh "Owning - Hyperscaler", costn "Owning - Neocloud Giant (removed in epoch D)",
 * costr "3 Year Rental (epochs A-C); 'retail tier' in epoch D". costr is therefore not the
 * same thing in every set, and its label says so.
 */
export const COST_TIER_LABELS: Readonly<Record<string, string>> = {
  costh: 'Owning – Hyperscaler',
  costn: 'Owning – Neocloud Giant',
  costr: 'Rental – 3-year (retail in set D)',
};

const TIER_ORDER = ['costh', 'costn', 'costr'] as const;

export type Bound = 'exact' | 'atOrBefore' | 'none';

export interface ParsedValidity {
  /** First YYYY-MM-DD in the text, or null if it has none. */
  readonly date: string | null;
  /** `atOrBefore` when the text starts with "<=" (the set was in force by that date, maybe earlier). */
  readonly bound: Bound;
}

/**
 * Read the date out of a free-text validity string such as "<=2026-03-18 (first app commit)",
 * "2026-07-14", "~2026-08 (before … on 2026-08-14)", "unknown" or "later than C".
 */
export function parseValidity(text: string): ParsedValidity {
  const match = /\d{4}-\d{2}-\d{2}/.exec(text);
  if (!match) return { date: null, bound: 'none' };
  return { date: match[0], bound: text.trim().startsWith('<=') ? 'atOrBefore' : 'exact' };
}

export interface DefaultSetChoice {
  readonly id: string;
  readonly reason: string;
}

/**
 * The set whose stated validity certainly includes the newest point of the latest view: it was
 * in force on or before that date (exact or "<=" start) and its end date is after it. History
 * rows never move the choice (a page's default must not change because an old run was added).
 * When no set's stated end reaches that date, the newest set that had started by then is used
 * and the reason says so (no stated end is not a reason to stop the ingest); two covering sets
 * fail rather than guess.
 */
export function chooseDefaultSet(
  epochs: readonly Pick<GpuSpecsInput['epochs'][number], 'id' | 'validFrom' | 'validUntil'>[],
  dataDates: { readonly first: string; readonly last: string },
): DefaultSetChoice {
  const parsed = epochs.map((e) => ({
    id: e.id,
    from: parseValidity(e.validFrom),
    until: parseValidity(e.validUntil),
  }));
  const covering = parsed.filter(
    (e) =>
      e.from.date !== null && e.from.date <= dataDates.last && e.until.date !== null && e.until.date > dataDates.last,
  );
  if (covering.length === 0) {
    const started = parsed
      .filter((e) => e.from.date !== null && e.from.date <= dataDates.last)
      .sort((a, b) => (a.from.date! < b.from.date! ? 1 : -1));
    const newest = started[0];
    if (newest) {
      return {
        id: newest.id,
        reason:
          `No set's stated validity includes the newest point of the latest view (${dataDates.last}); set ` +
          `${newest.id} is the newest set in force by then (from ${newest.from.date}, stated end: ` +
          `${newest.until.date ?? 'none given'}). The points span ${dataDates.first} to ${dataDates.last}.`,
      };
    }
  }
  if (covering.length !== 1) {
    throw new Error(
      `cannot choose a default GPU cost/power set: ${covering.length} sets have a stated validity that includes ` +
        `${dataDates.last} (${covering.map((e) => e.id).join(', ') || 'none'})`,
    );
  }
  const chosen = covering[0]!;
  const fromDate = chosen.from.date!;
  const fromText = chosen.from.bound === 'atOrBefore' ? `in force by ${fromDate}` : `valid from ${fromDate}`;
  let reason =
    `Set ${chosen.id} is the only set whose stated validity (${fromText}, valid until ${chosen.until.date}) ` +
    `includes the newest point of the latest view (${dataDates.last}); the latest view spans ${dataDates.first} to ${dataDates.last}.`;
  if (fromDate > dataDates.first) {
    const earlier = parsed.some((e) => e.id !== chosen.id && e.until.date !== null && e.until.date <= fromDate);
    reason += earlier
      ? ` Points dated before ${fromDate} fall in an earlier set's stated validity but also use set ${chosen.id}.`
      : ` No set is documented before ${fromDate}, so the points dated before ${fromDate} (the earliest is ${dataDates.first}) also use set ${chosen.id}.`;
  }
  return { id: chosen.id, reason };
}

/** Build the shipped gpu-specs file. `dataDates` are the first and last dates of the kept points. */
export function buildGpuSpecs(
  input: GpuSpecsInput,
  dataDates: { readonly first: string; readonly last: string },
): GpuSpecs {
  const unknownTiers = Object.keys(input.costTiers).filter((k) => !(k in COST_TIER_LABELS));
  if (unknownTiers.length > 0) {
    throw new Error(`gpu-specs.json has cost tiers without a label: ${unknownTiers.join(', ')}`);
  }
  const usedTiers = new Set<string>();
  const sets = input.epochs.map((epoch) => {
    const gpus: GpuSpecs['sets'][number]['gpus'] = {};
    for (const gpuKey of Object.keys(epoch.gpus).sort()) {
      const g = epoch.gpus[gpuKey]!;
      const usdPerGpuHour: Record<string, number> = {};
      for (const tier of TIER_ORDER) {
        const v = g[tier];
        if (v !== undefined) {
          usdPerGpuHour[tier] = v;
          usedTiers.add(tier);
        }
      }
      gpus[gpuKey] = { kwPerGpu: g.power, usdPerGpuHour };
    }
    return {
      id: epoch.id,
      validFrom: epoch.validFrom.trim(),
      validUntil: epoch.validUntil.trim(),
      source: epoch.source.trim(),
      notes: epoch.notes.trim(),
      gpus,
    };
  });
  const choice = chooseDefaultSet(input.epochs, dataDates);
  return {
    schemaVersion: 1,
    defaultSetId: choice.id,
    defaultReason: choice.reason,
    tiers: TIER_ORDER.filter((t) => usedTiers.has(t)).map((key) => ({ key, label: COST_TIER_LABELS[key]! })),
    sets,
  };
}
