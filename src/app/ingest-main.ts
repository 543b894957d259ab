/**
 * `npm run ingest` (and `-- --check`): the ingest of `src/data/ingest/cli.ts` with the files
 * computed from its result by the pages' code (`DERIVED_FILES`). A command, never imported.
 */
import { main } from '../data/ingest/cli.ts';
import { DERIVED_FILES } from './ingest-derived.ts';

try {
  process.exitCode = main(process.argv.slice(2), DERIVED_FILES);
} catch (err) {
  process.stderr.write(`ingest failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
