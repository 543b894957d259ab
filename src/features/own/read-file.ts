import { packedCount, unpackRecords, type ParsedOwnFile, type RunRecord } from '../../data/own/records';

/** Runs made into objects per step; between steps the page answers input (50,000 runs: 10 short steps). */
const UNPACK_STEP = 5000;

async function unpackInSteps(packed: Float64Array): Promise<RunRecord[]> {
  const records: RunRecord[] = [];
  for (let from = 0; from < packedCount(packed); from += UNPACK_STEP) {
    if (from > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    records.push(...unpackRecords(packed, from, from + UNPACK_STEP));
  }
  return records;
}
import type { WorkerReply } from '../../data/own/parse-worker';
import type { ViewFile } from '../../data/own/view-file';

export type ReadOutcome =
  | { kind: 'parsed'; parsed: ParsedOwnFile }
  | { kind: 'rows'; rows: unknown[] }
  | { kind: 'view'; view: ViewFile }
  | { kind: 'view-invalid'; problems: string[] }
  | { kind: 'error'; message: string };

/**
 * Reads a result file in a worker (parse-worker.ts), so a large file never freezes the page;
 * `onProgress` gets the share done, 0 to 1. Never rejects: a file that cannot be read is an
 * `error` outcome saying why.
 */
export async function readOwnFile(file: File, onProgress: (done: number) => void): Promise<ReadOutcome> {
  const worker = new Worker(new URL('../../data/own/parse-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<ReadOutcome>((resolve) => {
    const finish = (outcome: ReadOutcome) => {
      worker.terminate();
      resolve(outcome);
    };
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.kind === 'progress') onProgress(reply.done);
      else if (reply.kind === 'done')
        void unpackInSteps(reply.packed).then((records) =>
          finish({ kind: 'parsed', parsed: { ...reply.parsed, records } }),
        );
      else if (reply.kind === 'rows') finish({ kind: 'rows', rows: reply.rows });
      else if (reply.kind === 'view') finish({ kind: 'view', view: reply.view });
      else if (reply.kind === 'view-invalid') finish({ kind: 'view-invalid', problems: reply.problems });
      else finish({ kind: 'error', message: reply.message });
    });
    worker.addEventListener('error', (event) =>
      finish({ kind: 'error', message: `the reader stopped (${event.message || 'no reason given'})` }),
    );
    // A worker has no origin to name: the message goes to the worker this page started.
    // oxlint-disable-next-line unicorn/require-post-message-target-origin
    // The file itself goes to the worker (a reference, not a copy): the worker decodes its text.
    // A worker has no origin to name: the message goes to the worker this page started.
    // oxlint-disable-next-line unicorn/require-post-message-target-origin
    worker.postMessage({ file });
  });
}
