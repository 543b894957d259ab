/// <reference lib="webworker" />
import { detectFormat, parseResultFile } from './detect';
import { packRecords, type ParsedOwnFile } from './records';
import { isViewFile, readViewFile, type ViewFile } from './view-file';

/**
 * Reads a result file off the main thread, so a 10 MB or 50,000-run file never freezes the page.
 * In: { file } (read here, so the page never decodes or copies its text). Out: { kind: 'progress', done } while reading runs (0 to 1), then
 * { kind: 'done', parsed } or { kind: 'error', message }. InferenceX rows go back as
 * { kind: 'rows', rows } for the ingest's own row reader; a view file ("Download view") as
 * { kind: 'view', view } once checked, or { kind: 'view-invalid', problems }.
 */
export type WorkerReply =
  | { kind: 'progress'; done: number }
  /** The runs travel packed (`packRecords`, a transferred buffer); `parsed.records` is empty. */
  | { kind: 'done'; parsed: ParsedOwnFile; packed: Float64Array }
  | { kind: 'rows'; rows: unknown[] }
  | { kind: 'view'; view: ViewFile }
  | { kind: 'view-invalid'; problems: string[] }
  | { kind: 'error'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** The file's one JSON value when it is a view file, else undefined (JSON lines and other files fall through). */
function viewValue(text: string): unknown {
  if (!text.trimStart().startsWith('{') || !text.includes('"isoline-view"')) return undefined;
  try {
    const value = JSON.parse(text) as unknown;
    return isViewFile(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

scope.addEventListener('message', (event: MessageEvent<{ file: Blob }>) => void readFile(event.data.file));

async function readFile(file: Blob): Promise<void> {
  // A worker's postMessage goes to the page that started it: there is no origin to name.
  // oxlint-disable-next-line unicorn/require-post-message-target-origin
  const post = (reply: WorkerReply) => scope.postMessage(reply);
  let text: string;
  try {
    text = await file.text();
  } catch (err) {
    post({
      kind: 'error',
      message: `the browser could not read it (${err instanceof Error ? err.message : String(err)})`,
    });
    return;
  }
  try {
    post({ kind: 'progress', done: 0.05 });
    const view = viewValue(text);
    if (view !== undefined) {
      const read = readViewFile(view);
      post(read.ok ? { kind: 'view', view: read.view } : { kind: 'view-invalid', problems: read.problems });
      return;
    }
    const detected = detectFormat(text);
    if (detected.format === null) {
      post({ kind: 'error', message: `Not a result file Isoline reads: ${detected.reason}.` });
      return;
    }
    if (detected.format === 'inferencex-rows') {
      const rows = JSON.parse(text) as unknown;
      post({ kind: 'rows', rows: Array.isArray(rows) ? rows : [rows] });
      return;
    }
    post({ kind: 'progress', done: 0.1 });
    const parsed = parseResultFile(detected.format, text, (done) => post({ kind: 'progress', done: 0.1 + 0.9 * done }));
    const packed = packRecords(parsed.records);
    // oxlint-disable-next-line unicorn/require-post-message-target-origin
    scope.postMessage({ kind: 'done', parsed: { ...parsed, records: [] }, packed } satisfies WorkerReply, [
      packed.buffer,
    ]);
  } catch (err) {
    post({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
  }
}
