import { createContext, useContext, useEffect, useMemo, useState, type Context, type ReactNode } from 'react';
import { useLocation, useNavigate, useNavigationType, type NavigateFunction } from 'react-router';
import { createStore, useStore, type StoreApi } from 'zustand';
import { parseSearch, serializeSearch, type Correction, type ParamDef } from './url-params';

/** How a user's change lands in history: big changes push an entry, small ones replace it. */
export type HistoryMode = 'push' | 'replace';

/** Applies a patch computed from the current selection; the action chooses the history mode. */
export type Change<S> = (patch: (selection: S) => Partial<S>, mode: HistoryMode) => void;

export interface PageStateSpec<S, C, A> {
  /** The page's query parameters, in the order they are read and written. */
  params: readonly ParamDef<S, C>[];
  /** The fields the path pins (not in the query string); the parameters fill in the rest. */
  base: (available: C) => Partial<S>;
  /** The user's actions, each declared with its history mode. */
  actions: (change: Change<S>) => A;
}

interface Snapshot<S> {
  selection: S;
  /** The query string as it last came from outside (a link, Back to it, a reload): corrections derive from it. */
  arrived: string;
  /** The arrival whose corrections the user dismissed. */
  dismissed: string | null;
}

interface PageStoreApi<S, C, A> {
  store: StoreApi<Snapshot<S>>;
  available: C;
  actions: A;
  /**
   * Called by the URL sync only: the address bar shows `search`. `own` when this page wrote
   * the entry and the user came back to it (Back, Forward); an arrival otherwise.
   */
  receive: (search: string, own: boolean, entry: string) => void;
  /** Called by the URL sync only: the page itself just wrote entry `entry`; nothing to read. */
  wrote: (entry: string) => void;
  dismiss: () => void;
  canonical: () => string;
  /** Gives the store the router's navigate, through which actions and the URL sync write the address. */
  connect: (navigate: NavigateFunction) => void;
  write: (search: string, mode: HistoryMode) => void;
  /** The page's parser, bound to this availability. */
  parse: (search: string) => { selection: S; corrections: Correction[] };
}

/** Marks history entries the page wrote itself, so that a reading of them is not taken for a new link. */
const OWN_ENTRY = { isoline: 'own' } as const;
const isOwnEntry = (state: unknown) =>
  typeof state === 'object' && state !== null && (state as { isoline?: unknown }).isoline === 'own';

const NO_CORRECTIONS: readonly Correction[] = [];

/**
 * A page's URL-synced Zustand store, from its parameter list and actions. The URL is the
 * truth: `PageStateProvider` creates the store from the address when the page mounts (so a
 * page opened again by a link shows the link, never its previous view), reads it again on
 * every navigation, and rewrites a junk address to its canonical form. Actions update the
 * store and write the address at once, with the history mode they were declared with.
 * Corrections are derived from the address as it arrived, never stored.
 */
export function createPageStore<S extends object, C, A>(spec: PageStateSpec<S, C, A>) {
  const parse = (search: string, available: C) =>
    parseSearch(spec.params, search, spec.base(available) as S, available);
  const serialize = (selection: S, available: C) => serializeSearch(spec.params, selection, available);
  const Context = createContext<PageStoreApi<S, C, A> | null>(null);

  function makeApi(available: C, search: string) {
    // The router's navigate, connected by the provider after it mounts; actions run in events, after that.
    let navigate: NavigateFunction | null = null;
    let lastEntry: string | null = null;
    const write = (next: string, mode: HistoryMode) =>
      void navigate?.({ search: next }, { replace: mode === 'replace', state: OWN_ENTRY });
    const store = createStore<Snapshot<S>>(() => ({
      selection: parse(search, available).selection,
      arrived: search,
      dismissed: null,
    }));
    const change: Change<S> = (patch, mode) => {
      const { selection } = store.getState();
      const next = serialize({ ...selection, ...patch(selection) }, available);
      if (next === serialize(selection, available)) return;
      store.setState({ selection: parse(next, available).selection });
      write(next, mode);
    };
    const api: PageStoreApi<S, C, A> = {
      store,
      available,
      actions: spec.actions(change),
      receive: (raw, own, entry) => {
        if (entry === lastEntry) return;
        lastEntry = entry;
        const state = store.getState();
        const parsed = parse(raw, available).selection;
        const same = serialize(parsed, available) === serialize(state.selection, available);
        const arrived = own ? state.arrived : raw;
        if (!same || arrived !== state.arrived) store.setState({ selection: same ? state.selection : parsed, arrived });
      },
      wrote: (entry) => {
        lastEntry = entry;
      },
      dismiss: () => store.setState((s) => ({ dismissed: s.arrived })),
      canonical: () => serialize(store.getState().selection, available),
      parse: (raw) => parse(raw, available),
      connect: (fn) => {
        navigate = fn;
      },
      write,
    };
    return api;
  }

  /**
   * Gives its children the page's store. Key it by what `available` is computed from: a new
   * availability (another workload) is another page.
   */
  function PageStateProvider({ available, children }: { available: C; children: ReactNode }) {
    const location = useLocation();
    const navigate = useNavigate();
    const navigationType = useNavigationType();
    const search = location.search.replace(/^\?/, '');
    const [api] = useState(() => makeApi(available, search));
    const own = isOwnEntry(location.state);
    // What the page itself just wrote needs no reading: the store was set first. Reading it
    // anyway would be wrong when the router renders an older write after a newer pick (rapid
    // picks), which would undo the newer pick. Back and Forward to such an entry are read.
    const echo = own && navigationType !== 'POP';
    // A link to the address already shown is still a new arrival (its corrections start afresh).
    const entry = location.key;
    useEffect(() => {
      api.connect(navigate);
    }, [api, navigate]);
    useEffect(() => {
      if (echo) {
        api.wrote(entry);
        return;
      }
      api.receive(search, own, entry);
      const canonical = api.canonical();
      if (canonical !== search) api.write(canonical, 'replace');
    }, [api, search, own, echo, entry]);
    return <Context.Provider value={api}>{children}</Context.Provider>;
  }

  return {
    parse,
    serialize,
    PageStateProvider,
    Context,
    /** The page's current selection. */
    useSelection: () => usePageSelection(Context),
    /** The user's actions; the same object for the page's lifetime. */
    useActions: () => useApiOf(Context).actions,
    /** What the address said that could not be used as given, until dismissed. */
    useCorrections: () => usePageCorrections(Context),
  };
}

export type PageStoreContext<S, C, A> = Context<PageStoreApi<S, C, A> | null>;
type ApiContext<S, C, A> = PageStoreContext<S, C, A>;

function useApiOf<S, C, A>(context: ApiContext<S, C, A>): PageStoreApi<S, C, A> {
  const api = useContext(context);
  if (!api) throw new Error('A page control was rendered outside its PageStateProvider');
  return api;
}

/** The current selection of the page whose store `context` provides. */
export function usePageSelection<S, C, A>(context: ApiContext<S, C, A>): S {
  return useStore(useApiOf(context).store, (s) => s.selection);
}

/** The corrections of the page whose store `context` provides, derived from the address as it arrived. */
export function usePageCorrections<S, C, A>(
  context: ApiContext<S, C, A>,
): { corrections: readonly Correction[]; dismiss: () => void } {
  const api = useApiOf(context);
  const arrived = useStore(api.store, (s) => s.arrived);
  const dismissed = useStore(api.store, (s) => s.dismissed);
  const corrections = useMemo(() => {
    if (arrived === dismissed) return NO_CORRECTIONS;
    const found = api.parse(arrived).corrections;
    return found.length > 0 ? found : NO_CORRECTIONS;
  }, [api, arrived, dismissed]);
  return { corrections, dismiss: api.dismiss };
}
