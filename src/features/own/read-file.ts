import type { ParsedOwnFile } from '../../data/own/records';
import type { WorkerReply } from '../../data/own/parse-worker';

export type ReadOutcome =
  { kind: 'parsed'; parsed: ParsedOwnFile } | { kind: 'rows'; rows: unknown[] } | { kind: 'error'; message: string };

/**
 * Reads a result file in a worker (parse-worker.ts), so a large file never freezes the page;
 * `onProgress` gets the share done, 0 to 1. Never rejects: a file that cannot be read is an
 * `error` outcome saying why.
 */
export async function readOwnFile(file: File, onProgress: (done: number) => void): Promise<ReadOutcome> {
  let text: string;
  try {
    text = await file.text();
  } catch (err) {
    return {
      kind: 'error',
      message: `the browser could not read it (${err instanceof Error ? err.message : String(err)})`,
    };
  }
  const worker = new Worker(new URL('../../data/own/parse-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<ReadOutcome>((resolve) => {
    const finish = (outcome: ReadOutcome) => {
      worker.terminate();
      resolve(outcome);
    };
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.kind === 'progress') onProgress(reply.done);
      else if (reply.kind === 'done') finish({ kind: 'parsed', parsed: reply.parsed });
      else if (reply.kind === 'rows') finish({ kind: 'rows', rows: reply.rows });
      else finish({ kind: 'error', message: reply.message });
    });
    worker.addEventListener('error', (event) =>
      finish({ kind: 'error', message: `the reader stopped (${event.message || 'no reason given'})` }),
    );
    // A worker has no origin to name: the message goes to the worker this page started.
    // oxlint-disable-next-line unicorn/require-post-message-target-origin
    worker.postMessage({ text });
  });
}
