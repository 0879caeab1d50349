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
    ]) {
      expect(firstListedLeadsRules(`（${rule}，下同）`)).toHaveLength(1);
    }
    expect(firstListedLeadsRules('各牵头单位要统筹落实任务事项。')).toEqual([]);
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
});
