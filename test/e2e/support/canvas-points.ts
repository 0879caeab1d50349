import type { Page } from 'playwright-core';

// The app's own declaration of window.__explorerTestApi (type only).
import type {} from '../../../apps/web/src/features/explorer/graph-view/test-api';

/** An edge as [id, source id, target id]. */
export type EdgeEnds = readonly [string, string, string];
export type PagePoint = { x: number; y: number };

/**
 * Points are found from the geometry the test API reports (node bodies, node centres), in page pixels. Big graphs
 * draw edges straight (explorer-stylesheet.ts, `edge.dense`), so an edge is the segment between its nodes' centres.
 * A point counts only where the canvas itself lies under it (no button or minimap over it).
 */

/**
 * The middle of an edge at least `minLengthPx` long on screen, at least 10 px from every node's body, chosen as far
 * from the other edges' lines as the view allows; `nearIds` are the edges whose line passes within 12 px of it (a
 * press there lands on one of them: Cytoscape hits an edge within a few pixels of its line). Null when the view has no
 * such edge.
 */
export function clearEdgeMiddle(page: Page, edges: readonly EdgeEnds[], minLengthPx: number): Promise<({ id: string; nearIds: string[] } & PagePoint) | null> {
  return page.evaluate(
    ({ edges, minLengthPx }) => {
      type Point = { x: number; y: number };
      const api = window.__explorerTestApi!;
      const frame = document.querySelector('[data-testid="graph-canvas"]')!;
      const boxes = api.ids().map((id) => api.pageBox!(id)!);
      const segments = edges.map(([id, source, target]) => ({ id, a: api.pagePosition(source)!, b: api.pagePosition(target)! }));
      const distanceToSegment = (p: Point, a: Point, b: Point): number => {
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
        return Math.hypot(a.x + t * dx - p.x, a.y + t * dy - p.y);
      };
      let best: ({ id: string; nearIds: string[]; clearance: number } & Point) | null = null;
      for (const { id, a, b } of segments) {
        if (Math.hypot(b.x - a.x, b.y - a.y) < minLengthPx) continue;
        const middle = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
        const hit = document.elementFromPoint(middle.x, middle.y);
        if (!hit || !frame.contains(hit)) continue;
        if (boxes.some((box) => middle.x > box.x1 - 10 && middle.x < box.x2 + 10 && middle.y > box.y1 - 10 && middle.y < box.y2 + 10)) continue;
        let clearance = Infinity;
        const nearIds = [id];
        for (const other of segments) {
          if (other.id === id) continue;
          const distance = distanceToSegment(middle, other.a, other.b);
          clearance = Math.min(clearance, distance);
          if (distance < 12) nearIds.push(other.id);
        }
        if (!best || clearance > best.clearance) best = { id, nearIds, clearance, ...middle };
      }
      return best && { id: best.id, nearIds: best.nearIds, x: best.x, y: best.y };
    },
    { edges, minLengthPx },
  );
}

/**
 * The open-canvas point farthest from the nodes (at least 30 px from every centre and 10 px from every body) among
 * those at least 15 px from every edge line; when edges cover the whole view, the one farthest from them. A drag that
 * starts there pans the view. `clearance` is its distance to the nearest node centre, `edgeDistance` to the nearest
 * edge line (-1 both when the canvas has no such point).
 */
export function clearBackgroundPoint(page: Page, edges: readonly EdgeEnds[]): Promise<PagePoint & { clearance: number; edgeDistance: number }> {
  return page.evaluate((edges) => {
    const api = window.__explorerTestApi!;
    const frame = document.querySelector('[data-testid="graph-canvas"]')!;
    const box = frame.getBoundingClientRect();
    const centres = api.ids().map((id) => api.pagePosition(id)!);
    const bodies = api.ids().map((id) => api.pageBox!(id)!);
    const segments = edges.map(([, source, target]) => [api.pagePosition(source)!, api.pagePosition(target)!] as const);
    const edgeDistance = (x: number, y: number): number => {
      let nearest = Infinity;
      for (const [a, b] of segments) {
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const t = Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / (dx * dx + dy * dy || 1)));
        nearest = Math.min(nearest, Math.hypot(a.x + t * dx - x, a.y + t * dy - y));
        if (nearest < 1) break;
      }
      return nearest;
    };
    let best = { x: box.left + 30, y: box.top + 30, clearance: -1, edgeDistance: -1 };
    let bestScore = -Infinity;
    for (let x = box.left + 30; x < box.right - 30; x += 6) {
      for (let y = box.top + 30; y < box.bottom - 30; y += 6) {
        const hit = document.elementFromPoint(x, y);
        if (!hit || !frame.contains(hit)) continue;
        if (bodies.some((b) => x > b.x1 - 10 && x < b.x2 + 10 && y > b.y1 - 10 && y < b.y2 + 10)) continue;
        let clearance = Infinity;
        for (const node of centres) clearance = Math.min(clearance, Math.hypot(node.x - x, node.y - y));
        if (clearance < 30) continue;
        const distance = edgeDistance(x, y);
        // Off the edges first, then farthest from the nodes.
        const score = Math.min(distance, 15) * 1e6 + clearance;
        if (score > bestScore) {
          bestScore = score;
          best = { x, y, clearance, edgeDistance: distance };
        }
      }
    }
    return best;
  }, edges);
}
