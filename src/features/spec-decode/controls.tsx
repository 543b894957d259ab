import { useMemo } from 'react';
import { CostSetSelect, MetricSelect, SequenceToggle } from '../compare/common-controls';
import { DateControl } from '../compare/date-control';
import { Checkbox } from '../../components/checkbox';
import { Select } from '../../components/select';
import type { GpuSpecs, Manifest } from '../../data/schema';
import type { SpecDecodeAvailability } from '../../state/availability';
import { defaultSpecDecodeSelection, specDecodePage, type SpecDecodeSelection } from '../../state/pages/spec-decode';
import { ViewOptions } from '../compare/view-options';
import { specDecodeChoices } from './choices';

interface ControlsProps {
  selection: SpecDecodeSelection;
  available: SpecDecodeAvailability;
  manifest: Manifest;
  specs: GpuSpecs;
  /** Fold under a summary of the choices on phones (the page's view; not the fallback shown after a failed load). */
  folds?: boolean;
}

const ALL_ENGINES = '__all__';

export function SpecDecodeControls(props: ControlsProps) {
  const { selection, available, manifest, specs } = props;
  const defaults = useMemo(() => defaultSpecDecodeSelection(available), [available]);
  const controls = <Controls {...props} />;
  if (!props.folds) return controls;
  return <ViewOptions choices={specDecodeChoices(selection, defaults, manifest, specs)}>{controls}</ViewOptions>;
}

function Controls({ selection, available: availability, manifest, specs }: ControlsProps) {
  const store = specDecodePage.useActions();
  const label = (list: { key: string; label: string }[], key: string) => list.find((x) => x.key === key)?.label ?? key;
  return (
    <div className="controls" role="group" aria-label="Comparison controls">
      <SequenceToggle
        sequences={availability.sequences}
        manifest={manifest}
        value={selection.sequence}
        onChange={store.pickSequence}
      />
      <MetricSelect value={selection.metric} onChange={store.pickMetric} />
      <Select
        label="Engine"
        value={selection.engine ?? ALL_ENGINES}
        options={[
          { value: ALL_ENGINES, label: 'All engines (pooled)' },
          ...availability.engines.map((e) => ({ value: e, label: label(manifest.engines, e) })),
        ]}
        onChange={(v) => store.pickEngine(v === ALL_ENGINES ? null : v)}
      />
      <DateControl
        manifest={manifest}
        model={selection.model}
        filter={{
          hardware: selection.hardware,
          precisions: [selection.precision, ...selection.extraPrecisions],
          sequence: selection.sequence,
          engine: selection.engine,
        }}
        value={selection.asOf}
        onChange={store.pickDate}
      />
      <Select
        label="Cost tier"
        value={selection.tier}
        options={availability.tiers.map((t) => ({ value: t, label: label(specs.tiers, t) }))}
        onChange={store.pickTier}
      />
      <CostSetSelect specs={specs} value={selection.costSet} onChange={store.pickCostSet} />
      {availability.otherPrecisions.length > 0 && (
        <fieldset className="segmented">
          <legend className="control-label">Also chart</legend>
          {availability.otherPrecisions.map((p) => (
            <Checkbox
              key={p}
              label={label(manifest.precisions, p)}
              checked={selection.extraPrecisions.includes(p)}
              onChange={() => store.toggleExtraPrecision(p, availability.otherPrecisions)}
            />
          ))}
        </fieldset>
      )}
      <Checkbox label="Log scale" checked={selection.logScale} onChange={store.pickLogScale} />
    </div>
  );
}
