import type { ResponsibilityClause } from '../ownership-convention';
import { applyDocumentLevelRule } from './document-level-rule';

export const FIRST_LISTED_LEADS = 'first-listed-leads-rule';

/**
 * A document-level rule naming the lead of every later list: 列第一位者为牵头部门（下同）, 排名第一的为牵头单位,
 * 列第一位的责任单位为牵头单位或汇总单位, 排在首位的为牵头单位, and the list's first unit named as such: 第一责任单位为牵头单位
 * (厦门 2019, closing its first 责任单位 line).
 */
const RULE =
  /(?:(?:列|排)(?:名|在|列)?(?:在)?(?:第一|首)(?:位|个|名)?(?:的|者)?(?:责任单位|单位|部门)?|(?:列|排)在[^，。,；\n（(]{1,6}?(?:第一|首)(?:位|个|名)(?:的|者)?(?:责任单位|单位|部门)?|第一(?:责任|配合)?(?:单位|部门))(?:为|是)(?:牵头|主责|主办)/g;

/**
 * Rule `others-participate`: the same statement may give the other units their part, 其他为主要参加单位 (广东 2019:
 * 列在任务分工首位的为牵头单位，其他为主要参加单位): they support (参加, like 参与 and 配合, is a support word).
 */
const OTHERS_SUPPORT = /^[^。；\n]{0,12}?其[他余它](?:的|单位|部门)?为(?:主要)?(?:参加|参与|配合|协同|协办)(?:单位|部门)/;

/** How every RULE ends. One regex test: six String.includes calls over a whole document cost ten times as much. */
const RULE_ENDING = /[为是](?:牵头|主责|主办)/;

/** Offsets where such a rule is stated. */
export function firstListedLeadsRules(text: string): number[] {
  // Searched only in a text that has the words every such rule ends with (most documents state none).
  if (!RULE_ENDING.test(text)) return [];
  return [...text.matchAll(RULE)].map((match) => match.index ?? 0);
}

/** Does a rule stated at one of `ruleOffsets` go on to make the other units support (其他为主要参加单位)? */
export function othersSupportRule(text: string, ruleOffsets: readonly number[]): boolean {
  return ruleOffsets.some((offset) => {
    const end = text.indexOf('为', offset);
    return end >= 0 && OTHERS_SUPPORT.test(text.slice(end + 3, end + 40));
  });
}

/**
 * The rule applied: from where it is stated, the first unit of a list that states no role leads; the others support
 * where the rule says so (others-participate), else they stay co-responsible.
 */
export function applyFirstListedLeads(clauses: readonly ResponsibilityClause[], ruleOffsets: readonly number[], othersSupport = false): ResponsibilityClause[] {
  return applyDocumentLevelRule(clauses, ruleOffsets, FIRST_LISTED_LEADS, (index, role) => (index === 0 ? 'lead' : othersSupport ? 'support' : role));
}
