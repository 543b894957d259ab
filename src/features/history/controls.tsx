import { Segmented } from '../../components/segmented';
import { Select } from '../../components/select';
import type { GpuSpecs, Manifest, SpecMethod } from '../../data/schema';
import {
  historyDates,
  historySequences,
  historySpecs,
  type HistoryAvailability,
} from '../../state/history-availability';
import { historyPage, type HistorySelection } from '../../state/pages/history';
import { CostSetSelect, MetricSelect, SequenceToggle } from '../compare/common-controls';

interface ControlsProps {
  selection: HistorySelection;
  available: HistoryAvailability;
  manifest: Manifest;
  specs: GpuSpecs;
}

const label = (list: { key: string; label: string }[], key: string) => list.find((x) => x.key === key)?.label ?? key;

/** The setup (engine, spec method, sequence), the two dates compared, the metric and the cost assumptions. */
export function HistoryControls({ selection: s, available, manifest, specs }: ControlsProps) {
  const actions = historyPage.useActions();
  const dates = historyDates(available, { engine: s.engine, spec: s.spec, sequence: s.sequence });
  const dateOptions = (list: string[]) => list.map((d) => ({ value: d, label: d }));
  return (
    <div className="controls" role="group" aria-label="History controls">
      <Select
        label="Engine"
        value={s.engine}
        options={available.engines.map((e) => ({ value: e, label: label(manifest.engines, e) }))}
        onChange={(engine) => actions.pickSetup({ engine }, available)}
      />
      <Segmented<SpecMethod>
        label="Speculative decoding"
        value={s.spec}
        options={historySpecs(available, s.engine).map((m) => ({ value: m, label: label(manifest.specMethods, m) }))}
        onChange={(spec) => actions.pickSetup({ spec }, available)}
      />
      <SequenceToggle
        sequences={historySequences(available, s.engine, s.spec)}
        manifest={manifest}
        value={s.sequence}
        onChange={(sequence) => actions.pickSetup({ sequence }, available)}
      />
      {s.from && <Select label="From" value={s.from} options={dateOptions(dates)} onChange={actions.pickFrom} />}
      {s.to && (
        <Select
          label="To"
          value={s.to}
          options={dateOptions(dates.filter((d) => s.from === null || d >= s.from))}
          onChange={actions.pickTo}
        />
      )}
      <MetricSelect value={s.metric} onChange={actions.pickMetric} />
      <Select
        label="Cost tier"
        value={s.tier}
        options={available.tiers.map((t) => ({ value: t, label: label(specs.tiers, t) }))}
        onChange={actions.pickTier}
      />
      <CostSetSelect specs={specs} value={s.costSet} onChange={actions.pickCostSet} />
    </div>
  );
}
