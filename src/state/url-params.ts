/** A link parameter that could not be used as given: what it said and what is shown instead. */
export interface Correction {
  param: string;
  given: string;
  message: string;
}

/**
 * One query parameter of a page: how it is read, written and defaulted, against what the
 * data offers (`C`, the page's availability). A page lists its parameters in the order they
 * are read and written; a parameter may look at the fields read before it (the sequence's
 * default depends on the model). `read` and `fallback` set their own field of the selection
 * being built, so each parameter owns its field.
 */
export interface ParamDef<S, C> {
  name: string;
  /** Sets the field to its default, given the fields before it. */
  fallback: (selection: S, available: C) => void;
  /**
   * Applies a raw value. Returns null when it was used as given, or why it was corrected:
   * partly used (the field is set to what could be used) or not at all (the field keeps its
   * default). Never throws.
   */
  read: (raw: string, selection: S, available: C) => string | null;
  /** The value as it stands in a link, or null when there is nothing to write. */
  write: (selection: S, available: C) => string | null;
}

/**
 * The first value of every known parameter in a query string, in the order given. Unknown
 * and repeated parameters are not used, and each is reported as a correction.
 */
export function readKnownParams(
  search: string,
  known: ReadonlySet<string>,
): { given: Map<string, string>; corrections: Correction[] } {
  const given = new Map<string, string>();
  const corrections: Correction[] = [];
  for (const [param, value] of new URLSearchParams(search)) {
    if (!known.has(param)) {
      corrections.push({ param, given: value, message: `unknown parameter "${param}" ignored` });
    } else if (given.has(param)) {
      corrections.push({ param, given: value, message: `"${param}" given more than once; the first value is used` });
    } else {
      given.set(param, value);
    }
  }
  return { given, corrections };
}

/**
 * Reads a query string with a page's parameters, starting from `base` (what the path pins).
 * Never throws: every unknown, repeated or invalid parameter is corrected and reported.
 */
export function parseSearch<S extends object, C>(
  params: readonly ParamDef<S, C>[],
  search: string,
  base: S,
  available: C,
): { selection: S; corrections: Correction[] } {
  const { given, corrections } = readKnownParams(search, new Set(params.map((p) => p.name)));
  const selection = { ...base };
  for (const param of params) {
    param.fallback(selection, available);
    const raw = given.get(param.name);
    if (raw === undefined) continue;
    const problem = param.read(raw, selection, available);
    if (problem) corrections.push({ param: param.name, given: raw, message: problem });
  }
  return { selection, corrections };
}

/**
 * The canonical query string (no leading "?"): parameters in the page's order, each left out
 * when it writes what its default would. Commas and colons stay readable.
 */
export function serializeSearch<S extends object, C>(
  params: readonly ParamDef<S, C>[],
  selection: S,
  available: C,
): string {
  const query = new URLSearchParams();
  const defaults = { ...selection };
  for (const param of params) {
    param.fallback(defaults, available);
    const value = param.write(selection, available);
    if (value !== null && value !== param.write(defaults, available)) query.set(param.name, value);
    // Later defaults depend on the fields before them as they are, not as defaulted.
    Object.assign(defaults, selection);
  }
  return query.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
}
