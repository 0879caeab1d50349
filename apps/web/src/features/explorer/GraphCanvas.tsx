import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { useExplorer } from './explorer-context';
import { CyGraphView } from './graph-view/cy-graph-view';
import { useExplorerState } from './useExplorerState';

/** From this many nodes the overview map shows by default: below it the whole graph fits on screen anyway. */
export const MINIMAP_MIN_NODES = 80;
const MINIMAP_ID = 'explorer-minimap';
/**
 * `?renderer=webgl` opts into Cytoscape's preview WebGL renderer. It stays opt-in: without a GPU (headless Chromium,
 * software GL) it drew 5,000 elements and panned several times slower than the canvas renderer (bench/render.bench.ts
 * with BENCH_RENDERER=webgl).
 */
const WEBGL = typeof window !== 'undefined' && new URLSearchParams(window.location.search).get('renderer') === 'webgl';

/** Mounts the one Cytoscape view; React never re-renders the graph itself. */
export function GraphCanvas() {
  const { store, actions, viewport } = useExplorer();
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<CyGraphView | null>(null);
  const [minimapChoice, setMinimapChoice] = useState<boolean | null>(null); // null: automatic
  const nodeCount = useExplorerState(store, (state) => state.graph.nodes.size);
  const minimap = nodeCount > 0 && (minimapChoice ?? nodeCount >= MINIMAP_MIN_NODES);

  useEffect(
    function mountCytoscape() {
      if (!container.current) return;
      const created = new CyGraphView(container.current, store, { onNodeActivate: (id) => void actions.expand(id), testApi: true, webgl: WEBGL });
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

  useEffect(() => (minimap && view ? view.showMinimap(MINIMAP_ID) : undefined), [minimap, view]);

  return (
    <div className="graph-canvas-frame">
      <div ref={container} className="graph-canvas" data-testid="graph-canvas" />
      {nodeCount === 0 && (
        <p className="canvas-empty" data-testid="canvas-empty">
          {t('canvasEmpty')}
        </p>
      )}
      {minimap && <div id={MINIMAP_ID} className="minimap" data-testid="minimap" />}
      {nodeCount > 0 && (
        <button type="button" className="minimap-toggle" data-testid="minimap-toggle" aria-pressed={minimap} onClick={() => setMinimapChoice(!minimap)}>
          {t('minimap')}
        </button>
      )}
    </div>
  );
}
