import type { Core } from 'cytoscape';
import { labelStyle } from './label-styles';

/** The parts of cytoscape-navigator 2.0.2 (pinned) the minimap reuses: its panel sizes, view window and <img>. */
interface NavigatorInternals {
  readonly _onRenderHandler: () => void;
  readonly panelWidth: number;
  readonly panelHeight: number;
  readonly boundingBox: { x1: number; y1: number; w: number; h: number };
  readonly $thumbnail: HTMLImageElement;
  _checkThumbnailSizesAndUpdate(): void;
  _setupView(): void;
  destroy(): void;
}

/** After the last graph change, wait this long before redrawing the overview (a layout moves every node). */
const REDRAW_DELAY_MS = 250;

/**
 * The overview map: cytoscape-navigator's panel and draggable view window, with our own thumbnail. The navigator
 * redraws its thumbnail with `cy.png()` of the whole graph on every frame (throttled), panning included: on 5,000
 * elements that is a 400 ms task every 300 ms while the user drags (bench/render.bench.ts). Here the thumbnail is
 * redrawn only when the graph changes (elements added or removed, a layout or a node drag ended, a filter), as
 * dots in each label's colour and hairline edges: a few milliseconds, and all a 200-pixel overview can show.
 */
export function showMinimap(cy: Core, elementId: string): { refresh(): void; destroy(): void } {
  const navigator = cy.navigator({ container: `#${elementId}`, removeCustomContainer: false, rerenderDelay: 300, viewLiveFramerate: 0 }) as unknown as NavigatorInternals;
  (cy as unknown as { offRender(handler: () => void): void }).offRender(navigator._onRenderHandler);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const refresh = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => drawThumbnail(cy, navigator), REDRAW_DELAY_MS);
  };
  cy.on('add remove layoutstop dragfree', refresh);
  refresh();
  return {
    refresh,
    destroy: () => {
      clearTimeout(timer);
      cy.off('add remove layoutstop dragfree', refresh);
      navigator.destroy();
    },
  };
}

function drawThumbnail(cy: Core, navigator: NavigatorInternals): void {
  if (cy.destroyed()) return;
  navigator._checkThumbnailSizesAndUpdate(); // bounding box and thumbnail scale
  navigator._setupView();
  const { panelWidth: w, panelHeight: h, boundingBox: bb, $thumbnail: img } = navigator;
  if (!Number.isFinite(bb.w) || !Number.isFinite(bb.h) || w <= 0 || h <= 0) {
    img.removeAttribute('src');
    return;
  }
  const zoom = Math.min(w / bb.w, h / bb.h);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bb.w * zoom));
  canvas.height = Math.max(1, Math.round(bb.h * zoom));
  const context = canvas.getContext('2d');
  if (!context) return;
  context.setTransform(zoom, 0, 0, zoom, -bb.x1 * zoom, -bb.y1 * zoom);
  const shown = cy.elements().not('.filtered');
  context.strokeStyle = 'rgba(110, 110, 140, 0.35)';
  context.lineWidth = 1 / zoom;
  context.beginPath();
  shown.edges().forEach((edge) => {
    const source = edge.source().position();
    const target = edge.target().position();
    context.moveTo(source.x, source.y);
    context.lineTo(target.x, target.y);
  });
  context.stroke();
  shown.nodes().forEach((node) => {
    const look = labelStyle(String(node.data('label')));
    const radius = Math.min(Math.max(look.size / 2, 1.2 / zoom), 2.5 / zoom); // 1.2 to 2.5 px: dots, not blots
    const { x, y } = node.position();
    context.fillStyle = look.color;
    context.fillRect(x - radius, y - radius, radius * 2, radius * 2);
  });
  img.src = canvas.toDataURL('image/png');
  img.style.position = 'absolute';
  img.style.left = `${(w - zoom * bb.w) / 2}px`;
  img.style.top = `${(h - zoom * bb.h) / 2}px`;
}
