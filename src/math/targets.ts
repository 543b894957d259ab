import { bandLabelBounds } from './band.ts';
import { isFiniteNumber } from './numeric.ts';
import type { Band } from './types.ts';

/** Fractions of the band at which the default targets sit. */
const DEFAULT_TARGET_FRACTIONS = [0.25, 0.5, 0.75] as const;

/**
 * Default interactivity targets (tok/s/user) for a band: round(lo + (hi − lo)·q) for
 * q = ¼, ½, ¾ (Math.round, halves up). Each value is clamped into [ceil(lo), floor(hi)] so it
 * stays inside the band even when rounding would push it out (e.g. band 3.2–4.0 gives
 * round(3.4) = 3 → 4). Duplicates are removed, so a narrow band yields 1 or 2 targets; the
 * result is strictly ascending. A band containing no whole number (e.g. 3.2–3.8) yields the
 * single unrounded midpoint. A `none` band yields [].
 */
export function defaultTargets(band: Band): number[] {
  if (band.kind !== 'overlap') return [];
  const bounds = bandLabelBounds(band);
  if (bounds === null) return [band.lo + (band.hi - band.lo) / 2];
  const targets: number[] = [];
  for (const q of DEFAULT_TARGET_FRACTIONS) {
    const rounded = Math.round(band.lo + (band.hi - band.lo) * q);
    const clamped = Math.min(bounds.hi, Math.max(bounds.lo, rounded));
    if (targets[targets.length - 1] !== clamped) targets.push(clamped);
  }
  return targets;
}

/** At most this many targets are compared; a single-point band takes one. */
export const MAX_TARGETS = 3;

/** The largest target a link or the editor may ask for (tok/s/user). */
export const MAX_TARGET_TOK_PER_SEC_PER_USER = 10_000;

/**
 * Targets are kept to 0.01 tok/s/user, the resolution links and the table print. A band edge
 * is therefore known to half of it: a target within 0.005 outside an edge means the edge.
 */
const TARGET_STEP = 0.01;
const EDGE_TOLERANCE = TARGET_STEP / 2;

/** Result of `parseTargetList`. */
export type TargetListParse = { ok: true; targets: number[]; rounded: boolean } | { ok: false; reason: string };

const PLAIN_DECIMAL = /^(\d+\.?\d*|\.\d+)$/;

/** A plain decimal rounded half up to 0.01 on its decimal digits ("20.005" → 20.01), not on its binary value. */
function roundToStep(text: string): number {
  return Math.round(Number(`${text}e2`)) / 100;
}

/**
 * Reads a list of interactivity targets (tok/s/user) as a link's `at` parameter or the target
 * editor gives it: 1 to `max` (by default `MAX_TARGETS`) comma-separated plain decimals (spaces around them
 * allowed, no signs or exponents), each rounded half up to 0.01 on its decimal digits, each
 * > 0 and ≤ 10 000 after rounding, no two equal after rounding. Returns them ascending with
 * `rounded` telling whether any value changed, or why the list is refused, in words.
 */
export function parseTargetList(text: string, max: number = MAX_TARGETS): TargetListParse {
  const parts = text.split(',').map((p) => p.trim());
  if (parts.length > max || (parts.length === 1 && parts[0] === '')) {
    return { ok: false, reason: `Give 1 to ${max} targets, separated by commas` };
  }
  const targets: number[] = [];
  let rounded = false;
  for (const part of parts) {
    const value = PLAIN_DECIMAL.test(part) ? roundToStep(part) : Number.NaN;
    if (!Number.isFinite(value) || value <= 0) {
      return { ok: false, reason: 'Each target must be a number above 0 tok/s/user' };
    }
    if (value > MAX_TARGET_TOK_PER_SEC_PER_USER) {
      return { ok: false, reason: `Each target must be at most ${MAX_TARGET_TOK_PER_SEC_PER_USER} tok/s/user` };
    }
    if (targets.includes(value)) return { ok: false, reason: `${value} tok/s/user is given twice` };
    if (value !== Number(part)) rounded = true;
    targets.push(value);
  }
  return { ok: true, targets: targets.sort((a, b) => a - b), rounded };
}

/** Why a requested target cannot be compared. */
export type TargetRejection = 'outside-band' | 'not-a-number' | 'duplicate' | 'too-many';

/** A target that cannot be compared: its position in the input, its value, and why. */
export interface RejectedTarget {
  /** Index in the `targets` argument. */
  index: number;
  /** The requested value, or null when it was not a finite number (NaN never leaks out). */
  value: number | null;
  reason: TargetRejection;
  /** The reason in words, with plain numbers: "13.8 tok/s/user is outside the band …". */
  message: string;
}

/** Result of `checkTargets`: inputs split into usable and unusable, each in input order. */
export interface TargetCheck {
  accepted: number[];
  rejected: RejectedTarget[];
}

/** A band bound rounded to 0.01 for a message (plain number, no formatting). */
function bound(x: number): number {
  return Math.round(x * 100) / 100;
}

function outsideMessage(value: number, band: Band): string {
  if (band.kind !== 'overlap')
    return `${value} tok/s/user cannot be compared: the two sides share no interactivity band`;
  const where =
    band.lo === band.hi
      ? `the only interactivity both sides reach, ${bound(band.lo)}`
      : `the band both sides reach, ${bound(band.lo)}–${bound(band.hi)}`;
  return `${value} tok/s/user is outside ${where} tok/s/user`;
}

/**
 * Splits requested interactivity targets (tok/s/user) into those the engine compares and the
 * rest, each rejection with its reason in words. A target is accepted when it lies in the
 * unrounded band, bounds inclusive, or within 0.005 outside an edge (targets are kept to 0.01,
 * so that means the edge): it is then accepted as the edge value itself, never as a point
 * outside a side's range. A single-point band thus takes its point, given to 0.01. Rejected:
 * NaN, ±Infinity and non-numbers as `not-a-number` (value null); finite values outside, and
 * every finite value when the band is `none`, as `outside-band`; a value equal to one
 * accepted before it as `duplicate`; values beyond `MAX_TARGETS` accepted ones (beyond one on
 * a single-point band) as `too-many`.
 */
export function checkTargets(band: Band, targets: readonly number[]): TargetCheck {
  const result: TargetCheck = { accepted: [], rejected: [] };
  const limit = band.kind === 'overlap' && band.lo === band.hi ? 1 : MAX_TARGETS;
  const reject = (index: number, value: number | null, reason: TargetRejection, message: string) => {
    result.rejected.push({ index, value, reason, message });
  };
  for (const [index, value] of targets.entries()) {
    if (!isFiniteNumber(value)) {
      reject(index, null, 'not-a-number', 'A target is not a number');
      continue;
    }
    const inside = band.kind === 'overlap' && value >= band.lo - EDGE_TOLERANCE && value <= band.hi + EDGE_TOLERANCE;
    const snapped = band.kind === 'overlap' ? Math.min(band.hi, Math.max(band.lo, value)) : value;
    if (!inside) reject(index, value, 'outside-band', outsideMessage(value, band));
    else if (result.accepted.includes(snapped)) reject(index, value, 'duplicate', `${value} tok/s/user is given twice`);
    else if (result.accepted.length >= limit) {
      const room = limit === 1 ? 'one target fits a single-point band' : `at most ${limit} targets are compared`;
      reject(index, value, 'too-many', `${value} tok/s/user is left out: ${room}`);
    } else result.accepted.push(snapped);
  }
  return result;
}
