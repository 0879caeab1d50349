import { NO_FILTER, type CanvasFilter, type OwnershipBasis } from '../filters/canvas-filter';
import type { ExplorerState, LayoutName, NodePositions } from '../explorer-store';
import type { NeighbourGroup } from '../grouping/neighbour-groups';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Zoom level and pan offset of the canvas (Cytoscape's `zoom()` and `pan()`). */
export interface Camera {
  readonly zoom: number;
  readonly pan: Point;
}

/**
 * A whole view as plain JSON: which nodes, where, how the canvas was zoomed, what it hid. Saved views, history
 * entries (Back/Forward, reload) and their specs share it; node data is fetched again when it is opened.
 */
export interface ViewSnapshot {
  readonly version: 1;
  readonly nodeIds: readonly string[];
  readonly pinned: readonly string[];
  /** Model positions by node id (group nodes too); nodes without one are placed when the view opens. */
  readonly positions: Readonly<Record<string, Point>>;
  /** Neighbours drawn as groups (grouping/neighbour-groups.ts); absent in views kept before groups were. */
  readonly groups?: readonly NeighbourGroup[];
  readonly camera: Camera | null;
  readonly layout: LayoutName;
  readonly selected: string | null;
  readonly filter: FilterJson;
}

/** CanvasFilter with arrays for sets. */
export interface FilterJson {
  readonly hiddenLabels: readonly string[];
  readonly hiddenRegions: readonly string[];
  readonly hiddenDocuments: readonly string[];
  readonly hiddenSectorTypes: readonly string[];
  readonly hiddenBases: readonly OwnershipBasis[];
  readonly dueBy: number | null;
  readonly keepUndated: boolean;
}

/** The view as it is: the store's state and, when the canvas is mounted, where it draws nodes and how it is zoomed. */
export function snapshotOf(state: ExplorerState, drawn: { readonly positions: NodePositions; readonly camera: Camera } | null): ViewSnapshot {
  const nodeIds = [...state.graph.nodes.keys()];
  const groups = [...(state.graph.groups?.values() ?? [])];
  const positions: Record<string, Point> = {};
  for (const id of [...nodeIds, ...groups.map((group) => group.id)]) {
    const point = drawn?.positions.get(id);
    if (point) positions[id] = { x: point.x, y: point.y };
  }
  return {
    version: 1,
    nodeIds,
    pinned: [...state.graph.pinned],
    positions,
    ...(groups.length > 0 ? { groups: groups.map((group) => ({ ...group, memberIds: [...group.memberIds] })) } : {}),
    camera: drawn ? { zoom: drawn.camera.zoom, pan: { x: drawn.camera.pan.x, y: drawn.camera.pan.y } } : null,
    layout: state.layout,
    selected: state.selection?.kind === 'node' ? state.selection.id : null,
    filter: filterToJson(state.filter),
  };
}

const SET_FACETS = ['hiddenLabels', 'hiddenRegions', 'hiddenDocuments', 'hiddenSectorTypes', 'hiddenBases'] as const;
const BASES: readonly OwnershipBasis[] = ['stated', 'inferred'];

export function filterToJson(filter: CanvasFilter): FilterJson {
  return {
    hiddenLabels: [...filter.hiddenLabels],
    hiddenRegions: [...filter.hiddenRegions],
    hiddenDocuments: [...filter.hiddenDocuments],
    hiddenSectorTypes: [...filter.hiddenSectorTypes],
    hiddenBases: [...filter.hiddenBases],
    dueBy: filter.dueBy,
    keepUndated: filter.keepUndated,
  };
}

export function filterFromJson(json: FilterJson): CanvasFilter {
  const empty = SET_FACETS.every((facet) => json[facet].length === 0) && json.dueBy === null && json.keepUndated === NO_FILTER.keepUndated;
  if (empty) return NO_FILTER;
  return {
    hiddenLabels: new Set(json.hiddenLabels),
    hiddenRegions: new Set(json.hiddenRegions),
    hiddenDocuments: new Set(json.hiddenDocuments),
    hiddenSectorTypes: new Set(json.hiddenSectorTypes),
    hiddenBases: new Set(json.hiddenBases),
    dueBy: json.dueBy,
    keepUndated: json.keepUndated,
  };
}

/** Thrown for a stored view that cannot be read; the message says which field is wrong and why. */
export class ViewSnapshotError extends Error {}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isPoint = (value: unknown): value is Point => isRecord(value) && Number.isFinite(value['x']) && Number.isFinite(value['y']);
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * Checks a value read back from storage (JSON.parse of a saved view, history.state) and returns it typed. Pins and
 * positions of nodes not in the view and a selection not in it are dropped; anything else wrong is an error naming
 * the field, so a damaged entry is reported, never half-applied.
 */
export function readViewSnapshot(value: unknown): ViewSnapshot {
  const fail = (field: string, problem: string): never => {
    throw new ViewSnapshotError(`view ${field}: ${problem}`);
  };
  if (!isRecord(value)) return fail('snapshot', 'not an object');
  if (value['version'] !== 1) fail('version', `expected 1, got ${JSON.stringify(value['version'])}`);
  const nodeIds = value['nodeIds'];
  if (!isStringArray(nodeIds)) return fail('nodeIds', 'not a list of node ids');
  const present = new Set(nodeIds);
  const pinned = value['pinned'];
  if (!isStringArray(pinned)) return fail('pinned', 'not a list of node ids');
  const groups = readGroups(value['groups'], present, fail);
  for (const group of groups) present.add(group.id); // a group node's position is kept too
  const positions = value['positions'];
  if (!isRecord(positions)) return fail('positions', 'not an object');
  const kept: Record<string, Point> = {};
  for (const [id, point] of Object.entries(positions)) {
    if (!isPoint(point)) fail(`positions of ${id}`, 'not a point {x, y} of finite numbers');
    else if (present.has(id)) kept[id] = { x: point.x, y: point.y };
  }
  const camera = value['camera'];
  if (camera !== null && !(isRecord(camera) && Number.isFinite(camera['zoom']) && (camera['zoom'] as number) > 0 && isPoint(camera['pan'])))
    fail('camera', 'not null nor {zoom > 0, pan: {x, y}}');
  const layout = value['layout'];
  if (layout !== 'fcose' && layout !== 'dagre') fail('layout', `unknown layout ${JSON.stringify(layout)}`);
  const selected = value['selected'];
  if (selected !== null && typeof selected !== 'string') fail('selected', 'not a node id or null');
  return {
    version: 1,
    nodeIds: [...new Set(nodeIds)],
    pinned: pinned.filter((id) => present.has(id)),
    positions: kept,
    ...(groups.length > 0 ? { groups } : {}),
    camera: camera === null ? null : { zoom: (camera as Camera).zoom, pan: { x: (camera as Camera).pan.x, y: (camera as Camera).pan.y } },
    layout: layout as LayoutName,
    selected: typeof selected === 'string' && present.has(selected) ? selected : null,
    filter: readFilter(value['filter'], fail),
  };
}

/**
 * Groups of a stored view (none when absent). Members and anchors not in the view are dropped, as the canvas drops
 * them (pruneGroups); a group left with nothing to stand for goes.
 */
function readGroups(value: unknown, nodeIds: ReadonlySet<string>, fail: (field: string, problem: string) => never): NeighbourGroup[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return fail('groups', 'not a list');
  const groups: NeighbourGroup[] = [];
  value.forEach((group: unknown, index) => {
    const field = `groups[${index}]`;
    if (!isRecord(group)) return fail(field, 'not an object');
    for (const key of ['id', 'anchorId', 'label'] as const) if (typeof group[key] !== 'string') fail(`${field}.${key}`, 'not a string');
    if (group['facetValue'] !== null && typeof group['facetValue'] !== 'string') fail(`${field}.facetValue`, 'not a string or null');
    if (!isStringArray(group['memberIds'])) fail(`${field}.memberIds`, 'not a list of node ids');
    const unfetched = group['unfetched'];
    if (!Number.isInteger(unfetched) || (unfetched as number) < 0) fail(`${field}.unfetched`, 'not a count');
    const memberIds = (group['memberIds'] as string[]).filter((id) => nodeIds.has(id));
    if (!nodeIds.has(group['anchorId'] as string) || memberIds.length + (unfetched as number) === 0) return;
    groups.push({
      id: group['id'] as string,
      anchorId: group['anchorId'] as string,
      label: group['label'] as string,
      facetValue: group['facetValue'] as string | null,
      memberIds,
      unfetched: unfetched as number,
    });
  });
  return groups;
}

function readFilter(value: unknown, fail: (field: string, problem: string) => never): FilterJson {
  if (!isRecord(value)) return fail('filter', 'not an object');
  for (const facet of SET_FACETS) if (!isStringArray(value[facet])) fail(`filter.${facet}`, 'not a list of strings');
  const bases = value['hiddenBases'] as string[];
  const unknownBasis = bases.find((basis) => !BASES.includes(basis as OwnershipBasis));
  if (unknownBasis !== undefined) fail('filter.hiddenBases', `unknown basis ${JSON.stringify(unknownBasis)}`);
  const dueBy = value['dueBy'];
  if (dueBy !== null && !Number.isInteger(dueBy)) fail('filter.dueBy', 'not a year or null');
  if (typeof value['keepUndated'] !== 'boolean') fail('filter.keepUndated', 'not true or false');
  return {
    hiddenLabels: value['hiddenLabels'] as string[],
    hiddenRegions: value['hiddenRegions'] as string[],
    hiddenDocuments: value['hiddenDocuments'] as string[],
    hiddenSectorTypes: value['hiddenSectorTypes'] as string[],
    hiddenBases: bases as OwnershipBasis[],
    dueBy: dueBy as number | null,
    keepUndated: value['keepUndated'] as boolean,
  };
}
