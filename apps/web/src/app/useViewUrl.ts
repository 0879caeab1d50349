import { useEffect, useRef } from 'react';
import type { Explorer } from '../features/explorer/explorer-context';
import type { Language } from '../i18n/messages';
import { decodeView, encodeView, type Tab, type ViewState } from './view-url';

/** The view as it starts: read once from the address bar. */
export function initialView(): ViewState {
  return decodeView(typeof window === 'undefined' ? '' : window.location.search);
}

/**
 * Keeps the address bar in step with the view (replaceState: no history entry per click), and on first mount
 * rebuilds the canvas from the link. Nothing is written until that restore finishes, so a slow restore cannot
 * overwrite the link with an empty view.
 */
export function useViewUrl(explorer: Explorer, initial: ViewState, tab: Tab, language: Language, metric: string | null, similar: string | null = null): void {
  const restored = useRef(false);
  const started = useRef(false);
  const current = useRef({ tab, language, metric, similar });
  current.current = { tab, language, metric, similar };

  const write = useRef((): void => {
    if (!restored.current) return;
    const state = explorer.store.getState();
    const search = encodeView({
      ...current.current,
      layout: state.layout,
      nodeIds: [...state.graph.nodes.keys()],
      pinned: [...state.graph.pinned],
      selected: state.selection?.kind === 'node' ? state.selection.id : null,
    });
    if (search !== window.location.search) window.history.replaceState(null, '', `${window.location.pathname}${search}`);
  }).current;

  useEffect(() => {
    // Once per page, also under StrictMode's double mount: the explorer store outlives the effect.
    if (started.current) return;
    started.current = true;
    const { store, actions } = explorer;
    store.setLayout(initial.layout);
    if (initial.nodeIds.length === 0) {
      restored.current = true;
      return;
    }
    void actions.restore(initial.nodeIds, initial.pinned).then(() => {
      if (initial.selected && store.getState().graph.nodes.has(initial.selected)) store.select({ kind: 'node', id: initial.selected });
      restored.current = true;
      write();
    });
  }, [explorer, initial, write]);

  useEffect(() => explorer.store.subscribe(write), [explorer, write]);
  useEffect(write, [tab, language, metric, similar, write]);
}
