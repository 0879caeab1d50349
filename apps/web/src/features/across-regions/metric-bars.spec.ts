import type { IndicatorComparison } from '../../api/graph-api.types';
import { metricBars } from './metric-bars';

function row(region: string, targetValue: number | null, unit: string | null, extra: Partial<IndicatorComparison> = {}): IndicatorComparison {
  return {
    region,
    indicatorId: `indicator:${region}`,
    documentId: 'plan',
    name: '服务业增加值占GDP比重',
    baseYear: null,
    baseValue: null,
    targetYear: 2025,
    targetValue,
    targetValueText: null,
    comparator: null,
    growth: null,
    unit,
    normalizedValue: null,
    normalizedBaseValue: null,
    normalizedUnit: null,
    quote: null,
    ...extra,
  };
}

describe('metricBars', () => {
  it('scales bars to the largest value', () => {
    const bars = metricBars([row('青海省', 53, '%'), row('昆明市', 66, '%'), row('云南省', 50, '%')]);
    expect(bars.map((bar) => bar.share)).toEqual([53 / 66, 1, 50 / 66]);
    expect(bars[1]!.label).toBe('昆明市 2025');
  });

  it('compares in the normalized unit and leaves out values in another unit or without a number', () => {
    const bars = metricBars([
      row('湖南省', 1.4, '万亿元', { normalizedValue: 14000, normalizedUnit: '亿元' }),
      row('重庆市', 7000, '亿元', { normalizedValue: 7000, normalizedUnit: '亿元' }),
      row('青海省', 53, '%'),
      row('云南省', null, '%'),
    ]);
    expect(bars.map((bar) => bar.share)).toEqual([1, 0.5, null, null]);
  });
});
