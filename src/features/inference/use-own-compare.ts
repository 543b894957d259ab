import { useCallback, useMemo, useState } from 'react';
import type { GpuSpecs, Manifest } from '../../data/schema';
import type { SeriesKey } from '../../state/inference-series-key';
import { inferencePage, type InferenceSelection } from '../../state/pages/inference';
import { buildCompareTwo, NO_OWN_PICKS, publishedTwin, type OwnPicks } from './own-compare';
import { ownSeriesId, type OwnSeries } from './own-series';
import { seriesLabel } from './series';
import { useRestoredOwnView } from '../own/use-view-file';
import type { InferenceViewModel } from './view-model';

/** A side's pick in compare-two: a published series (kept in the address) or one of your files (on this page only). */
export type ComparePick = { kind: 'published'; key: SeriesKey | null } | { kind: 'own'; id: string };

/**
 * Compare-two with your files. Picking your file on a side clears that side in the address
 * (a link then opens the published part) and keeps the file's id here; picking a published
 * series on it forgets the file. "vs published" picks your file as A and, as B, the published
 * series of its GPU, engine, spec method and precision when one is measured here; else it
 * says so (`twinMissing`) and leaves B to the picker.
 */
export function useOwnCompare(
  vm: InferenceViewModel,
  selection: InferenceSelection,
  own: readonly OwnSeries[],
  manifest: Manifest,
  specs: GpuSpecs,
) {
  const { pickCompared, swapCompared, pinTargets } = inferencePage.useActions();
  const [picks, setPicks] = useState<OwnPicks>(NO_OWN_PICKS);
  const [twinMissing, setTwinMissing] = useState<string | null>(null);
  // A restored view ("Download view" added again) brings back your compared sides and their targets.
  useRestoredOwnView((restored) => setPicks({ a: restored.a, b: restored.b, targets: restored.targets }));
  const view = useMemo(
    () => buildCompareTwo({ published: vm.compare, picks, series: vm.series, own, selection, manifest, specs }),
    [vm.compare, vm.series, picks, own, selection, manifest, specs],
  );
  const shown = (id: string | null) => (own.some((s) => s.id === id) ? id : null);
  const ownA = shown(picks.a);
  const ownB = shown(picks.b);

  const pick = (side: 'a' | 'b', choice: ComparePick) => {
    setTwinMissing(null);
    if (choice.kind === 'own') {
      setPicks({ a: ownA, b: ownB, [side]: choice.id, targets: null });
      if (side === 'a' ? selection.compareA : selection.compareB) pickCompared(side, null);
    } else {
      setPicks({ a: ownA, b: ownB, [side]: null, targets: null });
      pickCompared(side, choice.key);
    }
  };
  const swap = () => {
    setTwinMissing(null);
    setPicks((p) => ({ a: p.b, b: p.a, targets: p.targets }));
    swapCompared();
  };
  const vsPublished = useCallback(
    (fileId: string) => {
      const mine = own.find((s) => s.id === ownSeriesId(fileId));
      if (!mine) return;
      const twin = publishedTwin(mine, vm.series);
      setPicks({ a: mine.id, b: null, targets: null });
      if (selection.compareA) pickCompared('a', null);
      if (twin) pickCompared('b', twin.key);
      setTwinMissing(
        twin
          ? null
          : `No published series of ${seriesLabel(mine.key, manifest, true)} was measured for ${vm.modelName} at ${vm.sequenceLabel} in ${vm.precisionsLabel}: pick Series B to compare ${mine.label} with.`,
      );
      document.getElementById('compare-title')?.scrollIntoView?.({ block: 'start' });
    },
    [own, vm, selection.compareA, pickCompared, manifest],
  );
  const onPinTargets = (targets: number[] | null) => {
    if (view.status === 'ready' && view.own) setPicks((p) => ({ ...p, targets }));
    else pinTargets(targets);
  };
  return { view, ownA, ownB, targets: picks.targets, pick, swap, vsPublished, twinMissing, onPinTargets };
}
