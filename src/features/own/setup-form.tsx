import { useId, type ReactNode } from 'react';
import { ENGINES, PRECISIONS, SEQUENCES, SPEC_METHODS, type SequenceKey, type SpecMethod } from '../../domain/catalog';
import type { Manifest } from '../../data/schema';
import type { SetupDraft } from './draft';

interface SetupFormProps {
  draft: SetupDraft;
  onChange: (draft: SetupDraft) => void;
  manifest: Pick<Manifest, 'models' | 'hardware'>;
  /** What is still missing (the Add button waits for none). */
  problems: readonly string[];
  onAdd: () => void;
  onCancel: () => void;
  adding: boolean;
}

function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="control">
      <label className="control-label" htmlFor={id}>
        {label}
      </label>
      {children(id)}
    </div>
  );
}

/** What the file cannot tell, asked once; prefilled from the file where it can be. */
export function SetupForm({ draft, onChange, manifest, problems, onAdd, onCancel, adding }: SetupFormProps) {
  const set = <K extends keyof SetupDraft>(key: K, value: SetupDraft[K]) => onChange({ ...draft, [key]: value });
  const engineList = useId();
  return (
    <form
      className="own-form"
      aria-label="What the file cannot tell"
      onSubmit={(e) => {
        e.preventDefault();
        if (problems.length === 0) onAdd();
      }}
    >
      <div className="controls">
        <Field label="Label">
          {(id) => <input id={id} value={draft.label} onChange={(e) => set('label', e.target.value)} />}
        </Field>
        <Field label="Model">
          {(id) => (
            <select id={id} value={draft.model} onChange={(e) => set('model', e.target.value)}>
              {manifest.models.map((m) => (
                <option key={m.key} value={m.key}>
                  {m.displayName}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="GPU">
          {(id) => (
            <select id={id} value={draft.hardware} onChange={(e) => set('hardware', e.target.value)}>
              <option value="">Pick…</option>
              {manifest.hardware.map((h) => (
                <option key={h.key} value={h.key}>
                  {h.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="GPU count">
          {(id) => (
            <input
              id={id}
              inputMode="numeric"
              value={draft.gpuCount}
              onChange={(e) => set('gpuCount', e.target.value)}
              size={4}
            />
          )}
        </Field>
        <Field label="Disaggregated">
          {(id) => (
            <select
              id={id}
              value={draft.disagg ? 'yes' : 'no'}
              onChange={(e) => set('disagg', e.target.value === 'yes')}
            >
              <option value="no">No</option>
              <option value="yes">Yes (separate prefill and decode GPUs)</option>
            </select>
          )}
        </Field>
        <Field label="Engine">
          {(id) => (
            <>
              <input
                id={id}
                list={engineList}
                value={draft.engine}
                onChange={(e) => set('engine', e.target.value.trim().toLowerCase())}
                size={12}
              />
              <datalist id={engineList}>
                {ENGINES.map((e) => (
                  <option key={e.key} value={e.key}>
                    {e.label}
                  </option>
                ))}
              </datalist>
            </>
          )}
        </Field>
        <Field label="Precision">
          {(id) => (
            <select id={id} value={draft.precision} onChange={(e) => set('precision', e.target.value)}>
              <option value="">Pick…</option>
              {PRECISIONS.map((p) => (
                <option key={p.key} value={p.key}>
                  {p.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Spec decoding">
          {(id) => (
            <select id={id} value={draft.specMethod} onChange={(e) => set('specMethod', e.target.value as SpecMethod)}>
              {SPEC_METHODS.map((m) => (
                <option key={m.key} value={m.key}>
                  {m.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Sequence">
          {(id) => (
            <select id={id} value={draft.sequence} onChange={(e) => set('sequence', e.target.value as SequenceKey)}>
              {SEQUENCES.map((s) => (
                <option key={s.key} value={s.key}>
                  {s.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Run date">
          {(id) => <input id={id} type="date" value={draft.date} onChange={(e) => set('date', e.target.value)} />}
        </Field>
      </div>
      {problems.length > 0 && (
        <p className="muted" data-testid="own-form-missing">
          Still needed: {problems.join('; ')}.
        </p>
      )}
      <div className="row">
        <button type="submit" disabled={problems.length > 0 || adding}>
          Add
        </button>
        <button type="button" className="button-quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
