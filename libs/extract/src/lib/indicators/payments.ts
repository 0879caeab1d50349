// Amounts a policy pays or allocates, which are never targets.
/**
 * Support measures (若干措施) state amounts paid, not targets: "给予最高100万元奖励", "每家奖励50万元", "按投资额的10%
 * 给予补助".
 */
export const REWARD = /(奖励|奖补|补助|补贴|资助|贴息|给予|最高不超过|最高)/;
/**
 * A sentence allocating a budget and its parts ("安排58亿元财政资金保障我区政府投资项目建设，其中，道路基础设施建设10亿元，…，
 * 产业配套、储备项目等其他资金6亿元": 滨江 2023): every amount of it is money spent, not a target.
 */
export const ALLOCATION = /^\s*(?:[^，。；\d]{0,10}?)(?:统筹安排|安排|下达|拨付|筹集)(?:专项)?[\d.]+(?:万|亿)元[^，。；\d]{0,8}?资金/;
/**
 * A tax rule's rate (嘉兴 2023 民营经济: 小微企业减按25%计入应纳税所得额, 研发费用税前加计扣除比例提高至100%): a policy's
 * setting, not a target. Amounts of relief (减税降费1.19亿元) are results and stay.
 */
const TAX_RATE = /(加计扣除|减按|减半征收|税率|征收率)/;

/** A clause paying an amount or a share ("每家奖励50万元", "按10%给予补助"); "培养资助博士后研究人员400名" counts people. */
export function isPayment(clause: string): boolean {
  if (TAX_RATE.test(clause) && /\d[\d.]*\s*%/.test(clause)) return true;
  return REWARD.test(clause) && /\d[\d.]*\s*(?:万亿元|亿元|万元|元|%)|[一二三四五六七八九十百千万]+(?:万元|元)/.test(clause);
}
