import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The app's code uses no locale-sensitive API (`Intl.*`, `localeCompare`, `toLocale…`): the
 * first such call in a page loads the browser's locale data (20–50 ms of a first view here,
 * 2026-12-02), and their output follows the reader's locale, where the same link must give
 * every reader the same text and order. `src/domain/format.ts` and `src/domain/text-order.ts`
 * do the formatting and ordering instead. The ingest's command line runs in Node only.
 */
const src = resolve(import.meta.dirname, '../../src');
const NODE_ONLY = new Set(['data/ingest/cli.ts']);
const LOCALE_API = /\bIntl\.|\.localeCompare\(|\.toLocale\w*\(/;

function appFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__fixtures__' ? [] : appFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('locale-free app code', () => {
  it('no file of the app calls Intl, localeCompare or toLocale…', () => {
    const files = appFiles(src);
    expect(files.length).toBeGreaterThan(100);
    const calls = files
      .filter((file) => !NODE_ONLY.has(relative(src, file)))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, i) =>
            LOCALE_API.test(line) && !/^\s*(\*|\/\/)/.test(line) ? [`${relative(src, file)}:${i + 1}`] : [],
          ),
      );
    expect(calls).toEqual([]);
  });
});
