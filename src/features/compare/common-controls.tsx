import { Segmented } from '../../components/segmented';
import { Select } from '../../components/select';
import type { GpuSpecs, Manifest, SequenceKey } from '../../data/schema';
import { METRIC_KEYS, METRICS, type MetricKey } from '../../domain/metrics';
import { costSetOptions } from './assumptions';

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
