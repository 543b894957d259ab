import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';

interface UrlSyncOptions<S, C> {
  /** The store's selection, or null before the first read of the URL. */
  selection: S | null;
  historyMode: 'push' | 'replace';
  /** Pure: the address bar's query string → a valid selection and what was corrected. */
  parse: (search: string) => { selection: S; corrections: C[] };
  /** Pure: a selection → its canonical query string (no leading "?"). */
  serialize: (selection: S) => string;
  receive: (selection: S, corrections: C[]) => void;
}

/**
 * The one place that touches both the router and a selection store. The URL is read when
 * it changes (links, Back, Forward, reload) and the store written when they differ; the
 * store is written to the URL when the user changes it. Both directions compare canonical
 * strings, so neither echoes the other. A junk URL is replaced by its canonical form.
 */
export function useUrlSync<S, C>({ selection, historyMode, parse, serialize, receive }: UrlSyncOptions<S, C>): void {
  const location = useLocation();
  const navigate = useNavigate();
  const urlSearch = location.search.replace(/^\?/, '');

  useEffect(() => {
    const parsed = parse(urlSearch);
    const canonical = serialize(parsed.selection);
    // Compare whole selections: the query string alone omits what the path carries.
    const changed = JSON.stringify(selection) !== JSON.stringify(parsed.selection);
    if (changed || parsed.corrections.length > 0) receive(parsed.selection, parsed.corrections);
    if (canonical !== urlSearch) void navigate({ search: canonical }, { replace: true });
    // Runs when the URL or what it is read against changes; not when the store changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [urlSearch, parse, serialize]);

  useEffect(() => {
    if (!selection) return;
    const wanted = serialize(selection);
    if (wanted === serialize(parse(urlSearch).selection)) return;
    void navigate({ search: wanted }, { replace: historyMode === 'replace' });
    // Runs when the store changes; the URL it compares with is read fresh each time.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selection]);
}
