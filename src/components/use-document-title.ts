import { useEffect } from 'react';

/** Sets the tab's title to "`title` — Isoline" while the calling page is shown. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} — Isoline`;
  }, [title]);
}

/** `useDocumentTitle` as an element, for branches of a component that each have their own title. */
export function DocumentTitle({ title }: { title: string }): null {
  useDocumentTitle(title);
  return null;
}
