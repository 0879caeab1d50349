import { normalizeText } from '@policygraph/parse';
import { findResponsibilityClauses } from '../ownership-catalogue';
import { responsibleUnitsLeadRules } from './responsible-units-lead-rule';

const roles = (snippet: string) =>
  findResponsibilityClauses(normalizeText(snippet).text).map((clause) =>
    clause.parties.map((party) => `${party.name} ${party.role}${party.presumedLead ? '*' : ''}`),
  );

describe('responsible-units-lead-rule', () => {
  it('finds the rule in its usual wordings', () => {
    for (const rule of ['无牵头单位的，责任单位即为牵头单位', '未明确牵头单位的，责任单位为牵头单位', '没有牵头单位的责任单位即为牵头单位']) {
      expect(responsibleUnitsLeadRules(`各牵头单位（${rule}，下同）要统筹相关责任单位制订办理方案。`)).toHaveLength(1);
    }
    expect(responsibleUnitsLeadRules('各牵头单位要统筹相关责任单位制订办理方案。')).toEqual([]);
  });

  it('makes the units of a clause that names no lead its leads, from the rule on (亳州 2025, 武汉 2023)', () => {
    const snippet = [
      '1.地区生产总值增长6%左右。（责任单位：市发展改革委）',
      '各牵头单位（无牵头单位的，责任单位即为牵头单位，下同）要统筹相关责任单位科学制订办理方案。',
      '2.地区生产总值增长6%左右。（牵头单位：市发展改革委；责任单位：市统计局）',
      '3.一般公共预算收入增长3%。（责任单位：市财政局、市税务局）',
    ].join('\n');
    expect(roles(snippet)).toEqual([['市发展改革委 co-responsible*'], ['市发展改革委 lead', '市统计局 co-responsible'], ['市财政局 lead', '市税务局 lead']]);
  });
});
