import { compareText } from '../../domain/text-order';
import type { BenchmarkPoint } from '../schema';
import { decodePoints, encodePoints, type PointColumns } from './columns';
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

/**
 * A file as IndexedDB keeps it (version 2): its points as columns (`encodePoints`), so storing
 * and reading 50,000 points copies a few typed arrays instead of serializing 50,000 objects in
 * one task. Version 1 kept `OwnFile` itself, points as objects; opening the database migrates
 * such records, and `ownFileFromStored` still reads one.
 */
export interface StoredOwnFile extends Omit<OwnFile, 'points'> {
  readonly form: 'columns';
  readonly columns: PointColumns;
}

export function storedOwnFile(file: OwnFile): StoredOwnFile {
  const { points, ...rest } = file;
  return { ...rest, form: 'columns', columns: encodePoints(points) };
}

/** Points made into objects per step; between steps the page answers input (50,000 points: 10 short tasks). */
const DECODE_STEP = 5000;

/** A stored file (either form) as the app uses it; a columns form is read in steps, each its own task. */
export async function ownFileFromStored(stored: StoredOwnFile | OwnFile): Promise<OwnFile> {
  if (!('form' in stored)) return stored;
  const { form: _form, columns, ...rest } = stored;
  const points: BenchmarkPoint[] = [];
  for (let from = 0; from < columns.count; from += DECODE_STEP) {
    if (from > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    for (const p of decodePoints(columns, from, from + DECODE_STEP)) points.push(p);
  }
  return { ...rest, points };
}

const DB = 'isoline-own-results';
const STORE = 'files';
const VERSION = 2;

/** Rewrites version 1's records (points as objects) in the columns form, in the upgrade's own transaction. */
function migrateToColumns(store: IDBObjectStore): void {
  const cursor = store.openCursor();
  cursor.addEventListener('success', () => {
    const at = cursor.result;
    if (!at) return;
    const value = at.value as StoredOwnFile | OwnFile;
    if (!('form' in value)) at.update(storedOwnFile(value));
    at.continue();
  });
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, VERSION);
    request.addEventListener('upgradeneeded', (event) => {
      const db = request.result;
      if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { keyPath: 'id' });
      else if (event.oldVersion < 2) migrateToColumns(request.transaction!.objectStore(STORE));
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
  const stored = await run('readonly', (s) => s.getAll() as IDBRequest<(StoredOwnFile | OwnFile)[]>);
  const files: OwnFile[] = [];
  for (const f of stored) files.push(await ownFileFromStored(f));
  return files.sort((a, b) => compareText(a.addedAt, b.addedAt));
}

export async function saveOwnFile(file: OwnFile): Promise<void> {
  await run('readwrite', (s) => s.put(storedOwnFile(file)));
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
