import { nodesPerColumn, wrapWideLevels, WRAP_COLUMN_SPACING, WRAP_MIN_LEVEL } from './wide-levels';

describe('wrapWideLevels', () => {
  it('leaves narrow levels where they are', () => {
    const nodes = [
      { id: 'a', x: 0, y: 0 },
      { id: 'b', x: 100, y: -20 },
      { id: 'c', x: 100, y: 20 },
    ];
    expect([...wrapWideLevels(nodes)]).toEqual(nodes.map((n) => [n.id, { x: n.x, y: n.y }]));
  });

  it('wraps a level of 200 into about square columns in order, and moves the next level along', () => {
    const wide = Array.from({ length: 200 }, (_, i) => ({ id: `w${i}`, x: 100, y: i * 40 }));
    const placed = wrapWideLevels([{ id: 'root', x: 0, y: 4_000 }, ...wide, { id: 'leaf', x: 200, y: 0 }]);
    const perColumn = nodesPerColumn(200);
    const columns = Math.ceil(200 / perColumn);
    expect(columns).toBeGreaterThan(1);
    const xs = wide.map((n) => placed.get(n.id)!.x);
    const ys = wide.map((n) => placed.get(n.id)!.y);
    expect(new Set(xs).size).toBe(columns);
    // Square-ish: the wrapped block is neither a strip nor a band.
    const width = Math.max(...xs) - Math.min(...xs);
    const height = Math.max(...ys) - Math.min(...ys);
    expect(height / width).toBeLessThan(3);
    expect(width / height).toBeLessThan(3);
    // Order is kept: the first column holds the top nodes, top to bottom.
    expect(placed.get('w0')).toEqual({ x: 100, y: placed.get('w0')!.y });
    expect(placed.get('w1')!.y).toBeGreaterThan(placed.get('w0')!.y);
    expect(placed.get(`w${perColumn}`)!.x).toBe(100 + WRAP_COLUMN_SPACING);
    expect(placed.get('root')).toEqual({ x: 0, y: 4_000 });
    expect(placed.get('leaf')!.x).toBe(200 + (columns - 1) * WRAP_COLUMN_SPACING);
  });

  it('wraps nothing up to the minimum level size', () => {
    const level = Array.from({ length: WRAP_MIN_LEVEL }, (_, i) => ({ id: `n${i}`, x: 0, y: i * 30 }));
    expect(new Set([...wrapWideLevels(level).values()].map((p) => p.x))).toEqual(new Set([0]));
  });
});
