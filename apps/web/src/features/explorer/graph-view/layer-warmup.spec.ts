import type { Core } from 'cytoscape';
import { warmLayersWhenQuiet } from './layer-warmup';

interface FakeCache {
  firstGet: boolean;
  lastInvalidationTime: number;
  skipping: boolean;
  getLayers: jest.Mock;
  dequeue: jest.Mock;
}

/** Just the renderer state the warm-up reads, and a core that emits 'render' on demand. */
function fakeCy(webgl = false): { cy: Core; cache: FakeCache; hoverData: { draggingEles: boolean }; frame(): void } {
  let queued = 0;
  const cache: FakeCache = {
    firstGet: false,
    lastInvalidationTime: 0,
    skipping: true,
    getLayers: jest.fn(() => {
      queued = 5; // five elements to draw into the layers
    }),
    dequeue: jest.fn(() => (queued-- > 0 ? [true] : [])),
  };
  const hoverData = { draggingEles: false };
  const renderer = { webgl, hoverData, data: { lyrTxrCache: cache }, getCachedZSortedEles: () => ({ nondrag: ['eles'] }), getPixelRatio: () => 1 };
  const handlers = new Set<() => void>();
  const cy = {
    renderer: () => renderer,
    destroyed: () => false,
    on: (_event: string, handler: () => void) => handlers.add(handler),
    off: (_event: string, handler: () => void) => handlers.delete(handler),
  } as unknown as Core;
  return { cy, cache, hoverData, frame: () => handlers.forEach((handler) => handler()) };
}

describe('layer warm-up', () => {
  beforeEach(() => jest.useFakeTimers({ now: 10_000 }));
  afterEach(() => jest.useRealTimers());

  it('builds the layers once the graph has been quiet for 50 ms, once per change', () => {
    const { cy, cache, frame } = fakeCy();
    const stop = warmLayersWhenQuiet(cy);
    cache.lastInvalidationTime = performance.now(); // a layout just moved the nodes
    frame();
    jest.advanceTimersByTime(30);
    expect(cache.getLayers).not.toHaveBeenCalled();
    jest.advanceTimersByTime(30);
    expect(cache.getLayers).toHaveBeenCalledTimes(1);
    expect(cache.getLayers).toHaveBeenCalledWith(['eles'], 1);
    expect(cache.skipping).toBe(false);
    // Then fills them: every queued element, until the queue is empty.
    expect(cache.dequeue).toHaveBeenCalledTimes(6);
    // Frames without a change (panning) ask for nothing more.
    for (let i = 0; i < 10; i++) frame();
    jest.advanceTimersByTime(1_000);
    expect(cache.getLayers).toHaveBeenCalledTimes(1);
    // A new change (a selection restyles a node) is warmed again.
    cache.lastInvalidationTime = performance.now();
    frame();
    jest.advanceTimersByTime(100);
    expect(cache.getLayers).toHaveBeenCalledTimes(2);
    stop();
    cache.lastInvalidationTime = performance.now();
    frame();
    jest.advanceTimersByTime(1_000);
    expect(cache.getLayers).toHaveBeenCalledTimes(2);
  });

  it('waits while a node is dragged, and warms after the drop', () => {
    const { cy, cache, hoverData, frame } = fakeCy();
    warmLayersWhenQuiet(cy);
    hoverData.draggingEles = true;
    cache.lastInvalidationTime = performance.now();
    frame();
    jest.advanceTimersByTime(200);
    expect(cache.getLayers).not.toHaveBeenCalled();
    hoverData.draggingEles = false;
    cache.lastInvalidationTime = performance.now(); // the drop
    frame();
    jest.advanceTimersByTime(100);
    expect(cache.getLayers).toHaveBeenCalledTimes(1);
  });

  it("leaves the very first layer request to Cytoscape's first frame (it draws every layer at once)", () => {
    const { cy, cache, frame } = fakeCy();
    cache.firstGet = true;
    warmLayersWhenQuiet(cy);
    frame();
    jest.advanceTimersByTime(1_000);
    expect(cache.getLayers).not.toHaveBeenCalled();
  });

  it('does nothing on a renderer without layers (headless, WebGL or another Cytoscape version)', () => {
    const cy = { renderer: () => undefined } as unknown as Core;
    expect(() => warmLayersWhenQuiet(cy)()).not.toThrow();
    const webgl = fakeCy(true);
    warmLayersWhenQuiet(webgl.cy);
    webgl.cache.lastInvalidationTime = performance.now();
    webgl.frame();
    jest.advanceTimersByTime(1_000);
    expect(webgl.cache.getLayers).not.toHaveBeenCalled();
  });
});
