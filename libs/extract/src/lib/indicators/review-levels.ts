import { CLAUSE_YEAR } from './clause-years';
import type { StatedMetric } from './stated-values';

/** What a five-year review states of its last year: levels reached, not sums, additions or firsts over the span. */

/**
 * Names of what a review of several years tells over the whole span, no level of its last year: additions, sums, firsts,
 * and a contribution to growth over the span (rule `contribution-over-period`: 常州 2016 “十二五”期间,…服务业对GDP增长的贡献率
 * 达到60.5%).
 */
export const PERIOD_NAME = /新增|新建|累计|增量|五年|首个|首位|^(?:实施|完成|建成|建设|改造|引进|开工|实现|争取|获批)|总投资|贡献率/;

/** Sums and averages over the period (累计, 年均): no level of its last year. */
export const PERIOD_SUM = /累计|共计|总计|合计|年均|平均/;

/** A share of a whole: 占工业比重, 占GDP比重, 服务业占比. */
const SHARE_NAME = /^[^，。；]{2,}(?:比重|占比)$/;

/** Verbs of a level reached (达到7亿元, 增至45家, 突破150亿元, 提高到…), or a value marked as passed (突破/超过). */
const REACHED_BEFORE = /(?:达到|达|增至|增加到|增长到|提高到|提高至|提升到|提升至|跃升至|跃升到|上升到|上升至)$/;

/**
 * The value of a clause of a five-year review is the level reached at the period's end when a verb of reaching comes
 * right before it (一般公共预算收入达到7亿元, 规模以上工业企业由23家增至45家) or it is marked as passed (地区生产总值突破150亿元):
 * not sums over the period (争取上级转移支付资金140亿元), counts of what was done in it (实施…项目79个) or growth over it.
 */
export function reachedLevel(clause: string, metric: StatedMetric): boolean {
  if (/^(突破|超过)$/.test(metric.value.qualifier ?? '')) return true;
  // 2021年牧业年度牲畜存栏125万头只 (苏尼特左旗 2022): a clause opening with its own year states that year's level, with no
  // verb of reaching (rule `dated-clause-in-term-review`; the year is the clause's, see readResultClauses).
  if (CLAUSE_YEAR.test(clause)) return true;
  // 七大产业产值占工业比重88.4%，提高23.4个百分点 (辽源 2022): a share is no sum over the period, so a share stated with no verb
  // is the level at its end (rule `share-at-period-end`).
  if (metric.value.unit === '%' && SHARE_NAME.test(metric.name)) return true;
  return REACHED_BEFORE.test(clause.slice(0, metric.value.start));
}

/** What joins two values sharing one verb (分别达到44846元和37342元). */
export const JOINER = /^[和、及与]$/;

/** A sentence opening with the end of a five-year period: (预计)(到)十三五末，/“十四五”期末，. */
export const PERIOD_END_OPENING = /^\s*(?:预计)?(?:到|至)?“?十([三四五])五”?(?:期)?末[，,]/;
export const PERIOD_END_YEAR: Record<string, number> = { 三: 2020, 四: 2025, 五: 2030 };
