/** A link parameter that could not be used as given: what it said and what is shown instead. */
export interface Correction {
  param: string;
  given: string;
  message: string;
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
