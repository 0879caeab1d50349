import cytoscape, { type NodeSingular } from 'cytoscape';
import { placeAroundAnchor, spreadDraftLayout } from './layouts';

/** Cytoscape's collection types do not narrow to nodes in callbacks. */
function position(element: unknown): { x: number; y: number } {
  return { ...(element as NodeSingular).position() };
}

function distance(a: { x: number; y: number }, b: { x: number; y: number }): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

describe('expand placement', () => {
  it('puts new nodes on rings around the anchor, off the nodes already placed, and moves nothing else', () => {
    const cy = cytoscape({ headless: true });
    // A crowded neighbourhood: a 10 × 10 grid, 50 apart, with the anchor in the middle.
    for (let i = 0; i < 100; i++) cy.add({ group: 'nodes', data: { id: `e${i}` }, position: { x: (i % 10) * 50, y: Math.floor(i / 10) * 50 } });
    const before = cy.nodes().map(position);
    const added = cy.add(Array.from({ length: 200 }, (_, i) => ({ group: 'nodes' as const, data: { id: `x${i}` } })));
    placeAroundAnchor(cy, added, 'e55');
    expect(cy.nodes().not(added).map(position)).toEqual(before);
    const existing = cy.nodes().not(added);
    const anchor = position(cy.getElementById('e55'));
    added.forEach((node) => {
      const p = position(node);
      expect(Math.min(...existing.map((other) => distance(position(other), p)))).toBeGreaterThanOrEqual(46);
      expect(distance(p, anchor)).toBeLessThan(1_500);
    });
    const positions = added.map(position);
    const closest = Math.min(...positions.flatMap((p, i) => positions.slice(i + 1).map((q) => distance(p, q))));
    expect(closest).toBeGreaterThan(25);
    cy.destroy();
  });

  it('without an anchor, places them around the middle of the graph', () => {
    const cy = cytoscape({ headless: true, layout: { name: 'preset' }, elements: [{ data: { id: 'a' }, position: { x: 1000, y: 1000 } }] });
    const added = cy.add({ group: 'nodes', data: { id: 'b' } });
    placeAroundAnchor(cy, added, null);
    expect(distance(position(added), { x: 1000, y: 1000 })).toBeGreaterThanOrEqual(46);
    expect(distance(position(added), { x: 1000, y: 1000 })).toBeLessThan(200);
    cy.destroy();
  });
});

describe('draft layout spread', () => {
  it('scales a packed layout to about 48 units a node, keeping pinned nodes where they are', () => {
    const cy = cytoscape({ headless: true });
    for (let i = 0; i < 400; i++) cy.add({ group: 'nodes', data: { id: `n${i}` }, position: { x: (i % 20) * 5, y: Math.floor(i / 20) * 5 } });
    cy.getElementById('n0').lock();
    spreadDraftLayout(cy.nodes());
    const box = cy.nodes().not('#n0').boundingBox({ includeLabels: false });
    expect(Math.max(box.w, box.h)).toBeGreaterThan(900);
    expect(position(cy.getElementById('n0'))).toEqual({ x: 0, y: 0 });
    cy.destroy();
  });

  it('leaves a layout that is already spread out alone', () => {
    const cy = cytoscape({
      headless: true,
      layout: { name: 'preset' },
      elements: [
        { data: { id: 'a' }, position: { x: 0, y: 0 } },
        { data: { id: 'b' }, position: { x: 500, y: 0 } },
      ],
    });
    spreadDraftLayout(cy.nodes());
    expect(position(cy.getElementById('b'))).toEqual({ x: 500, y: 0 });
    cy.destroy();
  });
});
