import type { Core } from 'cytoscape';

/** The parts of Cytoscape 3.34's canvas renderer (pinned) used here. */
interface CanvasRendererInternals {
  readonly webgl?: boolean;
  readonly data?: { lblTxrCache?: unknown };
  /** Draws nodes only: the renderer's path for frames while the viewport moves with hideEdgesOnViewport on. */
  drawCachedNodes?: (...args: unknown[]) => unknown;
}

/** A label cache whose every label has an empty box: Cytoscape skips empty boxes before drawing anything. */
const NO_LABELS = { getBoundingBox: () => ({ x1: 0, y1: 0, x2: 0, y2: 0, w: 0, h: 0 }) };

/**
 * With hideEdgesOnViewport, Cytoscape draws the frames of a pan or zoom through drawCachedNodes. Zoomed in on a big
 * graph (from 70 % zoom, where captions show) those frames spent most of their time on captions: 40–55 ms a frame
 * and 50 ms tasks while panning 5,000 elements at zoom 1, under 20 ms without captions (bench/render.bench.ts).
 * Here those frames leave captions out, like edges; the redraw on release draws both again. Returns how to stop.
 */
export function hideLabelsWhileViewportMoves(cy: Core): () => void {
  const renderer = (cy as unknown as { renderer(): CanvasRendererInternals | undefined }).renderer();
  const data = renderer?.data;
  const drawCachedNodes = renderer?.drawCachedNodes;
  if (!renderer || renderer.webgl || !data || !data.lblTxrCache || typeof drawCachedNodes !== 'function') return () => undefined;
  const patched = function (this: unknown, ...args: unknown[]): unknown {
    const labels = data.lblTxrCache;
    data.lblTxrCache = NO_LABELS;
    try {
      return drawCachedNodes.apply(this, args);
    } finally {
      data.lblTxrCache = labels;
    }
  };
  renderer.drawCachedNodes = patched;
  return () => {
    if (renderer.drawCachedNodes === patched) renderer.drawCachedNodes = drawCachedNodes;
  };
}
