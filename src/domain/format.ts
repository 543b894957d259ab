/**
 * Number formatting for the comparison table and the sentences that describe it. Both must
 * use these helpers so that a number reads the same everywhere. Output is locale-independent
 * (en-US style: "." decimal point, "," thousands separator, "-" minus sign). Every helper
 * returns MISSING_VALUE for null, NaN and ±Infinity instead of printing "NaN".
 * Rounding is JavaScript's `toFixed` (half away from zero on the exact binary value).
 */

/** Placeholder shown for a value that does not exist or cannot be computed. */
export const MISSING_VALUE = '—';

function isPrintable(x: number | null | undefined): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/** `toFixed` without a "-0", so -0.04 with 1 decimal prints "0.0" rather than "-0.0". */
function fixed(x: number, decimals: number): string {
  const text = x.toFixed(decimals);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/** Inserts "," every three digits in the integer part of a plain decimal string. */
function groupThousands(text: string): string {
  const [sign, digits, fraction] = /^(-?)(\d+)(\.\d+)?$/.exec(text)?.slice(1) ?? ['', text, ''];
  const grouped = (digits ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign ?? ''}${grouped}${fraction ?? ''}`;
}

/** Throughput in tok/s/GPU with 1 decimal and no separators: 4342.7 → "4342.7". */
export function formatThroughput(tokPerSecPerGpu: number | null): string {
  return isPrintable(tokPerSecPerGpu) ? fixed(tokPerSecPerGpu, 1) : MISSING_VALUE;
}

/** US dollars with 3 decimals: 0.18419 → "$0.184"; negative → "-$0.184". */
export function formatUsd(usd: number | null): string {
  if (!isPrintable(usd)) return MISSING_VALUE;
  const text = fixed(Math.abs(usd), 3);
  return usd < 0 && text !== fixed(0, 3) ? `-$${text}` : `$${text}`;
}

/** tok/s per MW as a whole number with thousands separators: 842264.15 → "842,264". */
export function formatTokPerSecPerMw(tokPerSecPerMegawatt: number | null): string {
  return isPrintable(tokPerSecPerMegawatt) ? groupThousands(fixed(tokPerSecPerMegawatt, 0)) : MISSING_VALUE;
}

/** Joules per token with 2 decimals: 1.18727 → "1.19". */
export function formatJoulesPerToken(joules: number | null): string {
  return isPrintable(joules) ? fixed(joules, 2) : MISSING_VALUE;
}

/** Interpolated concurrency, approximate and whole: 37.6 → "~38". */
export function formatConcurrency(concurrency: number | null): string {
  return isPrintable(concurrency) ? `~${groupThousands(fixed(concurrency, 0))}` : MISSING_VALUE;
}

/** A fraction as a whole percent, unsigned unless negative: 0.486 → "49%", -0.2 → "-20%". */
export function formatPercent(fraction: number | null): string {
  return isPrintable(fraction) ? `${fixed(fraction * 100, 0)}%` : MISSING_VALUE;
}

/** A fraction as a signed percent with 1 decimal: 0.94565 → "+94.6%", -0.1 → "-10.0%", 0 → "0.0%". */
export function formatSignedPercent(fraction: number | null): string {
  if (!isPrintable(fraction)) return MISSING_VALUE;
  const text = fixed(fraction * 100, 1);
  return /^0(\.0*)?$/.test(text) || text.startsWith('-') ? `${text}%` : `+${text}%`;
}

/**
 * Interactivity in tok/s/user. With `decimals` given, exactly that many decimals
 * (crossovers use 2: "31.20"). Without it, whole numbers print bare ("21") and anything else
 * with 2 decimals ("21.50").
 */
export function formatTokPerSecPerUser(tokPerSecPerUser: number | null, decimals?: number): string {
  if (!isPrintable(tokPerSecPerUser)) return MISSING_VALUE;
  const places = decimals ?? (Number.isInteger(tokPerSecPerUser) ? 0 : 2);
  return fixed(tokPerSecPerUser, places);
}

/** A whole count with thousands separators: 1462 → "1,462". */
export function formatCount(count: number | null): string {
  return isPrintable(count) ? groupThousands(fixed(count, 0)) : MISSING_VALUE;
}

/** Seconds, 3 decimals below 1 s and 2 above: 0.1022 → "0.102", 9.0409 → "9.04". */
export function formatSeconds(seconds: number | null): string {
  return isPrintable(seconds) ? fixed(seconds, Math.abs(seconds) < 1 ? 3 : 2) : MISSING_VALUE;
}

/**
 * `x` rounded to at most `digits` significant digits, as plain decimal text with no trailing
 * zeros and no grouping: what `Intl.NumberFormat('en-US', { maximumSignificantDigits, useGrouping:
 * false })` prints (tested against it), without Intl. Its first use in a page loads the
 * browser's locale data, 20–50 ms on the first view here. Like Intl it rounds the shortest
 * decimal that reads back as `x` (what `String(x)` prints), halves away from zero: 1.005 → "1.01".
 */
export function significantDigits(x: number, digits: number): string {
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  const [mantissa = '0', exponentText = '0'] = Math.abs(x).toExponential().split('e');
  let kept = mantissa.replace('.', '');
  let exponent = Number(exponentText);
  if (kept.length > digits) {
    const up = kept.charCodeAt(digits) >= 53; // '5'
    kept = kept.slice(0, digits);
    if (up) {
      const carried = String(Number(kept) + 1);
      if (carried.length > kept.length) exponent += 1;
      kept = carried.slice(0, digits);
    }
  }
  kept = kept.replace(/0+$/, '') || '0';
  if (kept === '0') return `${sign}0`;
  // `kept` holds the digits d1 d2 …, worth d1.d2… × 10^exponent.
  const whole = exponent + 1;
  const text =
    whole <= 0
      ? `0.${'0'.repeat(-whole)}${kept}`
      : whole >= kept.length
        ? kept + '0'.repeat(whole - kept.length)
        : `${kept.slice(0, whole)}.${kept.slice(whole)}`;
  return sign + text;
}

/**
 * A chart axis tick: at most 3 significant digits, thousands as "k" from 1000 up so that one
 * axis never mixes "9,000" with "12k", and "$" in front on a dollar axis (`unit` starting
 * with "$"): 0 → "0", 2.5 → "2.5", 3000 → "3k", 13500 → "13.5k", 0.8 with "$/M tok" → "$0.8".
 * Given the axis' largest tick (`largest`) of a million or more, every tick from 1000 up is in
 * millions, so the axis reads "0, 0.5M, 1M", never "1000k", nor "500k" beside "1M".
 */
export function formatAxisTick(value: number, unit = '', largest = 0): string {
  if (!isPrintable(value)) return MISSING_VALUE;
  const millions = Math.abs(largest) >= 1e6;
  const text =
    Math.abs(value) < 1000
      ? significantDigits(value, 3)
      : millions
        ? `${significantDigits(value / 1e6, 3)}M`
        : `${significantDigits(value / 1000, 3)}k`;
  return unit.startsWith('$') ? `$${text}` : text;
}
