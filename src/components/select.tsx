import { useId, useRef, useState } from 'react';
import { memoControl } from './memo-control';

export interface SelectOption<T extends string> {
  value: T;
  label: string;
  /** Listed but not choosable (arrow keys skip it too). */
  disabled?: boolean;
  /** Options with a group are listed under its name (an `optgroup`), after the ungrouped ones of before them. */
  group?: string;
}

/** Runs of options: an ungrouped option stands alone, consecutive options of one group go together. */
function runsOf<T extends string>(options: readonly SelectOption<T>[]) {
  const runs: { group?: string; options: SelectOption<T>[] }[] = [];
  for (const o of options) {
    const last = runs.at(-1);
    if (o.group !== undefined && last?.group === o.group) last.options.push(o);
    else runs.push({ group: o.group, options: [o] });
  }
  return runs;
}

interface SelectProps<T extends string> {
  label: string;
  value: T;
  options: readonly SelectOption<T>[];
  onChange: (value: T) => void;
}

/** Keys with which a closed native select steps to another option and fires `change` at once. */
const STEP_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

/** A value stepped to with the keyboard, not yet committed; it belongs to the `base` value it was stepped from. */
interface Draft<T extends string> {
  base: T;
  value: T;
}

/**
 * A labelled native select: keyboard, screen readers and mobile pickers work as people expect.
 * A closed select fires `change` on every arrow key (and typed letter), so a value reached by
 * the keyboard is a draft, committed once on Enter or when focus leaves (Escape drops it);
 * arrowing through five options is one `onChange`, one history entry. A pick from the open
 * list (pointer, or Enter in the list) commits at once.
 */
function PlainSelect<T extends string>({ label, value, options, onChange }: SelectProps<T>) {
  const id = useId();
  const [draft, setDraft] = useState<Draft<T> | null>(null);
  // Set by a stepping key until the task that handles it is over: the `change` it causes
  // comes before then, while a pick from the open list comes in a later task.
  const stepping = useRef(false);
  // A draft made before the value changed from elsewhere (Back, a link) no longer applies.
  const pending = draft && draft.base === value ? draft.value : null;
  const commit = () => {
    setDraft(null);
    if (pending !== null && pending !== value) onChange(pending);
  };
  return (
    <div className="control">
      <label className="control-label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        value={pending ?? value}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          else if (e.key === 'Escape') setDraft(null);
          else if (!e.altKey && (STEP_KEYS.has(e.key) || (e.key.length === 1 && e.key !== ' '))) {
            stepping.current = true;
            setTimeout(() => (stepping.current = false), 0);
          }
        }}
        onBlur={commit}
        onChange={(e) => {
          const next = options.find((o) => o.value === e.target.value);
          if (!next) return;
          if (stepping.current) setDraft({ base: value, value: next.value });
          else {
            setDraft(null);
            if (next.value !== value) onChange(next.value);
          }
        }}
      >
        {runsOf(options).map((run) => {
          const items = run.options.map((o) => (
            <option key={o.value} value={o.value} disabled={o.disabled}>
              {o.label}
            </option>
          ));
          return run.group === undefined ? (
            items[0]
          ) : (
            <optgroup key={`group:${run.group}`} label={run.group}>
              {items}
            </optgroup>
          );
        })}
      </select>
    </div>
  );
}

/** Redrawn only when what it shows changes (see `memoControl`). */
export const Select = memoControl(PlainSelect) as typeof PlainSelect;
