/// <reference lib="webworker" />
import { detectFormat, parseResultFile } from './detect';
import type { ParsedOwnFile } from './records';

/**
 * Reads a result file off the main thread, so a 10 MB or 50,000-run file never freezes the page.
 * In: { text }. Out: { kind: 'progress', done } while reading lines, then { kind: 'done', parsed }
 * or { kind: 'error', message }. InferenceX rows go back as { kind: 'rows', rows } for the
 * ingest's own row reader.
 */
export type WorkerReply =
  | { kind: 'progress'; done: number }
  | { kind: 'done'; parsed: ParsedOwnFile }
  | { kind: 'rows'; rows: unknown[] }
  | { kind: 'error'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', (event: MessageEvent<{ text: string }>) => {
  // A worker's postMessage goes to the page that started it: there is no origin to name.
  // oxlint-disable-next-line unicorn/require-post-message-target-origin
  const post = (reply: WorkerReply) => scope.postMessage(reply);
  try {
    const { text } = event.data;
    post({ kind: 'progress', done: 0.1 });
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
    post({ kind: 'progress', done: 0.5 });
    post({ kind: 'done', parsed: parseResultFile(detected.format, text) });
  } catch (err) {
    post({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
  }
});
