import { memoControl } from '../../components/memo-control';
import { Select } from '../../components/select';
import { runDatesMatching, useRunDates, type RunDatesFilter } from '../../data/run-dates';
import type { Manifest, SequenceKey } from '../../data/schema';
import { vendorKey } from '../../state/availability';
import type { QuickFilters } from '../../state/params';
import { dateOptions, LATEST_VIEW } from './as-of';
import './as-of.css';

interface DateControlProps {
  manifest: Manifest;
  model: string;
  /** The page's current choice: the picker lists the run dates of the groups it covers. */
  filter: RunDatesFilter;
  /** Only these GPUs (a vendor filter); absent = every GPU the filter allows. */
  hardwareIn?: readonly string[];
  /** The day shown (YYYY-MM-DD), or null for the latest view. */
  value: string | null;
  onChange: (asOf: string | null) => void;
}

/**
 * "As of": the latest view or one of the run dates of the current choice, newest first. A day
 * in the address that is no run date stays listed as such. Until the small run-dates file has
 * loaded (or when it failed) only the latest view and the current day are offered, and a short
 * note says why. A pick commits once (see `Select`).
 */
function PlainDateControl({ manifest, model, filter, hardwareIn, value, onChange }: DateControlProps) {
  const { file, failed } = useRunDates(manifest, model);
  const groups = file && hardwareIn ? file.groups.filter((g) => hardwareIn.includes(g.hardware)) : file?.groups;
  const runDates = file && groups ? runDatesMatching({ ...file, groups }, filter) : null;
  const listed = manifest.runDates.some((r) => r.model === model);
  const note = file
    ? null
    : !listed
      ? 'no run dates in the data'
      : failed
        ? 'run dates could not be loaded'
        : 'loading run dates…';
  return (
    <div className="control-with-note" data-testid="date-control">
      <Select
        label="As of"
        value={value ?? LATEST_VIEW}
        options={dateOptions(value, runDates)}
        onChange={(v) => onChange(v === LATEST_VIEW ? null : v)}
      />
      {note && <span className="muted control-note">{note}</span>}
    </div>
  );
}

/** The run-dates choice of a page of series (/inference, /rank): its sequence, precisions and quick filters. */
export function seriesDateChoice(
  selection: { sequence: SequenceKey; precisions: readonly string[]; filters: QuickFilters },
  manifest: Manifest,
): { filter: RunDatesFilter; hardwareIn?: readonly string[] } {
  const { vendor, engine, spec } = selection.filters;
  return {
    filter: {
      sequence: selection.sequence,
      precisions: selection.precisions,
      engine,
      ...(spec === null ? {} : { specMethod: spec }),
    },
    ...(vendor === null
      ? {}
      : { hardwareIn: manifest.hardware.filter((h) => vendorKey(h.vendor) === vendor).map((h) => h.key) }),
  };
}

/** Redrawn only when what it shows changes (see `memoControl`). */
export const DateControl = memoControl(PlainDateControl);
