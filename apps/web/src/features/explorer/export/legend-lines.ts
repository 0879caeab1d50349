/** One line of a legend drawn into an export: a swatch (none for a note) and its text. */
export interface LegendLine {
  readonly color: string | null;
  readonly text: string;
}

/** Width of the legend strip beside the graph, in CSS pixels (the PNG doubles it, like the graph). */
export const LEGEND_WIDTH = 240;
export const LEGEND_LINE_HEIGHT = 22;
export const LEGEND_PADDING = 16;
export const LEGEND_SWATCH = 14;
