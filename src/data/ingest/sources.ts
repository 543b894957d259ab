import type { BenchmarkPoint, Manifest, PublishedTable, SequenceKey } from '../schema.ts';

/** One run of an own-results source: placed (model, sequence, point) or not used (why). */
export type OwnRow =
  | { readonly model: string; readonly sequence: SequenceKey; readonly point: BenchmarkPoint }
  | { readonly problem: string };

/** What the ingest reads: one entry per input file, already loaded (see `cli.ts`). */

export interface BenchmarkSource {
  /** File name only, e.g. `inferencex_dsr1_latest_2026-06-14.json`. */
  readonly file: string;
  /** Point id prefix, e.g. `latest-2026-06-14`; unique across sources. */
  readonly tag: string;
  readonly sha256: string;
  readonly role: string;
  /**
   * `latest-capture`: a capture of upstream's own latest view (`GET /benchmarks`) on `captured`.
   * `history`: dated runs (`GET /benchmarks/history`, a team's own sweeps).
   * `transcribed`: points copied from a publication (`rows` are `TranscribedRecord`s).
   * `own-results`: a team's own result file (vLLM, SGLang, CSV) read with its sidecar: `rows`
   * are `OwnRow`s, one per run, a placed point or why the run could not be used.
   */
  readonly kind: 'latest-capture' | 'history' | 'transcribed' | 'own-results';
  /** The day the file was captured (required for `latest-capture`). */
  readonly captured: string | null;
  /** The parsed JSON (expected: an array of rows), or the CSV records of a transcription. */
  readonly rows: unknown;
  /** Transcriptions: where the points were printed (every point's run link). */
  readonly sourceUrl?: string;
  /** Transcriptions: said wherever the model's numbers are shown. */
  readonly provenance?: string;
  /** Facts about the whole file for the report (e.g. a sequence that disagrees with its token counts). */
  readonly notes?: readonly string[];
}

/** A table a source printed, shipped to be set beside ours (e.g. a blog's iso-interactivity table). */
export interface PublishedSource {
  readonly file: string;
  readonly sha256: string;
  readonly role: string;
  readonly captured: string | null;
  readonly table: Omit<PublishedTable, 'schemaVersion'>;
}

export interface GpuSpecsSource {
  readonly file: string;
  readonly sha256: string;
  readonly role: string;
  readonly data: unknown;
}

export interface IngestInput {
  readonly benchmarks: readonly BenchmarkSource[];
  readonly published?: readonly PublishedSource[];
  readonly gpuSpecs: GpuSpecsSource;
  readonly source: Manifest['source'];
}
