import { useState, type FormEvent } from 'react';
import { useDraft } from '../../components/use-draft';
import { formatTokPerSecPerUser } from '../../domain/format';
import { checkTargets, parseTargetList } from '../../math';

interface TargetEditorProps {
  /** The targets in use (1 to 3; one on a single-point band): one input each. */
  targets: readonly number[];
  band: { lo: number; hi: number };
  pinned: boolean;
  /** Pins the given targets, or goes back to the band's default targets with null. */
  onPinTargets: (targets: number[] | null) => void;
}

/**
 * Edits the interactivity targets with the one target rule of `src/math/targets.ts`: the
 * list is read as a link's `at` is (`parseTargetList`: numbers above 0, to 0.01, no
 * duplicates), then checked against the band (`checkTargets`), and every refusal is said in
 * the engine's words. No native min/max: the band check is the engine's alone.
 */
export function TargetEditor({ targets, band, pinned, onPinTargets }: TargetEditorProps) {
  const shown = targets.map((t) => formatTokPerSecPerUser(t));
  const [draft, setDraft] = useDraft(targets.join(','), () => shown);
  // Set on a refused "Apply", cleared by the next edit.
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseTargetList(draft.join(','));
    if (!parsed.ok) {
      setProblem(parsed.reason);
      return;
    }
    const checked = checkTargets({ kind: 'overlap', ...band }, parsed.targets);
    if (checked.rejected.length > 0) setProblem(checked.rejected.map((r) => r.message).join('; '));
    else onPinTargets(checked.accepted);
  };
  return (
    <form className="target-editor" onSubmit={submit} aria-label="Interactivity targets">
      {draft.map((value, i) => (
        <label key={i} className="control">
          <span className="control-label">Target {i + 1} (tok/s/user)</span>
          <input
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={value}
            onChange={(e) => {
              setProblem(null);
              setDraft(draft.map((d, j) => (j === i ? e.target.value : d)));
            }}
          />
        </label>
      ))}
      <button type="submit" className="button">
        Apply targets
      </button>
      {pinned && (
        <button type="button" className="button-quiet" onClick={() => onPinTargets(null)}>
          Reset to band quarters
        </button>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {problem}; the table keeps {shown.join(' / ')}.
        </p>
      )}
    </form>
  );
}
