import { computeLayout, type LayoutJob } from './layout-compute';
import { layoutOptions } from './layouts';

/** A root with `count` children (one level as wide as `count`). */
function star(count: number, locked: string[] = []): Pick<LayoutJob, 'nodes' | 'edges'> {
  const ids = ['root', ...Array.from({ length: count }, (_, i) => `c${i}`)];
  return {
    nodes: ids.map((id) => ({ id, x: 0, y: 0, w: 30, h: 30, locked: locked.includes(id), compound: false })),
    edges: ids.slice(1).map((id) => ({ id: `root-${id}`, source: 'root', target: id })),
  };
}

describe('computeLayout (headless Cytoscape, as in the layout worker)', () => {
  it('places every unlocked node of a force layout apart, and leaves out the locked ones', () => {
    const positions = computeLayout({ ...star(30, ['root']), options: layoutOptions('fcose', false, false, 31), spreadDraft: false, wrapLevels: false });
    expect(Object.keys(positions)).toHaveLength(30);
    expect(positions['root']).toBeUndefined();
    const points = Object.values(positions);
    const distinct = new Set(points.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
    expect(distinct.size).toBe(30);
  });

  it('wraps the wide level of a hierarchical layout: 200 children are no longer a strip', () => {
    const job = { ...star(200), options: layoutOptions('dagre', false, false, 201) };
    const extent = (positions: Record<string, { x: number; y: number }>) => {
      const points = Object.values(positions);
      const w = Math.max(...points.map((p) => p.x)) - Math.min(...points.map((p) => p.x));
      const h = Math.max(...points.map((p) => p.y)) - Math.min(...points.map((p) => p.y));
      return h / Math.max(w, 1);
    };
    expect(extent(computeLayout({ ...job, spreadDraft: false, wrapLevels: false }))).toBeGreaterThan(10);
    expect(extent(computeLayout({ ...job, spreadDraft: false, wrapLevels: true }))).toBeLessThan(3);
  });
});
