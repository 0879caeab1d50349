import { readUnitList } from './unit-list';
import { unitsRunTogether } from './run-together';

describe('same-level-run: units a table cell runs together, each opening with the same level word', () => {
  it('cuts 监考单位 cells of an assessment table flattened one cell per line (旌阳 2016)', () => {
    expect(unitsRunTogether('区发改局区统计局')).toEqual(['区发改局', '区统计局']);
    expect(unitsRunTogether('区发改委区统计局')).toEqual(['区发改委', '区统计局']);
    expect(unitsRunTogether('区经信局区统计局')).toEqual(['区经信局', '区统计局']);
  });

  it('keeps one unit whole: a single name, and an office of two levels (大洼 2021: 区委区政府督查室)', () => {
    expect(unitsRunTogether('区住建局')).toBeNull();
    expect(unitsRunTogether('区委区政府督查室')).toBeNull();
  });
});

describe('zone short names as units (钟楼 2021: 经开区, 高新园（邹区镇）)', () => {
  it('reads a development zone and a high-tech park by their short names as units, a park with its town in brackets', () => {
    expect(readUnitList('经开区、高新园（邹区镇）、各街道', 0).units.map((unit) => unit.name)).toEqual(['经开区', '高新园（邹区镇）', '各街道']);
  });
});
