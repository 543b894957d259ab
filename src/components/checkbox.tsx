import { memoControl } from './memo-control';

interface CheckboxProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
}

/** A labelled native checkbox. */
function PlainCheckbox({ label, checked, onChange, disabled }: CheckboxProps) {
  return (
    <label className="checkbox">
      <input type="checkbox" checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}

/** Redrawn only when what it shows changes (see `memoControl`). */
export const Checkbox = memoControl(PlainCheckbox);
