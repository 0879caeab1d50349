import type { ResponsibilityClause } from '../ownership-convention';
import { applyDocumentLevelRule } from './document-level-rule';

export const FIRST_LISTED_LEADS = 'first-listed-leads-rule';

/**
 * A document-level rule naming the lead of every later list: 列第一位者为牵头部门（下同）, 排名第一的为牵头单位,
 * 列第一位的责任单位为牵头单位或汇总单位, 排在首位的为牵头单位, and the list's first unit named as such: 第一责任单位为牵头单位
 * (厦门 2019, closing its first 责任单位 line).
 */
const RULE =
  /(?:(?:列|排)(?:名|在|列)?(?:在)?(?:第一|首)(?:位|个|名)?(?:的|者)?(?:责任单位|单位|部门)?|第一(?:责任|配合)?(?:单位|部门))(?:为|是)(?:牵头|主责|主办)/g;

/** How every RULE ends. One regex test: six String.includes calls over a whole document cost ten times as much. */
const RULE_ENDING = /[为是](?:牵头|主责|主办)/;

/** Offsets where such a rule is stated. */
export function firstListedLeadsRules(text: string): number[] {
  // Searched only in a text that has the words every such rule ends with (most documents state none).
  if (!RULE_ENDING.test(text)) return [];
  return [...text.matchAll(RULE)].map((match) => match.index ?? 0);
}

/** The rule applied: from where it is stated, the first unit of a list that states no role leads. */
export function applyFirstListedLeads(clauses: readonly ResponsibilityClause[], ruleOffsets: readonly number[]): ResponsibilityClause[] {
  return applyDocumentLevelRule(clauses, ruleOffsets, FIRST_LISTED_LEADS, (index, role) => (index === 0 ? 'lead' : role));
}
