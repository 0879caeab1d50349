import { fitFrame, modelPoint, panCentring, viewWindow } from './minimap-geometry';

describe('minimap geometry', () => {
  it('fits a wide graph to the panel width and centres it vertically', () => {
    const frame = fitFrame({ x1: -100, y1: 0, w: 400, h: 100 }, 200, 150)!;
    expect(frame.scale).toBe(0.5);
    // Model x -100 lands on the left edge; the 50 px tall drawing sits in the middle of 150 px.
    expect(frame.offsetX + -100 * frame.scale).toBe(0);
    expect(frame.offsetY).toBe(50);
  });

  it('fits a tall graph to the panel height and centres it horizontally', () => {
    const frame = fitFrame({ x1: 0, y1: 0, w: 100, h: 300 }, 200, 150)!;
    expect(frame.scale).toBe(0.5);
    expect(frame.offsetX).toBe(75);
    expect(frame.offsetY).toBe(0);
  });

  it('returns no frame for an empty graph or a hidden panel, and a finite one for a single node', () => {
    expect(fitFrame({ x1: Infinity, y1: Infinity, w: -Infinity, h: -Infinity }, 200, 150)).toBeNull();
    expect(fitFrame({ x1: 0, y1: 0, w: 100, h: 100 }, 0, 150)).toBeNull();
    const single = fitFrame({ x1: 10, y1: 10, w: 0.5, h: 30 }, 200, 150)!;
    expect(Number.isFinite(single.scale)).toBe(true);
    expect(single.scale).toBe(5);
  });

  it('maps the visible extent to a window and a panel pixel back to the model point under it', () => {
    const frame = fitFrame({ x1: 0, y1: 0, w: 1000, h: 750 }, 200, 150)!;
    expect(viewWindow(frame, { x1: 100, y1: 50, w: 500, h: 250 })).toEqual({ left: 20, top: 10, width: 100, height: 50 });
    expect(modelPoint(frame, 20, 10)).toEqual({ x: 100, y: 50 });
    expect(modelPoint(frame, 200, 150)).toEqual({ x: 1000, y: 750 });
  });

  it('pans so that a model point lands in the middle of the canvas', () => {
    const pan = panCentring({ x: 100, y: -40 }, 2, 800, 600);
    // Rendered position = model × zoom + pan.
    expect(100 * 2 + pan.x).toBe(400);
    expect(-40 * 2 + pan.y).toBe(300);
  });
});
