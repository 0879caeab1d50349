import type { ApiEdge, ApiNode, NodeStatistics } from '../../../api/graph-api.types';
import { regionOf } from '../filters/canvas-filter';
import { labelStyle } from '../graph-view/label-styles';

export type SizeBy = 'label' | 'degree' | 'pageRank';
export type ColourBy = 'label' | 'region' | 'basis' | 'community';
export type StatisticsScope = 'view' | 'graph';
export type Basis = 'stated' | 'presumed' | 'inferred';

/** How the canvas is styled: node size and colour by a property, statistics over the view or the whole graph. */
export interface StyleBy {
  readonly size: SizeBy;
  readonly colour: ColourBy;
  readonly scope: StatisticsScope;
}

export const DEFAULT_STYLE_BY: StyleBy = { size: 'label', colour: 'label', scope: 'view' };

/** Node size and colour to draw; absent fields keep the label's own look. */
export interface NodeLook {
  readonly size?: number;
  readonly color?: string;
}

/** One colour of the legend: what it stands for (a label, region, basis or community number) and how many nodes. */
export interface ColourKey {
  readonly kind: ColourBy | 'other';
  readonly value: string;
  readonly color: string;
  readonly count: number;
}

export interface Looks {
  readonly nodes: ReadonlyMap<string, NodeLook>;
  /** Edge colours (colour by basis only). */
  readonly edges: ReadonlyMap<string, string>;
  readonly colours: readonly ColourKey[];
  /** Smallest and largest value the sizes stand for (null when sized by label). */
  readonly sizeRange: { readonly min: number; readonly max: number } | null;
}

/** Eleven colours told apart also by most colour-blind readers (Tableau 10 + one), then grey for the rest. */
export const CATEGORY_COLOURS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#17becf',
  '#bcbd22',
] as const;
export const OTHER_COLOUR = '#bab0ac';
export const BASIS_COLOURS: Readonly<Record<Basis, string>> = { stated: '#1f77b4', presumed: '#ff7f0e', inferred: '#d62728' };
export const MIN_NODE_SIZE = 18;
export const MAX_NODE_SIZE = 64;

/** Whether the style needs the GDS statistics. */
export function needsStatistics(style: StyleBy): boolean {
  return style.size !== 'label' || style.colour === 'community';
}

/** Stated, presumed (first of a plain list) or inferred: a relationship's basis; a node is inferred when marked so. */
export function edgeBasis(edge: ApiEdge): Basis {
  if (edge.properties['basis'] === 'inferred') return 'inferred';
  if (edge.properties['presumedLead'] === true) return 'presumed';
  return 'stated';
}

export function nodeBasis(node: ApiNode): Basis {
  return node.properties['inferred'] === true ? 'inferred' : 'stated';
}

/** Sizes and colours of every node (and edge, by basis) for a style, with the legend's colour keys. */
export function computeLooks(nodes: readonly ApiNode[], edges: readonly ApiEdge[], stats: ReadonlyMap<string, NodeStatistics>, style: StyleBy): Looks {
  const sizes = sizeLooks(nodes, stats, style.size);
  const { colours, byNode } = colourLooks(nodes, stats, style.colour);
  const looks = new Map<string, NodeLook>();
  for (const node of nodes) {
    const size = sizes.byNode.get(node.id);
    const color = byNode.get(node.id);
    if (size !== undefined || color !== undefined) looks.set(node.id, { ...(size !== undefined && { size }), ...(color !== undefined && { color }) });
  }
  const edgeColours = new Map<string, string>();
  if (style.colour === 'basis') for (const edge of edges) edgeColours.set(edge.id, BASIS_COLOURS[edgeBasis(edge)]);
  return { nodes: looks, edges: edgeColours, colours, sizeRange: sizes.range };
}

function sizeLooks(
  nodes: readonly ApiNode[],
  stats: ReadonlyMap<string, NodeStatistics>,
  by: SizeBy,
): { byNode: Map<string, number>; range: Looks['sizeRange'] } {
  const byNode = new Map<string, number>();
  if (by === 'label') return { byNode, range: null };
  const values = nodes.flatMap((node) => {
    const row = stats.get(node.id);
    return row ? [[node.id, by === 'degree' ? row.degree : row.pageRank] as const] : [];
  });
  if (values.length === 0) return { byNode, range: null };
  const min = Math.min(...values.map(([, value]) => value));
  const max = Math.max(...values.map(([, value]) => value));
  // Area, not diameter, follows the value (square root), so a hub with 4× the degree does not look 16× bigger.
  for (const [id, value] of values) {
    const share = max > min ? Math.sqrt((value - min) / (max - min)) : 0.5;
    byNode.set(id, Math.round(MIN_NODE_SIZE + share * (MAX_NODE_SIZE - MIN_NODE_SIZE)));
  }
  return { byNode, range: { min, max } };
}

function colourLooks(
  nodes: readonly ApiNode[],
  stats: ReadonlyMap<string, NodeStatistics>,
  by: ColourBy,
): { colours: ColourKey[]; byNode: Map<string, string> } {
  const byNode = new Map<string, string>();
  if (by === 'label') {
    const counts = countBy(nodes, (node) => node.label);
    return { byNode, colours: [...counts.entries()].map(([label, count]) => ({ kind: 'label', value: label, color: labelStyle(label).color, count })) };
  }
  if (by === 'basis') {
    const counts = countBy(nodes, nodeBasis);
    for (const node of nodes) byNode.set(node.id, BASIS_COLOURS[nodeBasis(node)]);
    return {
      byNode,
      colours: (['stated', 'presumed', 'inferred'] as const).map((basis) => ({
        kind: 'basis',
        value: basis,
        color: BASIS_COLOURS[basis],
        count: counts.get(basis) ?? 0,
      })),
    };
  }
  const keyOf = by === 'region' ? regionOf : (node: ApiNode): string | null => (stats.has(node.id) ? String(stats.get(node.id)!.community) : null);
  const counts = countBy(nodes, keyOf);
  // Largest groups first; communities are already numbered by size.
  const ranked = [...counts.entries()]
    .filter(([key]) => key !== null)
    .sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0]), 'zh', { numeric: true }));
  const colourOf = new Map(ranked.slice(0, CATEGORY_COLOURS.length).map(([key], index) => [key, CATEGORY_COLOURS[index]!]));
  let others = 0;
  for (const node of nodes) {
    const color = colourOf.get(keyOf(node));
    byNode.set(node.id, color ?? OTHER_COLOUR);
    if (!color) others++;
  }
  const colours: ColourKey[] = ranked
    .slice(0, CATEGORY_COLOURS.length)
    .map(([key, count]) => ({ kind: by, value: String(key), color: colourOf.get(key)!, count }));
  if (others > 0) colours.push({ kind: 'other', value: '', color: OTHER_COLOUR, count: others });
  return { byNode, colours };
}

function countBy<K>(nodes: readonly ApiNode[], keyOf: (node: ApiNode) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const node of nodes) counts.set(keyOf(node), (counts.get(keyOf(node)) ?? 0) + 1);
  return counts;
}
