import { isPayment } from './payments';

describe('payments: amounts and rates a policy pays or sets, never targets', () => {
  it('reads rewards and subsidies as payments', () => {
    expect(isPayment('对新认定的国家级专精特新“小巨人”企业，给予最高100万元一次性奖励')).toBe(true);
  });

  it('reads a tax rule’s rate as a setting, not a target (嘉兴 2023 民营经济实施方案)', () => {
    expect(isPayment('符合条件行业企业研发费用税前加计扣除比例提高至100%')).toBe(true);
    expect(isPayment('小微企业减按25%计入应纳税所得额')).toBe(true);
    // Targets and results of tax revenue or relief stay facts.
    expect(isPayment('一般公共预算收入增长5%')).toBe(false);
    expect(isPayment('新增留抵退税、减税降费等1.19亿元')).toBe(false);
  });
});
