import { createContext, useContext, useEffect } from 'react';
import type { PreviewChart } from './page-preview';

/** What a page says of itself in the document head: its tab title and, for link previews, a description. */
export interface PageHead {
  /** The full title, "… — Isoline". */
  title: string;
  /** The page's result in one sentence, or null for the site's generic description. */
  description: string | null;
  /** The preview image's content, for pages that have one. */
  preview: PreviewChart | null;
}

/** The description of a page that states no result of its own (also index.html's). */
export const SITE_DESCRIPTION = 'Isoline: LLM inference benchmarks compared at matched interactivity.';

/**
 * Given only when the page is rendered at build time (src/app/prerender): the page's head is
 * recorded as it renders, since effects never run there.
 */
export const HeadRecorder = createContext<((head: PageHead) => void) | null>(null);

/**
 * Sets the tab's title to "`title` — Isoline" and, given a description, the page's meta
 * description, while the calling page is shown.
 */
export function useDocumentTitle(
  title: string,
  description: string | null = null,
  preview?: () => PreviewChart | null,
): void {
  const record = useContext(HeadRecorder);
  const full = `${title} — Isoline`;
  // The preview is only drawn at build time: in the browser it is never computed.
  record?.({ title: full, description, preview: preview?.() ?? null });
  useEffect(() => {
    document.title = full;
  }, [full]);
  useEffect(() => {
    // A page built at build time carries its own description; the next page sets its own.
    document.querySelector('meta[name="description"]')?.setAttribute('content', description ?? SITE_DESCRIPTION);
  }, [description]);
}

/** `useDocumentTitle` as an element, for branches of a component that each have their own title. */
export function DocumentTitle({ title }: { title: string }): null {
  useDocumentTitle(title);
  return null;
}
