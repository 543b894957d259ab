import { useState, type FormEvent } from 'react';
import { useDraft } from '../../components/use-draft';
import { formatTokPerSecPerUser } from '../../domain/format';

interface TargetEditorProps {
  targets: readonly number[];
  band: { lo: number; hi: number };
  pinned: boolean;
  onPin: (targets: number[]) => void;
  onReset: () => void;
}

/**
 * Edits the three interactivity targets. Values are rounded to 0.01 tok/s/user (what the URL
 * keeps); the band check happens in the engine, which reports targets it cannot use.
 */
export function TargetEditor({ targets, band, pinned, onPin, onReset }: TargetEditorProps) {
  const shown = targets.map((t) => formatTokPerSecPerUser(t));
  const [draft, setDraft] = useDraft(targets.join(','), () => shown);
  // Set on a rejected "Apply", cleared by the next edit.
  const [rejected, setRejected] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const values = draft.map((d) => (d.trim() === '' ? Number.NaN : Math.round(Number(d) * 100) / 100));
    if (values.every((v) => Number.isFinite(v) && v > 0)) onPin([...values].sort((a, b) => a - b));
    else setRejected(true);
  };
  return (
    <form className="target-editor" onSubmit={submit} aria-label="Interactivity targets">
      {draft.map((value, i) => (
        <label key={i} className="control">
          <span className="control-label">Target {i + 1} (tok/s/user)</span>
          <input
            type="number"
            inputMode="decimal"
            min={Math.ceil(band.lo)}
            max={Math.floor(band.hi)}
            step="any"
            value={value}
            onChange={(e) => {
              setRejected(false);
              setDraft(draft.map((d, j) => (j === i ? e.target.value : d)));
            }}
          />
        </label>
      ))}
      <button type="submit" className="button">
        Apply targets
      </button>
      {pinned && (
        <button type="button" className="button-quiet" onClick={onReset}>
          Reset to band quarters
        </button>
      )}
      {rejected && (
        <p className="field-error" role="alert">
          Each target must be a number above 0 tok/s/user; the table keeps {shown.join(' / ')}.
        </p>
      )}
    </form>
  );
}
