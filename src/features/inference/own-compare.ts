import type { GpuSpecs, Manifest } from '../../data/schema';
import { sameSeries } from '../../state/inference-series-key';
import type { InferenceSelection } from '../../state/pages/inference';
import type { ComparisonModel } from '../compare/comparison-model';
import type { OwnSeries } from './own-series';
import { seriesLabel, type InferenceSeries } from './series';
import { compareSides, type CompareInput, type CompareView } from './view-model';

/** What compare-two shows of a compared side, published or yours. */
export type ComparedEntry = Pick<InferenceSeries, 'label' | 'token' | 'hidden' | 'specDecodeHref' | 'specDecodeLabel'>;

/** Compare-two's result: the page's published pair, or a pair with one of your files (`own`). */
export type CompareTwoView =
  | Exclude<CompareView, { status: 'ready' }>
  | {
      status: 'ready';
      a: ComparedEntry;
      b: ComparedEntry;
      model: ComparisonModel;
      caveats: string[];
      /** True when a side is your data: kept on this page only, the address holds the published part. */
      own?: boolean;
    };

/** Your files picked in compare-two, by series id (`own:<file id>`), and the targets pinned for such a pair; never in the address. */
export interface OwnPicks {
  a: string | null;
  b: string | null;
  targets: number[] | null;
}

export const NO_OWN_PICKS: OwnPicks = { a: null, b: null, targets: null };

/** The published series of your file's GPU, engine, spec method and precision among those measured here, if any. */
export function publishedTwin(own: OwnSeries, series: readonly InferenceSeries[]): InferenceSeries | null {
  return series.find((s) => sameSeries(s.key, own.key)) ?? null;
}

/**
 * Compare-two with your files: a side picked among them (`picks`) takes the place of the
 * address's series on that side (which the picker clears), and the pair is compared with the
 * same builder as two published series (`compareSides`), at the picks' own targets. A pick of
 * a file not shown here (removed, other model or sequence) counts as no pick. Without one,
 * the published comparison is returned unchanged. Pure.
 */
export function buildCompareTwo(input: {
  published: CompareView;
  picks: OwnPicks;
  series: readonly InferenceSeries[];
  own: readonly OwnSeries[];
  selection: InferenceSelection;
  manifest: Manifest;
  specs: GpuSpecs;
}): CompareTwoView {
  const { picks, series, own, selection, manifest, specs } = input;
  const ownA = own.find((s) => s.id === picks.a);
  const ownB = own.find((s) => s.id === picks.b);
  if (!ownA && !ownB) return input.published;
  type Side = { entry: ComparedEntry; input: CompareInput } | { missing: string } | null;
  const sideOf = (mine: OwnSeries | undefined, key: InferenceSelection['compareA']): Side => {
    if (mine) {
      const entry = {
        label: mine.label,
        token: mine.id,
        hidden: mine.hidden,
        specDecodeHref: null,
        specDecodeLabel: '',
      };
      return { entry, input: { label: mine.label, points: mine.points, hardware: mine.key.hardware } };
    }
    if (!key) return null;
    const found = series.find((s) => sameSeries(s.key, key));
    if (!found) return { missing: seriesLabel(key, manifest, true) };
    return { entry: found, input: { label: found.label, points: found.points, hardware: found.key.hardware } };
  };
  const a = sideOf(ownA, selection.compareA);
  const b = sideOf(ownB, selection.compareB);
  const missing = [a, b].flatMap((s) => (s && 'missing' in s ? [s.missing] : []));
  if (missing.length > 0) return { status: 'missing', missingLabels: missing };
  if (!a || !b || 'missing' in a || 'missing' in b) {
    const picked = a ?? b;
    return { status: 'incomplete', pickedLabel: picked && 'entry' in picked ? picked.entry.label : '' };
  }
  const compared = compareSides(a.input, b.input, selection, manifest, specs, picks.targets);
  return { status: 'ready', a: a.entry, b: b.entry, ...compared, own: true };
}
