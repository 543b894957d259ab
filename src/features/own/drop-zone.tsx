import { useId, useRef, useState, type DragEvent } from 'react';

/**
 * A file picker and a drop zone: the button opens the browser's file chooser (and is how the
 * keyboard adds a file); a file dropped anywhere on the zone is read the same way.
 */
export function DropZone({ onFile, busy }: { onFile: (file: File) => void; busy: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const [over, setOver] = useState(false);
  const take = (list: FileList | null) => {
    const file = list?.[0];
    if (file) onFile(file);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    take(e.dataTransfer.files);
  };
  return (
    <div
      className={over ? 'own-drop own-drop-over' : 'own-drop'}
      data-testid="own-drop"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <label htmlFor={inputId} className="visually-hidden">
        Result file to add (vLLM, SGLang, InferenceX rows or CSV)
      </label>
      <input
        id={inputId}
        ref={input}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        accept=".json,.jsonl,.csv,.txt,application/json,text/csv"
        onChange={(e) => {
          take(e.target.files);
          e.target.value = '';
        }}
      />
      <span>Drop a result file here, or </span>
      <button type="button" onClick={() => input.current?.click()} disabled={busy}>
        Choose a file…
      </button>
      <span className="muted">
        {' '}
        vLLM <code>--save-result</code> JSON or JSON lines, SGLang <code>bench_serving</code> JSON lines, InferenceX API
        rows, or a CSV with Isoline’s columns (see the README).
      </span>
    </div>
  );
}
