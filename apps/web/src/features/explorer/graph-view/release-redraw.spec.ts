import type { Core } from 'cytoscape';
import { redrawInSlicesAfterViewportMoves } from './release-redraw';

/** A 2D context that records what is drawn on it. */
function fakeContext(name: string, paint: () => void = () => undefined): { canvas: unknown; ops: string[] } & Record<string, unknown> {
  const ops: string[] = [];
  const context = {
    canvas: { name },
    ops,
    save: () => undefined,
    restore: () => undefined,
    setTransform: () => undefined,
    clearRect: () => ops.push('clear'),
    translate: (x: number, y: number) => ops.push(`translate ${x},${y}`),
    scale: (x: number) => ops.push(`scale ${x}`),
    drawImage: (image: { name: string }) => ops.push(`image ${image.name}`),
    getImageData: () => {
      ops.push('paint');
      paint();
    },
  };
  return context;
}

type Ele = { id: string; isNode: boolean };
const ELES: Ele[] = [
  { id: 'e1', isNode: false },
  { id: 'a', isNode: true },
  { id: 'e2', isNode: false },
  { id: 'b', isNode: true },
];

/**
 * Just the renderer state the module reads: a node layer, Cytoscape's draw functions (each element costs 5 ms of
 * the fake clock; painting an off-screen canvas costs paintMs), the element-change callbacks, a texture cache that
 * refines, and a core with pan, zoom and 'render'.
 */
function fakeCy(webgl = false, eles: Ele[] = ELES) {
  const clock = { now: 0, paintMs: 0 };
  const node = fakeContext('node');
  const viewport = { pan: { x: 10, y: 20 }, zoom: 2 };
  const changeCallbacks: ((willDraw: boolean, eles: unknown[]) => void)[] = [];
  const dequeueCallbacks: (() => void)[] = [];
  const drawn: string[] = [];
  const renderer = {
    webgl,
    NODE: 2,
    canvasWidth: 100,
    canvasHeight: 50,
    hoverData: { dragging: false },
    data: {
      contexts: [fakeContext('drag'), fakeContext('select'), node],
      eleTxrCache: { onDequeue: (fn: () => void) => dequeueCallbacks.push(fn), offDequeue: (fn: () => void) => dequeueCallbacks.splice(dequeueCallbacks.indexOf(fn), 1) },
    },
    drawCachedElements(context: { ops: string[] }, eles: Ele[]) {
      for (const ele of eles) context.ops.push(`full ${ele.id}`);
      drawn.push('full');
    },
    drawCachedNodes(context: { ops: string[] }, eles: Ele[]) {
      for (const ele of eles) if (ele.isNode) context.ops.push(`node ${ele.id}`);
      drawn.push('nodes');
    },
    drawCachedElement(context: { ops: string[] }, ele: Ele, _pxRatio: number, _extent: unknown, _lvl: unknown, highQuality: boolean) {
      clock.now += 5;
      context.ops.push(`${highQuality ? 'hq' : 'lq'} ${ele.id}`);
    },
    onUpdateEleCalcs: (fn: (willDraw: boolean, eles: unknown[]) => void) => changeCallbacks.push(fn),
    /** Zoom ≤ 1: the node layer from layer textures while they are valid, element by element otherwise. */
    layersValid: false,
    drawLayeredElements(context: { ops: string[] }, eles: Ele[], pxRatio: number, extent: unknown) {
      if (renderer.layersValid) context.ops.push('layers');
      else renderer.drawCachedElements(context, eles, pxRatio, extent);
    },
  };
  const handlers = new Map<string, Set<() => void>>();
  const emit = (event: string): void => handlers.get(event)?.forEach((handler) => handler());
  const cy = {
    renderer: () => renderer,
    destroyed: () => false,
    animated: () => false,
    pan: () => ({ ...viewport.pan }),
    zoom: () => viewport.zoom,
    on: (event: string, handler: () => void) => handlers.set(event, (handlers.get(event) ?? new Set()).add(handler)),
    off: (event: string, handler: () => void) => handlers.get(event)?.delete(handler),
  } as unknown as Core;
  const offscreen: ReturnType<typeof fakeContext>[] = [];
  const createCanvas = () => {
    const context = fakeContext(`offscreen${offscreen.length}`, () => (clock.now += clock.paintMs));
    offscreen.push(context);
    const canvas = { width: 0, height: 0, name: `offscreen${offscreen.length - 1}`, getContext: () => context };
    (context as { canvas: unknown }).canvas = canvas;
    return canvas;
  };
  /** One of Cytoscape's frames: the node layer cleared and drawn through drawCachedElements (as when no layers fit). */
  const frame = (moving = false): void => {
    renderer.hoverData.dragging = moving;
    node.ops.length = 0;
    node.ops.push('clear');
    if (moving) renderer.drawCachedNodes(node, eles);
    else renderer.drawCachedElements(node, eles, 1, { x1: 0, y1: 0, x2: 1, y2: 1, w: 1, h: 1 });
    emit('render');
  };
  const pan = (dx: number): void => {
    viewport.pan = { x: viewport.pan.x + dx, y: viewport.pan.y };
    frame(true);
  };
  return {
    cy,
    renderer,
    node,
    clock,
    drawn,
    offscreen,
    createCanvas,
    frame,
    pan,
    /** Elements restyled (a press, a selection), as Cytoscape's change callbacks pass them. */
    restyle: (...ids: string[]) => changeCallbacks.forEach((fn) => fn(true, ids.map((id) => ({ id, isNode: !id.startsWith('e') })))),
    /** A node moved (a drag, an undo, a layout): Cytoscape passes it to the change callbacks too. */
    move: (id: string) => {
      emit('position');
      changeCallbacks.forEach((fn) => fn(true, [{ id, isNode: true }]));
    },
    refineTexture: () => dequeueCallbacks.forEach((fn) => fn()),
    dequeueCallbacks,
  };
}

describe('redrawInSlicesAfterViewportMoves', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  function setUp() {
    const fake = fakeCy();
    const stop = redrawInSlicesAfterViewportMoves(fake.cy, { sliceMs: 12, now: () => fake.clock.now, createCanvas: fake.createCanvas });
    return { ...fake, stop };
  }

  it('draws the frame after a pan with nodes only, then the full picture in slices, in order, and shows it', () => {
    const { node, frame, pan, offscreen, drawn } = setUp();
    frame(); // the first frame at this view: Cytoscape draws it in full, and a copy is kept (offscreen0)
    expect(node.ops).toEqual(['clear', 'full e1', 'full a', 'full e2', 'full b']);
    pan(30);
    pan(30);
    frame(); // the release
    expect(node.ops).toEqual(['clear', 'node a', 'node b']);
    expect(drawn.at(-1)).toBe('nodes');
    // 5 ms an element, 12 ms slices: three elements, then the last one in a second task.
    jest.advanceTimersToNextTimer();
    expect(offscreen[0]!.ops).toEqual(['clear', 'image node']);
    // Painted as it goes, in the slice's own task (Chrome paints recorded drawing when the canvas is read).
    expect(offscreen[1]!.ops).toEqual(['clear', 'translate 70,20', 'scale 2', 'hq e1', 'paint', 'hq a', 'paint', 'hq e2', 'paint']);
    expect(node.ops).toEqual(['clear', 'node a', 'node b']);
    jest.advanceTimersToNextTimer();
    expect(offscreen[1]!.ops.slice(-2)).toEqual(['hq b', 'paint']);
    expect(node.ops).toEqual(['clear', 'node a', 'node b', 'clear', 'image offscreen1']);
  });

  it("counts painting in a slice's time, so a slice of slow-painting elements draws fewer of them", () => {
    const many = Array.from({ length: 6 }, (_, i) => ({ id: `n${i}`, isNode: true }));
    const elementsPerSlice = (paintMs: number): number[] => {
      const fake = fakeCy(false, many);
      redrawInSlicesAfterViewportMoves(fake.cy, { sliceMs: 12, now: () => fake.clock.now, createCanvas: fake.createCanvas });
      fake.frame();
      fake.pan(10);
      fake.clock.paintMs = paintMs;
      fake.frame();
      const counts: number[] = [];
      while (jest.getTimerCount() > 0) {
        const before = fake.offscreen[1]?.ops.filter((op) => op.startsWith('hq')).length ?? 0;
        jest.advanceTimersToNextTimer();
        counts.push((fake.offscreen[1]?.ops.filter((op) => op.startsWith('hq')).length ?? 0) - before);
      }
      expect(fake.node.ops.at(-1)).toBe('image offscreen1');
      return counts;
    };
    expect(elementsPerSlice(0)).toEqual([3, 3]); // 5 ms an element, 12 ms slices
    expect(elementsPerSlice(10)).toEqual([1, 1, 1, 1, 1, 1]); // 5 ms drawing + 10 ms painting each
  });

  it('shows the finished picture again on a frame where nothing changed, and redraws it when a texture was refined', () => {
    const { node, frame, pan, offscreen, refineTexture } = setUp();
    frame();
    pan(10);
    frame();
    jest.runAllTimers();
    frame(); // Cytoscape asks again (e.g. a refined element texture): no nodes-only flash
    expect(node.ops).toEqual(['clear', 'image offscreen1']);
    jest.runAllTimers();
    expect(offscreen[0]!.ops.filter((op) => op.startsWith('hq'))).toHaveLength(4);
    expect(node.ops.at(-1)).toBe('image offscreen0');
    // A texture refined between frames, with no frame to follow: drawn again all the same.
    refineTexture();
    jest.runAllTimers();
    expect(node.ops.at(-1)).toBe('image offscreen1');
  });

  it('draws a frame in full when a node moved at a view already drawn in full (a node drag), as Cytoscape does', () => {
    const { node, frame, move, drawn } = setUp();
    frame();
    move('a');
    frame();
    expect(node.ops).toEqual(['clear', 'full e1', 'full a', 'full e2', 'full b']);
    expect(drawn).toEqual(['full', 'full']);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('zoomed in, shows a restyled edge over the last picture at once and redraws the picture in slices', () => {
    const { node, frame, pan, restyle, offscreen, drawn } = setUp();
    frame();
    pan(10);
    frame();
    jest.runAllTimers(); // the full picture after the pan is on screen
    drawn.length = 0;
    restyle('e2'); // a press on an edge: Cytoscape's :active overlay
    frame();
    expect(node.ops).toEqual(['clear', 'image offscreen1', 'hq e2']);
    expect(drawn).toEqual([]); // no full draw of every element in this task
    jest.runAllTimers();
    expect(offscreen[0]!.ops.filter((op) => op.startsWith('hq'))).toEqual(['hq e1', 'hq a', 'hq e2', 'hq b']);
    expect(node.ops.at(-1)).toBe('image offscreen0');
    // The release restyles it back: over the new picture, then in slices again.
    restyle('e2');
    frame();
    expect(node.ops).toEqual(['clear', 'image offscreen0', 'hq e2']);
  });

  it('draws the node layer element by element at zoom ≤ 1 too: a restyle is drawn over a copy, no layer is built', () => {
    const { node, renderer, restyle, drawn } = setUp();
    const frame = (): void => {
      node.ops.length = 0;
      node.ops.push('clear');
      renderer.drawLayeredElements(node, ELES, 1, { x1: 0, y1: 0, x2: 1, y2: 1, w: 1, h: 1 });
    };
    renderer.layersValid = true; // Cytoscape would draw from layer textures here
    frame();
    expect(node.ops).toEqual(['clear', 'full e1', 'full a', 'full e2', 'full b']);
    restyle('e1'); // a press on an edge
    frame();
    expect(node.ops).toEqual(['clear', 'image offscreen0', 'hq e1']);
    expect(drawn).toEqual(['full']);
    jest.runAllTimers();
    expect(node.ops.at(-1)).toBe('image offscreen1');
    // A node restyled (selected), and a few captions Cytoscape recomputes after a zoom: drawn over the picture too.
    restyle('a', 'b');
    frame();
    expect(node.ops).toEqual(['clear', 'image offscreen1', 'hq a', 'hq b']);
    // Other contexts (PNG export) keep Cytoscape's own way.
    const png = fakeContext('png') as unknown as { ops: string[] };
    renderer.drawLayeredElements(png, ELES, 1, { x1: 0, y1: 0, x2: 1, y2: 1, w: 1, h: 1 });
    expect(png.ops).toEqual(['layers']);
  });

  it('draws in full when a node moved or many elements changed, since drawing over the picture would show them twice', () => {
    const { node, frame, pan, move, restyle, drawn } = setUp();
    frame();
    pan(10);
    frame();
    jest.runAllTimers();
    restyle('e1');
    move('a');
    frame();
    expect(drawn.at(-1)).toBe('full');
    expect(node.ops).toEqual(['clear', 'full e1', 'full a', 'full e2', 'full b']);
    pan(10);
    frame();
    jest.runAllTimers();
    restyle(...Array.from({ length: 21 }, (_, i) => `x${i}`));
    frame();
    expect(drawn.at(-1)).toBe('full');
  });

  it('starts again when an element changes mid-way, and drops the slices when the view moves on', () => {
    const { node, frame, pan, restyle, offscreen } = setUp();
    frame();
    pan(10);
    frame();
    jest.advanceTimersToNextTimer(); // three elements drawn
    restyle('a'); // not always followed by a frame: the slices start again by themselves
    jest.runAllTimers();
    expect(offscreen[1]!.ops.filter((op) => op.startsWith('hq'))).toEqual(['hq e1', 'hq a', 'hq e2', 'hq e1', 'hq a', 'hq e2', 'hq b']);
    expect(node.ops.at(-1)).toBe('image offscreen1');
    pan(10);
    frame();
    jest.advanceTimersToNextTimer();
    pan(10); // the user drags again before the picture is done: it is never shown
    jest.runAllTimers();
    expect(node.ops).toEqual(['clear', 'node a', 'node b']);
  });

  it('leaves other layers and contexts (dragged elements, PNG export) to Cytoscape', () => {
    const { renderer, frame, pan } = setUp();
    frame();
    pan(10);
    const png = fakeContext('png') as unknown as { ops: string[] };
    renderer.drawCachedElements(png, ELES);
    expect(png.ops).toEqual(['full e1', 'full a', 'full e2', 'full b']);
  });

  it('restores Cytoscape on stop, and does nothing on a renderer without these internals', () => {
    const fake = fakeCy();
    const original = fake.renderer.drawCachedElements;
    const layered = fake.renderer.drawLayeredElements;
    const stop = redrawInSlicesAfterViewportMoves(fake.cy, { createCanvas: fake.createCanvas });
    expect(fake.renderer.drawCachedElements).not.toBe(original);
    expect(fake.renderer.drawLayeredElements).not.toBe(layered);
    expect(fake.dequeueCallbacks).toHaveLength(1);
    stop();
    expect(fake.renderer.drawCachedElements).toBe(original);
    expect(fake.renderer.drawLayeredElements).toBe(layered);
    expect(fake.dequeueCallbacks).toHaveLength(0);
    expect(() => redrawInSlicesAfterViewportMoves({ renderer: () => undefined } as unknown as Core)()).not.toThrow();
    const webgl = fakeCy(true);
    const draw = webgl.renderer.drawCachedElements;
    redrawInSlicesAfterViewportMoves(webgl.cy);
    expect(webgl.renderer.drawCachedElements).toBe(draw);
  });
});
