import type { ApiEdge, ApiNode } from '../../../api/graph-api.types';
import type { GraphSnapshot } from '../graph-snapshot';
import { targetYearOf } from './target-year';

export type OwnershipBasis = 'stated' | 'inferred';

/**
 * What the canvas hides. Filters never remove anything from the store: hidden elements stay in the snapshot (and
 * in undo history) and come back when their value is ticked again. Each set holds the values switched OFF, so a
 * value that appears later (an expand brings a new region) shows by default.
 */
export interface CanvasFilter {
  readonly hiddenLabels: ReadonlySet<string>;
  readonly hiddenRegions: ReadonlySet<string>;
  readonly hiddenDocuments: ReadonlySet<string>;
  readonly hiddenSectorTypes: ReadonlySet<string>;
  readonly hiddenBases: ReadonlySet<OwnershipBasis>;
  /** Goals and indicators due after this year are hidden; null = no year filter. */
  readonly dueBy: number | null;
  /** With a year filter, whether goals and indicators that state no year stay visible. */
  readonly keepUndated: boolean;
}

export const NO_FILTER: CanvasFilter = {
  hiddenLabels: new Set(),
  hiddenRegions: new Set(),
  hiddenDocuments: new Set(),
  hiddenSectorTypes: new Set(),
  hiddenBases: new Set(),
  dueBy: null,
  keepUndated: false,
};

export function isFilterActive(filter: CanvasFilter): boolean {
  return (
    filter.hiddenLabels.size + filter.hiddenRegions.size + filter.hiddenDocuments.size + filter.hiddenSectorTypes.size + filter.hiddenBases.size > 0 ||
    filter.dueBy !== null
  );
}

/** Flips one value of one facet (shown ↔ hidden), returning a new filter. */
export function toggleHidden<K extends 'hiddenLabels' | 'hiddenRegions' | 'hiddenDocuments' | 'hiddenSectorTypes' | 'hiddenBases'>(
  filter: CanvasFilter,
  facet: K,
  value: string,
): CanvasFilter {
  const next = new Set<string>(filter[facet]);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return { ...filter, [facet]: next };
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

export function regionOf(node: ApiNode): string | null {
  return node.label === 'Region' ? node.name : text(node.properties['region']);
}

export function documentOf(node: ApiNode): string | null {
  return text(node.properties['documentId']);
}

export function basisOf(edge: ApiEdge): OwnershipBasis | null {
  const basis = edge.properties['basis'];
  return basis === 'stated' || basis === 'inferred' ? basis : null;
}

/** Which way sector membership flows: a sector's goals, their indicators and projects share its sector type. */
const SECTOR_FLOW = new Set(['HAS_GOAL', 'MEASURED_BY', 'PURSUED_BY']);

/**
 * Sector type keys per node, as far as the canvas shows: a Sector has its `sectorType`, a SectorType its key,
 * and goals, indicators and projects inherit them along HAS_GOAL → MEASURED_BY / PURSUED_BY.
 */
export function sectorTypesOnCanvas(graph: GraphSnapshot): Map<string, Set<string>> {
  const types = new Map<string, Set<string>>();
  const add = (id: string, key: string): boolean => {
    const set = types.get(id) ?? new Set<string>();
    if (set.has(key)) return false;
    set.add(key);
    types.set(id, set);
    return true;
  };
  const queue: string[] = [];
  for (const node of graph.nodes.values()) {
    const key =
      node.label === 'Sector'
        ? text(node.properties['sectorType'])
        : node.label === 'SectorType'
          ? (text(node.properties['key']) ?? node.id.replace(/^sectortype:/, ''))
          : null;
    if (key && add(node.id, key)) queue.push(node.id);
  }
  const outgoing = new Map<string, string[]>();
  for (const edge of graph.edges.values()) {
    if (!SECTOR_FLOW.has(edge.type)) continue;
    outgoing.set(edge.source, [...(outgoing.get(edge.source) ?? []), edge.target]);
  }
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const target of outgoing.get(id) ?? []) {
      let grew = false;
      for (const key of types.get(id) ?? []) grew = add(target, key) || grew;
      if (grew) queue.push(target);
    }
  }
  return types;
}

export interface HiddenElements {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

/** The node and edge ids the filter hides; an edge goes with either of its ends. */
export function hiddenElements(graph: GraphSnapshot, filter: CanvasFilter): HiddenElements {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  if (!isFilterActive(filter)) return { nodes, edges };
  const sectorTypes = filter.hiddenSectorTypes.size > 0 ? sectorTypesOnCanvas(graph) : null;
  for (const node of graph.nodes.values()) {
    if (isNodeHidden(node, filter, sectorTypes?.get(node.id))) nodes.add(node.id);
  }
  for (const edge of graph.edges.values()) {
    const basis = basisOf(edge);
    if (nodes.has(edge.source) || nodes.has(edge.target) || (basis !== null && filter.hiddenBases.has(basis))) edges.add(edge.id);
  }
  return { nodes, edges };
}

function isNodeHidden(node: ApiNode, filter: CanvasFilter, sectorTypes: ReadonlySet<string> | undefined): boolean {
  if (filter.hiddenLabels.has(node.label)) return true;
  const region = regionOf(node);
  if (region !== null && filter.hiddenRegions.has(region)) return true;
  const document = documentOf(node);
  if (document !== null && filter.hiddenDocuments.has(document)) return true;
  if (sectorTypes && sectorTypes.size > 0 && [...sectorTypes].every((key) => filter.hiddenSectorTypes.has(key))) return true;
  if (filter.dueBy !== null && (node.label === 'Goal' || node.label === 'Indicator')) {
    const year = targetYearOf(node);
    if (year === null ? !filter.keepUndated : year > filter.dueBy) return true;
  }
  return false;
}

/** The values each facet offers, with how many canvas elements carry them. */
export interface FilterFacets {
  readonly labels: ReadonlyMap<string, number>;
  readonly regions: ReadonlyMap<string, number>;
  readonly documents: ReadonlyMap<string, number>;
  readonly sectorTypes: ReadonlyMap<string, number>;
  readonly bases: ReadonlyMap<OwnershipBasis, number>;
  /** The earliest and latest due year among goals and indicators on the canvas, or null when none has one. */
  readonly years: { readonly min: number; readonly max: number } | null;
}

export function filterFacets(graph: GraphSnapshot): FilterFacets {
  const bump = <K>(map: Map<K, number>, key: K | null): void => {
    if (key !== null) map.set(key, (map.get(key) ?? 0) + 1);
  };
  const labels = new Map<string, number>();
  const regions = new Map<string, number>();
  const documents = new Map<string, number>();
  const sectorTypes = new Map<string, number>();
  const bases = new Map<OwnershipBasis, number>();
  let min = Infinity;
  let max = -Infinity;
  for (const node of graph.nodes.values()) {
    bump(labels, node.label);
    bump(regions, regionOf(node));
    bump(documents, documentOf(node));
    const year = targetYearOf(node);
    if (year !== null) {
      min = Math.min(min, year);
      max = Math.max(max, year);
    }
  }
  for (const keys of sectorTypesOnCanvas(graph).values()) for (const key of keys) bump(sectorTypes, key);
  for (const edge of graph.edges.values()) bump(bases, basisOf(edge));
  return { labels, regions, documents, sectorTypes, bases, years: min <= max ? { min, max } : null };
}
