import { normalizeIndicatorValue } from './normalize-indicator';

describe('normalizeIndicatorValue', () => {
  it('puts 万亿元 and 亿元 on one scale (亿元)', () => {
    expect(normalizeIndicatorValue(1.4, '万亿元', '服务业增加值', 'services-value-added')).toEqual({ normalizedValue: 14000, normalizedUnit: '亿元' });
    expect(normalizeIndicatorValue(14000, '亿元', '服务业增加值', 'services-value-added')).toEqual({ normalizedValue: 14000, normalizedUnit: '亿元' });
  });

  it('keeps percentages and reads a share without a unit as a percentage', () => {
    expect(normalizeIndicatorValue(53, '%', '服务业增加值占地区生产总值比重', 'services-share-of-gdp')).toEqual({ normalizedValue: 53, normalizedUnit: '%' });
    expect(normalizeIndicatorValue(66, null, '三次产业结构比稳定在4:30:', 'services-share-of-gdp')).toEqual({ normalizedValue: 66, normalizedUnit: '%' });
  });

  it('keeps units that are not amounts of one family as written', () => {
    expect(normalizeIndicatorValue(15.6, '万元/人', '服务业劳动生产率', null)).toEqual({ normalizedValue: 15.6, normalizedUnit: '万元/人' });
    expect(normalizeIndicatorValue(20, '家', '检验检测机构', null)).toEqual({ normalizedValue: 20, normalizedUnit: '家' });
    expect(normalizeIndicatorValue(7, null, '打造标杆', null)).toEqual({ normalizedValue: 7, normalizedUnit: null });
  });
});
