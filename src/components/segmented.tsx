import { memoControl } from './memo-control';

interface SegmentedOption<T extends string> {
  value: T;
  label: string;
  disabled?: boolean;
}

interface SegmentedProps<T extends string> {
  label: string;
  value: T;
  options: readonly SegmentedOption<T>[];
  onChange: (value: T) => void;
  hideLabel?: boolean;
}

/** A row of radio buttons styled as a segmented toggle; keyboard and screen-reader friendly. */
function PlainSegmented<T extends string>({ label, value, options, onChange, hideLabel }: SegmentedProps<T>) {
  return (
    <fieldset className="segmented">
      <legend className={hideLabel ? 'visually-hidden' : 'control-label'}>{label}</legend>
      <div className="segmented-options">
        {options.map((option) => (
          <label key={option.value} className={option.value === value ? 'segment segment-active' : 'segment'}>
            <input
              type="radio"
              name={label}
              value={option.value}
              checked={option.value === value}
              disabled={option.disabled}
              onChange={() => onChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** Redrawn only when what it shows changes (see `memoControl`). */
export const Segmented = memoControl(PlainSegmented) as typeof PlainSegmented;
