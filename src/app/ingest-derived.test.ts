import { describe, expect, it } from 'vitest';
import { compareWithDisk, ingestFromDirectory, listShippedJson, renderFiles } from '../data/ingest/cli.ts';
import { DERIVED_FILES } from './ingest-derived.ts';

/**
 * The committed `public/data/` must be exactly what `npm run ingest` makes of `fixtures/real/`:
 * the ingest's own files and those derived from its result, so a change to the fixtures, the
 * ingest or a derived file's code (the comparison page's view model, for the index summary)
 * without re-running the ingest fails here.
 */
describe('committed public/data with its derived files', () => {
  const rendered = renderFiles(ingestFromDirectory(), DERIVED_FILES);

  it('every file is byte-identical (one record per line, trailing newline) and none is stale', () => {
    expect(compareWithDisk(rendered)).toEqual([]);
    expect(listShippedJson()).toEqual(rendered.map((f) => f.path).sort());
  });

  it('holds the /spec-decode index summary', () => {
    expect(rendered.map((f) => f.path)).toContain('data/spec-decode-index.json');
  });
});
