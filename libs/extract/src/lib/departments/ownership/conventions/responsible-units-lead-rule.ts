import type { ResponsibilityClause } from '../ownership-convention';
import { applyDocumentLevelRule } from './document-level-rule';

export const RESPONSIBLE_UNITS_LEAD = 'responsible-units-lead-rule';

/**
 * A document-level rule that where no lead is named the responsible units lead: 无牵头单位的，责任单位即为牵头单位
 * （下同）, 未明确牵头单位的，责任单位为牵头单位.
 */
const RULE = /(?:无|没有|未(?:明确|标明|注明|列明)?)牵头(?:单位|部门)的?[，,]?(?:则)?(?:责任)(?:单位|部门)即?(?:为|是)牵头(?:单位|部门)/g;

/** Offsets where such a rule is stated. */
export function responsibleUnitsLeadRules(text: string): number[] {
  // Every such rule names 牵头 twice: most documents hold no 即为牵头/为牵头 at all.
  if (!/为牵头/.test(text)) return [];
  return [...text.matchAll(RULE)].map((match) => match.index ?? 0);
}

/** The rule applied: from where it is stated, every unit of a list that states no role leads. */
export function applyResponsibleUnitsLead(clauses: readonly ResponsibilityClause[], ruleOffsets: readonly number[]): ResponsibilityClause[] {
  return applyDocumentLevelRule(clauses, ruleOffsets, RESPONSIBLE_UNITS_LEAD, () => 'lead');
}
