import type { Manifest, RunDatesFile } from '../../data/schema.ts';
import { findSpecDecodeComparisons } from '../../state/availability.ts';

/** One page written at build time: its address, head and first view. */
export interface StaticPage {
  /** The page's address without query or trailing slash ("/", "/spec-decode/dsr1/mi355x/fp4"). */
  path: string;
  title: string;
  description: string;
  /** The markup the app renders into `#root` for the page's default view. */
  html: string;
  /** The preview image's address relative to the site root ("previews/….png"), if the page has one. */
  image: string | null;
}

/**
 * Every address written as a static page: the catalog and index pages, every comparison's and
 * every history page's default view (each model, GPU and precision with a run), and the
 * ranking's. Anything else (another sequence, a query) is served the shell, or the static page
 * of its path, and the app draws it.
 */
export function staticPagePaths(manifest: Manifest, runDates: readonly RunDatesFile[]): string[] {
  const histories = new Set<string>();
  for (const file of runDates) {
    for (const g of file.groups) histories.add(historyPath(file.model, g.hardware, g.precision));
  }
  return [
    '/',
    '/spec-decode',
    '/inference',
    '/rank',
    ...findSpecDecodeComparisons(manifest).map((c) => c.href),
    ...[...histories].sort(),
  ];
}

function historyPath(model: string, hardware: string, precision: string): string {
  return `/history/${[model, hardware, precision].map(encodeURIComponent).join('/')}`;
}

/**
 * Where a page is written in the build: "index.html", "spec-decode/dsr1/mi355x/fp4.html". An
 * address without a trailing slash is served from its `.html` file by static hosts (and by
 * `vite preview`); any other address gets the host's fallback, the shell.
 */
export function staticPageFile(path: string): string {
  const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (segments.some((s) => s === '.' || s === '..' || s.includes('/') || s.includes('\\'))) {
    throw new Error(`${path}: a segment cannot be a file name`);
  }
  return segments.length === 0 ? 'index.html' : `${segments.join('/')}.html`;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/**
 * The built shell (`index.html`) turned into one page's document: its title, description,
 * canonical address, Open Graph and Twitter card tags, and its first view inside `#root`
 * (marked with its path, so that the shell's guard can tell whether it is shown at the address
 * it was made for). `siteUrl` ("https://isoline.example/") makes the addresses absolute, as link
 * previews need; without it they are relative to the site root.
 */
export function staticPageDocument(shell: string, page: StaticPage, siteUrl: string | null): string {
  const absolute = (path: string) => (siteUrl ? new URL(path.replace(/^\//, ''), siteUrl).href : path);
  const title = escapeText(page.title);
  const description = escapeAttribute(page.description);
  const tags = [
    `<meta name="isoline-static-path" content="${escapeAttribute(page.path)}" />`,
    `<link rel="canonical" href="${escapeAttribute(absolute(page.path))}" />`,
    `<meta property="og:type" content="website" />`,
    `<meta property="og:site_name" content="Isoline" />`,
    `<meta property="og:title" content="${escapeAttribute(page.title)}" />`,
    `<meta property="og:description" content="${description}" />`,
    `<meta property="og:url" content="${escapeAttribute(absolute(page.path))}" />`,
    ...(page.image
      ? [
          `<meta property="og:image" content="${escapeAttribute(absolute(`/${page.image}`))}" />`,
          `<meta property="og:image:width" content="1200" />`,
          `<meta property="og:image:height" content="630" />`,
          `<meta name="twitter:card" content="summary_large_image" />`,
          `<meta name="twitter:image" content="${escapeAttribute(absolute(`/${page.image}`))}" />`,
        ]
      : [`<meta name="twitter:card" content="summary" />`]),
    `<meta name="twitter:title" content="${escapeAttribute(page.title)}" />`,
    `<meta name="twitter:description" content="${description}" />`,
  ];
  const replaced = [
    [/<title>[^<]*<\/title>/, `<title>${title}</title>\n    ${tags.join('\n    ')}`],
    [/<meta name="description" content="[^"]*" \/>/, `<meta name="description" content="${description}" />`],
    [/<div id="root"><\/div>/, `<div id="root" data-static-path="${escapeAttribute(page.path)}">${page.html}</div>`],
  ] as const;
  let document = shell;
  for (const [pattern, replacement] of replaced) {
    if (!pattern.test(document)) throw new Error(`the built index.html has no ${pattern.source}`);
    document = document.replace(pattern, () => replacement);
  }
  return document;
}
