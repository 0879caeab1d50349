import type { StylesheetJson } from 'cytoscape';
import { LABEL_STYLES } from './label-styles';

const FONT = '"WenQuanYi Zen Hei", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** Node look per label, then the edge rules: stated RESPONSIBLE solid, inferred dashed; lead thick, support thin. */
export const EXPLORER_STYLESHEET: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(caption)',
      'font-family': FONT,
      'font-size': 10,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'ellipsis',
      // Captions are already cut to 16 characters (element-mapping.ts); 16 CJK characters at 10 px fit in 170 px,
      // so Cytoscape measures each caption once instead of character by character to place the ellipsis.
      'text-max-width': '170px',
      color: '#222',
      'text-outline-color': '#fff',
      'text-outline-width': 2,
      'min-zoomed-font-size': 4,
      'border-width': 1,
      'border-color': '#fff',
    },
  },
  ...Object.entries(LABEL_STYLES).map(([label, look]) => ({
    selector: `node[label = "${label}"]`,
    style: { 'background-color': look.color, shape: look.shape, width: look.size, height: look.size },
  })),
  // Style by property (statistics/style-by.ts): size and colour from the node's data, over the label's look.
  { selector: 'node.look-size', style: { width: 'data(lookSize)', height: 'data(lookSize)' } },
  { selector: 'node.look-color', style: { 'background-color': 'data(lookColor)' } },
  {
    // A group of neighbours: its members' colour, a dashed double outline, and its count in the caption.
    selector: 'node.group',
    style: {
      'background-color': 'data(color)',
      'background-opacity': 0.55,
      shape: 'round-rectangle',
      width: 'data(size)',
      height: 'data(size)',
      'border-width': 3,
      'border-style': 'dashed',
      'border-color': 'data(color)',
      'font-size': 11,
      'font-weight': 'bold',
    },
  },
  {
    // A cluster (compound node) around the nodes of one region or document: a pale box, its name at the top.
    selector: 'node.cluster',
    style: {
      'background-color': '#eef1f5',
      'background-opacity': 0.6,
      'border-width': 1,
      'border-color': '#b8c0cc',
      shape: 'round-rectangle',
      'text-valign': 'top',
      'text-halign': 'center',
      'font-size': 14,
      color: '#445',
      padding: '12px',
    },
  },
  { selector: 'node.pinned', style: { 'border-width': 4, 'border-color': '#111', 'border-style': 'double' } },
  { selector: 'node:selected', style: { 'overlay-color': '#f1c40f', 'overlay-opacity': 0.35, 'overlay-padding': 6 } },
  { selector: 'node.highlighted', style: { 'border-width': 5, 'border-color': '#f39c12' } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#aab',
      'target-arrow-color': '#aab',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
      label: 'data(caption)',
      'font-family': FONT,
      'font-size': 7,
      color: '#667',
      'text-rotation': 'autorotate',
      'text-background-color': '#fff',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
      // Relationship names are unreadable when zoomed out (7 px × zoom < 5 px): not drawing them also saves time.
      'min-zoomed-font-size': 5,
    },
  },
  { selector: 'edge[type = "RESPONSIBLE"]', style: { 'line-color': '#8e44ad', 'target-arrow-color': '#8e44ad' } },
  { selector: 'edge.look-color', style: { 'line-color': 'data(lookColor)', 'target-arrow-color': 'data(lookColor)' } },
  { selector: 'edge.dense', style: { 'curve-style': 'straight' } },
  { selector: 'edge.grouped', style: { 'line-style': 'dashed', 'line-color': '#99a', 'target-arrow-shape': 'none', width: 2 } },
  { selector: 'edge.basis-stated', style: { 'line-style': 'solid' } },
  { selector: 'edge.basis-inferred', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4], opacity: 0.75 } },
  { selector: 'edge.role-lead', style: { width: 4, 'target-arrow-shape': 'triangle-backcurve', 'arrow-scale': 1.2 } },
  { selector: 'edge.role-support', style: { width: 1.5, 'target-arrow-shape': 'vee' } },
  { selector: 'edge.role-co-responsible', style: { width: 2.5, 'target-arrow-shape': 'triangle' } },
  { selector: 'edge.presumed-lead', style: { width: 3, 'line-style': 'dotted' } },
  { selector: 'edge:selected', style: { 'line-color': '#f1c40f', 'target-arrow-color': '#f1c40f', width: 5 } },
  { selector: '.filtered', style: { display: 'none' } },
  { selector: 'edge.highlighted', style: { 'line-color': '#f39c12', 'target-arrow-color': '#f39c12', width: 5, 'z-index': 10 } },
];

/** From this many elements (nodes + edges) the canvas switches to the cheaper stylesheet below. */
export const LARGE_GRAPH_ELEMENTS = 3_000;

/**
 * Big graphs: captions without the white outline (a second text stroke per node) and only from 70 % zoom, and no
 * relationship names on edges (the details panel shows them). Style and first paint of 5,000 elements are
 * dominated by text (bench/render.bench.ts).
 */
export const LARGE_GRAPH_STYLESHEET: StylesheetJson = [
  ...EXPLORER_STYLESHEET.slice(0, 1),
  { selector: 'node', style: { 'text-outline-width': 0, 'min-zoomed-font-size': 7 } },
  ...EXPLORER_STYLESHEET.slice(1),
  { selector: 'edge', style: { label: '' } },
];
