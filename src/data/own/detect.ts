import { looksLikeOwnCsv, parseOwnCsv } from './csv';
import { jsonValues, parseSglang, parseVllm } from './parse';
import type { OwnFormat, ParsedOwnFile } from './records';

/**
 * Which of the supported formats a file is, from its content (never its name): the keys of its
 * first JSON value, or a CSV header with a `concurrency` column.
 */
export function detectFormat(text: string): { format: OwnFormat } | { format: null; reason: string } {
  const trimmed = text.trimStart();
  if (trimmed === '') return { format: null, reason: 'the file is empty' };
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    const first = jsonValues(text).values[0]?.value;
    if (typeof first !== 'object' || first === null || Array.isArray(first)) {
      return { format: null, reason: 'JSON, but its first value is not an object of results' };
    }
    const has = (k: string) => k in first;
    if (has('hardware') && has('framework') && has('metrics')) return { format: 'inferencex-rows' };
    if (has('median_e2e_latency_ms') || has('total_throughput') || has('input_throughput')) return { format: 'sglang' };
    if (has('total_token_throughput') || has('median_e2el_ms')) return { format: 'vllm' };
    return {
      format: null,
      reason:
        'JSON, but neither InferenceX rows (hardware, framework, metrics), a vLLM result ' +
        '(total_token_throughput, median_tpot_ms) nor an SGLang bench_serving result (output_throughput, median_e2e_latency_ms)',
    };
  }
  if (looksLikeOwnCsv(text)) return { format: 'csv' };
  return { format: null, reason: 'not JSON, JSON lines or a CSV with a concurrency column' };
}

/** Read a file of a detected result format (InferenceX rows are read by the ingest's own row reader instead). */
export function parseResultFile(
  format: Exclude<OwnFormat, 'inferencex-rows'>,
  text: string,
  onProgress?: (done: number) => void,
): ParsedOwnFile {
  if (format === 'vllm') return parseVllm(text, onProgress);
  if (format === 'sglang') return parseSglang(text, onProgress);
  return parseOwnCsv(text, onProgress);
}
