import { useEffect } from 'react';

/** Sets the tab's title to "`title` — Isoline" while the calling page is shown. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} — Isoline`;
  }, [title]);
}
