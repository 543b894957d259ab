import { describe, expect, it } from 'vitest';
import { staticPageDocument, staticPageFile, type StaticPage } from './page-document';

const SHELL = `<!doctype html>
<html lang="en">
  <head>
    <meta name="description" content="Isoline: LLM inference benchmarks compared at matched interactivity." />
    <title>Isoline — LLM inference at matched interactivity</title>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

const page: StaticPage = {
  path: '/spec-decode/dsr1/mi355x/fp4',
  title: 'MI355X FP4: MTP vs Off — Isoline',
  description: 'MTP delivers 69.5% more tok/s/GPU than Off at 56 tok/s/user on MI355X FP4, 8k/1k ("pooled" & <b>).',
  html: '<main><h1>MI355X FP4</h1><td>3417.4</td></main>',
  image: 'previews/spec-decode/dsr1/mi355x/fp4.png',
};

describe('staticPageFile', () => {
  it.each([
    ['/', 'index.html'],
    ['/spec-decode', 'spec-decode.html'],
    ['/spec-decode/dsr1/mi355x/fp4', 'spec-decode/dsr1/mi355x/fp4.html'],
    ['/history/dsr1/gb200/fp4', 'history/dsr1/gb200/fp4.html'],
  ])('%s → %s', (path, file) => {
    expect(staticPageFile(path)).toBe(file);
  });

  it.each(['/history/%2E%2E/x/y', '/a/..', '/history/a%2Fb/x/y'])(
    'refuses %s, which would leave its folder',
    (path) => {
      expect(() => staticPageFile(path)).toThrow(/cannot be a file name/);
    },
  );
});

describe('staticPageDocument', () => {
  const doc = staticPageDocument(SHELL, page, null);

  it('replaces the title and description, escaped, and keeps one of each', () => {
    expect(doc.match(/<title>/g)).toHaveLength(1);
    expect(doc).toContain('<title>MI355X FP4: MTP vs Off — Isoline</title>');
    expect(doc.match(/<meta name="description"/g)).toHaveLength(1);
    expect(doc).toContain(
      'content="MTP delivers 69.5% more tok/s/GPU than Off at 56 tok/s/user on MI355X FP4, 8k/1k (&quot;pooled&quot; &amp; &lt;b&gt;)."',
    );
  });

  it('puts the first view in #root, marked with the path it was made for', () => {
    expect(doc).toContain(
      '<div id="root" data-static-path="/spec-decode/dsr1/mi355x/fp4"><main><h1>MI355X FP4</h1><td>3417.4</td></main></div>',
    );
  });

  it('link-preview tags: relative addresses without a site address, absolute with one', () => {
    expect(doc).toContain('<meta property="og:url" content="/spec-decode/dsr1/mi355x/fp4" />');
    expect(doc).toContain('<meta property="og:image" content="/previews/spec-decode/dsr1/mi355x/fp4.png" />');
    expect(doc).toContain('<meta name="twitter:card" content="summary_large_image" />');
    const absolute = staticPageDocument(SHELL, page, 'https://isoline.example/dash/');
    expect(absolute).toContain(
      '<link rel="canonical" href="https://isoline.example/dash/spec-decode/dsr1/mi355x/fp4" />',
    );
    expect(absolute).toContain(
      '<meta property="og:image" content="https://isoline.example/dash/previews/spec-decode/dsr1/mi355x/fp4.png" />',
    );
  });

  it('a page without an image gets the small card and no image tag', () => {
    const plain = staticPageDocument(SHELL, { ...page, image: null }, null);
    expect(plain).toContain('<meta name="twitter:card" content="summary" />');
    expect(plain).not.toContain('og:image');
  });

  it('markup with "$&" in it is inserted as written, not as a replacement pattern', () => {
    const dollars = staticPageDocument(SHELL, { ...page, html: '<td>$&amp; $1 $0.120</td>' }, null);
    expect(dollars).toContain('<td>$&amp; $1 $0.120</td>');
  });

  it('says so when the shell lacks what it replaces', () => {
    expect(() =>
      staticPageDocument(SHELL.replace('<div id="root"></div>', '<div id="app"></div>'), page, null),
    ).toThrow(/no <div id="root">/);
  });
});
