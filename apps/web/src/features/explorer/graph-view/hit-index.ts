import type { Core } from 'cytoscape';

/** An element as Cytoscape's hit test sees it; its bounding box (model coordinates) covers all it can be hit by. */
interface HitElement {
  boundingBox(): { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number };
}
/** Cytoscape's z-sorted element list, with the interactive (visible, event-taking) ones as a property. */
type ZSortedElements = HitElement[] & { interactive?: HitElement[] };
type FindNearestElements = (x: number, y: number, interactiveElementsOnly: boolean, isTouch: boolean) => unknown[];

/** The parts of Cytoscape 3.34's canvas renderer (pinned) used here. */
interface CanvasRendererInternals {
  /** The WebGL renderer finds elements by picking on the GPU instead. */
  readonly webgl?: boolean;
  /** What a press, release or hover at a model point lands on: scans every element, front to back. */
  findNearestElements?: FindNearestElements;
  getCachedZSortedEles?: (forceRecalc?: boolean) => ZSortedElements;
}

/**
 * Cytoscape's tolerance around an edge is 8 px (24 px by touch) on screen; a node's and a caption's are smaller. An
 * element can only be hit within its bounding box grown by that much.
 */
const hitMargin = (zoom: number, isTouch: boolean): number => (isTouch ? 24 : 8) / zoom + 1e-9;
/** More changed boxes than this (a layout, a filter) and all are read again, which is as quick. */
const MAX_PENDING = 256;

/**
 * Cytoscape finds what a press, a release or a hover lands on by scanning every element: 15–30 ms for 5,000 elements
 * in Chromium here, on every mouse move over the canvas and twice per click, most of a long task when a drag starts
 * (bench/render.bench.ts, BENCH_PAN_FROM=edge). Here the bounding boxes of the elements are kept in one flat array,
 * front-to-back as Cytoscape orders them, and Cytoscape's own test runs on only those whose box (grown by its
 * tolerance) holds the point: the same answer, from a few candidates. An element's box is read again after it moved
 * or was restyled, every box after elements were added or removed. Returns how to stop.
 */
export function indexHitTests(cy: Core): () => void {
  const renderer = (cy as unknown as { renderer(): CanvasRendererInternals | undefined }).renderer();
  const findNearestElements = renderer?.findNearestElements;
  const getCachedZSortedEles = renderer?.getCachedZSortedEles;
  if (!renderer || renderer.webgl || typeof findNearestElements !== 'function' || typeof getCachedZSortedEles !== 'function') return () => undefined;

  /** The boxes of one list Cytoscape hands out (all elements, or the interactive ones), and where each element is. */
  interface BoxIndex {
    readonly list: readonly HitElement[];
    /** x1, y1, x2, y2 per element, in the list's order. */
    readonly flat: Float64Array;
    readonly position: Map<HitElement, number>;
  }
  let indexes: BoxIndex[] = [];
  /** Elements whose box changed since it was read; past MAX_PENDING every box is read again instead. */
  const pending = new Set<HitElement>();
  let stale = false;
  // 'bounds' is Cytoscape's event for a dirty bounding box: a move, a restyle, a data change that resizes a caption.
  const onBounds = (event: { target: HitElement }): void => {
    if (stale) return;
    pending.add(event.target);
    if (pending.size > MAX_PENDING) stale = true;
  };
  const onAddOrRemove = (): void => {
    stale = true;
  };
  cy.on('bounds', onBounds);
  cy.on('add remove', onAddOrRemove);

  const writeBox = (flat: Float64Array, i: number, ele: HitElement): void => {
    const box = ele.boundingBox();
    flat[i * 4] = box.x1;
    flat[i * 4 + 1] = box.y1;
    flat[i * 4 + 2] = box.x2;
    flat[i * 4 + 3] = box.y2;
  };
  const boxIndex = (all: ZSortedElements, list: readonly HitElement[]): BoxIndex => {
    if (stale) indexes = [];
    else for (const ele of pending) for (const index of indexes) {
      const i = index.position.get(ele);
      if (i !== undefined) writeBox(index.flat, i, ele);
    }
    stale = false;
    pending.clear();
    // Cytoscape sorts its elements again after an add, a remove or a z-index change: a new list, read anew.
    indexes = indexes.filter((index) => index.list === all || index.list === all.interactive);
    let index = indexes.find((candidate) => candidate.list === list);
    if (!index) {
      index = { list, flat: new Float64Array(list.length * 4), position: new Map() };
      for (let i = 0; i < list.length; i++) {
        writeBox(index.flat, i, list[i]!);
        index.position.set(list[i]!, i);
      }
      indexes.push(index);
    }
    return index;
  };

  const indexed: FindNearestElements = function (this: unknown, x, y, interactiveElementsOnly, isTouch) {
    const all = getCachedZSortedEles.call(renderer);
    const list = interactiveElementsOnly ? all.interactive : all;
    if (!list) return findNearestElements.call(this, x, y, interactiveElementsOnly, isTouch);
    const { flat } = boxIndex(all, list);
    const margin = hitMargin(cy.zoom(), isTouch);
    const candidates: ZSortedElements = [];
    for (let i = 0; i < list.length; i++) {
      const at = i * 4;
      if (x >= flat[at]! - margin && x <= flat[at + 2]! + margin && y >= flat[at + 1]! - margin && y <= flat[at + 3]! + margin) candidates.push(list[i]!);
    }
    candidates.interactive = candidates;
    // Cytoscape's own test, in its own order, on the candidates only.
    renderer.getCachedZSortedEles = () => candidates;
    try {
      return findNearestElements.call(this, x, y, interactiveElementsOnly, isTouch);
    } finally {
      renderer.getCachedZSortedEles = getCachedZSortedEles;
    }
  };
  renderer.findNearestElements = indexed;
  return () => {
    cy.off('bounds', onBounds);
    cy.off('add remove', onAddOrRemove);
    if (renderer.findNearestElements === indexed) renderer.findNearestElements = findNearestElements;
  };
}
