import type { DerivedFile } from '../data/ingest/cli.ts';
import { SPEC_DECODE_INDEX_PATH } from '../data/queries.ts';
import { specDecodeIndexFileSchema } from '../data/schema.ts';
import { buildSpecDecodeIndexFile } from '../features/spec-decode/index-view-model.ts';

/**
 * The files the ingest writes beside its own that are computed by the pages' code from its
 * result: the `/spec-decode` index summary, made by the comparison page's own view model from
 * the latest-view files (so the index needs no comparison's data and cannot disagree with it).
 */
export const DERIVED_FILES: readonly DerivedFile[] = [
  {
    path: SPEC_DECODE_INDEX_PATH,
    schema: specDecodeIndexFileSchema,
    build: (result) => buildSpecDecodeIndexFile(result.manifest, result.gpuSpecs, result.benchmarkFiles),
  },
];
