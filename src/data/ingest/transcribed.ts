import { sequenceKeyFor } from '../../domain/catalog.ts';
import type { BenchmarkPoint } from '../schema.ts';
import { rawDateSchema } from './raw.ts';
import { SUPPORTED_SPEC_METHODS, type RowContext, type RowResult } from './rows.ts';
import { parse, show } from '../validate.ts';

/**
 * Points transcribed from a publication (a blog post's printed tables): CSV with the columns
 * below, one measured point per line. A publication prints less than an API row holds: no GPU
 * layout, no latencies but TPOT, no input/output split. What it does not print stays null and
 * every point says so in `gpuCountNote`; nothing is filled in.
 */

export const TRANSCRIBED_COLUMNS = [
  'date',
  'hardware',
  'framework',
  'model',
  'precision',
  'spec_method',
  'isl',
  'osl',
  'conc',
  'tput_per_gpu',
  'median_intvty',
  'median_tpot_ms',
] as const;

type Column = (typeof TRANSCRIBED_COLUMNS)[number];
export type TranscribedRecord = Readonly<Record<Column, string>>;

/**
 * Split a plain CSV (no quoting: the transcriptions hold keys and numbers only) into records.
 * Throws when the header is not exactly `TRANSCRIBED_COLUMNS` or a line has another number of
 * cells: a file in another shape must not be read by position.
 */
export function parseTranscribedCsv(text: string, file: string): TranscribedRecord[] {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = (lines[0] ?? '').split(',').map((cell) => cell.trim());
  if (header.join(',') !== TRANSCRIBED_COLUMNS.join(',')) {
    throw new Error(`${file}: expected the header ${TRANSCRIBED_COLUMNS.join(',')} (got ${header.join(',')})`);
  }
  return lines.slice(1).map((line, i) => {
    const cells = line.split(',').map((cell) => cell.trim());
    if (cells.length !== TRANSCRIBED_COLUMNS.length) {
      throw new Error(`${file} line ${i + 2}: ${cells.length} cells, expected ${TRANSCRIBED_COLUMNS.length}`);
    }
    return Object.fromEntries(TRANSCRIBED_COLUMNS.map((name, c) => [name, cells[c]!])) as TranscribedRecord;
  });
}

export const TRANSCRIBED_NOTE =
  'Transcribed from a publication, which does not print the GPU layout: tok/s/GPU is as printed; ' +
  'latencies other than TPOT and the input/output split are unknown.';

const number = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));

/** One transcribed record → a point, or every reason it cannot be one. */
export function transcribedToPoint(
  record: TranscribedRecord,
  index: number,
  ctx: RowContext & { readonly sourceUrl: string },
): RowResult {
  const problems: string[] = [];
  const positive = (column: Column, integer: boolean): number => {
    const value = number(record[column]);
    if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
      problems.push(
        `${column}: must be a ${integer ? 'whole number' : 'number'} above zero (got ${show(record[column])})`,
      );
    }
    return value;
  };
  const date = parse(rawDateSchema, record.date);
  if (!date.ok) problems.push(`date: must be a real YYYY-MM-DD date (got ${show(record.date)})`);
  const specMethod = SUPPORTED_SPEC_METHODS.find((s) => s === record.spec_method);
  if (!specMethod) problems.push(`spec_method: unsupported value ${show(record.spec_method)}`);
  if (!ctx.knownHardware.has(record.hardware)) problems.push(`hardware: unknown GPU ${show(record.hardware)}`);
  const isl = positive('isl', true);
  const osl = positive('osl', true);
  const concurrency = positive('conc', true);
  const tokPerSecPerGpu = positive('tput_per_gpu', false);
  const tokPerSecPerUser = positive('median_intvty', false);
  const tpotMs = positive('median_tpot_ms', false);
  const sequence = sequenceKeyFor(isl, osl);
  if (!sequence) problems.push(`unknown sequence isl=${record.isl} osl=${record.osl}`);
  if (problems.length > 0 || !specMethod || !sequence || !date.ok) return { ok: false, reason: problems.join('; ') };

  const point: BenchmarkPoint = {
    id: `${ctx.tag}#${index}`,
    hardware: record.hardware,
    engine: record.framework,
    precision: record.precision,
    specMethod,
    disagg: false,
    multinode: false,
    offloadMode: null,
    prefill: null,
    decode: null,
    gpuCount: null,
    gpuCountNote: TRANSCRIBED_NOTE,
    concurrency,
    date: date.value,
    image: null,
    runUrl: ctx.sourceUrl,
    metrics: {
      tokPerSecPerGpu,
      outputTokPerSecPerGpu: null,
      inputTokPerSecPerGpu: null,
      tokPerSecPerUser,
      p90TokPerSecPerUser: null,
      p99TokPerSecPerUser: null,
      medianTtftSec: null,
      p90TtftSec: null,
      p99TtftSec: null,
      medianE2eSec: null,
      p90E2eSec: null,
      p99E2eSec: null,
      medianTpotSec: tpotMs / 1000,
    },
  };
  return { ok: true, value: { model: record.model, sequence, point } };
}
