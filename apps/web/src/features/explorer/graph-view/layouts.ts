import type { Core, NodeCollection } from 'cytoscape';
import type { DagreLayoutOptions } from 'cytoscape-dagre';
import type { FcoseLayoutOptions } from 'cytoscape-fcose';
import type { LayoutName } from '../explorer-store';

/** Above this many nodes the force layout runs in draft quality (spectral only): 5,000 elements in under 2 s. */
export const DRAFT_LAYOUT_NODES = 1_200;

/**
 * Layout options per name. Incremental runs keep existing positions (randomize false) so an expand does not
 * reshuffle what the user has already read; pinned nodes are locked by the view and stay put. Big graphs get the
 * draft force layout (bench/render.bench.ts measured it).
 */
export function layoutOptions(name: LayoutName, incremental: boolean, animate: boolean, nodeCount = 0): FcoseLayoutOptions | DagreLayoutOptions {
  if (name === 'dagre') {
    return { name: 'dagre', rankDir: 'LR', nodeSep: 18, rankSep: 90, animate, animationDuration: 250, fit: false };
  }
  const large = nodeCount > DRAFT_LAYOUT_NODES;
  return {
    name: 'fcose',
    quality: large && !incremental ? 'draft' : 'default',
    randomize: !incremental,
    animate,
    animationDuration: 250,
    fit: false, // the view fits afterwards, with a zoom cap
    nodeRepulsion: 6500,
    idealEdgeLength: 70,
    nodeSeparation: 60,
    packComponents: true,
    // 1,000 iterations settle a 1,000-node graph as well as 2,500 did, in less time (bench/render.bench.ts).
    numIter: incremental ? 600 : nodeCount > 500 ? 1_000 : 2_500,
  };
}

/** The box around node centres (no sizes or labels: cheap, and the same with or without a style). */
function centreBox(nodes: NodeCollection): { x1: number; y1: number; x2: number; y2: number; w: number; h: number } {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  nodes.forEach((node) => {
    const { x, y } = node.position();
    x1 = Math.min(x1, x);
    y1 = Math.min(y1, y);
    x2 = Math.max(x2, x);
    y2 = Math.max(y2, y);
  });
  return { x1, y1, x2, y2, w: x2 - x1, h: y2 - y1 };
}

/** Room per node, in model units, that a draft layout is spread out to (node sizes are 24-46). */
const DRAFT_SPACING = 48;

/**
 * The draft force layout (spectral only) packs big graphs into a ball where nodes sit on top of each other (2,000
 * nodes in about 700 × 700). Scaling it about its centre to about DRAFT_SPACING per node (√n · 48 across) leaves a
 * tenth of the overlaps, as many as the full-quality layout that takes ten times longer, and a lower fit zoom that
 * is also cheaper to draw. Locked (pinned) nodes stay put.
 */
export function spreadDraftLayout(nodes: NodeCollection): void {
  const movable = nodes.filter((node) => !node.locked());
  if (movable.length < 2) return;
  const box = centreBox(movable);
  const factor = (Math.sqrt(movable.length) * DRAFT_SPACING) / Math.max(box.w, box.h, 1);
  if (factor <= 1) return;
  const cx = (box.x1 + box.x2) / 2;
  const cy = (box.y1 + box.y2) / 2;
  movable.positions((node) => {
    const p = node.position();
    return { x: cx + (p.x - cx) * factor, y: cy + (p.y - cy) * factor };
  });
}

/** Ring placement around an anchor: distance between neighbours on a ring and between rings, in model units. */
const RING_SPACING = 58;
const FIRST_RING = 90;
/** A slot closer than this to a node already on the canvas is skipped, so an expand never covers what is there. */
const CLEARANCE = 46;

/**
 * Places new nodes on concentric rings around the node they grew from (or around the middle of the graph), skipping
 * slots that would land on a node already placed. Nothing else moves and no layout runs: an expand of 200
 * neighbours on a 1,000-node canvas costs milliseconds (bench/render.bench.ts), where a force layout of the new
 * nodes took most of a second and still dropped them on top of existing ones it did not know about.
 */
export function placeAroundAnchor(cy: Core, added: NodeCollection, anchorId: string | null): void {
  const existing = cy.nodes().not(added);
  const anchor = anchorId ? existing.getElementById(anchorId) : null;
  const box = existing.nonempty() ? centreBox(existing) : null;
  const centre = anchor && anchor.nonempty() ? anchor.position() : box ? { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 } : { x: 0, y: 0 };
  // Existing nodes in a grid of CLEARANCE-sized cells: a slot checks its own cell and the eight around it.
  const cells = new Map<string, { x: number; y: number }[]>();
  const cellKey = (x: number, y: number): string => `${Math.floor(x / CLEARANCE)},${Math.floor(y / CLEARANCE)}`;
  existing.forEach((node) => {
    const p = node.position();
    const key = cellKey(p.x, p.y);
    const list = cells.get(key);
    if (list) list.push({ x: p.x, y: p.y });
    else cells.set(key, [{ x: p.x, y: p.y }]);
  });
  const free = (x: number, y: number): boolean => {
    const cx = Math.floor(x / CLEARANCE);
    const cy2 = Math.floor(y / CLEARANCE);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const p of cells.get(`${cx + dx},${cy2 + dy}`) ?? []) if (Math.hypot(p.x - x, p.y - y) < CLEARANCE) return false;
      }
    }
    return true;
  };
  const nodes = added.toArray();
  let placed = 0;
  for (let ring = 0; placed < nodes.length && ring < 2_000; ring++) {
    const radius = FIRST_RING + ring * RING_SPACING;
    const slots = Math.max(6, Math.floor((2 * Math.PI * radius) / RING_SPACING));
    const offset = (ring % 2) * (Math.PI / slots); // stagger alternate rings
    const open: { x: number; y: number }[] = [];
    for (let slot = 0; slot < slots; slot++) {
      const angle = offset + (2 * Math.PI * slot) / slots;
      const x = centre.x + radius * Math.cos(angle);
      const y = centre.y + radius * Math.sin(angle);
      if (free(x, y)) open.push({ x, y });
    }
    // Fewer nodes than open slots (a small expand, the last ring): spread them round the ring, not side by side.
    const take = Math.min(open.length, nodes.length - placed);
    for (let i = 0; i < take; i++) nodes[placed++]!.position(open[Math.floor((i * open.length) / take)]!);
  }
}

/** Places new nodes in a small circle around the node they grew from, before the layout spreads them. */
export function seedPositions(cy: Core, added: NodeCollection, anchorId: string | null): void {
  const anchor = anchorId ? cy.getElementById(anchorId) : null;
  const centre = anchor && anchor.nonempty() ? anchor.position() : { x: 0, y: 0 };
  const radius = 40 + added.length * 3;
  added.forEach((node, index) => {
    const angle = (2 * Math.PI * index) / Math.max(added.length, 1);
    node.position({ x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) });
  });
}
