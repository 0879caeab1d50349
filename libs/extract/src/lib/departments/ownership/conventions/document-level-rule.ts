import type { ResponsibleRole } from '@policygraph/graph-types';
import type { ResponsibilityClause } from '../ownership-convention';

/**
 * Apply a document-level rule (列第一位者为牵头部门，下同; 无牵头单位的，责任单位即为牵头单位) to every clause that states
 * no role and ends after the rule's first statement (the rule may sit inside the clause it first applies to): each
 * party gets the role the rule gives its position, under the rule's name; nobody is merely presumed any more.
 */
export function applyDocumentLevelRule(
  clauses: readonly ResponsibilityClause[],
  ruleOffsets: readonly number[],
  convention: string,
  roleAt: (index: number, current: ResponsibleRole) => ResponsibleRole,
): ResponsibilityClause[] {
  if (ruleOffsets.length === 0) return [...clauses];
  const from = Math.min(...ruleOffsets);
  return clauses.map((clause) => {
    if (!clause.rolesUnstated || clause.end <= from) return clause;
    return {
      ...clause,
      rolesUnstated: false,
      parties: clause.parties.map((party, index) => ({ ...party, role: roleAt(index, party.role), presumedLead: false, convention })),
    };
  });
}
