/** A box in model coordinates (Cytoscape's `boundingBox()` and `extent()` shape). */
export interface ModelBox {
  readonly x1: number;
  readonly y1: number;
  readonly w: number;
  readonly h: number;
}

/** How a graph's box is drawn into the minimap panel: scaled to fit whole, centred. */
export interface MinimapFrame {
  readonly scale: number;
  /** Panel pixels of model (0, 0). */
  readonly offsetX: number;
  readonly offsetY: number;
}

/** Fits `graph` into a panel of `width` × `height` pixels; null when there is nothing to draw. */
export function fitFrame(graph: ModelBox, width: number, height: number): MinimapFrame | null {
  if (!(graph.w > 0 || graph.h > 0) || !Number.isFinite(graph.w) || !Number.isFinite(graph.h) || width <= 0 || height <= 0) return null;
  // A single node (or a line of nodes) has no extent in one direction: give it one, so the scale stays finite.
  const w = Math.max(graph.w, 1);
  const h = Math.max(graph.h, 1);
  const scale = Math.min(width / w, height / h);
  return {
    scale,
    offsetX: (width - w * scale) / 2 - graph.x1 * scale,
    offsetY: (height - h * scale) / 2 - graph.y1 * scale,
  };
}

/** The view window: the part of the model the canvas shows (`cy.extent()`), in panel pixels. */
export function viewWindow(frame: MinimapFrame, extent: ModelBox): { left: number; top: number; width: number; height: number } {
  return {
    left: frame.offsetX + extent.x1 * frame.scale,
    top: frame.offsetY + extent.y1 * frame.scale,
    width: extent.w * frame.scale,
    height: extent.h * frame.scale,
  };
}

/** The model point under a panel pixel. */
export function modelPoint(frame: MinimapFrame, panelX: number, panelY: number): { x: number; y: number } {
  return { x: (panelX - frame.offsetX) / frame.scale, y: (panelY - frame.offsetY) / frame.scale };
}

/** The pan (`cy.pan()`) that puts a model point in the middle of a canvas of `width` × `height` at `zoom`. */
export function panCentring(point: { x: number; y: number }, zoom: number, width: number, height: number): { x: number; y: number } {
  return { x: width / 2 - point.x * zoom, y: height / 2 - point.y * zoom };
}
