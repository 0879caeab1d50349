import { NO_FILTER, toggleHidden } from '../filters/canvas-filter';
import { filterFromJson, filterToJson, readViewSnapshot, type ViewSnapshot } from './view-snapshot';

const VIEW: ViewSnapshot = {
  version: 1,
  nodeIds: ['region:青海省', 'department:青海省:省商务厅'],
  pinned: ['region:青海省'],
  positions: { 'region:青海省': { x: 10.5, y: -3 }, 'department:青海省:省商务厅': { x: 200, y: 40 } },
  camera: { zoom: 1.25, pan: { x: 30, y: -12 } },
  layout: 'dagre',
  selected: 'department:青海省:省商务厅',
  filter: { ...filterToJson(NO_FILTER), hiddenLabels: ['Project'], dueBy: 2025 },
};

describe(readViewSnapshot.name, () => {
  it('reads back what JSON wrote', () => {
    expect(readViewSnapshot(JSON.parse(JSON.stringify(VIEW)))).toEqual(VIEW);
  });

  it('drops pins, positions and a selection of nodes not in the view', () => {
    const view = { ...VIEW, pinned: ['gone'], positions: { ...VIEW.positions, gone: { x: 1, y: 1 } }, selected: 'gone' };
    const read = readViewSnapshot(view);
    expect(read.pinned).toEqual([]);
    expect(Object.keys(read.positions).sort()).toEqual([...VIEW.nodeIds].sort());
    expect(read.selected).toBeNull();
  });

  it("keeps groups with their members in the view, and the group node's position; older views have none", () => {
    const group = {
      id: 'group:region:青海省:Project',
      anchorId: 'region:青海省',
      label: 'Project',
      facetValue: null,
      memberIds: ['project:a', 'gone'],
      unfetched: 2,
    };
    const view = {
      ...VIEW,
      nodeIds: [...VIEW.nodeIds, 'project:a'],
      positions: { ...VIEW.positions, [group.id]: { x: 5, y: 6 } },
      groups: [group, { ...group, id: 'group:gone:Goal', anchorId: 'gone' }],
    };
    const read = readViewSnapshot(JSON.parse(JSON.stringify(view)));
    expect(read.groups).toEqual([{ ...group, memberIds: ['project:a'] }]);
    expect(read.positions[group.id]).toEqual({ x: 5, y: 6 });
    expect(readViewSnapshot(VIEW).groups).toBeUndefined();
    expect(() => readViewSnapshot({ ...view, groups: [{ ...group, unfetched: -1 }] })).toThrow('view groups[0].unfetched: not a count');
    expect(() => readViewSnapshot({ ...view, groups: {} })).toThrow('view groups: not a list');
  });

  it('names the field that is wrong', () => {
    expect(() => readViewSnapshot('x')).toThrow('view snapshot: not an object');
    expect(() => readViewSnapshot({ ...VIEW, version: 2 })).toThrow('view version: expected 1, got 2');
    expect(() => readViewSnapshot({ ...VIEW, nodeIds: [1] })).toThrow('view nodeIds: not a list of node ids');
    expect(() => readViewSnapshot({ ...VIEW, positions: { 'region:青海省': { x: 'a', y: 1 } } })).toThrow('view positions of region:青海省');
    expect(() => readViewSnapshot({ ...VIEW, camera: { zoom: 0, pan: { x: 0, y: 0 } } })).toThrow('view camera');
    expect(() => readViewSnapshot({ ...VIEW, layout: 'cola' })).toThrow('view layout: unknown layout "cola"');
    expect(() => readViewSnapshot({ ...VIEW, filter: { ...VIEW.filter, hiddenBases: ['maybe'] } })).toThrow('view filter.hiddenBases: unknown basis "maybe"');
    expect(() => readViewSnapshot({ ...VIEW, filter: { ...VIEW.filter, dueBy: 'soon' } })).toThrow('view filter.dueBy');
  });
});

describe('filter JSON', () => {
  it('round-trips a filter with hidden values and a year', () => {
    const filter = { ...toggleHidden(toggleHidden(NO_FILTER, 'hiddenRegions', '青海省'), 'hiddenBases', 'inferred'), dueBy: 2030, keepUndated: true };
    expect(filterFromJson(filterToJson(filter))).toEqual(filter);
  });

  it('gives back the shared no-filter object for an empty filter', () => {
    expect(filterFromJson(filterToJson(NO_FILTER))).toBe(NO_FILTER);
  });
});
