import type { Core } from 'cytoscape';

/** A 2D context as far as this module uses it (the node layer's, and the off-screen one it draws into). */
interface DrawContext {
  readonly canvas: unknown;
  save(): void;
  restore(): void;
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void;
  clearRect(x: number, y: number, w: number, h: number): void;
  translate(x: number, y: number): void;
  scale(x: number, y: number): void;
  drawImage(image: unknown, x: number, y: number): void;
  getImageData(x: number, y: number, w: number, h: number): unknown;
}
interface OffscreenLayer {
  width: number;
  height: number;
  getContext(kind: '2d'): DrawContext | null;
}
type Extent = { x1: number; y1: number; x2: number; y2: number; w: number; h: number };
type DrawElements = (context: DrawContext, eles: readonly unknown[], pxRatio: number, extent: Extent) => unknown;

/** Cytoscape's element texture caches (node bodies, captions, edge end labels): they refine textures between frames. */
const TEXTURE_CACHES = ['eleTxrCache', 'lblTxrCache', 'slbTxrCache', 'tlbTxrCache'] as const;
type TextureCacheName = (typeof TEXTURE_CACHES)[number];
interface TextureCache {
  onDequeue(fn: () => void): void;
  offDequeue(fn: () => void): void;
}

/** The parts of Cytoscape 3.34's canvas renderer (pinned) used here. */
interface CanvasRendererInternals {
  readonly webgl?: boolean;
  /** Index of the node layer in data.contexts (the layer every element but the dragged ones is drawn on). */
  readonly NODE: number;
  readonly data?: { readonly contexts?: readonly DrawContext[] } & Partial<Record<TextureCacheName, TextureCache>>;
  /** The size of the layer canvases in device pixels. */
  readonly canvasWidth: number;
  readonly canvasHeight: number;
  /** Every element one by one, from its cached textures: the fallback when the whole-graph layers cannot be used. */
  drawCachedElements?: DrawElements;
  /** Nodes only (edges hidden; captions too with hideLabelsWhileViewportMoves): the frames of a moving viewport. */
  drawCachedNodes?: DrawElements;
  /** The node layer from the whole-graph layer textures (zoom ≤ 1); falls back on drawCachedElements without them. */
  drawLayeredElements?: DrawElements;
  /** One element from its cached textures; `highQuality` draws a missing texture now instead of a scaled stand-in. */
  drawCachedElement?: (context: DrawContext, ele: unknown, pxRatio: number, extent: Extent, lvl?: number, highQuality?: boolean) => unknown;
  /** Callbacks run before a frame with the elements whose style or position changed. */
  onUpdateEleCalcs?: (fn: (willDraw: boolean, eles: { readonly length: number }) => void) => void;
  /** What makes a frame one of a moving viewport (Cytoscape's vpManip, less node drags). */
  readonly hoverData?: { readonly dragging?: boolean };
  readonly pinching?: boolean;
  readonly swipePanning?: boolean;
}

export interface ReleaseRedrawOptions {
  /** Milliseconds of drawing and painting per task. */
  readonly sliceMs?: number;
  readonly now?: () => number;
  readonly createCanvas?: () => OffscreenLayer;
}

/** Each slice of the full redraw is its own task, well under the 50 ms of a long task. */
const SLICE_MS = 16;
/**
 * Chrome records canvas drawing and paints it only when the canvas is read; painting costs 0.5–3 times the drawing
 * (captions and long edges the most). A slice reads one pixel after this much drawing, so its time includes the
 * painting: without it, the whole picture was painted in the task that showed it (a 22–40 ms drawImage).
 */
const PAINT_EVERY_MS = 2;
/** More restyled elements than this are drawn in full, as Cytoscape does (a box selection, a filter). */
const MAX_RESTYLED = 20;

/** Where the viewport was: a frame at another one is a pan or a zoom. */
interface View {
  readonly panX: number;
  readonly panY: number;
  readonly zoom: number;
  readonly width: number;
  readonly height: number;
  readonly pxRatio: number;
}
/** What a full-quality image shows: the viewport, and the elements as of a count of element changes. */
interface Scene {
  readonly view: View;
  readonly eles: readonly unknown[];
  readonly changes: number;
}

const sameView = (a: View, b: View): boolean =>
  a.panX === b.panX && a.panY === b.panY && a.zoom === b.zoom && a.width === b.width && a.height === b.height && a.pxRatio === b.pxRatio;
/** Cytoscape rebuilds its list of undragged elements on every mouse release: the same elements, a new array. */
function sameEles(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
const sameScene = (a: Scene, b: Scene): boolean => sameView(a.view, b.view) && a.changes === b.changes && sameEles(a.eles, b.eles);

/**
 * Zoomed in past 1 on a big graph, Cytoscape cannot draw it from its whole-graph layer textures (a layer would be over
 * 4,000 px wide), so the frame after a pan or zoom draws every visible element, edges and captions included: 60–100 ms
 * in software rendering for 5,000 elements at zoom 1.5–3, the long task when a drag ends (bench/render.bench.ts).
 * Here that frame draws the nodes only, like the frames of the moving viewport, and the full-quality picture is drawn
 * off screen in 12 ms slices (the same elements, in the same order, from the same caches) and shown once complete. A
 * frame where a few elements were restyled at a still view (a press, a selection) shows the last picture with those
 * elements drawn over it at once, then redraws it in slices; a frame where a node moved or many elements changed (a
 * node drag, a filter) is drawn in full as before; a frame with nothing changed shows the last full picture (and
 * redraws it in slices, for element textures refined since).
 *
 * At zoom ≤ 1 Cytoscape would draw the node layer from whole-graph layer textures, but any restyle (a press on an
 * edge before a drag) invalidates a layer, and rebuilding it gave 55–75 ms tasks during the next drag: Chrome
 * rasterizes a new 2,300 × 2,000 px layer canvas in one go (bench/render.bench.ts, drags started on an edge). Here
 * the node layer is drawn the same way at every zoom instead, so no layer is ever built. Returns how to stop.
 */
export function redrawInSlicesAfterViewportMoves(cy: Core, options: ReleaseRedrawOptions = {}): () => void {
  const renderer = (cy as unknown as { renderer(): CanvasRendererInternals | undefined }).renderer();
  const drawCachedElements = renderer?.drawCachedElements;
  const contexts = renderer?.data?.contexts;
  if (
    !renderer ||
    renderer.webgl ||
    typeof drawCachedElements !== 'function' ||
    typeof renderer.drawCachedNodes !== 'function' ||
    typeof renderer.drawCachedElement !== 'function' ||
    typeof renderer.onUpdateEleCalcs !== 'function' ||
    !renderer.hoverData ||
    !contexts?.[renderer.NODE]
  ) {
    return () => undefined;
  }
  const r = renderer as Required<CanvasRendererInternals>;
  const sliceMs = options.sliceMs ?? SLICE_MS;
  const now = options.now ?? (() => performance.now());
  const createCanvas = options.createCanvas ?? (() => document.createElement('canvas') as unknown as OffscreenLayer);

  let stopped = false;
  /** Element changes seen (style, position, added or removed): a full picture is valid for one count. */
  let changes = 0;
  /**
   * The elements restyled since the picture below was drawn, when they are a few and none moved (a press or a
   * selection restyles one element; Cytoscape recomputes a few captions after a zoom); null once more changed or a
   * node moved, which only a full draw shows right.
   */
  let restyledSincePicture: unknown[] | null = null;
  r.onUpdateEleCalcs((_willDraw, eles) => {
    if (stopped || !eles || eles.length === 0) return;
    changes++;
    if (!restyledSincePicture) return;
    for (let i = 0; i < eles.length; i++) {
      const ele = eles[i];
      if (restyledSincePicture.includes(ele)) continue;
      if (restyledSincePicture.length >= MAX_RESTYLED) {
        restyledSincePicture = null;
        return;
      }
      restyledSincePicture.push(ele);
    }
  });
  // Drawn over the picture, a moved node would show twice: at its old place too.
  const onPosition = (): void => {
    restyledSincePicture = null;
  };
  cy.on('position', onPosition);
  /** The last picture drawn in full (by Cytoscape or here) and put on the node layer. */
  let shown: Scene | null = null;
  /** Whether the user has panned or zoomed since (frames of a moving viewport, nodes only, were drawn). */
  let movedSinceShown = false;
  const viewportMoving = (): boolean =>
    Boolean(r.hoverData.dragging || r.pinching || r.swipePanning || (r as { data: { wheelZooming?: boolean } }).data.wheelZooming || cy.animated());
  const onRender = (): void => {
    if (viewportMoving()) movedSinceShown = true;
  };
  cy.on('render', onRender);
  /** That picture, when it was drawn here: shown again by frames with nothing changed. */
  let picture: { scene: Scene; canvas: OffscreenLayer; pxRatio: number; extent: Extent } | null = null;
  /** The redraw in slices under way. */
  let job: { scene: Scene; canvas: OffscreenLayer; context: DrawContext; next: number; pxRatio: number; extent: Extent; again: boolean } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Two off-screen canvases: one shown again by unchanged frames, one being drawn. */
  const spare: OffscreenLayer[] = [];

  const currentScene = (eles: readonly unknown[], pxRatio: number): Scene => {
    const pan = cy.pan();
    return { view: { panX: pan.x, panY: pan.y, zoom: cy.zoom(), width: r.canvasWidth, height: r.canvasHeight, pxRatio }, eles, changes };
  };
  const cancel = (): void => {
    clearTimeout(timer);
    timer = undefined;
    if (job) spare.push(job.canvas);
    job = null;
  };
  /** Puts a complete picture on the node layer, whatever transform the context has. */
  const put = (context: DrawContext, canvas: OffscreenLayer, clear: boolean): void => {
    context.save();
    context.setTransform(1, 0, 0, 1, 0, 0);
    if (clear) context.clearRect(0, 0, canvas.width, canvas.height);
    context.drawImage(canvas, 0, 0);
    context.restore();
  };
  const slice = (): void => {
    timer = undefined;
    const running = job;
    if (stopped || !running || cy.destroyed()) return;
    const scene = currentScene(running.scene.eles, running.scene.view.pxRatio);
    if (!sameScene(running.scene, scene)) {
      // The view moved since: the frame drawn for it starts again. An element changed: start again here, as a change
      // is not always followed by a frame (Cytoscape flushes pending style updates between frames too).
      if (sameView(running.scene.view, scene.view)) startJob(scene, running.pxRatio, running.extent);
      else cancel();
      return;
    }
    const { eles } = running.scene;
    const start = now();
    let paintedAt = start;
    let unpainted = false;
    const paint = (): void => {
      running.context.getImageData(0, 0, 1, 1);
      paintedAt = now();
      unpainted = false;
    };
    while (running.next < eles.length) {
      // At the right texture level straight away (Cytoscape's layers ask the same): no blurry stand-ins to refine.
      r.drawCachedElement(running.context, eles[running.next++], running.pxRatio, running.extent, undefined, true);
      unpainted = true;
      if (now() - paintedAt < PAINT_EVERY_MS) continue;
      paint();
      if (paintedAt - start >= sliceMs) break;
    }
    if (unpainted) paint();
    if (running.next < eles.length) {
      timer = setTimeout(slice, 0);
      return;
    }
    job = null;
    if (picture) spare.push(picture.canvas);
    picture = { scene: running.scene, canvas: running.canvas, pxRatio: running.pxRatio, extent: running.extent };
    restyledSincePicture = [];
    shown = running.scene;
    movedSinceShown = false;
    put(contexts[r.NODE]!, running.canvas, true);
    // Cytoscape asked for the same frame again meanwhile (an element texture was refined): draw it once more.
    if (running.again) startJob(running.scene, running.pxRatio, running.extent);
  };
  /** An off-screen canvas the size of the node layer, from the pool when one is free. */
  const layerSizedCanvas = (view: View): { canvas: OffscreenLayer; context: DrawContext } | null => {
    const canvas = spare.pop() ?? createCanvas();
    if (canvas.width !== view.width) canvas.width = view.width;
    if (canvas.height !== view.height) canvas.height = view.height;
    const context = canvas.getContext('2d');
    return context ? { canvas, context } : null;
  };
  const startJob = (scene: Scene, pxRatio: number, extent: Extent): void => {
    cancel();
    const target = layerSizedCanvas(scene.view);
    if (!target) return;
    const { canvas, context } = target;
    // The node layer's transform (Cytoscape's setContextTransform), on a cleared canvas.
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, canvas.width, canvas.height);
    context.translate(scene.view.panX * pxRatio, scene.view.panY * pxRatio);
    context.scale(scene.view.zoom * pxRatio, scene.view.zoom * pxRatio);
    job = { scene, canvas, context, next: 0, pxRatio, extent, again: false };
    timer = setTimeout(slice, 0);
  };

  // A texture refined after an element was drawn from its stand-in: draw the picture again (Cytoscape redraws only
  // when no frame is about to be drawn, and that frame may have been this module's nodes-only one).
  const onTextureRefined = (): void => {
    if (stopped) return;
    if (job) job.again = true;
    else if (picture && shown === picture.scene && sameScene(picture.scene, currentScene(picture.scene.eles, picture.pxRatio))) startJob(picture.scene, picture.pxRatio, picture.extent);
  };
  const textureCaches = TEXTURE_CACHES.map((name) => r.data[name]).filter((cache): cache is TextureCache => typeof cache?.onDequeue === 'function' && typeof cache.offDequeue === 'function');
  for (const cache of textureCaches) cache.onDequeue(onTextureRefined);

  const patched = function (this: unknown, context: DrawContext, eles: readonly unknown[], pxRatio: number, extent: Extent): unknown {
    // Other layers (dragged elements) and other contexts (PNG export) are drawn as Cytoscape draws them.
    if (stopped || context !== contexts[r.NODE]) return drawCachedElements.call(this, context, eles, pxRatio, extent);
    const scene = currentScene(eles, pxRatio);
    if (picture && sameScene(picture.scene, scene)) {
      // Nothing changed since the last full picture (a redraw for sharper element textures): show it, redraw it.
      put(context, picture.canvas, false);
      if (job && sameScene(job.scene, scene)) job.again = true;
      else startJob(scene, pxRatio, extent);
      return undefined;
    }
    // The first frame after a pan or zoom by the user, which drew over the last full picture with nodes only (even
    // when the drag came back to where it started). A layout's fit moves the view with no such frames: drawn in full.
    const moved = shown !== null && movedSinceShown;
    if (
      !moved &&
      picture &&
      restyledSincePicture &&
      restyledSincePicture.length > 0 &&
      shown === picture.scene &&
      sameView(picture.scene.view, scene.view) &&
      sameEles(picture.scene.eles, scene.eles)
    ) {
      // A press or selection restyled an element at this view: the picture, those elements drawn over it at once, and
      // the whole picture again in slices (an edge then back under its nodes, a removed overlay gone).
      put(context, picture.canvas, false);
      for (const ele of restyledSincePicture) r.drawCachedElement(context, ele, pxRatio, extent, undefined, true);
      if (job && sameScene(job.scene, scene)) job.again = true;
      else startJob(scene, pxRatio, extent);
      return undefined;
    }
    if (moved || (job && sameScene(job.scene, scene))) {
      // Just panned or zoomed: nodes now, the rest in slices.
      const drawn = r.drawCachedNodes.call(this, context, eles, pxRatio, extent);
      if (job && sameScene(job.scene, scene)) job.again = true;
      else startJob(scene, pxRatio, extent);
      return drawn;
    }
    cancel();
    shown = scene;
    movedSinceShown = false;
    restyledSincePicture = null;
    const result = drawCachedElements.call(this, context, eles, pxRatio, extent);
    // Drawn in full at a still view (a programmatic zoom or fit, a node change): the picture the next press draws over.
    if (!viewportMoving()) keepCopy(context, eles, pxRatio, extent);
    return result;
  };
  r.drawCachedElements = patched;

  const keepCopy = (context: DrawContext, eles: readonly unknown[], pxRatio: number, extent: Extent): void => {
    const scene = currentScene(eles, pxRatio);
    const target = layerSizedCanvas(scene.view);
    if (!target) return;
    put(target.context, context.canvas as OffscreenLayer, true);
    if (picture) spare.push(picture.canvas);
    picture = { scene, canvas: target.canvas, pxRatio, extent };
    shown = scene;
    restyledSincePicture = [];
  };
  // The node layer is drawn element by element at every zoom: no whole-graph layer textures (see above).
  const drawLayeredElements = r.drawLayeredElements;
  const layered =
    typeof drawLayeredElements === 'function'
      ? function (this: unknown, context: DrawContext, eles: readonly unknown[], pxRatio: number, extent: Extent): unknown {
          if (stopped || context !== contexts[r.NODE]) return drawLayeredElements.call(this, context, eles, pxRatio, extent);
          return patched.call(this, context, eles, pxRatio, extent);
        }
      : null;
  if (layered) r.drawLayeredElements = layered;
  return () => {
    stopped = true;
    cancel();
    cy.off('render', onRender);
    cy.off('position', onPosition);
    for (const cache of textureCaches) cache.offDequeue(onTextureRefined);
    if (r.drawCachedElements === patched) r.drawCachedElements = drawCachedElements;
    if (layered && r.drawLayeredElements === layered) r.drawLayeredElements = drawLayeredElements;
  };
}
