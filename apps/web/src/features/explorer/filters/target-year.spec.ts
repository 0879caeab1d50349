import type { ApiNode } from '../../../api/graph-api.types';
import { targetYearOf, yearFromStatement } from './target-year';

const node = (label: string, name: string, properties: Record<string, unknown> = {}): Pick<ApiNode, 'label' | 'name' | 'properties'> => ({
  label,
  name,
  properties,
});

describe('yearFromStatement', () => {
  it.each([
    ['到2025年，全省信息消费规模达600亿元', 2025],
    ['力争到2022年，服务业增加值年均增长8%', 2022],
    ['到2025年底，街道综合养老服务机构覆盖率达到100%', 2025],
    ['2025年底前建成一批示范基地', 2025],
    ['到２０２５年，全面建成', 2025],
    ['力争“十四五”期间新增10家龙头企业', 2025],
    ['锚定二〇三五年远景目标', 2035],
    ['2019年基础上，到2022年翻一番', 2022],
  ])('reads the deadline of “%s” as %i', (statement, year) => {
    expect(yearFromStatement(statement)).toBe(year);
  });

  it('returns null when the sentence names no year', () => {
    expect(yearFromStatement('全面提升数字服务水平，培育发展数字服务新业态')).toBeNull();
  });
});

describe('targetYearOf', () => {
  it('prefers the stored targetYear of an indicator', () => {
    expect(targetYearOf(node('Indicator', '到2025年达到', { targetYear: 2022 }))).toBe(2022);
  });

  it('derives a goal year from its name, then from its statement', () => {
    expect(targetYearOf(node('Goal', '到2025年，引进和培育一批龙头企业'))).toBe(2025);
    expect(targetYearOf(node('Goal', '基本建成养老服务新体系', { statement: '到2022年，基本建成养老服务新体系' }))).toBe(2022);
  });

  it('has no year for other labels or undated goals', () => {
    expect(targetYearOf(node('Project', '到2025年建成物流园'))).toBeNull();
    expect(targetYearOf(node('Goal', '推动服务业高质量发展'))).toBeNull();
  });
});
