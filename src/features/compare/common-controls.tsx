import { useState } from 'react';
import { Checkbox } from '../../components/checkbox';
import { Segmented } from '../../components/segmented';
import { useDraft } from '../../components/use-draft';
import { Select } from '../../components/select';
import type { GpuSpecs, Manifest, SequenceKey } from '../../data/schema';
import { METRIC_KEYS, METRICS, type MetricKey } from '../../domain/metrics';
import { MAX_USD_PER_GPU_HOUR, parseUsdPerGpuHour } from '../../state/params';
import { costSetOptions } from './assumptions';

const CUSTOM_PRICE = '__custom__';
/** The price a custom $/GPU-hour starts from, before the user types one. */
const STARTING_CUSTOM_USD = 2;

/** The controls every page with a chart has, so each reads and labels its choices the same way. */

export function SequenceToggle(props: {
  sequences: readonly SequenceKey[];
  manifest: Manifest;
  value: SequenceKey;
  onChange: (sequence: SequenceKey) => void;
}) {
  const labels = new Map(props.manifest.sequences.map((s) => [s.key, s.label]));
  return (
    <Segmented
      label="Sequence"
      value={props.value}
      options={props.sequences.map((s) => ({ value: s, label: labels.get(s) ?? s }))}
      onChange={props.onChange}
    />
  );
}

export function MetricSelect(props: { value: MetricKey; onChange: (metric: MetricKey) => void }) {
  return (
    <Select<MetricKey>
      label="Metric"
      value={props.value}
      options={METRIC_KEYS.map((k) => ({ value: k, label: METRICS[k].label }))}
      onChange={props.onChange}
    />
  );
}

export function CostSetSelect(props: { specs: GpuSpecs; value: string; onChange: (costSet: string) => void }) {
  return (
    <Select
      label="Cost & power set"
      value={props.value}
      options={costSetOptions(props.specs)}
      onChange={props.onChange}
    />
  );
}

/**
 * A cost tier of the set, or the user's own $/GPU-hour for every GPU. The typed price applies
 * on commit (Enter, leaving the field, or Apply), like the targets: half-typed values never
 * redraw the chart.
 */
export function PriceControl(props: {
  tier: string;
  usdPerGpuHour: number | null;
  specs: GpuSpecs;
  onTier: (tier: string) => void;
  onCustomPrice: (usdPerGpuHour: number) => void;
}) {
  const { specs, onTier: pickTier, onCustomPrice: pickCustomPrice } = props;
  const custom = props.usdPerGpuHour;
  const [draft, setDraft] = useDraft(String(custom), () => (custom === null ? '' : String(custom)));
  // Set when a commit was refused, cleared by the next edit.
  const [refused, setRefused] = useState(false);
  const commit = () => {
    const usd = parseUsdPerGpuHour(draft);
    if (usd === null) setRefused(true);
    else pickCustomPrice(usd);
  };
  return (
    <>
      <Select
        label="Price"
        value={custom === null ? props.tier : CUSTOM_PRICE}
        options={[
          ...specs.tiers.map((t) => ({ value: t.key, label: t.label })),
          { value: CUSTOM_PRICE, label: 'Your $/GPU-hour' },
        ]}
        onChange={(v) => (v === CUSTOM_PRICE ? pickCustomPrice(STARTING_CUSTOM_USD) : pickTier(v))}
      />
      {custom !== null && (
        <form
          className="control price-form"
          onSubmit={(event) => {
            event.preventDefault();
            commit();
          }}
        >
          <label className="control">
            <span className="control-label">$/GPU-hour (every GPU)</span>
            <input
              type="text"
              inputMode="decimal"
              value={draft}
              onChange={(e) => {
                setRefused(false);
                setDraft(e.target.value);
              }}
              onBlur={commit}
              aria-invalid={refused}
            />
          </label>
          <button type="submit" className="button-quiet">
            Apply
          </button>
          {refused && (
            <span className="field-error" role="status">
              Not a price (above 0, at most {MAX_USD_PER_GPU_HOUR}, up to 3 decimals); the chart uses ${custom}.
            </span>
          )}
        </form>
      )}
    </>
  );
}

/** The precisions a view shows, ticked; the last one cannot be unticked, so the view always shows something. */
export function PrecisionChecks(props: {
  all: readonly string[];
  shown: readonly string[];
  manifest: Manifest;
  onToggle: (precision: string, allInOrder: readonly string[]) => void;
}) {
  const labels = new Map(props.manifest.precisions.map((p) => [p.key, p.label]));
  return (
    <fieldset className="segmented">
      <legend className="control-label">Precision</legend>
      {props.all.map((p) => {
        const checked = props.shown.includes(p);
        return (
          <Checkbox
            key={p}
            label={labels.get(p) ?? p}
            checked={checked}
            disabled={checked && props.shown.length === 1}
            onChange={() => props.onToggle(p, props.all)}
          />
        );
      })}
    </fieldset>
  );
}
