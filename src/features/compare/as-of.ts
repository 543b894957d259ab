import type { SelectOption } from '../../components/select';

/**
 * The words of "as of" on the comparison, inference and ranking pages: the header line that
 * says which runs the shown points come from, the date picker's options, and the message for
 * a side with no run by the chosen day. Pure.
 */

/** Up to this many run dates are listed in the header; more are given as first … last (N dates). */
const LISTED_IN_FULL = 4;

export interface AsOfHeader {
  /**
   * "Latest view: the latest run of every configuration line; shown points from runs of …" or
   * "As of 2026-02-01: each configuration line's latest run on or before that day; shown points from runs of …".
   */
  text: string;
  /** Every run date of the shown points, oldest first, when `text` gives only the first and last; else null. */
  allDates: string[] | null;
  /** With a day: why it can differ from the latest view even for a recent day; null in the latest view. */
  note: string | null;
}

/** "2025-11-02, 2025-11-10 and 2025-12-15", or "2025-11-02 … 2026-01-14 (5 dates)"; `dates` oldest first. */
function datesInWords(dates: readonly string[]): string {
  if (dates.length <= LISTED_IN_FULL) {
    return dates.length === 1 ? dates[0]! : `${dates.slice(0, -1).join(', ')} and ${dates[dates.length - 1]!}`;
  }
  return `${dates[0]!} … ${dates[dates.length - 1]!} (${dates.length} dates)`;
}

/**
 * The header line for a page shown as of `asOf` (YYYY-MM-DD; null = the latest view), from the
 * distinct run dates of the points the page actually shows (every side or series, after its
 * filters), in any order.
 */
export function asOfHeader(asOf: string | null, shownDates: readonly string[]): AsOfHeader {
  const dates = [...new Set(shownDates)].sort();
  const lead =
    asOf === null
      ? 'Latest view: the latest run of every configuration line'
      : `As of ${asOf}: each configuration line's latest run on or before that day`;
  const runs = dates.length === 0 ? 'no points are shown' : `shown points from runs of ${datesInWords(dates)}`;
  return {
    text: `${lead}; ${runs}.`,
    allDates: dates.length > LISTED_IN_FULL ? dates : null,
    note:
      asOf === null
        ? null
        : 'The history also holds lines and concurrencies the latest view no longer lists, so even a recent day can differ from it.',
  };
}

/** The picker's value for the latest view (a day is never empty). */
export const LATEST_VIEW = '';

/**
 * The date picker's options: the latest view, then `runDates` (the run dates of the page's
 * choice, any order) newest first. A chosen day that is no run date is listed in its place as
 * "(no run that day)". With `runDates` null (loading, failed, or none) only the latest view
 * and the chosen day are offered.
 */
export function dateOptions(asOf: string | null, runDates: readonly string[] | null): SelectOption<string>[] {
  const days = new Set(runDates ?? []);
  const listed = [...days];
  if (asOf !== null && !days.has(asOf)) listed.push(asOf);
  listed.sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
  return [
    { value: LATEST_VIEW, label: 'Latest view' },
    ...listed.map((d) => ({
      value: d,
      label: days.has(d) || runDates === null ? d : `${d} (no run that day)`,
    })),
  ];
}

/** A side of a comparison the chosen day leaves without points, and its first run date for this choice. */
export interface MissingSide {
  label: string;
  /** Oldest run date of the side for this choice; null when the history holds none; undefined while unknown. */
  firstRun: string | null | undefined;
}

/**
 * The message for sides a day leaves with no points, e.g. "No MTP runs on or before 2026-02-01
 * for MI355X FP4 (8k/1k); the first MTP run is on 2026-02-04." `what` names the choice
 * ("MI355X FP4 (8k/1k)"). A first run is named only when it is later than the day (an earlier
 * one would have points); one still loading is left out.
 */
export function missingSidesMessage(input: { sides: readonly MissingSide[]; asOf: string; what: string }): {
  title: string;
  text: string;
} {
  const { sides, asOf, what } = input;
  const names = sides.map((s) => s.label).join(' or ');
  const firsts = sides.flatMap((s) => {
    if (s.firstRun === undefined) return [];
    if (s.firstRun === null) return [`the history holds no ${s.label} run of it`];
    return s.firstRun > asOf ? [`the first ${s.label} run is on ${s.firstRun}`] : [];
  });
  return {
    title: `No ${names} runs on or before ${asOf}`,
    text: `No ${names} runs on or before ${asOf} for ${what}${firsts.length > 0 ? `; ${firsts.join(', and ')}` : ''}.`,
  };
}
