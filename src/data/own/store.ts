import type { BenchmarkPoint } from '../schema';
import type { OwnFormat } from './records';
import type { OwnSetup } from './to-points';

/**
 * Your own results, kept in this browser only (IndexedDB), until removed. Nothing here is ever
 * sent anywhere: the app has no server, and no request carries these points.
 */

export interface OwnFile {
  /** Random, made when the file is added; point ids are `own:<id>#<row>`. */
  readonly id: string;
  readonly name: string;
  readonly bytes: number;
  /** ISO timestamp of when it was added. */
  readonly addedAt: string;
  readonly format: OwnFormat;
  readonly model: string;
  readonly sequence: OwnSetup['sequence'];
  readonly setup: OwnSetup;
  readonly points: readonly BenchmarkPoint[];
  /** What was wrong with the file, by row and field (those runs are not in `points`). */
  readonly problems: readonly string[];
  readonly runsRead: number;
}

const DB = 'isoline-own-results';
const STORE = 'files';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.addEventListener('upgradeneeded', () => {
      if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE, { keyPath: 'id' });
    });
    request.addEventListener('success', () => resolve(request.result));
    request.addEventListener('error', () => reject(request.error ?? new Error('IndexedDB could not be opened')));
  });
}

async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = act(tx.objectStore(STORE));
      tx.addEventListener('complete', () => resolve(request.result));
      tx.addEventListener('error', () => reject(tx.error ?? new Error('IndexedDB transaction failed')));
      tx.addEventListener('abort', () => reject(tx.error ?? new Error('IndexedDB transaction aborted')));
    });
  } finally {
    db.close();
  }
}

/** Every kept file, oldest first. */
export async function listOwnFiles(): Promise<OwnFile[]> {
  const files = await run('readonly', (s) => s.getAll() as IDBRequest<OwnFile[]>);
  return files.sort((a, b) => (a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : 0));
}

export async function saveOwnFile(file: OwnFile): Promise<void> {
  await run('readwrite', (s) => s.put(file));
}

export async function removeOwnFile(id: string): Promise<void> {
  await run('readwrite', (s) => s.delete(id));
}

export async function removeAllOwnFiles(): Promise<void> {
  await run('readwrite', (s) => s.clear());
}

/** A fresh id for a file (not derived from its content, so the same file can be added twice). */
export function newOwnFileId(): string {
  return crypto.randomUUID().slice(0, 8);
}
