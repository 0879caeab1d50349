import { excludedLabels, pathRows } from './path-rows';

describe('pathRows', () => {
  it('gives each path its length in relationships and the names along it, ids where a name is unknown', () => {
    const names = new Map([
      ['a', '甲'],
      ['b', '乙'],
    ]);
    const rows = pathRows(
      [
        { nodeIds: ['a', 'x', 'b'], edgeIds: ['a>R>x', 'x>R>b'], length: 2 },
        { nodeIds: ['a', 'b'], edgeIds: ['a>R>b'], length: 1 },
      ],
      (id) => names.get(id),
    );
    expect(rows).toEqual([
      { index: 0, length: 2, names: ['甲', 'x', '乙'] },
      { index: 1, length: 1, names: ['甲', '乙'] },
    ]);
  });
});

describe('excludedLabels', () => {
  it('maps the two avoid switches to the labels the API leaves out', () => {
    expect(excludedLabels({ avoidStrategies: false, avoidFunctions: false })).toEqual([]);
    expect(excludedLabels({ avoidStrategies: true, avoidFunctions: true })).toEqual(['Strategy', 'DepartmentFunction']);
    expect(excludedLabels({ avoidStrategies: false, avoidFunctions: true })).toEqual(['DepartmentFunction']);
  });
});
