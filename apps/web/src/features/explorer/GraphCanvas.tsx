import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { useExplorer } from './explorer-context';
import { CyGraphView } from './graph-view/cy-graph-view';
import { chooseRenderer, hardwareWebglRenderer } from './graph-view/renderer-choice';
import { useExplorerState } from './useExplorerState';

/** From this many nodes the overview map shows by default: below it the whole graph fits on screen anyway. */
export const MINIMAP_MIN_NODES = 80;
/** Cytoscape's WebGL option with a GPU, its canvas renderer without one (or as `?renderer=` says). */
const RENDERER = typeof window === 'undefined' ? 'canvas' : chooseRenderer(window.location.search, hardwareWebglRenderer);

/** Mounts the one Cytoscape view; React never re-renders the graph itself. */
export function GraphCanvas() {
  const { store, actions, viewport } = useExplorer();
  const { t, relationName, labelName } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const minimapPanel = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<CyGraphView | null>(null);
  const [minimapChoice, setMinimapChoice] = useState<boolean | null>(null); // null: automatic
  const nodeCount = useExplorerState(store, (state) => state.graph.nodes.size);
  const minimap = nodeCount > 0 && (minimapChoice ?? nodeCount >= MINIMAP_MIN_NODES);

  useEffect(
    function mountCytoscape() {
      if (!container.current) return;
      const created = new CyGraphView(container.current, store, { onNodeActivate: (id) => void actions.activate(id), testApi: true, renderer: RENDERER });
      viewport.current = created;
      setView(created);
      return () => {
        // Same reference that was created: safe under StrictMode's double mount.
        if (viewport.current === created) viewport.current = null;
        setView(null);
        created.destroy();
      };
    },
    [store, actions, viewport],
  );

  useEffect(() => view?.setRelationNames(relationName), [view, relationName]);
  useEffect(() => view?.setLabelNames(labelName), [view, labelName]);
  useEffect(() => (minimap && view && minimapPanel.current ? view.showMinimap(minimapPanel.current) : undefined), [minimap, view]);

  return (
    <div className="graph-canvas-frame">
      <div ref={container} className="graph-canvas" data-testid="graph-canvas" />
      {nodeCount === 0 && (
        <p className="canvas-empty" data-testid="canvas-empty">
          {t('canvasEmpty')}
        </p>
      )}
      {minimap && <div ref={minimapPanel} className="minimap" data-testid="minimap" />}
      {nodeCount > 0 && (
        <button type="button" className="minimap-toggle" data-testid="minimap-toggle" aria-pressed={minimap} onClick={() => setMinimapChoice(!minimap)}>
          {t('minimap')}
        </button>
      )}
    </div>
  );
}
