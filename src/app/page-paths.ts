/**
 * The addresses of the pages that load on demand, as regular expression sources matched
 * against `location.pathname` case-insensitively (as the router matches routes), with or
 * without a trailing slash. The first-view prefetch, the inline preload script and the build's
 * chunk map all read them here, so they cannot disagree on which page an address opens.
 * The comparison page's pattern captures its model, GPU and precision segments, still encoded.
 */
export const PAGE_PATHS = {
  catalog: '^/$',
  specDecodeIndex: '^/spec-decode/?$',
  specDecode: '^/spec-decode/([^/]+)/([^/]+)/([^/]+)/?$',
  inference: '^/inference/?$',
  rank: '^/rank/?$',
  history: '^/history/([^/]+)/([^/]+)/([^/]+)/?$',
} as const;

export type LazyPageName = keyof typeof PAGE_PATHS;

/** The captured segments when `pathname` opens `page` (none for pages without any), else null. */
export function matchPagePath(page: LazyPageName, pathname: string): string[] | null {
  const match = new RegExp(PAGE_PATHS[page], 'i').exec(pathname);
  return match ? match.slice(1) : null;
}

/**
 * One address segment, percent-decoded; null when it holds a malformed escape (`%E0%A4`, a
 * lone `%`), which `decodeURIComponent` would throw on. Every decode of an address goes
 * through here (the inline preload script carries the same rule in ES5).
 */
export function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
