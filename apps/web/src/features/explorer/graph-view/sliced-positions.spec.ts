import cytoscape, { type Core } from 'cytoscape';
import { MAX_FRAMES, NODES_PER_FRAME, SlicedPositions } from './sliced-positions';

function graph(count: number): Core {
  return cytoscape({
    headless: true,
    elements: Array.from({ length: count }, (_, i) => ({ group: 'nodes' as const, data: { id: `n${i}` }, position: { x: 0, y: 0 } })),
  });
}

const target = (count: number): Record<string, { x: number; y: number }> =>
  Object.fromEntries(Array.from({ length: count }, (_, i) => [`n${i}`, { x: i, y: -i }]));
const movedCount = (cy: Core): number => cy.nodes().filter((node) => node.position().x !== 0).length;

describe('SlicedPositions', () => {
  it('applies a slice at once and the rest in later tasks, then calls done once, before the promise settles', async () => {
    const count = NODES_PER_FRAME * 2 + 10;
    const cy = graph(count);
    const order: string[] = [];
    const applied = new SlicedPositions(cy).apply(target(count), () => order.push(`done with ${movedCount(cy)} moved`));
    expect(movedCount(cy)).toBe(NODES_PER_FRAME - 1); // n0 goes to x 0
    await applied;
    order.push('settled');
    expect(order).toEqual([`done with ${count - 1} moved`, 'settled']);
    expect(cy.getElementById(`n${count - 1}`).position()).toEqual({ x: count - 1, y: -(count - 1) });
  });

  it('a big graph takes bigger slices, in at most MAX_FRAMES frames', async () => {
    const count = NODES_PER_FRAME * MAX_FRAMES * 2;
    const cy = graph(count);
    const applied = new SlicedPositions(cy).apply(target(count), () => undefined);
    expect(movedCount(cy)).toBe(count / MAX_FRAMES - 1);
    await applied;
    expect(movedCount(cy)).toBe(count - 1);
  });

  it('flush applies what is left in the same task; locked nodes stay put', async () => {
    const count = NODES_PER_FRAME * 3;
    const cy = graph(count);
    cy.getElementById(`n${count - 1}`).lock();
    const slices = new SlicedPositions(cy);
    let done = 0;
    const applied = slices.apply(target(count), () => done++);
    slices.flush();
    expect(done).toBe(1);
    expect(movedCount(cy)).toBe(count - 2);
    expect(cy.getElementById(`n${count - 1}`).position()).toEqual({ x: 0, y: 0 });
    await applied;
    expect(done).toBe(1);
  });

  it('a newer apply lands the older one first; cancel settles without applying the rest', async () => {
    const count = NODES_PER_FRAME * 2;
    const cy = graph(count);
    const slices = new SlicedPositions(cy);
    const calls: string[] = [];
    const first = slices.apply(target(count), () => calls.push('first'));
    const second = slices.apply({ n1: { x: 5, y: 5 } }, () => calls.push('second'));
    expect(calls).toEqual(['first', 'second']);
    await Promise.all([first, second]);
    const third = slices.apply(Object.fromEntries(Object.entries(target(count)).map(([id, p]) => [id, { x: p.x + 1, y: p.y }])), () => calls.push('third'));
    slices.cancel();
    await third;
    expect(calls).toEqual(['first', 'second']);
    expect(movedCount(cy)).toBe(count);
    expect(cy.getElementById(`n${count - 1}`).position().x).toBe(count - 1);
  });
});
