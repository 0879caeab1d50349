import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { useExplorer } from './explorer-context';
import { CyGraphView } from './graph-view/cy-graph-view';
import { useExplorerState } from './useExplorerState';

/** Mounts the one Cytoscape view; React never re-renders the graph itself. */
export function GraphCanvas() {
  const { store, actions, viewport } = useExplorer();
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const empty = useExplorerState(store, (state) => state.graph.nodes.size === 0);

  useEffect(
    function mountCytoscape() {
      if (!container.current) return;
      const view = new CyGraphView(container.current, store, { onNodeActivate: (id) => void actions.expand(id), testApi: true });
      viewport.current = view;
      return () => {
        // Same reference that was created: safe under StrictMode's double mount.
        if (viewport.current === view) viewport.current = null;
        view.destroy();
      };
    },
    [store, actions, viewport],
  );

  return (
    <div className="graph-canvas-frame">
      <div ref={container} className="graph-canvas" data-testid="graph-canvas" />
      {empty && (
        <p className="canvas-empty" data-testid="canvas-empty">
          {t('canvasEmpty')}
        </p>
      )}
    </div>
  );
}
