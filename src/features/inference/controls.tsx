import { CostSetSelect, MetricSelect, PrecisionChecks, PriceControl, SequenceToggle } from '../compare/common-controls';
import { Checkbox } from '../../components/checkbox';
import { Select } from '../../components/select';
import { DateControl, seriesDateChoice } from '../compare/date-control';
import type { GpuSpecs, Manifest } from '../../data/schema';
import { X_AXES, X_AXIS_KEYS, type XAxisKey } from '../../domain/metrics';
import { modelAvailability, type InferenceAvailability } from '../../state/availability';
import { inferencePage, type InferenceSelection } from '../../state/pages/inference';
import type { BestMode } from '../../state/params';

interface ControlsProps {
  selection: InferenceSelection;
  available: InferenceAvailability;
  manifest: Manifest;
  specs: GpuSpecs;
}

const labelOf = (list: readonly { key: string; label?: string; displayName?: string }[], key: string) => {
  const found = list.find((x) => x.key === key);
  return found?.label ?? found?.displayName ?? key;
};

export function InferenceControls({ selection, available: availability, manifest, specs }: ControlsProps) {
  const store = inferencePage.useActions();
  const model = modelAvailability(availability, selection.model);
  return (
    <div className="controls" role="group" aria-label="Chart controls">
      {availability.models.length > 1 && (
        <Select
          label="Model"
          value={selection.model}
          options={availability.models.map((m) => ({ value: m.key, label: labelOf(manifest.models, m.key) }))}
          onChange={(key) => store.pickModel(key, availability)}
        />
      )}
      <SequenceToggle
        sequences={model.sequences}
        manifest={manifest}
        value={selection.sequence}
        onChange={store.pickSequence}
      />
      <PrecisionChecks
        all={model.precisions}
        shown={selection.precisions}
        manifest={manifest}
        onToggle={store.togglePrecision}
      />
      <DateControl
        manifest={manifest}
        model={selection.model}
        {...seriesDateChoice(selection, manifest)}
        value={selection.asOf}
        onChange={store.pickDate}
      />
      <MetricSelect value={selection.metric} onChange={store.pickMetric} />
      <Select<XAxisKey>
        label="X axis"
        value={selection.xAxis}
        options={X_AXIS_KEYS.map((k) => ({ value: k, label: X_AXES[k].label }))}
        onChange={store.pickXAxis}
      />
      <PriceControl
        tier={selection.tier}
        usdPerGpuHour={selection.usdPerGpuHour}
        specs={specs}
        onTier={store.pickTier}
        onCustomPrice={store.pickCustomPrice}
      />
      <CostSetSelect specs={specs} value={selection.costSet} onChange={store.pickCostSet} />
      <fieldset className="segmented">
        <legend className="control-label">Display</legend>
        <Checkbox label="Log scale" checked={selection.logScale} onChange={store.pickLogScale} />
        <Checkbox label="Frontier only" checked={selection.frontierOnly} onChange={store.pickFrontierOnly} />
      </fieldset>
    </div>
  );
}

const BEST_LABELS: Record<BestMode, string> = {
  gpu: 'Best per GPU',
  engine: 'Best per GPU and engine',
  all: 'Every series',
};

/** The legend mode: each GPU's (or GPU × engine's) best series, or every series. */
export function BestModeSelect({ value }: { value: BestMode }) {
  const { pickBest } = inferencePage.useActions();
  return (
    <Select<BestMode>
      label="Lines"
      value={value}
      options={(['gpu', 'engine', 'all'] as const).map((m) => ({ value: m, label: BEST_LABELS[m] }))}
      onChange={pickBest}
    />
  );
}
