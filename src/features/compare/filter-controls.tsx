import { Select } from '../../components/select';
import { SPEC_METHOD_KEYS, type Manifest } from '../../data/schema';
import { vendorKey } from '../../state/availability';
import type { FilterChoices, QuickFilters } from '../../state/params';

const labelOf = (list: readonly { key: string; label?: string; displayName?: string }[], key: string) => {
  const found = list.find((x) => x.key === key);
  return found?.label ?? found?.displayName ?? key;
};

const ALL = '__all__';

/** The quick filters: vendor, engine, spec method and disaggregated, each "all" by default. */
export function FilterControls({
  filters: f,
  choices,
  manifest,
  onPick: pickFilter,
}: {
  filters: QuickFilters;
  choices: FilterChoices;
  manifest: Manifest;
  onPick: (patch: Partial<QuickFilters>) => void;
}) {
  const { vendors, engines } = choices;
  const vendorName = (key: string) => manifest.hardware.find((h) => vendorKey(h.vendor) === key)?.vendor ?? key;
  return (
    <div className="controls" role="group" aria-label="Filters">
      <Select
        label="Vendors"
        value={f.vendor ?? ALL}
        options={[{ value: ALL, label: 'All vendors' }, ...vendors.map((v) => ({ value: v, label: vendorName(v) }))]}
        onChange={(v) => pickFilter({ vendor: v === ALL ? null : v })}
      />
      <Select
        label="Engines"
        value={f.engine ?? ALL}
        options={[
          { value: ALL, label: 'All engines' },
          ...engines.map((e) => ({ value: e, label: labelOf(manifest.engines, e) })),
        ]}
        onChange={(v) => pickFilter({ engine: v === ALL ? null : v })}
      />
      <Select
        label="Spec decoding"
        value={f.spec ?? ALL}
        options={[
          { value: ALL, label: 'MTP and Off' },
          ...SPEC_METHOD_KEYS.map((m) => ({ value: m, label: labelOf(manifest.specMethods, m) })),
        ]}
        onChange={(v) => pickFilter({ spec: SPEC_METHOD_KEYS.find((m) => m === v) ?? null })}
      />
      <Select
        label="Disaggregated"
        value={f.disagg === null ? ALL : f.disagg ? 'yes' : 'no'}
        options={[
          { value: ALL, label: 'Yes and no' },
          { value: 'yes', label: 'Yes (prefill and decode apart)' },
          { value: 'no', label: 'No' },
        ]}
        onChange={(v) => pickFilter({ disagg: v === ALL ? null : v === 'yes' })}
      />
    </div>
  );
}
