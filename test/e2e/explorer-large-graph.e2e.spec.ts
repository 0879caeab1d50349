import type { Page } from 'playwright-core';
import { syntheticGraph } from '../support/synthetic-graph';
import { screenshot } from './support/browser';
import { useExplorerSession } from './support/explorer-session';
import { ExplorerPage } from './pages/explorer.page';

type GridCheck = { points: number; nodes: number; edges: number; background: number; disagreements: string[] };

/**
 * What a press lands on at a grid of canvas points, from the hit index and from Cytoscape's scan of every element
 * (≈ 15 ms a point on 5,000 elements: the grid is coarse).
 */
function compareOnGrid(page: Page, step: number): Promise<GridCheck> {
  return page.evaluate((step) => {
    const api = window.__explorerTestApi!;
    const nodeIds = new Set(api.ids());
    const frame = document.querySelector('[data-testid="graph-canvas"]')!;
    const box = frame.getBoundingClientRect();
    const result = { points: 0, nodes: 0, edges: 0, background: 0, disagreements: [] as string[] };
    for (let x = box.left + 5; x < box.right - 5; x += step) {
      for (let y = box.top + 5; y < box.bottom - 5; y += step) {
        const hit = document.elementFromPoint(x, y);
        if (!hit || !frame.contains(hit)) continue; // a button or the minimap lies over the canvas here
        const indexed = api.pressTarget!(x, y);
        const scanned = api.pressTargetByScan!(x, y);
        result.points++;
        if (indexed !== scanned) result.disagreements.push(`${x},${y}: ${indexed} vs ${scanned}`);
        if (indexed === null) result.background++;
        else if (nodeIds.has(indexed)) result.nodes++;
        else result.edges++;
      }
    }
    return result;
  }, step);
}

/** A canvas point, away from its edges, where a press lands on an edge. */
function edgePoint(page: Page): Promise<{ x: number; y: number; id: string } | null> {
  return page.evaluate(() => {
    const api = window.__explorerTestApi!;
    const nodes = new Set(api.ids());
    const frame = document.querySelector('[data-testid="graph-canvas"]')!;
    const box = frame.getBoundingClientRect();
    for (let x = box.left + 200; x < box.right - 200; x += 7) {
      for (let y = box.top + 200; y < box.bottom - 200; y += 7) {
        const id = api.pressTarget!(x, y);
        const hit = document.elementFromPoint(x, y);
        if (id !== null && !nodes.has(id) && hit && frame.contains(hit)) return { x, y, id };
      }
    }
    return null;
  });
}

describe('explorer on a large graph', () => {
  const session = useExplorerSession();

  it("finds what a press lands on from its hit index as Cytoscape's scan does, before and after a click and a node drag", async () => {
    const explorer = await ExplorerPage.open(session.browser, session.server.url);
    const { page } = explorer;
    const graph = syntheticGraph(2_000, 3_000, 2);
    await page.evaluate((subgraph) => window.__explorerTestApi!.benchReplace(subgraph), graph);
    await expect(page.evaluate(() => window.__explorerTestApi!.count())).resolves.toBe(2_000);

    // Fitted (the whole graph, much background) and zoomed in (edges cover most points, captions drawn).
    const fitted = await compareOnGrid(page, 37);
    expect(fitted.disagreements).toEqual([]);
    expect(fitted.background).toBeGreaterThan(20);
    expect(fitted.nodes).toBeGreaterThan(20);
    expect(fitted.edges).toBeGreaterThan(20);
    await page.evaluate(() => window.__explorerTestApi!.benchZoomTo(1.5));
    const zoomed = await compareOnGrid(page, 37);
    expect(zoomed.disagreements).toEqual([]);
    expect(zoomed.edges).toBeGreaterThan(zoomed.background);

    // A node dragged by mouse is found where it was dropped (a spot clear of other nodes), no longer where it was.
    await page.evaluate(() => window.__explorerTestApi!.benchZoomTo(3));
    const node = await page.evaluate(() => {
      const api = window.__explorerTestApi!;
      const frame = document.querySelector('[data-testid="graph-canvas"]')!.getBoundingClientRect();
      const ids = api.ids();
      const boxes = new Map(ids.map((id) => [id, api.pageBox!(id)!]));
      const onCanvas = (x: number, y: number): boolean => x > frame.left + 100 && x < frame.right - 250 && y > frame.top + 100 && y < frame.bottom - 250;
      const clear = (id: string, x: number, y: number): boolean =>
        [...boxes].every(([other, bb]) => other === id || bb.x2 < x - 20 || bb.x1 > x + 20 || bb.y2 < y - 20 || bb.y1 > y + 20);
      for (const id of ids) {
        const bb = boxes.get(id)!;
        const x = (bb.x1 + bb.x2) / 2;
        const y = (bb.y1 + bb.y2) / 2;
        if (!onCanvas(x, y) || api.pressTarget!(x, y) !== id) continue;
        // Farther than the node is wide, so it leaves its old place.
        for (let radius = Math.max(bb.x2 - bb.x1, bb.y2 - bb.y1) + 10; radius <= 400; radius += 20) {
          for (let angle = 0; angle < 360; angle += 20) {
            const dx = Math.round(radius * Math.cos((angle * Math.PI) / 180));
            const dy = Math.round(radius * Math.sin((angle * Math.PI) / 180));
            if (onCanvas(x + dx, y + dy) && clear(id, x + dx, y + dy)) return { id, x, y, dx, dy };
          }
        }
      }
      return null;
    });
    expect(node).not.toBeNull();
    const { id, x, y, dx, dy } = node!;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + dx, y + dy, { steps: 8 });
    await page.mouse.up();
    const moved = await page.evaluate((id) => window.__explorerTestApi!.pageBox!(id)!, id);
    const dropX = (moved.x1 + moved.x2) / 2;
    const dropY = (moved.y1 + moved.y2) / 2;
    expect(Math.hypot(dropX - x - dx, dropY - y - dy)).toBeLessThan(3);
    const targets = (px: number, py: number): Promise<(string | null)[]> =>
      page.evaluate(([px, py]) => [window.__explorerTestApi!.pressTarget!(px!, py!), window.__explorerTestApi!.pressTargetByScan!(px!, py!)], [px, py]);
    await expect(targets(dropX, dropY)).resolves.toEqual([id, id]);
    const left = await targets(x, y);
    expect(left[0]).toBe(left[1]);
    expect(left[0]).not.toBe(id);

    // A real click on an edge selects it (press and release both go through the index).
    const edge = await edgePoint(page);
    expect(edge).not.toBeNull();
    await page.mouse.click(edge!.x, edge!.y);
    await expect(page.evaluate(() => window.__explorerTestApi!.selectedId())).resolves.toBe(edge!.id);

    const after = await compareOnGrid(page, 53);
    expect(after.disagreements).toEqual([]);
    await screenshot(page, 'explorer-large-graph-zoomed');
    await page.close();
  });
});
