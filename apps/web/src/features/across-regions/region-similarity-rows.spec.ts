import type { RegionSimilarity } from '../../api/graph-api.types';
import { decodeView } from '../../app/view-url';
import { regionsOfPairs, similarityGraphLink, targetLabel } from './region-similarity-rows';

const pair = (region: string, other: string, strategies: string[]): RegionSimilarity => ({
  region,
  regionId: `region:${region}`,
  other,
  otherId: `region:${other}`,
  similarity: 0.5,
  sharedStrategies: strategies.map((name) => ({ id: `strategy:${name}`, name })),
  sharedTargets: [{ metric: 'gdp-growth', year: 2026, value: 5, unit: '%' }],
  features: 10,
  otherFeatures: 12,
});

describe('region similarity rows', () => {
  it('links a pair to the graph with both regions and their shared strategies, the first region selected', () => {
    const view = decodeView(similarityGraphLink(pair('四川省', '重庆市', ['低空经济', '以旧换新', '城市更新']), 2));
    expect(view.nodeIds).toEqual(['region:四川省', 'region:重庆市', 'strategy:低空经济', 'strategy:以旧换新']);
    expect(view.selected).toBe('region:四川省');
    expect(view.tab).toBe('explorer');
  });

  it('lists each region of the pairs once, and writes a shared target as metric, year and value', () => {
    expect(regionsOfPairs([pair('四川省', '重庆市', []), pair('重庆市', '安徽省', [])])).toEqual(['安徽省', '重庆市', '四川省']); // pinyin order: an, chong, si
    expect(targetLabel(pair('a', 'b', []).sharedTargets[0]!)).toBe('gdp-growth 2026: 5%');
    expect(targetLabel(pair('a', 'b', []).sharedTargets[0]!, (metric) => (metric === 'gdp-growth' ? '地区生产总值增长' : undefined))).toBe(
      '地区生产总值增长 2026: 5%',
    );
  });
});
