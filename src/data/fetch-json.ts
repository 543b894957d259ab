import { dataUrl } from './data-url.ts';
import { formatIssues, parse, type Issue, type Validator } from './validate.ts';

export type DataErrorKind = 'network' | 'http' | 'json' | 'schema';

/** A data file that could not be used, with what was wrong in words a reader understands. */
export class DataFileError extends Error {
  readonly kind: DataErrorKind;
  readonly path: string;
  readonly details: string[];

  constructor(kind: DataErrorKind, path: string, message: string, details: string[] = []) {
    super(message);
    this.name = 'DataFileError';
    this.kind = kind;
    this.path = path;
    this.details = details;
  }
}

/** At most this many schema problems are listed; the count of the rest is stated. */
const MAX_DETAILS = 5;

export function describeIssues(issues: readonly Issue[]): string[] {
  const shown = formatIssues(
    issues.slice(0, MAX_DETAILS).map((i) => (i.path.length > 0 ? i : { ...i, path: ['(file)'] })),
  );
  const rest = issues.length - shown.length;
  return rest > 0 ? [...shown, `…and ${rest} more problem${rest === 1 ? '' : 's'}`] : shown;
}

/** Whether an answer is an HTML page: said by its content type, or a body that opens with `<` (no JSON does). */
function isHtmlPage(response: Response, text: string): boolean {
  if (response.headers.get('content-type')?.toLowerCase().includes('text/html')) return true;
  return /^\s*</.test(text);
}

/**
 * Fetches `path` (relative to the data address, see `dataUrl`), parses it as JSON and validates it with
 * `schema`. Resolves only with valid data; every failure becomes a DataFileError naming
 * the file and what was wrong. An HTML page where the file should be is reported as missing
 * (kind `http`), like a 404.
 */
export async function fetchValidated<T>(path: string, schema: Validator<T>, signal?: AbortSignal): Promise<T> {
  const url = dataUrl(path);
  let response: Response;
  try {
    response = await fetch(url, signal ? { signal } : {});
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new DataFileError('network', path, `Could not reach ${path}: the network request failed.`);
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    throw new DataFileError('http', path, `${path} could not be loaded (HTTP ${status}).`);
  }
  const text = await response.text();
  if (isHtmlPage(response, text)) {
    // A single-page-app host answers a missing file with its index.html and status 200.
    throw new DataFileError(
      'http',
      path,
      `${path} could not be loaded: the host answered with a web page instead of the data file, so the file is missing there.`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new DataFileError('json', path, `${path} is not valid JSON.`, [reason]);
  }
  const parsed = parse(schema, json);
  if (!parsed.ok) {
    const issues = parsed.issues;
    throw new DataFileError(
      'schema',
      path,
      `${path} does not match the expected format (${issues.length} problem${issues.length === 1 ? '' : 's'}).`,
      describeIssues(issues),
    );
  }
  return parsed.value;
}
