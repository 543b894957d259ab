import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataBase, dataUrl } from './data-url';
import { fetchValidated } from './fetch-json';
import { object, oneOf } from './validate';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

describe('the data address (VITE_DATA_URL at build time)', () => {
  it.each<[string | undefined, string, string]>([
    [undefined, '/', '/'],
    ['', '/', '/'],
    ['   ', '/app/', '/app/'],
    ['https://cdn.example.com/isoline', '/', 'https://cdn.example.com/isoline/'],
    ['https://cdn.example.com/isoline/', '/', 'https://cdn.example.com/isoline/'],
    ['/datasets/2026-12/', '/', '/datasets/2026-12/'],
  ])('configured %j on a site at %s reads data from %s', (configured, site, expected) => {
    expect(dataBase(configured, site)).toBe(expected);
  });

  it('every data file is fetched from it', async () => {
    vi.stubEnv('VITE_DATA_URL', 'https://cdn.example.com/isoline');
    expect(dataUrl('data/manifest.json')).toBe('https://cdn.example.com/isoline/data/manifest.json');
    const fetched: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        fetched.push(url);
        return new Response('{"schemaVersion":1}');
      }),
    );
    await fetchValidated('data/gpu-specs.json', object({ schemaVersion: oneOf([1]) }));
    expect(fetched).toEqual(['https://cdn.example.com/isoline/data/gpu-specs.json']);
  });
});
