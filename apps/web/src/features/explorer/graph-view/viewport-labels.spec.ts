import type { Core } from 'cytoscape';
import { hideLabelsWhileViewportMoves } from './viewport-labels';

type LabelCache = { getBoundingBox(ele: unknown): { w: number; h: number } };

/** A renderer whose drawCachedNodes records the label box it would draw, as Cytoscape's does per node. */
function fakeCy(webgl = false): { cy: Core; renderer: { data: { lblTxrCache: LabelCache }; drawCachedNodes(...args: unknown[]): unknown } } {
  const labels: LabelCache = { getBoundingBox: () => ({ w: 80, h: 12 }) };
  const renderer = {
    webgl,
    data: { lblTxrCache: labels },
    drawCachedNodes(this: { data: { lblTxrCache: LabelCache } }, context: unknown) {
      return { context, labelBox: this.data.lblTxrCache.getBoundingBox('node') };
    },
  };
  return { cy: { renderer: () => renderer } as unknown as Core, renderer };
}

describe('hideLabelsWhileViewportMoves', () => {
  it('draws the nodes-only frames without labels, and keeps the label cache for the other frames', () => {
    const { cy, renderer } = fakeCy();
    const labels = renderer.data.lblTxrCache;
    const stop = hideLabelsWhileViewportMoves(cy);
    expect(renderer.drawCachedNodes('context')).toEqual({ context: 'context', labelBox: expect.objectContaining({ w: 0, h: 0 }) });
    expect(renderer.data.lblTxrCache).toBe(labels);
    stop();
    expect(renderer.drawCachedNodes('context')).toEqual({ context: 'context', labelBox: { w: 80, h: 12 } });
  });

  it('puts the label cache back when drawing throws', () => {
    const { cy, renderer } = fakeCy();
    const labels = renderer.data.lblTxrCache;
    renderer.drawCachedNodes = () => {
      throw new Error('draw failed');
    };
    hideLabelsWhileViewportMoves(cy);
    expect(() => renderer.drawCachedNodes()).toThrow('draw failed');
    expect(renderer.data.lblTxrCache).toBe(labels);
  });

  it('does nothing on a renderer without these internals (headless, WebGL or another Cytoscape version)', () => {
    expect(() => hideLabelsWhileViewportMoves({ renderer: () => undefined } as unknown as Core)()).not.toThrow();
    const { cy, renderer } = fakeCy(true);
    const draw = renderer.drawCachedNodes;
    hideLabelsWhileViewportMoves(cy);
    expect(renderer.drawCachedNodes).toBe(draw);
  });
});
