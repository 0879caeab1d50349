import type { Page } from 'playwright-core';
import { syntheticGraph } from '../support/synthetic-graph';
import { screenshot } from './support/browser';
import { clearEdgeMiddle, type PagePoint } from './support/canvas-points';
import { useExplorerSession } from './support/explorer-session';
import { ExplorerPage } from './pages/explorer.page';

/** Pixels of the graph canvas that are not blank (Cytoscape's layer canvases drawn onto one scratch canvas). */
function drawnPixels(page: Page): Promise<number> {
  return page.evaluate(() => {
    const layers = [...document.querySelectorAll<HTMLCanvasElement>('[data-testid="graph-canvas"] canvas')];
    const scratch = document.createElement('canvas');
    scratch.width = Math.max(...layers.map((layer) => layer.width));
    scratch.height = Math.max(...layers.map((layer) => layer.height));
    const context = scratch.getContext('2d')!;
    for (const layer of layers) context.drawImage(layer, 0, 0);
    const { data } = context.getImageData(0, 0, scratch.width, scratch.height);
    let drawn = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0 && (data[i - 3]! < 250 || data[i - 2]! < 250 || data[i - 1]! < 250)) drawn++;
    return drawn;
  });
}

/**
 * Of the nodes whose body centre is on the open canvas with a free spot 150 px away, the one whose centre lies
 * farthest from every other node's body: Cytoscape's hit test grows each body by its tolerance, and labels hang
 * below bodies, so a centre merely outside the other boxes can still be pressed as a neighbour.
 */
function draggableNode(page: Page): Promise<({ id: string; to: PagePoint; clearance: number } & PagePoint) | null> {
  return page.evaluate(() => {
    const api = window.__explorerTestApi!;
    const frame = document.querySelector('[data-testid="graph-canvas"]')!;
    const open = (p: { x: number; y: number }): boolean => {
      const hit = document.elementFromPoint(p.x, p.y);
      return hit !== null && frame.contains(hit);
    };
    const boxes = api.ids().map((id) => ({ id, box: api.pageBox!(id)! }));
    const distance = (p: { x: number; y: number }, b: { x1: number; y1: number; x2: number; y2: number }): number =>
      Math.hypot(Math.max(b.x1 - p.x, 0, p.x - b.x2), Math.max(b.y1 - p.y, 0, p.y - b.y2));
    let best: { id: string; to: { x: number; y: number }; clearance: number; x: number; y: number } | null = null;
    for (const { id, box } of boxes) {
      const centre = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
      if (!open(centre)) continue;
      const to = [
        { x: centre.x + 150, y: centre.y },
        { x: centre.x - 150, y: centre.y },
        { x: centre.x, y: centre.y + 150 },
        { x: centre.x, y: centre.y - 150 },
      ].find(open);
      if (!to) continue;
      let clearance = Infinity;
      for (const other of boxes) if (other.id !== id) clearance = Math.min(clearance, distance(centre, other.box));
      if (!best || clearance > best.clearance) best = { id, ...centre, to, clearance };
    }
    return best;
  });
}

describe('explorer on a large graph', () => {
  const session = useExplorerSession();

  it('draws 2,000 nodes, selects an edge clicked on, and moves a node dragged by mouse', async () => {
    const explorer = await ExplorerPage.open(session.browser, session.server.url);
    const { page } = explorer;
    const graph = syntheticGraph(2_000, 3_000, 2);
    await expect(drawnPixels(page)).resolves.toBe(0);
    await page.evaluate((subgraph) => window.__explorerTestApi!.benchReplace(subgraph), graph);
    await expect(explorer.canvasCount()).resolves.toBe(2_000);
    await expect(explorer.canvasEdgeCount()).resolves.toBe(3_000);
    // Drawn: Cytoscape paints on its own animation frames, so look at the pixels frame by frame (at most 120 frames).
    const canvasArea = await page.evaluate(() => {
      const box = document.querySelector('[data-testid="graph-canvas"]')!.getBoundingClientRect();
      return box.width * box.height;
    });
    let drawn = await drawnPixels(page);
    for (let frame = 0; frame < 120 && drawn < canvasArea * 0.02; frame++) {
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
      drawn = await drawnPixels(page);
    }
    expect(drawn).toBeGreaterThan(canvasArea * 0.02);

    // Zoomed in, edges are long enough to click on away from the nodes. The press lands on the edge (or on one that
    // crosses it within a few pixels), and that edge is selected. The force layout starts from random places
    // (randomize), so some runs leave no edge clear of the nodes at 1.5×: zoom in further until one is (a fresh-clone CI run
    // on the loaded machine, 7 December, found none up to 4×).
    const ends = graph.edges.map((e) => [e.id, e.source, e.target] as const);
    let edge: Awaited<ReturnType<typeof clearEdgeMiddle>> = null;
    for (const level of [1.5, 2.5, 4, 6, 9]) {
      await page.evaluate((zoom) => window.__explorerTestApi!.benchZoomTo(zoom), level);
      edge = await clearEdgeMiddle(page, ends, 60);
      if (edge) break;
    }
    expect(edge).not.toBeNull();
    await page.mouse.click(edge!.x, edge!.y);
    const pressed = await page.evaluate(() => window.__explorerTestApi!.pressedId!());
    expect(edge!.nearIds).toContain(pressed);
    await expect(explorer.selectedId()).resolves.toBe(pressed);

    // A node dragged by mouse ends where it was dropped; the view itself does not move.
    const node = await draggableNode(page);
    expect(node).not.toBeNull();
    expect(node!.clearance).toBeGreaterThan(8);
    const other = graph.nodes.map((n) => n.id).find((id) => id !== node!.id)!;
    const otherBefore = await page.evaluate((id) => window.__explorerTestApi!.pagePosition(id)!, other);
    await page.mouse.move(node!.x, node!.y);
    await page.mouse.down();
    await page.mouse.move(node!.to.x, node!.to.y, { steps: 8 });
    await page.mouse.up();
    await expect(page.evaluate(() => window.__explorerTestApi!.pressedId!())).resolves.toBe(node!.id);
    const dropped = await page.evaluate((id) => window.__explorerTestApi!.pagePosition(id)!, node!.id);
    expect(Math.hypot(dropped.x - node!.to.x, dropped.y - node!.to.y)).toBeLessThan(2);
    await expect(page.evaluate((id) => window.__explorerTestApi!.pagePosition(id)!, other)).resolves.toEqual(otherBefore);
    await screenshot(page, 'explorer-large-graph-zoomed');
    await page.close();
  });
});
