import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataFileError, fetchValidated } from './fetch-json';
import { array, object, oneOf, positiveNumber } from './validate';

// The browser's fetch is replaced by one answering with real Response objects, so the
// parsing and error classification run exactly as they do in the page.
function answer(response: Response | Error) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => {
      if (response instanceof Error) throw response;
      return response;
    }),
  );
}

const schema = object({ schemaVersion: oneOf([1]), points: array(positiveNumber()) });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchValidated', () => {
  it('resolves with the parsed data when the file is valid', async () => {
    answer(new Response(JSON.stringify({ schemaVersion: 1, points: [1.5, 2] })));
    await expect(fetchValidated('data/x.json', schema)).resolves.toEqual({ schemaVersion: 1, points: [1.5, 2] });
  });

  it.each<[string, Response | Error, DataFileError['kind'], RegExp]>([
    ['a network failure', new TypeError('Failed to fetch'), 'network', /Could not reach data\/x\.json/],
    ['a 404', new Response('nope', { status: 404, statusText: 'Not Found' }), 'http', /HTTP 404 Not Found/],
    ['a 500', new Response('', { status: 500 }), 'http', /HTTP 500/],
    ['truncated JSON', new Response('{"schemaVersion": 1,'), 'json', /not valid JSON/],
    ['a wrong version', new Response('{"schemaVersion": 2, "points": []}'), 'schema', /1 problem\)/],
    ['a negative value', new Response('{"schemaVersion": 1, "points": [3, -1]}'), 'schema', /does not match/],
  ])('reports %s as a %s error naming the file', async (_name, response, kind, message) => {
    answer(response);
    const error = await fetchValidated('data/x.json', schema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as DataFileError).kind).toBe(kind);
    expect((error as DataFileError).path).toBe('data/x.json');
    expect((error as DataFileError).message).toMatch(message);
  });

  // What a single-page-app host serves, status 200, for a file it does not have (hand-made).
  const spaIndex = readFileSync(resolve(import.meta.dirname, '../../fixtures/edge-cases/spa-index.html'), 'utf8');
  const missing =
    'data/x.json could not be loaded: the host answered with a web page instead of the data file, so the file is missing there.';

  it.each<[string, Response]>([
    ['labelled text/html', new Response(spaIndex, { headers: { 'content-type': 'text/html; charset=utf-8' } })],
    ['unlabelled', new Response(spaIndex, { headers: { 'content-type': '' } })],
    [
      'labelled as JSON, after blank lines',
      new Response(`\n\n  ${spaIndex}`, { headers: { 'content-type': 'application/json' } }),
    ],
    [
      'labelled text/html, whatever the body',
      new Response('{"schemaVersion": 1, "points": []}', { headers: { 'content-type': 'TEXT/HTML' } }),
    ],
  ])('reports an HTML page where the file should be (%s) as missing, like a 404', async (_name, response) => {
    answer(response);
    const error = (await fetchValidated('data/x.json', schema).catch((e: unknown) => e)) as DataFileError;
    expect(error).toBeInstanceOf(DataFileError);
    expect(error.kind).toBe('http');
    expect(error.message).toBe(missing);
    expect(error.details).toEqual([]);
  });

  it('says where in the file each schema problem is', async () => {
    answer(new Response('{"schemaVersion": 1, "points": [3, -1, "x"]}'));
    const error = (await fetchValidated('data/x.json', schema).catch((e: unknown) => e)) as DataFileError;
    expect(error.details).toEqual([
      'points.1: must be greater than zero (got -1)',
      'points.2: must be a finite number (got "x")',
    ]);
  });

  it('lists at most five problems and counts the rest', async () => {
    answer(new Response(JSON.stringify({ schemaVersion: 1, points: [-1, -2, -3, -4, -5, -6, -7] })));
    const error = (await fetchValidated('data/x.json', schema).catch((e: unknown) => e)) as DataFileError;
    expect(error.details).toHaveLength(6);
    expect(error.details[0]).toBe('points.0: must be greater than zero (got -1)');
    expect(error.details[5]).toBe('…and 2 more problems');
  });

  it('names the file itself when the whole value is wrong', async () => {
    answer(new Response('[1, 2]'));
    const error = (await fetchValidated('data/x.json', schema).catch((e: unknown) => e)) as DataFileError;
    expect(error.details).toEqual(['(file): must be an object (got [1,2])']);
  });
});
