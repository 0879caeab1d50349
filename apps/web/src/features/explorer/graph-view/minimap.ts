import type { Core } from 'cytoscape';
import { labelStyle } from './label-styles';
import { fitFrame, modelPoint, panCentring, viewWindow, type MinimapFrame } from './minimap-geometry';

/** After the last graph change, wait this long before redrawing the overview (a layout moves every node). */
const REDRAW_DELAY_MS = 250;
const GRAPH_CHANGES = 'add remove layoutstop dragfree';

/**
 * The overview map, drawn by us through Cytoscape's public API and events only. cytoscape-navigator redraws its
 * thumbnail with `cy.png()` of the whole graph on every render (throttled), panning included: on 5,000 elements that
 * was a 400 ms task every 300 ms while the user dragged. Here the thumbnail is redrawn only when the graph changes
 * (elements added or removed, a layout or a node drag ended, a filter), as dots in each label's colour and hairline
 * edges; the view window follows `viewport` events; pressing or dragging on the map centres the canvas there.
 */
export function showMinimap(cy: Core, panel: HTMLElement): { refresh(): void; destroy(): void } {
  const thumbnail = document.createElement('canvas');
  thumbnail.className = 'minimap-thumbnail';
  const view = document.createElement('div');
  view.className = 'minimap-view';
  view.dataset['testid'] = 'minimap-view';
  panel.append(thumbnail, view);
  let frame: MinimapFrame | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const placeView = (): void => {
    view.hidden = frame === null;
    if (!frame) return;
    const box = viewWindow(frame, cy.extent());
    Object.assign(view.style, { left: `${box.left}px`, top: `${box.top}px`, width: `${box.width}px`, height: `${box.height}px` });
  };
  const redraw = (): void => {
    if (cy.destroyed()) return;
    frame = drawThumbnail(cy, thumbnail, panel.clientWidth, panel.clientHeight);
    placeView();
  };
  const refresh = (): void => {
    clearTimeout(timer);
    timer = setTimeout(redraw, REDRAW_DELAY_MS);
  };
  const centreAt = (event: PointerEvent): void => {
    if (!frame) return;
    const bounds = panel.getBoundingClientRect();
    const point = modelPoint(frame, event.clientX - bounds.left, event.clientY - bounds.top);
    cy.pan(panCentring(point, cy.zoom(), cy.width(), cy.height()));
  };
  const press = (event: PointerEvent): void => {
    if (event.button !== 0) return;
    panel.setPointerCapture(event.pointerId);
    centreAt(event);
  };
  const drag = (event: PointerEvent): void => {
    if (panel.hasPointerCapture(event.pointerId)) centreAt(event);
  };

  cy.on(GRAPH_CHANGES, refresh);
  cy.on('viewport resize', placeView);
  panel.addEventListener('pointerdown', press);
  panel.addEventListener('pointermove', drag);
  refresh();
  return {
    refresh,
    destroy: () => {
      clearTimeout(timer);
      cy.off(GRAPH_CHANGES, refresh);
      cy.off('viewport resize', placeView);
      panel.removeEventListener('pointerdown', press);
      panel.removeEventListener('pointermove', drag);
      thumbnail.remove();
      view.remove();
    },
  };
}

/** Dots and hairlines of the shown elements, fitted into the panel; returns the frame used (null: nothing shown). */
function drawThumbnail(cy: Core, canvas: HTMLCanvasElement, width: number, height: number): MinimapFrame | null {
  const shown = cy.elements().not('.filtered');
  const frame = fitFrame(shown.nodes().boundingBox({ includeLabels: false, includeOverlays: false }), width, height);
  canvas.width = Math.max(1, Math.round(width));
  canvas.height = Math.max(1, Math.round(height));
  const context = canvas.getContext('2d');
  if (!frame || !context) return null;
  const { scale, offsetX, offsetY } = frame;
  context.setTransform(scale, 0, 0, scale, offsetX, offsetY);
  context.strokeStyle = 'rgba(110, 110, 140, 0.35)';
  context.lineWidth = 1 / scale;
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
    const radius = Math.min(Math.max(look.size / 2, 1.2 / scale), 2.5 / scale); // 1.2 to 2.5 px: dots, not blots
    const { x, y } = node.position();
    context.fillStyle = look.color;
    context.fillRect(x - radius, y - radius, radius * 2, radius * 2);
  });
  return frame;
}
