import { findResponsibilityClauses } from '../ownership-catalogue';
import { normalizeText } from '@policygraph/parse';
import { firstListedLeadsRules } from './first-listed-leads-rule';

const roles = (snippet: string) =>
  findResponsibilityClauses(normalizeText(snippet).text).map((clause) =>
    clause.parties.map((party) => `${party.name} ${party.role}${party.presumedLead ? '*' : ''}`),
  );

describe('first-listed-leads-rule', () => {
  it('finds the rule in its usual wordings', () => {
    for (const rule of [
      '列第一位者为牵头部门',
      '排名第一的为牵头单位',
      '列第一位的责任单位为牵头单位或汇总单位',
      '排在第一位的为牵头单位',
      '列第一位为牵头或汇总单位',
      '第一责任单位为牵头单位',
    ]) {
      expect(firstListedLeadsRules(`（${rule}，下同）`)).toHaveLength(1);
    }
    expect(firstListedLeadsRules('各牵头单位要统筹落实任务事项。')).toEqual([]);
    expect(firstListedLeadsRules('各单位主要负责人为第一责任人，分管负责人为牵头责任人。')).toEqual([]);
  });

  it('makes the first unit lead from the clause that states it on, not before (丽水, 2023)', () => {
    const snippet = [
      '3.研发投入强度达到2.3%。',
      '责任单位:市科技局',
      '4.固定资产投资增长10%。',
      '责任单位:市发改委、市经信局(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)',
      '5.社会消费品零售总额增长5%。',
      '责任单位:市商务局',
      '6.城乡居民收入增速保持全省领先。',
      '责任单位:市人力社保局、市农业农村局分别牵头',
    ].join('\n');
    expect(roles(snippet)).toEqual([
      ['市科技局 co-responsible*'],
      ['市发改委 lead', '市经信局 co-responsible'],
      ['市商务局 lead'],
      ['市人力社保局 lead', '市农业农村局 lead'],
    ]);
  });

  it('reads 第一责任单位为牵头单位 closing a 责任单位 line, for that line and the later ones (厦门, 2019)', () => {
    const snippet = [
      '(一)推进完善PPP健康运行长效机制和基础性制度建设,加强存量项目监管。',
      '责任单位:市发改委、市财政局(第一责任单位为牵头单位,下同)',
      '时限要求:持续推进',
      '(二)严格落实全省统一的招投标政策,消除招投标过程中对企业设置的不合理限制和壁垒。',
      '责任单位:市建设局',
      '时限要求:持续推进',
    ].join('\n');
    expect(roles(snippet)).toEqual([['市发改委 lead', '市财政局 co-responsible'], ['市建设局 lead']]);
  });
  it('reads 列在任务分工首位的为牵头单位 and makes the others support where it says 其他为主要参加单位 (others-participate, 广东 2019)', () => {
    expect(firstListedLeadsRules('制定本计划(列在任务分工首位的为牵头单位,其他为主要参加单位)。')).toHaveLength(1);
    expect(firstListedLeadsRules('排在任务清单首位的为牵头单位')).toHaveLength(1);
    // 广东省推进粵港澳大灣區建設三年行動計劃: a bare list closing each item, with the cities of the area as one collective.
    const snippet = [
      '制定本计划(列在任务分工首位的为牵头单位,其他为主要参加单位)。',
      '1.构建极点带动、轴带支撑的网络化空间格局。加快珠江口东西两岸融合互动发展。(省发展改革委,省工业和信息化厅、省交通运输厅,大湾区内地各市)',
      '2.促进城乡区域融合发展。',
    ].join('\n');
    expect(roles(snippet)).toEqual([['省发展改革委 lead', '省工业和信息化厅 support', '省交通运输厅 support', '大湾区内地各市 support']]);
    // Without the second half the others stay co-responsible.
    expect(roles(snippet.replace(',其他为主要参加单位', ''))).toEqual([
      ['省发展改革委 lead', '省工业和信息化厅 co-responsible', '省交通运输厅 co-responsible', '大湾区内地各市 co-responsible'],
    ]);
  });
});
