import type { ApiNode } from '../../../api/graph-api.types';
import { GROUP_NODE_LABEL } from '../grouping/neighbour-groups';
import { movedIndex, nodeListItems } from './node-list';

const node = (id: string, label: string, name: string): ApiNode => ({ id, label, name, properties: {}, evidence: [] });
const zh = new Intl.Collator('zh');

describe(nodeListItems.name, () => {
  it('lists nodes by label in the given order, then by name in the reader’s collation (pinyin: 物流 wu before 养老 yang)', () => {
    const nodes = [
      node('p2', 'Project', '物流园'),
      node('d1', 'Department', '省商务厅'),
      node('r', 'Region', '青海省'),
      node('p1', 'Project', '养老中心'),
      node('x', 'Other', 'x'),
    ];
    const items = nodeListItems({ nodes: new Map(nodes.map((n) => [n.id, n])) }, new Set(), ['Region', 'Department', 'Project'], zh);
    expect(items.map((item) => item.id)).toEqual(['r', 'd1', 'p2', 'p1', 'x']);
    expect(items[0]).toEqual({ id: 'r', label: 'Region', name: '青海省', group: null });
  });

  it('leaves out the nodes the filter hides and lists a group node under its members’ label', () => {
    const group: ApiNode = { id: 'g', label: GROUP_NODE_LABEL, name: 'Project', properties: { memberLabel: 'Project', count: 63 }, evidence: [] };
    const nodes = [node('d1', 'Department', '省商务厅'), node('d2', 'Department', '省财政厅'), group, node('r', 'Region', '湖南省')];
    const items = nodeListItems({ nodes: new Map(nodes.map((n) => [n.id, n])) }, new Set(['d2']), ['Region', 'Project', 'Department'], zh);
    expect(items.map((item) => item.id)).toEqual(['r', 'g', 'd1']);
    expect(items[1]).toMatchObject({ label: 'Project', group });
  });
});

describe(movedIndex.name, () => {
  it('moves one row with the arrows and stops at the ends', () => {
    expect(movedIndex('ArrowDown', 0, 3)).toBe(1);
    expect(movedIndex('ArrowDown', 2, 3)).toBe(2);
    expect(movedIndex('ArrowUp', 0, 3)).toBe(0);
  });

  it('jumps with Home, End and the page keys', () => {
    expect(movedIndex('Home', 5, 30)).toBe(0);
    expect(movedIndex('End', 5, 30)).toBe(29);
    expect(movedIndex('PageDown', 25, 30)).toBe(29);
    expect(movedIndex('PageUp', 12, 30)).toBe(2);
  });

  it('leaves other keys and an empty list alone', () => {
    expect(movedIndex('Enter', 1, 3)).toBeNull();
    expect(movedIndex('ArrowDown', 0, 0)).toBeNull();
  });
});
