import type { Core } from 'cytoscape';

/** The parts of Cytoscape 3.34's layered texture cache (pinned) that the warm-up uses. */
interface LayeredTextureCache {
  readonly firstGet: boolean;
  /** When an element last changed (a frame after the change). */
  readonly lastInvalidationTime: number;
  /** Cytoscape's "changed in the last 250 ms" flag, refreshed at the start of each frame. */
  skipping: boolean;
  /** Queues the layers of the current zoom level (returns them when complete). */
  getLayers(eles: unknown, pixelRatio: number): unknown;
  /** Draws one queued element into its layer; returns an empty list when nothing is queued. */
  dequeue(pixelRatio: number): readonly unknown[];
}
interface CanvasRendererInternals {
  /** The WebGL renderer draws without these layers. */
  readonly webgl?: boolean;
  readonly data?: { readonly lyrTxrCache?: LayeredTextureCache };
  readonly hoverData?: { readonly draggingEles?: boolean };
  getCachedZSortedEles(): { readonly nondrag: unknown };
  getPixelRatio(): number;
}

/** Lets a burst of changes (a layout's last moves, a filter) settle before the layers are built. */
const QUIET_MS = 50;
/** Each slice of layer filling is its own task, well under the 50 ms of a long task. */
const FILL_SLICE_MS = 20;

/**
 * Cytoscape's canvas renderer draws a big graph from a few whole-graph textures ("layers") once they are built, and
 * otherwise draws every element: 5,000 elements take 50–70 ms in software rendering. It asks for the layers only on
 * a full frame at least 250 ms after the last element change and fills them a few milliseconds per frame; after a
 * layout the first such frame was the one after the user's first pan, which drew every element
 * (bench/render.bench.ts). Here the layers are queued 50 ms after a change and filled in 20 ms tasks (about 60 ms in
 * all for 5,000 elements), so they are ready before a pan ends. Returns how to stop.
 */
export function warmLayersWhenQuiet(cy: Core): () => void {
  const renderer = (cy as unknown as { renderer(): CanvasRendererInternals | undefined }).renderer();
  const cache = renderer?.data?.lyrTxrCache;
  if (!renderer || renderer.webgl || !cache || typeof cache.getLayers !== 'function' || typeof cache.dequeue !== 'function') return () => undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The change the layers were last built after. */
  let warmedAfter = Number.NaN;
  const fill = (): void => {
    timer = undefined;
    if (cy.destroyed()) return;
    const start = performance.now();
    while (performance.now() - start < FILL_SLICE_MS) {
      if (cache.dequeue(renderer.getPixelRatio()).length === 0) return;
    }
    timer = setTimeout(fill, 0);
  };
  const warm = (): void => {
    timer = undefined;
    if (cy.destroyed()) return;
    const changedAt = cache.lastInvalidationTime;
    const quietFor = performance.now() - changedAt;
    if (quietFor < QUIET_MS) {
      timer = setTimeout(warm, QUIET_MS - quietFor);
      return;
    }
    // A node being dragged changes every frame; its drop is a change too, looked at then.
    if (renderer.hoverData?.draggingEles) return;
    warmedAfter = changedAt;
    // The very first request draws all layers at once (a long task): leave that one to Cytoscape's first frame.
    if (cache.firstGet) return;
    cache.skipping = false; // the graph has been quiet for QUIET_MS (checked above)
    cache.getLayers(renderer.getCachedZSortedEles().nondrag, renderer.getPixelRatio());
    timer = setTimeout(fill, 0);
  };
  // Every element change is followed by a frame, so the frames tell when to look again.
  const onRender = (): void => {
    if (timer === undefined && cache.lastInvalidationTime !== warmedAfter) timer = setTimeout(warm, 0);
  };
  cy.on('render', onRender);
  return () => {
    clearTimeout(timer);
    cy.off('render', onRender);
  };
}
