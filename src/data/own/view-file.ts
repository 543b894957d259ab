import { benchmarkPointSchema, sequenceKeySchema, specMethodSchema } from '../schema';
import {
  array,
  boolean,
  finiteNumber,
  formatIssues,
  matching,
  nonEmptyString,
  nonNegativeInt,
  nullable,
  object,
  oneOf,
  parse,
  positiveInt,
  string,
  type Infer,
} from '../validate';
import type { OwnFile } from './store';

/**
 * "Download view": your files and the page that shows them, in one JSON file. Added again
 * ("Add your results"), it restores the files (with the form's answers) and the view: the
 * page's address and what of your data the address cannot hold (compared sides, their
 * targets, hidden series). Each file's runs are kept as Isoline normalised them (the shipped
 * point fields: tok/s/GPU, tok/s/user, latencies in seconds), so nothing is read twice.
 */

export const VIEW_FILE_MARK = 'isoline-view';

const day = matching(/^\d{4}-\d{2}-\d{2}$/, 'a day written YYYY-MM-DD');

const setupSchema = object({
  label: nonEmptyString(),
  hardware: nonEmptyString(),
  gpuCount: positiveInt(),
  disagg: boolean(),
  engine: nonEmptyString(),
  precision: nonEmptyString(),
  specMethod: specMethodSchema,
  sequence: sequenceKeySchema,
  date: day,
});

const ownFileSchema = object({
  id: matching(/^[A-Za-z0-9_-]{1,64}$/, 'letters, digits, - or _'),
  name: string(),
  bytes: nonNegativeInt(),
  addedAt: string(),
  format: oneOf(['inferencex-rows', 'vllm', 'sglang', 'csv'] as const),
  model: nonEmptyString(),
  sequence: sequenceKeySchema,
  setup: setupSchema,
  points: array(benchmarkPointSchema),
  problems: array(string()),
  runsRead: nonNegativeInt(),
});

export const viewFileSchema = object({
  format: oneOf([VIEW_FILE_MARK] as const),
  version: oneOf([1] as const),
  page: object({
    path: oneOf(['/inference', '/rank'] as const),
    /** The address's query, with its "?" ("" for the bare page). */
    search: matching(/^(\?.*)?$/, 'a query string starting with "?"'),
  }),
  own: object({
    /** Your series compared as A or B on /inference (`own:<file id>`), and their pinned targets. */
    a: nullable(string()),
    b: nullable(string()),
    targets: nullable(array(finiteNumber())),
    /** Your series hidden on /inference's chart. */
    hidden: array(string()),
  }),
  files: array(ownFileSchema),
});

export type ViewFile = Infer<typeof viewFileSchema>;
export type OwnViewState = ViewFile['own'];

/** True when a parsed JSON value says it is a view file (then `readViewFile` checks the rest). */
export function isViewFile(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === VIEW_FILE_MARK;
}

/** The view file of a page: its address, your data's part of the view, and every file you keep. */
export function viewFile(page: ViewFile['page'], own: OwnViewState, files: readonly OwnFile[]): ViewFile {
  return {
    format: VIEW_FILE_MARK,
    version: 1,
    page,
    own,
    files: files.map((f) => ({ ...f, points: [...f.points], problems: [...f.problems] })),
  };
}

/** A view file read back, checked with the project validator; every problem names its field. */
export function readViewFile(value: unknown): { ok: true; view: ViewFile } | { ok: false; problems: string[] } {
  const parsed = parse(viewFileSchema, value);
  if (!parsed.ok) return { ok: false, problems: formatIssues(parsed.issues) };
  const ids = new Set(parsed.value.files.map((f) => f.id));
  const unknownSides = [parsed.value.own.a, parsed.value.own.b, ...parsed.value.own.hidden].filter(
    (id) => id !== null && !ids.has(id.replace(/^own:/, '')),
  );
  if (unknownSides.length > 0) {
    return { ok: false, problems: [`own names series of no file in it: ${unknownSides.join(', ')}`] };
  }
  return { ok: true, view: parsed.value };
}
