import { useState } from 'react';
import { Segmented } from '../../components/segmented';
import { useDraft } from '../../components/use-draft';
import type { GpuSpecs, Manifest } from '../../data/schema';
import { parseTargetList } from '../../math';
import { modelAvailability, type InferenceAvailability } from '../../state/availability';
import { rankPage, type RankGroupingKey, type RankSelection } from '../../state/pages/rank';
import { CostSetSelect, MetricSelect, PrecisionChecks, PriceControl, SequenceToggle } from '../compare/common-controls';
import { FilterControls } from '../compare/filter-controls';
import { DateControl, seriesDateChoice } from '../compare/date-control';

interface ControlsProps {
  selection: RankSelection;
  available: InferenceAvailability;
  manifest: Manifest;
  specs: GpuSpecs;
  /** The target in use (the page's default when none is pinned). */
  target?: number;
}

const GROUPINGS = [
  { value: 'gpu', label: 'Best per GPU' },
  { value: 'engine', label: 'Per GPU × engine' },
  { value: 'series', label: 'Every series' },
] as const satisfies readonly { value: RankGroupingKey; label: string }[];

export function RankControls({ selection, available, manifest, specs, target }: ControlsProps) {
  const actions = rankPage.useActions();
  const model = modelAvailability(available, selection.model);
  return (
    <div className="controls" role="group" aria-label="Ranking controls">
      <SequenceToggle
        sequences={model.sequences}
        manifest={manifest}
        value={selection.sequence}
        onChange={actions.pickSequence}
      />
      <DateControl
        manifest={manifest}
        model={selection.model}
        {...seriesDateChoice(selection, manifest)}
        value={selection.asOf}
        onChange={actions.pickDate}
      />
      <MetricSelect value={selection.metric} onChange={actions.pickMetric} />
      <TargetInput pinned={selection.target} shown={target ?? null} onPin={actions.pinTarget} />
      <Segmented label="Rows" value={selection.by} options={GROUPINGS} onChange={actions.pickGrouping} />
      <PrecisionChecks
        all={model.precisions}
        shown={selection.precisions}
        manifest={manifest}
        onToggle={actions.togglePrecision}
      />
      <PriceControl
        tier={selection.tier}
        usdPerGpuHour={selection.usdPerGpuHour}
        specs={specs}
        onTier={actions.pickTier}
        onCustomPrice={actions.pickCustomPrice}
      />
      <CostSetSelect specs={specs} value={selection.costSet} onChange={actions.pickCostSet} />
      <FilterControls
        filters={selection.filters}
        choices={model.filters}
        manifest={manifest}
        onPick={actions.pickFilter}
      />
    </div>
  );
}

/** The target, applied on commit (Enter, leaving the field, or Apply), with the links' rule. */
function TargetInput(props: { pinned: number | null; shown: number | null; onPin: (target: number | null) => void }) {
  const start = props.shown === null ? '' : String(props.shown);
  const [draft, setDraft] = useDraft(start, () => start);
  const [problem, setProblem] = useState<string | null>(null);
  const commit = () => {
    if (draft.trim() === start) return;
    const parsed = parseTargetList(draft);
    if (!parsed.ok || parsed.targets.length !== 1) {
      setProblem(`${parsed.ok ? 'Give one target' : parsed.reason}; the ranking stays at ${start} tok/s/user.`);
      return;
    }
    props.onPin(parsed.targets[0]!);
  };
  return (
    <form
      className="control price-form"
      onSubmit={(event) => {
        event.preventDefault();
        commit();
      }}
    >
      <label className="control">
        <span className="control-label">Target (tok/s/user)</span>
        <input
          type="text"
          inputMode="decimal"
          value={draft}
          aria-invalid={problem !== null}
          onChange={(e) => {
            setProblem(null);
            setDraft(e.target.value);
          }}
          onBlur={commit}
        />
      </label>
      <button type="submit" className="button-quiet">
        Rank
      </button>
      {props.pinned !== null && (
        <button type="button" className="button-quiet" onClick={() => props.onPin(null)}>
          Default target
        </button>
      )}
      {problem && (
        <span className="field-error" role="status">
          {problem}
        </span>
      )}
    </form>
  );
}
