import type { RegionTarget } from '../../api/graph-api.types';
import { decodeView } from '../../app/view-url';
import { graphLinkOf, sortRegionTargets, writtenRange } from './region-target-rows';

const row = (region: string, low: number | null, result: number | null, extra: Partial<RegionTarget> = {}): RegionTarget => ({
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
  result: result === null ? null : { indicatorId: `indicator:${region}:0`, year: 2025, value: result, high: null, unit: '%', quote: null },
  gap: low !== null && result !== null ? low - result : null,
  ...extra,
});

describe('sortRegionTargets', () => {
  const rows = [row('辽宁省', 4.5, 3.7), row('海南省', 6, null), row('西藏自治区', 7, 7), row('北京市', 5, 5.4)];

  it('sorts on the target, highest first when descending, ties by region', () => {
    expect(sortRegionTargets(rows, { column: 'target', descending: true }).map((r) => r.region)).toEqual(['西藏自治区', '海南省', '北京市', '辽宁省']);
  });

  it('puts rows without a result last in both directions when sorting on the gap', () => {
    expect(sortRegionTargets(rows, { column: 'gap', descending: false }).map((r) => r.region)).toEqual(['北京市', '西藏自治区', '辽宁省', '海南省']);
    expect(
      sortRegionTargets(rows, { column: 'gap', descending: true })
        .map((r) => r.region)
        .at(-1),
    ).toBe('海南省');
  });
});

describe('writtenRange', () => {
  it('writes ranges, trailing and leading qualifiers and 按…安排 as reports do', () => {
    expect(writtenRange({ low: 4.5, high: 5, qualifier: null, unit: '%' })).toBe('4.5%—5%');
    expect(writtenRange({ low: 5, high: null, qualifier: '以上', unit: '%' })).toBe('5%以上');
    expect(writtenRange({ low: 5, high: null, qualifier: '按…安排', unit: '%' })).toBe('按5%安排');
    expect(writtenRange({ low: 5, high: null, qualifier: '力争', unit: '%' })).toBe('力争5%');
  });
});

describe('graphLinkOf', () => {
  it('opens the explorer on the region, the document, the target and the result, with the target selected', () => {
    const view = decodeView(graphLinkOf(row('辽宁省', 4.5, 3.7)));
    expect(view.tab).toBe('explorer');
    expect(view.nodeIds).toEqual(['region:辽宁省', 'document:辽宁省', 'indicator:辽宁省:1', 'indicator:辽宁省:0']);
    expect(view.selected).toBe('indicator:辽宁省:1');
  });
});
