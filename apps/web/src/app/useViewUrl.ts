import { useEffect, useRef } from 'react';
import type { Explorer } from '../features/explorer/explorer-context';
import type { GraphSnapshot } from '../features/explorer/graph-snapshot';
import { readViewSnapshot, snapshotOf, type ViewSnapshot } from '../features/explorer/views/view-snapshot';
import type { Language } from '../i18n/messages';
import { DEFAULT_MATRIX_VIEW, decodeView, encodeView, type MatrixViewState, type Tab, type ViewState } from './view-url';

/** Zoom, pan and drags are written to the history entry once they have been still this long. */
const MOVE_SETTLE_MS = 250;

/** The view as it starts: read once from the address bar. */
export function initialView(): ViewState {
  return decodeView(typeof window === 'undefined' ? '' : window.location.search);
}

/** The kept view of a history entry (positions and zoom included), or null when the entry holds none or a bad one. */
function keptView(state: unknown): ViewSnapshot | null {
  if (state === null || state === undefined) return null;
  try {
    return readViewSnapshot(state);
  } catch {
    return null; // an entry written by an older version: the link in the address bar still holds the nodes
  }
}

/**
 * Keeps the address bar and the browser history in step with the view. The link carries the nodes (shareable); the
 * history entry's state carries the whole view (positions, zoom and pan, filter), so a reload puts everything back
 * where it was. Each change of the canvas's graph is a new history entry (Back/Forward step through them);
 * selection, zoom, pan and drags update the current entry. On first mount the canvas is rebuilt from the entry or
 * the link; nothing is written until that finishes, so a slow restore cannot overwrite the link with an empty view.
 */
export function useViewUrl(
  explorer: Explorer,
  initial: ViewState,
  tab: Tab,
  language: Language,
  metric: string | null,
  similar: string | null = null,
  matrix: MatrixViewState = DEFAULT_MATRIX_VIEW,
): void {
  const restored = useRef(false);
  const started = useRef(false);
  /** The graph of the current history entry: a different graph means a new entry. */
  const entryGraph = useRef<GraphSnapshot | null>(null);
  /** True while Back/Forward reopens an entry: the change it makes is that entry, not a new one. */
  const navigating = useRef(false);
  const current = useRef({ tab, language, metric, similar, matrix });
  current.current = { tab, language, metric, similar, matrix };

  /** What the last write saw, so the many state changes that touch none of it (busy, hover) write nothing. */
  const written = useRef<readonly unknown[]>([]);

  const write = useRef((moved = false): void => {
    if (!restored.current) return;
    const { store, viewport } = explorer;
    const state = store.getState();
    const seen = [
      state.graph,
      state.selection,
      state.layout,
      state.filter,
      current.current.tab,
      current.current.language,
      current.current.metric,
      current.current.similar,
      current.current.matrix,
    ];
    if (!moved && seen.every((value, index) => value === written.current[index])) return;
    written.current = seen;
    const search = encodeView({
      ...current.current,
      layout: state.layout,
      nodeIds: [...state.graph.nodes.keys()],
      pinned: [...state.graph.pinned],
      selected: state.selection?.kind === 'node' ? state.selection.id : null,
    });
    const drawn = viewport.current ? { positions: viewport.current.positions(), camera: viewport.current.camera() } : null;
    const kept = snapshotOf(state, drawn);
    const url = `${window.location.pathname}${search}`;
    const newEntry = entryGraph.current !== null && entryGraph.current !== state.graph && !navigating.current;
    entryGraph.current = state.graph;
    if (newEntry) window.history.pushState(kept, '', url);
    else window.history.replaceState(kept, '', url);
  }).current;

  useEffect(() => {
    // Once per page, also under StrictMode's double mount: the explorer store outlives the effect.
    if (started.current) return;
    started.current = true;
    const { store, actions } = explorer;
    const finish = (): void => {
      restored.current = true;
      entryGraph.current = store.getState().graph;
      write(true);
    };
    const kept = keptView(window.history.state);
    if (kept) {
      void actions.openView(kept).then(finish);
      return;
    }
    store.setLayout(initial.layout);
    if (initial.nodeIds.length === 0) return finish();
    void actions.restore(initial.nodeIds, initial.pinned).then(() => {
      if (initial.selected && store.getState().graph.nodes.has(initial.selected)) store.select({ kind: 'node', id: initial.selected });
      finish();
    });
  }, [explorer, initial, write]);

  useEffect(() => {
    const { store, actions } = explorer;
    const onPopState = (event: PopStateEvent): void => {
      const kept = keptView(event.state);
      const link = decodeView(window.location.search);
      navigating.current = true;
      const opened = kept ? actions.openView(kept) : link.nodeIds.length > 0 ? actions.restore(link.nodeIds, link.pinned) : Promise.resolve(store.clear());
      void opened.then(() => {
        navigating.current = false;
        write(true);
      });
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [explorer, write]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stopMoves = explorer.store.onViewMoved(() => {
      clearTimeout(timer);
      timer = setTimeout(() => write(true), MOVE_SETTLE_MS);
    });
    return () => {
      clearTimeout(timer);
      stopMoves();
    };
  }, [explorer, write]);
  useEffect(() => explorer.store.subscribe(() => write()), [explorer, write]);
  useEffect(() => write(), [tab, language, metric, similar, matrix, write]);
}
