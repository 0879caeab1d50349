import type { RegionTarget } from '../../api/graph-api.types';
import { provinceShortName, provinceValues, valueRange } from './province-map-data';

const row = (region: string, low: number | null): RegionTarget => ({
  region,
  regionId: `region:${region}`,
  documentId: region,
  metric: 'gdp-growth',
  indicatorId: `indicator:${region}:1`,
  name: '地区生产总值增长',
  year: 2026,
  low,
  high: null,
  qualifier: null,
  unit: '%',
  measure: 'growth',
  quote: null,
  result: null,
  gap: null,
});

describe('provinceShortName', () => {
  it('strips the administrative suffix of provinces, municipalities and autonomous regions', () => {
    expect(['甘肃省', '北京市', '内蒙古自治区', '广西壮族自治区', '宁夏回族自治区', '新疆维吾尔自治区', '西藏自治区'].map(provinceShortName)).toEqual([
      '甘肃',
      '北京',
      '内蒙古',
      '广西',
      '宁夏',
      '新疆',
      '西藏',
    ]);
  });
});

describe('provinceValues', () => {
  it('keeps the provinces the map knows and that state a value', () => {
    const values = provinceValues([row('辽宁省', 4.5), row('昆明市', 6), row('海南省', null)], new Set(['辽宁', '海南']));
    expect(values.map((v) => [v.name, v.value])).toEqual([['辽宁', 4.5]]);
  });
});

describe('valueRange', () => {
  it('spans the values, and widens a single value so the legend has a range', () => {
    expect(valueRange(provinceValues([row('辽宁省', 4.5), row('西藏自治区', 7)], new Set(['辽宁', '西藏'])))).toEqual({ min: 4.5, max: 7 });
    expect(valueRange(provinceValues([row('辽宁省', 5)], new Set(['辽宁'])))).toEqual({ min: 4, max: 6 });
  });
});
