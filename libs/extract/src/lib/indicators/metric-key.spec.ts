import { metricKey } from './metric-key';

describe('metricKey', () => {
  it('gives a rate of change written as a fall the key of its growth form (the measure carries the direction)', () => {
    expect(metricKey('固定资产投资下降')).toBe('fixed-asset-investment-growth');
    expect(metricKey('固定资产投资增长')).toBe('fixed-asset-investment-growth');
    expect(metricKey('进出口下降')).toBe('foreign-trade-growth');
    expect(metricKey('全省地区生产总值回落')).toBe('gdp-growth');
  });

  it('keys an abbreviation written in lower case as in capitals (rule lowercase-abbreviation: 潍坊 2024 寿光市gdp)', () => {
    expect(metricKey('gdp增长')).toBe('gdp-growth');
    expect(metricKey('服务业增加值占gdp比重')).toBe(metricKey('服务业增加值占GDP比重'));
  });

  it('keys metrics defined as a fall (能耗下降, 用水量下降) and gives a fall of a level no key', () => {
    expect(metricKey('单位地区生产总值能耗下降')).toBe('energy-intensity-decline');
    expect(metricKey('单位GDP能耗降低')).toBe('energy-intensity-decline');
    expect(metricKey('万元地区生产总值用水量下降')).toBe('water-intensity-decline');
    expect(metricKey('PM2.5年均浓度')).toBe('pm25-concentration');
    // A fall of a level (浓度下降7.4%, 失业率下降0.2个百分点) is another quantity than the level.
    expect(metricKey('细颗粒物年均浓度下降')).toBeNull();
    expect(metricKey('城镇调查失业率下降')).toBeNull();
  });

  it('keys an average yearly rate (年均增长) apart from the one-year rate of the same quantity', () => {
    expect(metricKey('全市地区生产总值年均增长')).toBe('gdp-average-annual-growth');
    expect(metricKey('地区生产总值年均增速')).toBe('gdp-average-annual-growth');
    expect(metricKey('社会消费品零售总额年均增长')).toBe('retail-sales-average-annual-growth');
    expect(metricKey('服务业增加值年均增长')).toBe('tertiary-industry-average-annual-growth');
    expect(metricKey('服务业增加值增长')).toBe('tertiary-industry-growth');
    expect(metricKey('地区生产总值增长')).toBe('gdp-growth');
    expect(metricKey('国内生产总值增长')).toBe('gdp-growth'); // the national report's GDP
    // Only rates of change have an average yearly form; a level's name with 年均 is not keyed by guess.
    expect(metricKey('旅游总收入年均增长')).toBeNull();
    expect(metricKey('软件业务收入年均增长')).toBeNull();
  });

  it('keys the services share written without 增加值 (服务业占GDP比重, 聊城 2024 news) and budget revenue with 财政 before it', () => {
    expect(metricKey('服务业占GDP比重')).toBe('services-share-of-gdp');
    expect(metricKey('第三产业占地区生产总值比重')).toBe('services-share-of-gdp');
    expect(metricKey('财政一般公共预算收入增长')).toBe('general-budget-revenue-growth'); // 霍邱 2024
    expect(metricKey('财政一般公共预算收入')).toBe('general-budget-revenue');
  });

  it('keys a rate written as 增速/增幅 as its growth form (新巴尔虎左旗 2024: 固定资产投资增速15%), a level by no guess', () => {
    expect(metricKey('固定资产投资增速')).toBe('fixed-asset-investment-growth');
    expect(metricKey('地区生产总值增速')).toBe('gdp-growth');
    expect(metricKey('旅游总收入增速')).toBeNull();
    expect(metricKey('地区生产总值年均增速')).toBe('gdp-average-annual-growth');
  });
});
