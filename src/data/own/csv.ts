import { dayOf } from './parse';
import { PROGRESS_EVERY, type ParsedOwnFile, type RunRecord } from './records';

/**
 * Isoline's own CSV for results from any tool: one run per line, a header naming the columns
 * (any order; names are case-insensitive). Required: `concurrency`; the throughput as
 * `tok_per_s_per_gpu`, or as `total_tok_per_s` with the GPU count in `gpus` or in the form;
 * the interactivity as `tok_per_s_per_user`, or as `tpot_ms` (median time per output token).
 * Optional: `ttft_ms`, `p90_ttft_ms`, `p99_ttft_ms`, `e2e_ms`, `p90_e2e_ms`, `p99_e2e_ms`,
 * `output_tok_per_s`, `input_tok_per_s`, `date` (YYYY-MM-DD). Plain cells (no quoting).
 */

export const CSV_COLUMNS = [
  'concurrency',
  'tok_per_s_per_gpu',
  'total_tok_per_s',
  'gpus',
  'tok_per_s_per_user',
  'tpot_ms',
  'ttft_ms',
  'p90_ttft_ms',
  'p99_ttft_ms',
  'e2e_ms',
  'p90_e2e_ms',
  'p99_e2e_ms',
  'output_tok_per_s',
  'input_tok_per_s',
  'date',
] as const;
type Column = (typeof CSV_COLUMNS)[number];

export function looksLikeOwnCsv(text: string): boolean {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  return header
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .includes('concurrency');
}

/** `onProgress` gets the share of rows read (0 to 1), every 5,000 rows. */
export function parseOwnCsv(text: string, onProgress?: (done: number) => void): ParsedOwnFile {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = (lines[0] ?? '').split(',').map((c) => c.trim().toLowerCase());
  const problems: string[] = [];
  const known = new Set<string>(CSV_COLUMNS);
  const unknown = header.filter((h) => !known.has(h));
  if (unknown.length > 0) problems.push(`columns not used: ${unknown.join(', ')} (see the documented columns)`);
  const at = (name: Column) => header.indexOf(name);
  for (const need of ['concurrency'] as const) {
    if (at(need) < 0) problems.push(`column ${need} is missing`);
  }
  if (at('tok_per_s_per_gpu') < 0 && at('total_tok_per_s') < 0) {
    problems.push('a throughput column is missing: tok_per_s_per_gpu, or total_tok_per_s');
  }
  if (at('tok_per_s_per_user') < 0 && at('tpot_ms') < 0) {
    problems.push('an interactivity column is missing: tok_per_s_per_user, or tpot_ms');
  }
  const fatal = problems.some((p) => p.includes('missing'));
  const records: RunRecord[] = [];
  const dates: string[] = [];
  let gpus: number | null = null;
  if (!fatal) {
    lines.slice(1).forEach((line, i) => {
      const row = i + 1;
      if (onProgress && row % PROGRESS_EVERY === 0) onProgress(row / lines.length);
      const cells = line.split(',').map((c) => c.trim());
      const rowProblems: string[] = [];
      const num = (name: Column, rule: 'positive' | 'positive-int' | 'non-negative', required = false) => {
        const k = at(name);
        const raw = k < 0 ? '' : (cells[k] ?? '');
        if (raw === '') {
          if (required) rowProblems.push(`row ${row}: ${name} missing`);
          return null;
        }
        const v = Number(raw);
        const ok =
          Number.isFinite(v) &&
          (rule === 'non-negative' ? v >= 0 : v > 0) &&
          (rule !== 'positive-int' || Number.isInteger(v));
        if (!ok) {
          const must =
            rule === 'positive-int'
              ? 'be a positive integer'
              : rule === 'positive'
                ? 'be greater than zero'
                : 'not be negative';
          rowProblems.push(`row ${row}: ${name} must ${must} (got ${JSON.stringify(raw)})`);
          return null;
        }
        return v;
      };
      const concurrency = num('concurrency', 'positive-int', true);
      const perGpu = num('tok_per_s_per_gpu', 'positive');
      const total = num('total_tok_per_s', 'positive');
      const rowGpus = num('gpus', 'positive-int');
      const perUser = num('tok_per_s_per_user', 'positive');
      const tpot = num('tpot_ms', 'positive');
      if (perGpu === null && total === null)
        rowProblems.push(`row ${row}: no throughput (tok_per_s_per_gpu or total_tok_per_s)`);
      if (perUser === null && tpot === null)
        rowProblems.push(`row ${row}: no interactivity (tok_per_s_per_user or tpot_ms)`);
      const record: RunRecord = {
        row,
        concurrency: concurrency ?? 0,
        totalTokPerSec: total,
        tokPerSecPerGpu: perGpu,
        gpuCount: rowGpus,
        outputTokPerSec: num('output_tok_per_s', 'non-negative'),
        inputTokPerSec: num('input_tok_per_s', 'non-negative'),
        tokPerSecPerUser: perUser,
        medianTpotMs: tpot,
        p90TpotMs: null,
        p99TpotMs: null,
        medianTtftMs: num('ttft_ms', 'positive'),
        p90TtftMs: num('p90_ttft_ms', 'positive'),
        p99TtftMs: num('p99_ttft_ms', 'positive'),
        medianE2eMs: num('e2e_ms', 'positive'),
        p90E2eMs: num('p90_e2e_ms', 'positive'),
        p99E2eMs: num('p99_e2e_ms', 'positive'),
        inputTokensPerRequest: null,
        outputTokensPerRequest: null,
      };
      const day = at('date') < 0 ? null : dayOf(cells[at('date')]);
      if (at('date') >= 0 && (cells[at('date')] ?? '') !== '' && day === null) {
        rowProblems.push(`row ${row}: date must be YYYY-MM-DD (got ${JSON.stringify(cells[at('date')])})`);
      }
      if (rowProblems.length > 0) {
        problems.push(...rowProblems);
        return;
      }
      if (day) dates.push(day);
      if (rowGpus !== null) gpus ??= rowGpus;
      records.push(record);
    });
  }
  return {
    format: 'csv',
    records,
    runsRead: Math.max(0, lines.length - 1),
    problems,
    hints: { modelId: null, backend: null, date: dates.sort().at(-1) ?? null, gpuCount: gpus },
  };
}
