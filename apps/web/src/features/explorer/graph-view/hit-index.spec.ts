import type { Core } from 'cytoscape';
import { indexHitTests } from './hit-index';

type Box = { x1: number; y1: number; x2: number; y2: number };
type FakeElement = { id: string; box: Box; interactive: boolean; boundingBox(this: FakeElement): Box };
type ZSorted = FakeElement[] & { interactive?: FakeElement[] };

const element = (id: string, box: Box, interactive = true): FakeElement => ({
  id,
  box,
  interactive,
  boundingBox(this: FakeElement) {
    return this.box;
  },
});

/** A small deterministic PRNG, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/**
 * A renderer with Cytoscape's shape of hit test: it walks getCachedZSortedEles() from the back (front-most first) and
 * answers the first element that holds the point, here anywhere within its box grown by a tolerance smaller than the
 * index's margin. It counts the elements it looks at.
 */
function fakeCy(elements: FakeElement[], webgl = false) {
  const sorted = (): ZSorted => Object.assign([...elements], { interactive: elements.filter((ele) => ele.interactive) });
  let zSorted = sorted();
  const handlers = new Map<string, Set<(event: { target: unknown }) => void>>();
  const viewport = { zoom: 2 };
  const renderer = {
    webgl,
    looked: 0,
    getCachedZSortedEles(): ZSorted {
      return zSorted;
    },
    findNearestElements(this: typeof renderer, x: number, y: number, interactiveOnly: boolean, isTouch: boolean): FakeElement[] {
      const all = this.getCachedZSortedEles();
      const list = interactiveOnly ? all.interactive! : all;
      const tolerance = (isTouch ? 20 : 6) / viewport.zoom;
      for (let i = list.length - 1; i >= 0; i--) {
        renderer.looked++;
        const { box } = list[i]!;
        if (x >= box.x1 - tolerance && x <= box.x2 + tolerance && y >= box.y1 - tolerance && y <= box.y2 + tolerance) return [list[i]!];
      }
      return [];
    },
  };
  const cy = {
    renderer: () => renderer,
    zoom: () => viewport.zoom,
    on: (events: string, handler: () => void) => events.split(' ').forEach((event) => handlers.set(event, (handlers.get(event) ?? new Set()).add(handler))),
    off: (events: string, handler: () => void) => events.split(' ').forEach((event) => handlers.get(event)?.delete(handler)),
  } as unknown as Core;
  return {
    cy,
    renderer,
    viewport,
    scan: renderer.findNearestElements,
    handlerCount: () => [...handlers.values()].reduce((sum, set) => sum + set.size, 0),
    emit: (event: string, target?: FakeElement) => handlers.get(event)?.forEach((handler) => handler({ target })),
    /** Cytoscape sorting its elements again (an element added, a z-index changed): a new list. */
    resort: () => {
      zSorted = sorted();
    },
  };
}

function randomElements(count: number, next: () => number): FakeElement[] {
  return Array.from({ length: count }, (_, i) => {
    const x = next() * 2_000;
    const y = next() * 2_000;
    const w = 5 + next() * (i % 3 === 0 ? 600 : 40); // some long edges among small nodes
    const h = 5 + next() * (i % 3 === 0 ? 600 : 40);
    return element(`e${i}`, { x1: x, y1: y, x2: x + w, y2: y + h }, next() > 0.1);
  });
}

describe('indexHitTests', () => {
  it('gives the same answer as the full scan at every point, mouse or touch, interactive only or not', () => {
    const next = random(7);
    const fake = fakeCy(randomElements(2_000, next));
    indexHitTests(fake.cy);
    for (let i = 0; i < 3_000; i++) {
      const x = next() * 2_200 - 100;
      const y = next() * 2_200 - 100;
      const interactiveOnly = i % 2 === 0;
      const isTouch = i % 5 === 0;
      fake.viewport.zoom = i % 7 === 0 ? 0.2 : 2;
      const expected = fake.scan.call(fake.renderer, x, y, interactiveOnly, isTouch).map((ele) => ele.id);
      expect(fake.renderer.findNearestElements(x, y, interactiveOnly, isTouch).map((ele) => ele.id)).toEqual(expected);
    }
  });

  it('tests only the elements whose box holds the point, in Cytoscape order, and leaves its list as it was', () => {
    const elements = [element('back', { x1: 0, y1: 0, x2: 100, y2: 100 }), element('far', { x1: 500, y1: 500, x2: 510, y2: 510 }), element('front', { x1: 40, y1: 40, x2: 60, y2: 60 })];
    const fake = fakeCy(elements);
    const list = fake.renderer.getCachedZSortedEles();
    indexHitTests(fake.cy);
    fake.renderer.looked = 0;
    expect(fake.renderer.findNearestElements(50, 50, true, false).map((ele) => ele.id)).toEqual(['front']);
    expect(fake.renderer.looked).toBe(1); // 'front' first, as the scan goes front to back; 'far' never looked at
    fake.renderer.looked = 0;
    expect(fake.renderer.findNearestElements(10, 10, true, false).map((ele) => ele.id)).toEqual(['back']);
    expect(fake.renderer.looked).toBe(1);
    expect(fake.renderer.findNearestElements(300, 300, true, false)).toEqual([]);
    expect(fake.renderer.getCachedZSortedEles()).toBe(list);
  });

  it("reads a box again after its element moved or was restyled, and only that one", () => {
    const node = element('node', { x1: 0, y1: 0, x2: 10, y2: 10 });
    const other = element('other', { x1: 50, y1: 0, x2: 60, y2: 10 });
    const fake = fakeCy([node, other]);
    indexHitTests(fake.cy);
    expect(fake.renderer.findNearestElements(5, 5, true, false)).toEqual([node]);
    node.box = { x1: 100, y1: 100, x2: 110, y2: 110 };
    other.box = { x1: 300, y1: 300, x2: 310, y2: 310 };
    expect(fake.renderer.findNearestElements(105, 105, true, false)).toEqual([]); // no event yet: the old box
    fake.emit('bounds', node);
    expect(fake.renderer.findNearestElements(105, 105, true, false)).toEqual([node]);
    expect(fake.renderer.findNearestElements(5, 5, true, false)).toEqual([]);
    expect(fake.renderer.findNearestElements(305, 305, true, false)).toEqual([]); // 'other' had no event
    expect(fake.renderer.findNearestElements(55, 5, true, false)).toEqual([]); // its old box is a candidate, its shape says no
  });

  it('reads every box again after elements were added or removed, after many moved, and for a list sorted anew', () => {
    const nodes = Array.from({ length: 300 }, (_, i) => element(`n${i}`, { x1: i * 20, y1: 0, x2: i * 20 + 10, y2: 10 }));
    const fake = fakeCy(nodes);
    indexHitTests(fake.cy);
    expect(fake.renderer.findNearestElements(5, 5, true, false)).toEqual([nodes[0]]);
    const shift = (dy: number): void => nodes.forEach((node) => (node.box = { ...node.box, y1: node.box.y1 + dy, y2: node.box.y2 + dy }));
    shift(100);
    fake.emit('add');
    expect(fake.renderer.findNearestElements(5, 105, true, false)).toEqual([nodes[0]]);
    shift(100);
    nodes.forEach((node) => fake.emit('bounds', node)); // a layout tick: more than are worth reading one by one
    expect(fake.renderer.findNearestElements(5_985, 205, true, false)).toEqual([nodes[299]]);
    shift(100);
    fake.resort();
    expect(fake.renderer.findNearestElements(5, 305, true, false)).toEqual([nodes[0]]);
  });

  it("restores Cytoscape's list when its test throws, restores the scan on stop, and leaves WebGL alone", () => {
    const fake = fakeCy([element('a', { x1: 0, y1: 0, x2: 10, y2: 10 })]);
    const list = fake.renderer.getCachedZSortedEles();
    fake.renderer.findNearestElements = () => {
      throw new Error('boom');
    };
    const failing = fake.renderer.findNearestElements;
    const stop = indexHitTests(fake.cy);
    expect(() => fake.renderer.findNearestElements(5, 5, true, false)).toThrow('boom');
    expect(fake.renderer.getCachedZSortedEles()).toBe(list);
    stop();
    expect(fake.renderer.findNearestElements).toBe(failing);
    expect(fake.handlerCount()).toBe(0);
    const webgl = fakeCy([], true);
    indexHitTests(webgl.cy);
    expect(webgl.renderer.findNearestElements).toBe(webgl.scan);
  });
});
